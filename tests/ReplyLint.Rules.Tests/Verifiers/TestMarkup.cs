using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using ReplyLint.Text;

namespace ReplyLint.Rules.Tests.Verifiers;

/// <summary>A span marked in test markup.</summary>
/// <param name="Span">The span in the text with the markup removed.</param>
/// <param name="Id">The rule ID of <c>{|RL2002:...|}</c>; null for <c>[|...|]</c> and <c>{|#0:...|}</c>, which mean
/// the verified rule's own descriptor.</param>
/// <param name="Location">The <c>n</c> of <c>{|#n:...|}</c>, which expected message arguments refer to; null otherwise.</param>
public sealed record MarkedSpan(TextSpan Span, string? Id, int? Location);

/// <summary>The roslyn-sdk markup grammar: <c>[|...|]</c>, <c>{|RL2002:...|}</c>, <c>{|#0:...|}</c>. Markers nest; a marker
/// that is never closed, or a closer that closes nothing, is a mistake in the test and throws.</summary>
public static partial class TestMarkup
{
    /// <summary>Removes the markup from <paramref name="markup"/> and returns the text and the marked spans, in span order.</summary>
    /// <exception cref="ArgumentException">The markup is malformed.</exception>
    public static (string Text, ImmutableArray<MarkedSpan> Spans) Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(int TextStart, int MarkupOffset, string Opener, string? Name)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, i, "[|", null));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                var name = MarkerName().Match(markup, i + 2);
                if (!name.Success || name.Index != i + 2)
                {
                    throw Error(markup, i, "'{|' must be followed by a rule ID or #n and a colon, as in '{|RL2002:' or '{|#0:'");
                }

                open.Push((text.Length, i, "{|", name.Groups[1].Value));
                i += name.Length + 2;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var closer = markup.Substring(i, 2);
                var expectedOpener = closer == "|]" ? "[|" : "{|";
                if (open.Count == 0)
                {
                    throw Error(markup, i, $"'{closer}' closes nothing");
                }

                var (start, markerOffset, opener, id) = open.Pop();
                if (opener != expectedOpener)
                {
                    throw Error(markup, i, $"'{closer}' cannot close the '{opener}' at offset {markerOffset}");
                }

                spans.Add(ToMarkedSpan(TextSpan.FromBounds(start, text.Length), id));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            var (_, markerOffset, opener, _) = open.Peek();
            throw Error(markup, markerOffset, $"'{opener}' is never closed");
        }

        spans.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return (text.ToString(), [.. spans]);
    }

    /// <summary>Inserts markup for <paramref name="spans"/> into <paramref name="text"/>: <c>[|...|]</c> where the ID is
    /// null, <c>{|ID:...|}</c> otherwise. Nested spans nest; spans that merely overlap come out unbalanced.</summary>
    public static string Mark(string text, IEnumerable<(string? Id, TextSpan Span)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);

        // At one offset: closers first (innermost first), then empty spans, then openers (outermost first).
        var inserts = new List<(int Offset, int Rank, int Key, string Text)>();
        foreach (var (id, span) in spans)
        {
            var (opener, closer) = id is null ? ("[|", "|]") : ($"{{|{id}:", "|}");
            if (span.IsEmpty)
            {
                inserts.Add((span.Start, 1, 0, opener + closer));
            }
            else
            {
                inserts.Add((span.Start, 2, -span.Length, opener));
                inserts.Add((span.End, 0, -span.Start, closer));
            }
        }

        var ordered = inserts.OrderBy(static x => x.Offset).ThenBy(static x => x.Rank).ThenBy(static x => x.Key);
        var builder = new StringBuilder(text);
        var shift = 0;
        foreach (var insert in ordered)
        {
            builder.Insert(insert.Offset + shift, insert.Text);
            shift += insert.Text.Length;
        }

        return builder.ToString();
    }

    private static MarkedSpan ToMarkedSpan(TextSpan span, string? name) =>
        name is not null && name.StartsWith('#')
            ? new MarkedSpan(span, null, int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))
            : new MarkedSpan(span, name, null);

    private static bool At(string markup, int offset, string marker) =>
        string.CompareOrdinal(markup, offset, marker, 0, marker.Length) == 0;

    private static ArgumentException Error(string markup, int offset, string problem) =>
        new($"Test markup error at offset {offset}: {problem}. Markup: \"{markup}\"", nameof(markup));

    [GeneratedRegex(@"\G(#[0-9]+|[A-Za-z][A-Za-z0-9]*):")]
    private static partial Regex MarkerName();
}
