using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Reads the prose blocks of a plain-text body: paragraphs are separated by blank lines, a line that
/// starts with <c>-</c>, <c>*</c>, <c>•</c> or <c>1.</c> / <c>1)</c> starts a list item, and lines that start with
/// <c>&gt;</c> are a quote.</summary>
internal static class PlainTextProseReader
{
    public static void Read(string text, TextSpan body, List<BlockDraft> blocks)
    {
        BlockBuilder? current = null;
        var lineStart = body.Start;
        while (lineStart < body.End)
        {
            var lineEnd = text.IndexOfAny(['\r', '\n'], lineStart, body.End - lineStart);
            var contentEnd = lineEnd < 0 ? body.End : lineEnd;
            var next = lineEnd < 0 ? body.End : text[lineEnd] == '\r' && lineEnd + 1 < body.End && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
            var line = text.AsSpan(lineStart, contentEnd - lineStart);
            var indent = line.Length - line.TrimStart().Length;
            var content = line[indent..];
            var contentStart = lineStart + indent;

            // "> " opens a quoted line, as in an e-mail reply: usually the customer's own words.
            var isQuoted = content.Length > 0 && content[0] == '>';
            if (isQuoted)
            {
                var markerEnd = content.Length > 1 && content[1] is ' ' or '\t' ? 2 : 1;
                content = content[markerEnd..];
                contentStart += markerEnd;
            }

            if (content.IsWhiteSpace())
            {
                Flush(ref current, blocks);
            }
            else
            {
                if (current is not null && current.IsQuoted != isQuoted)
                {
                    Flush(ref current, blocks);
                }

                var markerLength = ListMarkerLength(content, out var isOrdered);
                if (markerLength > 0)
                {
                    Flush(ref current, blocks);
                    current = new BlockBuilder(ProseBlockKind.ListItem, isOrdered, isQuoted, contentStart + markerLength);
                }
                else if (current is null)
                {
                    current = new BlockBuilder(ProseBlockKind.Paragraph, false, isQuoted, contentStart);
                }
                else
                {
                    current.Prose.AppendSpace(lineStart - 1, contentStart);
                }

                var from = contentStart + markerLength;
                var to = lineStart + line.TrimEnd().Length;
                current.Prose.AppendSource(text, from, to);
                current.End = to;
            }

            lineStart = next;
        }

        Flush(ref current, blocks);
    }

    private static void Flush(ref BlockBuilder? current, List<BlockDraft> blocks)
    {
        if (current is not null && current.End > current.Start)
        {
            blocks.Add(new BlockDraft(current.Kind, TextSpan.FromBounds(current.Start, current.End), current.IsQuoted, current.IsOrdered, current.Prose));
        }

        current = null;
    }

    private static int ListMarkerLength(ReadOnlySpan<char> line, out bool isOrdered)
    {
        isOrdered = false;
        if (line.Length >= 2 && line[0] is '-' or '*' or '\u2022' && line[1] is ' ' or '\t')
        {
            return 2 + (line[2..].Length - line[2..].TrimStart().Length);
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t')
        {
            isOrdered = true;
            var rest = line[(digits + 2)..];
            return digits + 2 + (rest.Length - rest.TrimStart().Length);
        }

        return 0;
    }

    private sealed class BlockBuilder(ProseBlockKind kind, bool isOrdered, bool isQuoted, int start)
    {
        public ProseBlockKind Kind { get; } = kind;

        public bool IsOrdered { get; } = isOrdered;

        public bool IsQuoted { get; } = isQuoted;

        public int Start { get; } = start;

        public int End { get; set; } = start;

        public ProseBuffer Prose { get; } = new();
    }
}
