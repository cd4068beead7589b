using System.Collections.Immutable;
using System.Text;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Suppressions;

/// <summary>Reads the suppression directives of a parsed template: its comments (HTML, Handlebars and Liquid alike, in
/// Markdown and plain text) and the <c>replylint:</c> block of its front matter.</summary>
/// <remarks>
/// <para>A comment is a directive when its text starts with <c>replylint-disable</c>, <c>replylint-enable</c>,
/// <c>replylint-disable-next-line</c> or <c>replylint-disable-line</c> (any case). The rules follow, as IDs or kebab
/// names, separated by commas or spaces; none means every rule. A reason may follow <c>--</c>. A comment inside
/// Markdown code is text shown to the reader, not a directive.</para>
/// </remarks>
internal static class SuppressionParser
{
    private const string Prefix = "replylint-";

    /// <summary>The directives of <paramref name="document"/>, front matter first, then comments in source order.</summary>
    /// <param name="document">The parsed template.</param>
    /// <param name="resolve">The ID of the rule with a given ID or name (any case), or null when there is none.</param>
    public static ImmutableArray<SuppressionDirective> Parse(TemplateDocument document, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolve);
        var directives = ImmutableArray.CreateBuilder<SuppressionDirective>();
        if (ReadFrontMatter(document, resolve) is { } frontMatter)
        {
            directives.Add(frontMatter);
        }

        if (document.Comments.IsEmpty)
        {
            return directives.ToImmutable();
        }

        var comments = Comments(document);
        int[]? nextTextLine = null;
        foreach (var comment in comments)
        {
            var content = document.Text.Slice(comment.ContentSpan);
            if (!IsClosed(comment) || !TryRead(content, out var kind, out var keyword, out var list, out var reason))
            {
                continue;
            }

            var lines = ImmutableArray<int>.Empty;
            if (kind == DirectiveKind.DisableNextLine)
            {
                nextTextLine ??= NextTextLines(document, comments);
                var after = document.Text.GetLinePosition(comment.Span.End).Line + 1;
                var target = after < nextTextLine.Length ? nextTextLine[after] : 0;
                lines = target > 0 ? [target] : [];
            }
            else if (kind == DirectiveKind.DisableLine)
            {
                // The text beside the comment: before it on its first line, after it on its last.
                var first = document.Text.GetLinePosition(comment.Span.Start).Line;
                var last = document.Text.GetLinePosition(comment.Span.End).Line;
                lines = first == last ? [first] : [first, last];
            }

            var rules = References(list, resolve);
            directives.Add(new SuppressionDirective(kind, comment.Span, keyword, rules, kind == DirectiveKind.Enable ? null : reason, lines));
        }

        return directives.ToImmutable();
    }

    /// <summary>Reads the text of a comment as a directive.</summary>
    /// <param name="content">The text between the comment's delimiters.</param>
    /// <param name="kind">What the directive does.</param>
    /// <param name="keyword">The directive word as written.</param>
    /// <param name="rules">The text that names the rules (may be empty).</param>
    /// <param name="reason">The reason after <c>--</c>, white space made single spaces, or null.</param>
    /// <returns>Whether the comment is a directive.</returns>
    internal static bool TryRead(ReadOnlySpan<char> content, out DirectiveKind kind, out string keyword, out string rules, out string? reason)
    {
        kind = default;
        keyword = rules = string.Empty;
        reason = null;
        content = content.Trim();
        if (!content.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var wordEnd = content.IndexOfAny(" \t\r\n,");
        var word = wordEnd < 0 ? content : content[..wordEnd];
        DirectiveKind? known = word[Prefix.Length..].ToString().ToLowerInvariant() switch
        {
            "disable" => DirectiveKind.Disable,
            "enable" => DirectiveKind.Enable,
            "disable-next-line" => DirectiveKind.DisableNextLine,
            "disable-line" => DirectiveKind.DisableLine,
            _ => null,
        };
        if (known is not { } found)
        {
            return false;
        }

        kind = found;
        keyword = word.ToString();
        var rest = content[word.Length..];

        // The reason starts at a "--" that opens a word: no rule ID or name starts with a dash.
        var separator = -1;
        for (var i = 0; i + 1 < rest.Length && separator < 0; i++)
        {
            if (rest[i] == '-' && rest[i + 1] == '-' && (i == 0 || rest[i - 1] is ' ' or '\t' or '\r' or '\n' or ','))
            {
                separator = i;
            }
        }

        if (separator >= 0)
        {
            reason = OneLine(rest[(separator + 2)..]);
            rest = rest[..separator];
        }

        rules = rest.Trim().ToString();
        return true;
    }

    private static ImmutableArray<RuleReference> References(string list, Func<string, string?> resolve)
    {
        var references = ImmutableArray.CreateBuilder<RuleReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var written in list.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            // "RL1003 blaming-wording" is one rule named twice: it suppresses as one.
            var id = resolve(written);
            if (seen.Add(id ?? written))
            {
                references.Add(new RuleReference(written, id));
            }
        }

        return references.ToImmutable();
    }

    // replylint: { disable: [RL2001, missing-next-steps], reason: "..." }, or the same in block style.
    private static SuppressionDirective? ReadFrontMatter(TemplateDocument document, Func<string, string?> resolve)
    {
        if (document.FrontMatter?.ReplyLint is not { } block || !block.Mapping.TryGetValue("disable", out var disable))
        {
            return null;
        }

        var written = disable.Scalar is not null ? [disable.Scalar] : disable.Items;
        var rules = References(string.Join(' ', written), resolve);
        if (rules.IsEmpty)
        {
            return null;
        }

        var reason = block.Mapping.TryGetValue("reason", out var value) && value.Scalar is { } text ? OneLine(text) : null;
        return new SuppressionDirective(DirectiveKind.FrontMatter, disable.Span, "replylint: disable", rules, reason, []);
    }

    // The comments that can be directives: a comment written inside Markdown code is code.
    private static List<TemplateComment> Comments(TemplateDocument document)
    {
        IReadOnlyList<TextSpan> code = document.Code;
        var comments = new List<TemplateComment>(document.Comments.Length);
        foreach (var comment in document.Comments)
        {
            if (code.Count == 0 || SortedSpans.IndexContaining(code, static span => span, comment.Span.Start) < 0)
            {
                comments.Add(comment);
            }
        }

        return comments;
    }

    // A comment that is never closed runs to the end of the file, and takes the rest of the template with it: its
    // words would be read as rule names. It is no directive.
    private static bool IsClosed(TemplateComment comment) => comment.Span.End > comment.ContentSpan.End;

    // For each 1-based line, the first line at or after it that has text outside comments (0 when none does): what
    // "the next line" of a disable-next-line is. Blank lines and lines of nothing but comments are skipped, so that
    // several directives can stand above one line. One pass over the text, whatever the number of directives.
    private static int[] NextTextLines(TemplateDocument document, List<TemplateComment> comments)
    {
        var source = document.Text;
        var text = source.Text;
        var hasText = new bool[source.LineCount + 2];
        var next = 0;
        var i = document.FrontMatter?.Span.End ?? 0;
        while (i < text.Length)
        {
            while (next < comments.Count && comments[next].Span.End <= i)
            {
                next++;
            }

            if (next < comments.Count && comments[next].Span.Start <= i)
            {
                i = Math.Max(i + 1, comments[next].Span.End);
                continue;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var line = source.GetLinePosition(i).Line;
            hasText[line] = true;
            i = line < source.LineCount ? source.GetOffset(new LinePosition(line + 1, 1)) : text.Length;
        }

        var firstAtOrAfter = new int[source.LineCount + 2];
        for (var line = source.LineCount; line >= 1; line--)
        {
            firstAtOrAfter[line] = hasText[line] ? line : firstAtOrAfter[line + 1];
        }

        return firstAtOrAfter;
    }

    private static string? OneLine(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.ToString().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? "" : " ").Append(part);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
