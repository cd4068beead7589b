using System.Globalization;
using System.Text;
using ReplyLint.Text;
using YamlDotNet.Core;

namespace ReplyLint.Exports;

/// <summary>Decodes a YAML scalar from its source text, recording where each decoded character comes from: line folding,
/// block indentation and chomping, quotes and escapes. One pass over the scalar's source.</summary>
/// <remarks>It follows YAML 1.2's rules for the shapes templates are written in; its result is checked against the
/// parser's value before it is used (<see cref="ReplayInto"/>), so a case it reads differently costs precision, never a
/// wrong position.</remarks>
internal sealed class YamlScalarDecoder(string text)
{
    private readonly StringBuilder _decoded = new();
    private readonly List<Step> _steps = [];

    /// <summary>A plain, single-quoted or double-quoted scalar whose content (inside the quotes) is <paramref name="content"/>.</summary>
    public bool Flow(TextSpan content, ScalarStyle style)
    {
        var (i, end) = (content.Start, content.End);
        while (i < end)
        {
            var c = text[i];
            if (style == ScalarStyle.DoubleQuoted && c == '\\' && i + 1 < end)
            {
                i = Escape(i, end);
            }
            else if (style == ScalarStyle.SingleQuoted && c == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                Replace(i, 2, "'");
                i += 2;
            }
            else if (c is ' ' or '\t')
            {
                var j = SkipWhite(i, end);
                if (j < end && IsBreak(text[j]))
                {
                    i = j; // white space before a line break is not content: it goes with the fold
                }
                else
                {
                    Copy(i, j - i);
                    i = j;
                }
            }
            else if (IsBreak(c))
            {
                i = Fold(i, end, escaped: false);
            }
            else
            {
                var j = i + 1;
                while (j < end && text[j] is not (' ' or '\t' or '\r' or '\n' or '\\' or '\''))
                {
                    j++;
                }

                Copy(i, j - i);
                i = j;
            }
        }

        return true;
    }

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar; <paramref name="span"/> starts at its indicator.</summary>
    public bool Block(TextSpan span, bool folded)
    {
        var end = Math.Min(span.End, text.Length);
        var i = span.Start + 1;
        var chomping = '\0';
        var explicitIndent = false;
        while (i < end && text[i] is '+' or '-' or (>= '1' and <= '9'))
        {
            if (text[i] is '+' or '-')
            {
                chomping = text[i];
            }
            else
            {
                explicitIndent = true;
            }

            i++;
        }

        if (explicitIndent)
        {
            return false; // relative to the parent's indentation, which the scalar alone does not know
        }

        while (i < end && !IsBreak(text[i]))
        {
            i++; // white space and a comment after the header
        }

        if (i >= end)
        {
            return true;
        }

        i += BreakLength(i);
        var lines = Lines(i, end);

        // The first line with text sets the indentation; lines of spaces before it are empty whatever their length.
        var first = lines.FindIndex(static l => l.HasText);
        var indent = first < 0 ? -1 : lines[first].Spaces;
        if (indent < 0)
        {
            // Only blank lines: keep chomping keeps their breaks, the others give an empty value.
            foreach (var line in lines)
            {
                if (chomping == '+' && line.BreakLength > 0)
                {
                    Replace(line.Start, line.BreakEnd - line.Start, "\n");
                }
            }

            return true;
        }

        // After it, a line of more spaces than the indentation is content: the spaces beyond it are kept.
        bool IsContent(int k) => k >= first && (lines[k].HasText || lines[k].Spaces > indent);
        var last = lines.Count - 1;
        while (last > first && !IsContent(last))
        {
            last--;
        }

        var previous = -1;
        for (var k = 0; k <= last; k++)
        {
            var line = lines[k];
            if (!IsContent(k))
            {
                continue;
            }

            if (line.Spaces < indent)
            {
                return false; // the scalar ended before the parser said it did
            }

            var contentStart = line.Start + indent;
            if (previous < 0)
            {
                // Blank lines before the first text are line breaks of the value.
                for (var b = 0; b < k; b++)
                {
                    Replace(lines[b].Start, lines[b].BreakEnd - lines[b].Start, "\n");
                }
            }
            else
            {
                var before = lines[previous];
                var blanks = k - previous - 1;
                var between = TextSpan.FromBounds(before.ContentEnd, contentStart);
                var moreIndented = IsMoreIndented(before, indent) || IsMoreIndented(line, indent);
                if (!folded || moreIndented)
                {
                    if (!folded && blanks == 0 && before.BreakLength == 1)
                    {
                        Copy(before.ContentEnd, 1);
                    }
                    else
                    {
                        Replace(between.Start, between.Length, new string('\n', blanks + 1));
                    }
                }
                else
                {
                    Replace(between.Start, between.Length, blanks == 0 ? " " : new string('\n', blanks));
                }
            }

            Copy(contentStart, line.ContentEnd - contentStart);
            previous = k;
        }

        // Chomping: strip drops the final break, clip keeps it, keep keeps it and the blank lines after it.
        var final = lines[last];
        if (chomping != '-' && final.BreakLength > 0)
        {
            Replace(final.ContentEnd, final.BreakLength, "\n");
            if (chomping == '+')
            {
                for (var k = last + 1; k < lines.Count; k++)
                {
                    if (lines[k].BreakLength > 0)
                    {
                        Replace(lines[k].Start, lines[k].BreakEnd - lines[k].Start, "\n");
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Appends the decoded value and its map when it is <paramref name="expected"/> (the parser's value);
    /// otherwise the value as one piece that stands for the whole scalar.</summary>
    public void ReplayInto(StringBuilder output, OffsetMap.Builder map, string expected, TextSpan scalar)
    {
        if (!_decoded.Equals(expected))
        {
            output.Append(expected);
            map.Replace(scalar, expected.Length);
            return;
        }

        // An empty value still has a place: findings about it go where the scalar starts.
        map.Replace(new TextSpan(scalar.Start, 0), 0);
        output.Append(_decoded);
        foreach (var step in _steps)
        {
            if (step.IsCopy)
            {
                map.Copy(step.SourceStart, step.SourceLength);
            }
            else
            {
                map.Replace(new TextSpan(step.SourceStart, step.SourceLength), step.DecodedLength);
            }
        }
    }

    // A "spaced" line of a folded block: it starts with white space beyond the indentation, and its breaks are kept.
    private bool IsMoreIndented(Line line, int indent) =>
        line.Start + indent < line.ContentEnd && (line.Spaces > indent || text[line.Start + indent] == '\t');

    // A line break inside a flow scalar, with the blank lines after it: one space, or a line break per blank line.
    private int Fold(int i, int end, bool escaped)
    {
        var j = i + BreakLength(i);
        j = SkipWhite(j, end);
        var blanks = 0;
        while (j < end && IsBreak(text[j]))
        {
            blanks++;
            j = SkipWhite(j + BreakLength(j), end);
        }

        Replace(i, j - i, blanks > 0 ? new string('\n', blanks) : escaped ? "" : " ");
        return j;
    }

    private int Escape(int i, int end)
    {
        var c = text[i + 1];
        if (IsBreak(c))
        {
            // An escaped line break joins the lines with nothing between them.
            var j = Fold(i + 1, end, escaped: true);
            ExtendLastReplaceBack(i);
            return j;
        }

        var digits = c switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits > 0)
        {
            if (i + 2 + digits > end
                || !int.TryParse(text.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF && digits == 8)
            {
                Replace(i, 2, c.ToString());
                return i + 2;
            }

            Replace(i, 2 + digits, code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
            return i + 2 + digits;
        }

        var decoded = c switch
        {
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            't' or '\t' => "\t",
            'n' => "\n",
            'v' => "\v",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001B",
            'N' => "\u0085",
            '_' => "\u00A0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => c.ToString(), // \" \\ \/ and an escaped space
        };
        Replace(i, 2, decoded);
        return i + 2;
    }

    // The escaped break's fold was recorded from the break on; the backslash belongs to it too.
    private void ExtendLastReplaceBack(int start)
    {
        var last = _steps[^1];
        _steps[^1] = last with { SourceStart = start, SourceLength = last.SourceStart + last.SourceLength - start };
    }

    private List<Line> Lines(int start, int end)
    {
        var lines = new List<Line>();
        var i = start;
        while (i < end)
        {
            var spaces = 0;
            while (i + spaces < end && text[i + spaces] == ' ')
            {
                spaces++;
            }

            var contentEnd = i + spaces;
            while (contentEnd < end && !IsBreak(text[contentEnd]))
            {
                contentEnd++;
            }

            var breakLength = contentEnd < end ? BreakLength(contentEnd) : 0;
            lines.Add(new Line(i, spaces, contentEnd, breakLength, HasText: contentEnd > i + spaces));
            i = contentEnd + breakLength;
        }

        return lines;
    }

    private int SkipWhite(int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private int BreakLength(int i) => text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;

    private static bool IsBreak(char c) => c is '\r' or '\n';

    private void Copy(int sourceStart, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _decoded.Append(text, sourceStart, length);
        _steps.Add(new Step(true, sourceStart, length, length));
    }

    private void Replace(int sourceStart, int sourceLength, string decoded)
    {
        _decoded.Append(decoded);
        _steps.Add(new Step(false, sourceStart, sourceLength, decoded.Length));
    }

    private readonly record struct Step(bool IsCopy, int SourceStart, int SourceLength, int DecodedLength);

    /// <summary>One source line of a block scalar: where it starts, its leading spaces, where its text ends, its break,
    /// and whether it has anything but spaces (a tab is text: YAML indents with spaces only).</summary>
    private readonly record struct Line(int Start, int Spaces, int ContentEnd, int BreakLength, bool HasText)
    {
        public int BreakEnd => ContentEnd + BreakLength;
    }
}
