namespace ReplyLint.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a <see cref="SourceText"/>.</summary>
/// <param name="Start">The offset of the first code unit.</param>
/// <param name="Length">The number of code units.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span <c>[start, end)</c>.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside the span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <inheritdoc/>
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Orders spans by start, then length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders spans by start, then length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders spans by start, then length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders spans by start, then length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
