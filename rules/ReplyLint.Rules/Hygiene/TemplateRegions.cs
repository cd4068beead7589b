using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>Where the parts of a template's source are that the syntax model does not hand out directly: the body
/// (everything after the front matter) and the code in it (fenced blocks and inline code spans).</summary>
internal static class TemplateRegions
{
    /// <summary>The body: the source after the front matter, or all of it when there is none.</summary>
    public static TextSpan Body(TemplateDocument document)
    {
        var length = document.Text.Length;
        if (document.FrontMatter is { } frontMatter)
        {
            return TextSpan.FromBounds(Math.Min(frontMatter.Span.End, length), length);
        }

        if (document.FrontMatterError is null)
        {
            return new TextSpan(0, length);
        }

        // Front matter that could not be read is still front matter: find its closing line as the parser does, and
        // when there is none the parser reads no body at all.
        return TextSpan.FromBounds(FrontMatterEnd(document.Text.Text), length);
    }

    /// <summary>The code of a Markdown body, in source order: fenced code blocks (whole lines) and inline code spans,
    /// read from the source (the parser's tokens split a code span at a placeholder inside it). An HTML body's code is
    /// the parser's (<c>pre</c>, <c>code</c>, <c>script</c>, <c>style</c>). Plain-text templates have none.</summary>
    public static List<TextSpan> Code(TemplateDocument document)
    {
        if (document.Format == TemplateFormat.Html)
        {
            return [.. document.Code];
        }

        var code = new List<TextSpan>();
        if (document.Format != TemplateFormat.Markdown)
        {
            return code;
        }

        var text = document.Text.Text;
        var body = Body(document);
        var fences = new List<TextSpan>();
        AddFencedBlocks(text, body, fences);
        code.AddRange(fences);
        for (var line = body.Start; line < body.End; line = NextLineStart(text, line, body.End))
        {
            if (!Contains(fences, line))
            {
                AddInlineCode(text, line, LineEnd(text, line, body.End), code);
            }
        }

        code.Sort();
        return code;
    }

    // `code` and ``co`de``: a run of backticks closed by the next run of the same length on the line. (CommonMark lets a
    // code span run on over a line break; templates keep them short, and a placeholder never spans lines anyway.)
    // The runs are listed first and matched by length, so a line of unmatched backticks is still read in one pass.
    private static void AddInlineCode(string text, int lineStart, int lineEnd, List<TextSpan> code)
    {
        var runs = new List<(int Start, int Length)>();
        for (var i = lineStart; i < lineEnd;)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var length = RunOf(text, i, lineEnd);
            runs.Add((i, length));
            i += length;
        }

        var nextOfLength = new Dictionary<int, int>();
        var next = new int[runs.Count];
        for (var k = runs.Count - 1; k >= 0; k--)
        {
            next[k] = nextOfLength.GetValueOrDefault(runs[k].Length, -1);
            nextOfLength[runs[k].Length] = k;
        }

        for (var k = 0; k < runs.Count;)
        {
            var close = next[k];
            if (close < 0)
            {
                k++;
                continue;
            }

            code.Add(TextSpan.FromBounds(runs[k].Start, runs[close].Start + runs[close].Length));
            k = close + 1;
        }
    }

    private static int RunOf(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == '`')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Whether <paramref name="offset"/> lies in one of <paramref name="sorted"/> (spans sorted by start, not nested).</summary>
    public static bool Contains(List<TextSpan> sorted, int offset)
    {
        var low = 0;
        var high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].End <= offset)
            {
                low = middle + 1;
            }
            else if (sorted[middle].Start > offset)
            {
                high = middle - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The offset of the line after the next line break at or after <paramref name="from"/> (CRLF, LF or CR), or the end.</summary>
    public static int NextLineStart(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] is not ('\r' or '\n'))
        {
            i++;
        }

        if (i < end && text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
        {
            return i + 2;
        }

        return i < end ? i + 1 : end;
    }

    /// <summary>The end of a line's content: its line break or <paramref name="end"/>.</summary>
    public static int LineEnd(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] is not ('\r' or '\n'))
        {
            i++;
        }

        return i;
    }

    private static int FrontMatterEnd(string text)
    {
        if (!IsDelimiterLine(text, 0, "---"))
        {
            return 0;
        }

        for (var line = NextLineStart(text, 0, text.Length); line < text.Length; line = NextLineStart(text, line, text.Length))
        {
            if (IsDelimiterLine(text, line, "---") || IsDelimiterLine(text, line, "..."))
            {
                return NextLineStart(text, line, text.Length);
            }
        }

        return text.Length;
    }

    private static bool IsDelimiterLine(string text, int lineStart, string delimiter)
    {
        if (string.CompareOrdinal(text, lineStart, delimiter, 0, delimiter.Length) != 0)
        {
            return false;
        }

        for (var i = lineStart + delimiter.Length; i < text.Length && text[i] is not ('\r' or '\n'); i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // ``` and ~~~ fences (at any indentation, inside quotes and list items too); an unclosed fence runs to the end.
    private static void AddFencedBlocks(string text, TextSpan body, List<TextSpan> code)
    {
        var fenceStart = -1;
        var fenceChar = '\0';
        var fenceLength = 0;
        for (var line = body.Start; line < body.End; line = NextLineStart(text, line, body.End))
        {
            var lineEnd = LineEnd(text, line, body.End);
            var i = line;
            while (i < lineEnd && (text[i] is ' ' or '\t' or '>'))
            {
                i++;
            }

            var run = i;
            while (run < lineEnd && text[run] == (fenceStart < 0 ? text[i] : fenceChar) && text[i] is '`' or '~')
            {
                run++;
            }

            var length = run - i;
            if (fenceStart < 0)
            {
                if (length >= 3 && (text[i] == '~' || text.AsSpan(run, lineEnd - run).IndexOf('`') < 0))
                {
                    fenceStart = line;
                    fenceChar = text[i];
                    fenceLength = length;
                }
            }
            else if (length >= fenceLength && text.AsSpan(run, lineEnd - run).Trim().IsEmpty)
            {
                code.Add(TextSpan.FromBounds(fenceStart, lineEnd));
                fenceStart = -1;
            }
        }

        if (fenceStart >= 0)
        {
            code.Add(TextSpan.FromBounds(fenceStart, body.End));
        }
    }
}
