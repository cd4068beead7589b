using System.Text;

namespace ReplyLint.Text;

/// <summary>The decoded text of one template file, held once, with its line map and how it was encoded.</summary>
/// <remarks>Offsets are UTF-16 code units of the decoded text: a byte-order mark is not part of the text.
/// Every syntax node refers to this text by <see cref="TextSpan"/>, never by copying it.</remarks>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text from an already decoded string.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="encoding">The encoding the file was read with (UTF-8 when the text did not come from a file).</param>
    /// <param name="hasByteOrderMark">Whether the file began with a byte-order mark.</param>
    public SourceText(string text, Encoding? encoding = null, bool hasByteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Encoding = encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        HasByteOrderMark = hasByteOrderMark;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The whole decoded text.</summary>
    public string Text { get; }

    /// <summary>The encoding the file was decoded with.</summary>
    public Encoding Encoding { get; }

    /// <summary>Whether the file began with a byte-order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; a text ending in a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The code unit at <paramref name="offset"/>.</summary>
    public char this[int offset] => Text[offset];

    /// <summary>The text covered by <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text covered by <paramref name="span"/>, without copying.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The 1-based line and column of <paramref name="offset"/> (which may equal <see cref="Length"/>).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The line and column range of <paramref name="span"/>; the end is one past the last character.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The span of the 1-based <paramref name="line"/>, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, _lineStarts.Length);
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The offset of a 1-based line and column; the inverse of <see cref="GetLinePosition"/>.</summary>
    public int GetOffset(LinePosition position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position.Line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position.Line, _lineStarts.Length);
        return _lineStarts[position.Line - 1] + position.Column - 1;
    }

    // NOTE: CRLF is one line break, and a lone CR counts as one too (old Mac files), as editors count them.
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
