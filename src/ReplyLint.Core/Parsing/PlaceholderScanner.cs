using System.Buffers;
using System.Collections.Frozen;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Finds placeholders and comments (HTML, Handlebars, Liquid) in the body of a template, in one left-to-right
/// pass. The placeholders: Liquid, Handlebars and Mustache (<c>{{ x }}</c>, <c>{{{ x }}}</c>, <c>{% tag %}</c>, with a
/// fallback after <c>| fallback:</c>, <c>| default:</c> or <c>||</c>), Help Scout's <c>{%customer.firstName,fallback=there%}</c>,
/// Zoho's <c>${Cases.Contact Name}</c>, Salesforce's <c>{!Contact.FirstName}</c>, osTicket's <c>%{ticket.number}</c>,
/// Zammad's <c>#{ticket.title}</c>, and the manual fill-ins <c>[Customer Name]</c>, <c>XXXXX</c> and <c>FILLIN</c>, and,
/// where the body is no HTML, <c>&lt;customer name&gt;</c>.</summary>
internal static class PlaceholderScanner
{
    private const int MaxBracketLength = 40;

    // How far a single-brace placeholder (${...}, {!...}, %{...}, #{...}) may run before its '}': a field label or a
    // short formula, never a paragraph.
    private const int MaxSingleBraceLength = 200;

    // "<customer name>": at most this many characters and words between the brackets.
    private const int MaxAngleLength = 40;
    private const int MaxAngleWords = 6;

    // Angle brackets around these are HTML, not a fill-in: <br>, <b>, <input disabled>, <details open>.
    private static readonly FrozenSet<string> HtmlElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blink", "blockquote",
        "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
        "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
        "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee",
        "math", "menu", "meta", "meter", "nav", "nobr", "noscript", "object", "ol", "optgroup", "option", "output", "p",
        "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select",
        "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
        "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video",
        "wbr");

    // What a Zoho field label never holds: other delimiters, quotes, HTML.
    private static readonly SearchValues<char> NotInLabel = SearchValues.Create("{}%\"<>");

    /// <summary>Scans <paramref name="body"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole source.</param>
    /// <param name="body">The part to scan (the front matter excluded).</param>
    /// <param name="placeholders">Receives the placeholders, in source order.</param>
    /// <param name="comments">Receives the comments, in source order.</param>
    /// <param name="angleFillIns">Whether <c>&lt;customer name&gt;</c> is a fill-in: true for Markdown and plain text,
    /// false for an HTML body, where angle brackets are tags.</param>
    public static void Scan(string text, TextSpan body, List<Placeholder> placeholders, List<TemplateComment> comments, bool angleFillIns = false)
    {
        var i = body.Start;
        var end = body.End;
        var lineBreak = -1;
        HashSet<string>? closingTags = null;
        while (i < end)
        {
            var c = text[i];
            var next = i + 1 < end ? text[i + 1] : '\0';
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
            else if (c == '{' && next == '%')
            {
                i = TryScanLiquidComment(text, i, end, comments)
                    ?? TryScanTagVariable(text, i, end, placeholders)
                    ?? ScanPlaceholder(text, i, end, ref lineBreak, "{%", "%}", PlaceholderSyntax.Tag, placeholders);
            }
            else if (c == '{' && next == '!' && TryScanSingleBrace(text, i, end, PlaceholderSyntax.MergeField, placeholders) is { } afterMergeField)
            {
                i = afterMergeField;
            }
            else if (c == '$' && next == '{' && TryScanSingleBrace(text, i, end, PlaceholderSyntax.DollarBrace, placeholders) is { } afterDollar)
            {
                i = afterDollar;
            }
            else if (c == '%' && next == '{' && TryScanSingleBrace(text, i, end, PlaceholderSyntax.PercentBrace, placeholders) is { } afterPercent)
            {
                i = afterPercent;
            }
            else if (c == '#' && next == '{' && TryScanSingleBrace(text, i, end, PlaceholderSyntax.HashBrace, placeholders) is { } afterHash)
            {
                i = afterHash;
            }
            else if (c == '[' && TryScanBracket(text, i, end, out var bracket))
            {
                placeholders.Add(bracket);
                i = bracket.Span.End;
            }
            else if (c == '<' && angleFillIns && TryScanAngle(text, i, body, ref closingTags, out var angle))
            {
                placeholders.Add(angle);
                i = angle.Span.End;
            }
            else if (c is 'X' or 'F' && TryScanFillInMarker(text, i, body, out var marker))
            {
                placeholders.Add(marker);
                i = marker.Span.End;
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
        var (fallback, fallbackSpan) = syntax == PlaceholderSyntax.Tag ? (null, null) : FindFallback(text, contentStart, closeAt);
        placeholders.Add(new Placeholder(TextSpan.FromBounds(start, closeAt + close.Length), placeholderName, syntax, IsWellFormed: placeholderName.Length > 0, fallback, fallbackSpan));
        return closeAt + close.Length;
    }

    // The text a Liquid output prints when its value is empty: "x" in {{ a | fallback: "x" }}, {{ a | default: 'x' }},
    // {{ a | default("x") }} (Jinja) and {{ a || 'x' }} (Chatwoot, Zendesk Contact Center). Only a quoted string is
    // text; {{ a | default: b }} falls back to another value, which the customer does not read as written.
    private static (string? Text, TextSpan? Span) FindFallback(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t' or '-' or '~')
        {
            i++;
        }

        while (i < end && !(text[i] is ' ' or '\t' or '|'))
        {
            i++;
        }

        i = SkipSpaces(text, i, end);
        if (At(text, i, end, "||"))
        {
            return ReadQuoted(text, SkipSpaces(text, i + 2, end), end);
        }

        while (i < end)
        {
            if (text[i] != '|')
            {
                i = SkipQuoted(text, i, end);
                continue;
            }

            i = SkipSpaces(text, i + 1, end);
            var filterStart = i;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            var filter = text.AsSpan(filterStart, i - filterStart);
            if (filter.SequenceEqual("fallback") || filter.SequenceEqual("default"))
            {
                i = SkipSpaces(text, i, end);
                if (i < end && text[i] is ':' or '(')
                {
                    var found = ReadQuoted(text, SkipSpaces(text, i + 1, end), end);
                    if (found.Text is not null)
                    {
                        return found;
                    }
                }
            }
        }

        return (null, null);
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    // A quoted string starting at i, quotes excluded; curly quotes too, since rich-text editors type them.
    private static (string? Text, TextSpan? Span) ReadQuoted(string text, int i, int end)
    {
        if (i >= end || CloserOf(text[i]) is not { } closer)
        {
            return (null, null);
        }

        var close = text.IndexOf(closer, i + 1, end - i - 1);
        return close < 0 ? (null, null) : (text[(i + 1)..close], TextSpan.FromBounds(i + 1, close));
    }

    // Steps over one character, or over a whole quoted string, so that a '|' inside quotes is no filter.
    private static int SkipQuoted(string text, int i, int end)
    {
        if (CloserOf(text[i]) is not { } closer)
        {
            return i + 1;
        }

        var close = text.IndexOf(closer, i + 1, end - i - 1);
        return close < 0 ? end : close + 1;
    }

    private static char? CloserOf(char quote) => quote switch
    {
        '"' => '"',
        '\'' => '\'',
        '\u201C' => '\u201D',
        '\u2018' => '\u2019',
        _ => null,
    };

    // Help Scout's {%customer.firstName%} and {%customer.firstName,fallback=there%}: no space after '{%', a dotted name,
    // an optional fallback, '%}' on the same line. A Liquid tag starts with a keyword and is never dotted, so the two do not
    // meet; anything else is left to the tag scanner.
    private static int? TryScanTagVariable(string text, int start, int end, List<Placeholder> placeholders)
    {
        var nameStart = start + 2;
        var i = ReadDottedName(text, nameStart, end, out var dots);
        if (dots == 0)
        {
            return null;
        }

        var nameEnd = i;
        string? fallback = null;
        TextSpan? fallbackSpan = null;
        const string FallbackKey = ",fallback=";
        if (At(text, i, end, FallbackKey))
        {
            var valueStart = i + FallbackKey.Length;
            var close = valueStart;
            while (close < end && text[close] is not ('%' or '\r' or '\n'))
            {
                close++;
            }

            if (!At(text, close, end, "%}"))
            {
                return null;
            }

            var (from, to) = (valueStart, close);
            if (to - from >= 2 && CloserOf(text[from]) is { } closer && text[to - 1] == closer)
            {
                (from, to) = (from + 1, to - 1);
            }

            fallback = text[from..to];
            fallbackSpan = TextSpan.FromBounds(from, to);
            i = close;
        }

        if (!At(text, i, end, "%}"))
        {
            return null;
        }

        placeholders.Add(new Placeholder(TextSpan.FromBounds(start, i + 2), text[nameStart..nameEnd], PlaceholderSyntax.TagVariable, IsWellFormed: true, fallback, fallbackSpan));
        return i + 2;
    }

    // "customer.firstName", "ticket.name.first": names joined by dots; the end, and how many dots it holds.
    private static int ReadDottedName(string text, int i, int end, out int dots)
    {
        dots = 0;
        while (i < end && IsNameStart(text[i]))
        {
            i++;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            if (i + 1 < end && text[i] == '.' && IsNameStart(text[i + 1]))
            {
                dots++;
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    // ${Cases.Contact Name}, {!Contact.FirstName}, {!IF(...)}, %{ticket.name.first}, #{ticket.customer.firstname}: a
    // two-character opener, the inside, '}' on the same line. Opened and never closed, it is a broken placeholder only
    // when what follows the opener is plainly a name of its dialect, so that "50%{" or a stray "${" stays text. Returns
    // where the scan goes on, or null when there is no placeholder here.
    private static int? TryScanSingleBrace(string text, int start, int end, PlaceholderSyntax syntax, List<Placeholder> placeholders)
    {
        var contentStart = start + 2;
        var limit = Math.Min(end, contentStart + MaxSingleBraceLength);
        var close = -1;
        for (var k = contentStart; k < limit && text[k] is not ('\r' or '\n' or '{'); k++)
        {
            if (text[k] == '}')
            {
                close = k;
                break;
            }
        }

        if (close >= 0)
        {
            var name = SingleBraceName(text, contentStart, close, syntax, out var closedNameEnd, out var isWhole);
            var isPlaceholder = syntax == PlaceholderSyntax.MergeField
                ? name is not null && (isWhole ? name.Contains('.', StringComparison.Ordinal) : text[closedNameEnd] == '(') // Object.Field, $Global.Field, IF(...)
                : name is not null && isWhole;
            if (!isPlaceholder)
            {
                return null;
            }

            placeholders.Add(new Placeholder(TextSpan.FromBounds(start, close + 1), name!, syntax, IsWellFormed: true));
            return close + 1;
        }

        var stop = limit;
        for (var k = contentStart; k < limit; k++)
        {
            if (text[k] is '\r' or '\n' or '{')
            {
                stop = k;
                break;
            }
        }

        var unclosed = SingleBraceName(text, contentStart, stop, syntax, out var nameEnd, out _);
        if (unclosed is null || (syntax != PlaceholderSyntax.DollarBrace && !unclosed.Contains('.', StringComparison.Ordinal)))
        {
            return null;
        }

        placeholders.Add(new Placeholder(TextSpan.FromBounds(start, nameEnd), unclosed, syntax, IsWellFormed: false));
        return nameEnd;
    }

    // The name at the start of [start, end) as the dialect reads it, or null when there is none, and where it ends;
    // isWhole says whether the name is all there is (a formula such as IF(...) is more).
    private static string? SingleBraceName(string text, int start, int end, PlaceholderSyntax syntax, out int nameEnd, out bool isWhole)
    {
        isWhole = false;
        var nameStart = start;
        switch (syntax)
        {
            case PlaceholderSyntax.DollarBrace:
                nameEnd = ZohoNameEnd(text, start, end, closed: end < text.Length && text[end] == '}');
                break;
            case PlaceholderSyntax.MergeField:
                // {!Contact.FirstName}, {! Contact.FirstName }, {!$User.FirstName}, {!Case.Product__c}, {!IF(...)}.
                nameStart = SkipSpaces(text, start, end);
                nameEnd = nameStart < end && text[nameStart] == '$' ? nameStart + 1 : nameStart;
                nameEnd = nameEnd < end && IsNameStart(text[nameEnd]) ? ReadDottedName(text, nameEnd, end, out _) : nameStart;
                if (nameEnd == nameStart + 1 && text[nameStart] == '$')
                {
                    nameEnd = nameStart;
                }

                break;
            default:
                nameEnd = ReadDottedName(text, start, end, out _);
                break;
        }

        if (nameEnd == nameStart)
        {
            return null;
        }

        isWhole = (syntax == PlaceholderSyntax.MergeField ? SkipSpaces(text, nameEnd, end) : nameEnd) == end;
        return text[nameStart..nameEnd];
    }

    // Cases.Contact Name: a module, a dot, and a field label. Closed, the label is everything up to the '}'; unclosed, it is
    // the capitalized words after the dot ("Contact Name" in "${Cases.Contact Name, thanks"), since a label is written
    // in title case or capitals (Request Id, CUSTOMER_PORTAL_BUTTON).
    private static int ZohoNameEnd(string text, int start, int end, bool closed)
    {
        var i = start;
        if (i >= end || !char.IsAsciiLetterUpper(text[i]))
        {
            return start;
        }

        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i + 1 >= end || text[i] != '.' || !IsLabelWordStart(text[i + 1]))
        {
            return start;
        }

        i++;
        if (closed)
        {
            var label = text.AsSpan(i, end - i);
            return label.IndexOfAny(NotInLabel) < 0 && label[^1] != ' ' ? end : start;
        }

        while (true)
        {
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
            {
                i++;
            }

            if (i + 1 < end && text[i] == ' ' && IsLabelWordStart(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    private static bool IsLabelWordStart(char c) => char.IsUpper(c) || char.IsDigit(c) || c == '_';

    // <customer name>, <reporter>, <insert issue>: one to six lower-case words between angle brackets, with no attribute
    // (no '=', no quotes, no '/'), where the first word is no HTML element and the body never closes it (</reporter>):
    // a real tag, a custom element or an HTML block stays HTML.
    private static bool TryScanAngle(string text, int start, TextSpan body, ref HashSet<string>? closingTags, out Placeholder placeholder)
    {
        placeholder = null!;
        var end = Math.Min(body.End, start + MaxAngleLength + 2);
        var i = start + 1;
        var words = 0;
        var firstWordEnd = -1;
        while (true)
        {
            if (i >= end || !char.IsAsciiLetterLower(text[i]))
            {
                return false;
            }

            while (i < end && (char.IsAsciiLetterLower(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '\'' or '\u2019' or '-' or '_'))
            {
                i++;
            }

            words++;
            if (firstWordEnd < 0)
            {
                firstWordEnd = i;
            }

            if (i < end && text[i] == '>')
            {
                break;
            }

            if (i >= end || text[i] != ' ' || words == MaxAngleWords)
            {
                return false;
            }

            i++;
        }

        var firstWord = text[(start + 1)..firstWordEnd];
        if (HtmlElements.Contains(firstWord))
        {
            return false;
        }

        closingTags ??= ClosingTags(text, body);
        if (closingTags.Contains(firstWord))
        {
            return false;
        }

        placeholder = new Placeholder(TextSpan.FromBounds(start, i + 1), text[(start + 1)..i], PlaceholderSyntax.AngleBracket, IsWellFormed: true);
        return true;
    }

    // The names of every closing tag in the body (</reporter> gives "reporter"), read once.
    private static HashSet<string> ClosingTags(string text, TextSpan body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf("</", body.Start, body.Length, StringComparison.Ordinal); at >= 0;)
        {
            var i = at + 2;
            while (i < body.End && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or '\'' or '\u2019'))
            {
                i++;
            }

            if (i > at + 2)
            {
                names.Add(text[(at + 2)..i].ToLowerInvariant());
            }

            at = i < body.End ? text.IndexOf("</", i, body.End - i, StringComparison.Ordinal) : -1;
        }

        return names;
    }

    // XXXXX and FILLIN standing alone as a word. A run that is part of a format or a number ("XXX-XXX", "£XX.XX",
    // "/XXX?") is not: those stay words, read by the rules as they are written.
    private static bool TryScanFillInMarker(string text, int start, TextSpan body, out Placeholder placeholder)
    {
        placeholder = null!;
        if (start > body.Start && IsWordChar(text[start - 1]))
        {
            return false;
        }

        var i = start;
        if (text[start] == 'X')
        {
            while (i < body.End && text[i] == 'X')
            {
                i++;
            }

            if (i - start < 3)
            {
                return false;
            }
        }
        else if (At(text, start, body.End, "FILLIN"))
        {
            i = start + "FILLIN".Length;
        }
        else
        {
            return false;
        }

        if (i < body.End && IsWordChar(text[i]))
        {
            return false;
        }

        var joinedBefore = start - 1 > body.Start && text[start - 1] is '.' or ',' or '-' or '/' or ':' && IsWordChar(text[start - 2]);
        var joinedAfter = i + 1 < body.End && text[i] is '.' or ',' or '-' or '/' or ':' && IsWordChar(text[i + 1]);
        if (joinedBefore || joinedAfter)
        {
            return false;
        }

        placeholder = new Placeholder(TextSpan.FromBounds(start, i), text[start..i], PlaceholderSyntax.FillInMarker, IsWellFormed: true);
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

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
