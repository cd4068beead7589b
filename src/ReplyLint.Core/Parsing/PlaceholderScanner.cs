using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Finds placeholders (<c>{{ x }}</c>, <c>{{{ x }}}</c>, <c>{% tag %}</c>, <c>[Customer Name]</c>) and
/// comments (HTML, Handlebars, Liquid) in the body of a template, in one left-to-right pass.</summary>
internal static class PlaceholderScanner
{
    private const int MaxBracketLength = 40;

    public static void Scan(string text, TextSpan body, List<Placeholder> placeholders, List<TemplateComment> comments)
    {
        var i = body.Start;
        var end = body.End;
        var lineBreak = -1;
        while (i < end)
        {
            var c = text[i];
            if (c == '<' && At(text, i, end, "<!--"))
            {
                i = ScanDelimited(text, i, end, "<!--", "-->", CommentSyntax.Html, comments);
            }
            else if (c == '{' && At(text, i, end, "{{!"))
            {
                var isLong = At(text, i, end, "{{!--");
                i = ScanDelimited(text, i, end, isLong ? "{{!--" : "{{!", isLong ? "--}}" : "}}", CommentSyntax.Handlebars, comments);
            }
            else if (c == '{' && At(text, i, end, "{{{"))
            {
                i = ScanPlaceholder(text, i, end, ref lineBreak, "{{{", "}}}", PlaceholderSyntax.TripleBrace, placeholders);
            }
            else if (c == '{' && At(text, i, end, "{{"))
            {
                i = ScanPlaceholder(text, i, end, ref lineBreak, "{{", "}}", PlaceholderSyntax.DoubleBrace, placeholders);
            }
            else if (c == '{' && At(text, i, end, "{%"))
            {
                i = TryScanLiquidComment(text, i, end, comments) ?? ScanPlaceholder(text, i, end, ref lineBreak, "{%", "%}", PlaceholderSyntax.Tag, placeholders);
            }
            else if (c == '[' && TryScanBracket(text, i, end, out var bracket))
            {
                placeholders.Add(bracket);
                i = bracket.Span.End;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool At(string text, int i, int end, string token) =>
        i + token.Length <= end && string.CompareOrdinal(text, i, token, 0, token.Length) == 0;

    private static int ScanDelimited(string text, int start, int end, string open, string close, CommentSyntax syntax, List<TemplateComment> comments)
    {
        var closeAt = text.IndexOf(close, start + open.Length, end - start - open.Length, StringComparison.Ordinal);
        var contentEnd = closeAt < 0 ? end : closeAt;
        var commentEnd = closeAt < 0 ? end : closeAt + close.Length;
        comments.Add(new TemplateComment(TextSpan.FromBounds(start, commentEnd), TextSpan.FromBounds(start + open.Length, contentEnd), syntax));
        return commentEnd;
    }

    private static int ScanPlaceholder(string text, int start, int end, ref int lineBreak, string open, string close, PlaceholderSyntax syntax, List<Placeholder> placeholders)
    {
        var contentStart = start + open.Length;

        // A placeholder never spans a line break or a new opener. An unclosed one is malformed, and ends where the writer
        // most likely meant it to: after a stray single '}' or '%' ("{{name}, hi"), or else after its first word, so the
        // prose that follows is still read as prose.
        // NOTE: every search here stops at the next opener where it can, and the line break is found once per line, so
        // that a long line of openers ("{{ {{ {{ ...") is read in one pass, not once per opener.
        if (lineBreak < contentStart)
        {
            var found = text.IndexOfAny(['\r', '\n'], contentStart, end - contentStart);
            lineBreak = found < 0 ? end : found;
        }

        var limit = lineBreak;
        var nextOpen = text.IndexOf(open, contentStart, limit - contentStart, StringComparison.Ordinal);

        // A closer that starts inside the next opener comes first (the opener does not fit before it).
        var closeLimit = nextOpen < 0 ? limit : Math.Min(limit, nextOpen + open.Length - 1 + close.Length);
        var closeAt = text.IndexOf(close, contentStart, closeLimit - contentStart, StringComparison.Ordinal);
        var reopen = nextOpen >= 0 && (closeAt < 0 || nextOpen + open.Length <= closeAt) ? nextOpen : -1;
        if (closeAt < 0 || reopen >= 0)
        {
            var stop = UnclosedEnd(text, contentStart, reopen >= 0 ? reopen : limit);
            var name = ExtractName(text.AsSpan(contentStart, stop - contentStart));
            placeholders.Add(new Placeholder(TextSpan.FromBounds(start, stop), name, syntax, IsWellFormed: false));
            return stop;
        }

        var inner = text.AsSpan(contentStart, closeAt - contentStart);
        var placeholderName = ExtractName(inner);
        placeholders.Add(new Placeholder(TextSpan.FromBounds(start, closeAt + close.Length), placeholderName, syntax, IsWellFormed: placeholderName.Length > 0));
        return closeAt + close.Length;
    }

    private static int UnclosedEnd(string text, int contentStart, int stop)
    {
        var partial = text.IndexOfAny(['}', '%'], contentStart, stop - contentStart);
        if (partial >= 0)
        {
            while (partial < stop && text[partial] is '}' or '%')
            {
                partial++;
            }

            return partial;
        }

        var i = contentStart;
        while (i < stop && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < stop && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // {{ customer.first_name | default: "there" }} → customer.first_name; {%- if x -%} → if; {{#if x}} → #if.
    private static string ExtractName(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim().TrimEnd('}').TrimEnd('%').Trim().Trim('-').Trim('~').Trim();
        var stop = inner.IndexOfAny(" \t|(");
        return (stop < 0 ? inner : inner[..stop]).ToString();
    }

    private static int? TryScanLiquidComment(string text, int start, int end, List<TemplateComment> comments)
    {
        if (!IsLiquidTag(text, start, end, "comment", out var openEnd))
        {
            return null;
        }

        for (var i = openEnd; i < end; i++)
        {
            if (text[i] == '{' && IsLiquidTag(text, i, end, "endcomment", out var closeEnd))
            {
                comments.Add(new TemplateComment(TextSpan.FromBounds(start, closeEnd), TextSpan.FromBounds(openEnd, i), CommentSyntax.Liquid));
                return closeEnd;
            }
        }

        comments.Add(new TemplateComment(TextSpan.FromBounds(start, end), TextSpan.FromBounds(openEnd, end), CommentSyntax.Liquid));
        return end;
    }

    private static bool IsLiquidTag(string text, int start, int end, string name, out int tagEnd)
    {
        tagEnd = start;
        if (!At(text, start, end, "{%"))
        {
            return false;
        }

        // Read the tag in place ('{%', spaces and dashes, the name, spaces and dashes, '%}') rather than search for its
        // '%}': every '{%' is tried, and a search would read to the end of a template that has no '%}' each time.
        var i = SkipTrim(text, start + 2, end);
        if (!At(text, i, end, name))
        {
            return false;
        }

        i = SkipTrim(text, i + name.Length, end);
        if (!At(text, i, end, "%}"))
        {
            return false;
        }

        tagEnd = i + 2;
        return true;
    }

    // What Trim().Trim('-').Trim() removes from a side of the tag's inside: spaces, then dashes, then spaces.
    private static int SkipTrim(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < end && text[i] == '-')
        {
            i++;
        }

        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // [Customer Name], [NAME], [Order Number]: capitalized words between brackets, not a Markdown link or reference.
    private static bool TryScanBracket(string text, int start, int end, out Placeholder placeholder)
    {
        placeholder = null!;
        if (start > 0 && text[start - 1] is '!' or ']' or '\\')
        {
            return false;
        }

        var close = text.IndexOf(']', start + 1, Math.Min(MaxBracketLength, end - start - 1));
        if (close < 0 || close == start + 1)
        {
            return false;
        }

        if (close + 1 < end && text[close + 1] is '(' or '[' or ':')
        {
            return false;
        }

        var inner = text.AsSpan(start + 1, close - start - 1);
        if (!inner.ContainsAnyExcept(' '))
        {
            return false;
        }

        var expectCapital = true;
        foreach (var c in inner)
        {
            if (c == ' ')
            {
                expectCapital = true;
                continue;
            }

            if (expectCapital && !char.IsUpper(c))
            {
                return false;
            }

            if (!char.IsLetterOrDigit(c) && c is not ('_' or '.' or '\'' or '-'))
            {
                return false;
            }

            expectCapital = false;
        }

        placeholder = new Placeholder(TextSpan.FromBounds(start, close + 1), inner.Trim().ToString(), PlaceholderSyntax.Bracket, IsWellFormed: true);
        return true;
    }
}
