using System.Collections.Immutable;
using System.Text;
using ReplyLint.Diagnostics;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Fixes;

/// <summary>What one round of fixes did to a template.</summary>
/// <param name="Text">The text with the applied fixes made; the same string when nothing applied.</param>
/// <param name="Applied">The findings whose fixes were made, in the order they were taken.</param>
/// <param name="Deferred">The findings whose fixes overlap one that was made; the next round may make them, if the
/// finding is still there.</param>
/// <param name="Refused">The findings whose fixes can never be made: an edit touches front matter, code, a comment or
/// a placeholder, lies outside the text, splits a line break or a surrogate pair, or changes nothing.</param>
/// <param name="Edits">The edits made, on the text they were applied to, in source order (line breaks in the new text
/// already written the way the file writes them).</param>
public sealed record FixApplication(
    string Text,
    ImmutableArray<Diagnostic> Applied,
    ImmutableArray<Diagnostic> Deferred,
    ImmutableArray<Diagnostic> Refused,
    ImmutableArray<TextEdit> Edits);

/// <summary>Applies findings' fixes to a template's text: one round, text in and text out, touching nothing else.</summary>
/// <remarks>
/// <para>A fix is made whole or not at all. Fixes are taken in source order (first edit's start, then its length, then
/// rule ID, message and the edits themselves); a fix that overlaps one already taken, or starts where it starts, waits for the next round,
/// when the findings are computed afresh. The outcome never depends on the order the findings were given in.</para>
/// <para>Prose fixes never reach what is not prose: an edit that touches front matter, code (blocks and inline
/// spans), a comment or a well-formed placeholder refuses its whole fix. A malformed placeholder is not protected, so
/// that a fix can mend it.</para>
/// <para>A line break inside a replacement is written the way the file mostly writes them (CRLF, LF or CR).</para>
/// </remarks>
public static class FixApplier
{
    /// <summary>Applies the fixes of <paramref name="diagnostics"/> (those on other files or suppressed are ignored)
    /// to <paramref name="document"/>'s text.</summary>
    public static FixApplication Apply(TemplateDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = document.Text.Text;
        var lineBreak = DominantLineBreak(text);
        var protectedSpans = ProtectedSpans(document);

        var candidates = new List<Candidate>();
        var refused = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fix is not { Edits.IsDefaultOrEmpty: false } fix || diagnostic.Suppression is not null || diagnostic.Location.Path != document.Path)
            {
                continue;
            }

            var edits = Normalize(fix.Edits, text, lineBreak);
            if (edits is null || edits.Exists(edit => Touches(edit.Span, protectedSpans)))
            {
                refused.Add(diagnostic);
                continue;
            }

            candidates.Add(new Candidate(diagnostic, edits));
        }

        candidates.Sort(static (x, y) =>
        {
            var result = x.Edits[0].Span.CompareTo(y.Edits[0].Span);
            if (result == 0) result = x.Edits[^1].Span.End.CompareTo(y.Edits[^1].Span.End);
            if (result == 0) result = string.CompareOrdinal(x.Diagnostic.Id, y.Diagnostic.Id);
            if (result == 0) result = string.CompareOrdinal(x.Diagnostic.Message, y.Diagnostic.Message);
            for (var i = 0; result == 0 && i < Math.Min(x.Edits.Count, y.Edits.Count); i++)
            {
                result = x.Edits[i].Span.CompareTo(y.Edits[i].Span);
                if (result == 0) result = string.CompareOrdinal(x.Edits[i].NewText, y.Edits[i].NewText);
            }

            return result != 0 ? result : x.Edits.Count.CompareTo(y.Edits.Count);
        });

        var taken = new List<TextEdit>();
        var applied = ImmutableArray.CreateBuilder<Diagnostic>();
        var deferred = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var candidate in candidates)
        {
            if (candidate.Edits.Exists(edit => taken.Exists(other => Conflict(edit.Span, other.Span))))
            {
                deferred.Add(candidate.Diagnostic);
                continue;
            }

            taken.AddRange(candidate.Edits);
            applied.Add(candidate.Diagnostic);
        }

        taken.Sort(static (x, y) => x.Span.CompareTo(y.Span));
        return new FixApplication(Stitch(text, taken), applied.ToImmutable(), deferred.ToImmutable(), refused.ToImmutable(), [.. taken]);
    }

    /// <summary>The line break <paramref name="text"/> uses most: <c>\r\n</c>, <c>\n</c> or <c>\r</c>; <c>\n</c> when
    /// it has none, or on a tie with LF.</summary>
    public static string DominantLineBreak(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int crlf = 0, lf = 0, cr = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (text[i] == '\n')
            {
                lf++;
            }
        }

        return crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
    }

    // The fix's edits in source order, with line breaks written the file's way; null when the fix cannot be made as
    // given: an edit outside the text, edits that overlap one another, an edit that would split a CRLF or a surrogate
    // pair, or nothing that changes.
    private static List<TextEdit>? Normalize(ImmutableArray<TextEdit> edits, string text, string lineBreak)
    {
        var result = new List<TextEdit>(edits.Length);
        foreach (var edit in edits)
        {
            if (edit is null || edit.NewText is null || edit.Span.Start < 0 || edit.Span.Length < 0 || edit.Span.End > text.Length)
            {
                return null;
            }

            if (SplitsAPair(text, edit.Span.Start) || SplitsAPair(text, edit.Span.End))
            {
                return null;
            }

            var newText = WithLineBreaks(edit.NewText, lineBreak);
            if (!text.AsSpan(edit.Span.Start, edit.Span.Length).SequenceEqual(newText))
            {
                result.Add(newText == edit.NewText ? edit : edit with { NewText = newText });
            }
        }

        if (result.Count == 0)
        {
            return null;
        }

        result.Sort(static (x, y) => x.Span.CompareTo(y.Span));
        for (var i = 1; i < result.Count; i++)
        {
            if (Conflict(result[i - 1].Span, result[i].Span))
            {
                return null;
            }
        }

        return result;
    }

    // Only CR, LF and CRLF: string.ReplaceLineEndings would also rewrite the Unicode line and paragraph separators.
    private static string WithLineBreaks(string text, string lineBreak)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                builder.Append(lineBreak);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    // An offset between the halves of a CRLF or of a surrogate pair.
    private static bool SplitsAPair(string text, int offset) =>
        offset > 0 && offset < text.Length
        && ((text[offset - 1] == '\r' && text[offset] == '\n') || (char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])));

    // Two edits conflict when they share a character, or start at the same offset (two insertions there, or an
    // insertion where a replacement starts, have no order anyone asked for), or one is inserted inside the other.
    private static bool Conflict(TextSpan x, TextSpan y) =>
        x.Start == y.Start || (x.Start < y.End && y.Start < x.End);

    // An edit touches a protected span when it changes a character of it or inserts strictly inside it; it may end
    // where one starts, or start where one ends.
    private static bool Touches(TextSpan edit, List<TextSpan> protectedSpans)
    {
        foreach (var span in protectedSpans)
        {
            if (edit.IsEmpty ? span.Start < edit.Start && edit.Start < span.End : edit.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TextSpan> ProtectedSpans(TemplateDocument document)
    {
        var spans = new List<TextSpan>();

        // The block as the parser found it, even when its YAML could not be read (then there is no FrontMatter).
        var frontMatter = FrontMatterParser.Parse(document.Text).Span;
        if (!frontMatter.IsEmpty)
        {
            spans.Add(frontMatter);
        }

        spans.AddRange(document.Code);
        spans.AddRange(document.Comments.Select(static c => c.Span));
        spans.AddRange(document.Placeholders.Where(static p => p.IsWellFormed).Select(static p => p.Span));
        return spans;
    }

    private static string Stitch(string text, List<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in edits)
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private sealed record Candidate(Diagnostic Diagnostic, List<TextEdit> Edits);
}
