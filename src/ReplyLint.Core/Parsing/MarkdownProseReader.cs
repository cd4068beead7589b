using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Reads the prose blocks of a Markdown body with Markdig: paragraphs, headings and list items, inside
/// quotes or not. Code, HTML, comments, link targets and images are not prose.</summary>
internal static class MarkdownProseReader
{
    // Built once and shared: a Markdig pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Reads <paramref name="markdown"/>, a copy of the source in which the front matter is blanked out,
    /// so Markdig's offsets are the source's. Code blocks and inline code spans go to <paramref name="code"/>.
    /// <paramref name="angleFillIns"/> are the spans of the <c>&lt;customer name&gt;</c> fill-ins, in source order.</summary>
    /// <exception cref="TemplateParseException">The Markdown is nested deeper than Markdig reads.</exception>
    public static void Read(string markdown, List<BlockDraft> blocks, List<TemplateLink> links, List<TextSpan> code, IReadOnlyList<TextSpan>? angleFillIns = null)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses input nested past its depth limit (128 levels of quotes, lists, brackets...) this way.
            throw new TemplateParseException(
                "the Markdown is nested too deeply to be read (quotes, lists or brackets more than a hundred levels inside one another)",
                exception);
        }

        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock)
            {
                code.Add(ToTextSpan(block.Span, markdown.Length));
                continue;
            }

            if (block is HtmlBlock html && FillInLine(markdown, html, angleFillIns) is { } line)
            {
                var fillIn = new ProseBuffer();
                fillIn.AppendSource(markdown, line.Start, line.End);
                blocks.Add(new BlockDraft(ProseBlockKind.Paragraph, line, Ancestry(block).IsQuoted, false, fillIn));
                continue;
            }

            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null)
            {
                continue;
            }

            var (isQuoted, listItem) = Ancestry(block);
            var kind = block is HeadingBlock ? ProseBlockKind.Heading : listItem is not null ? ProseBlockKind.ListItem : ProseBlockKind.Paragraph;
            var isOrdered = listItem?.Parent is ListBlock { IsOrdered: true };
            var prose = new ProseBuffer();
            AppendInlines(markdown, block.Inline, prose, links, code);
            blocks.Add(new BlockDraft(kind, ToTextSpan(block.Span, markdown.Length), isQuoted, isOrdered, prose));
        }
    }

    // "<customer name>" alone on a line opens an HTML block to Markdown (any tag may), though it is a fill-in: read such a
    // one-line block as the paragraph it is. A block of more lines, or with anything else on the line, stays HTML.
    private static TextSpan? FillInLine(string markdown, HtmlBlock html, IReadOnlyList<TextSpan>? angleFillIns)
    {
        if (angleFillIns is null || angleFillIns.Count == 0 || html.Lines.Count != 1)
        {
            return null;
        }

        var span = ToTextSpan(html.Span, markdown.Length);
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(markdown[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(markdown[end - 1]))
        {
            end--;
        }

        var index = SortedSpans.IndexContaining(angleFillIns, static s => s, start);
        return index >= 0 && angleFillIns[index] == TextSpan.FromBounds(start, end) ? angleFillIns[index] : null;
    }

    private static (bool IsQuoted, ListItemBlock? ListItem) Ancestry(Block block)
    {
        var isQuoted = false;
        ListItemBlock? listItem = null;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            isQuoted |= parent is QuoteBlock;
            listItem ??= parent as ListItemBlock;
        }

        return (isQuoted, listItem);
    }

    // NOTE: a loop with a stack of the siblings to come back to, not recursion: Markdig nests emphasis as deep as the
    // input asks ("*****...a...*****" is one level per pair of stars, past its depth limit), and a recursive walk of
    // a deep enough tree overflows the stack, which ends the process.
    private static void AppendInlines(string source, ContainerInline container, ProseBuffer prose, List<TemplateLink> links, List<TextSpan> code)
    {
        var resume = new Stack<Inline>();
        for (var inline = container.FirstChild; inline is not null || resume.TryPop(out inline);)
        {
            var span = ToTextSpan(inline.Span, source.Length);
            ContainerInline? children = null;
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(source, literal, span, prose);
                    break;
                case HtmlEntityInline entity:
                    prose.AppendReplacement(entity.Transcoded.ToString(), span);
                    break;
                case LineBreakInline:
                    prose.AppendSpace(span.Start, span.End);
                    break;
                case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    prose.AppendSpace(span.Start, span.End); // a comment is invisible, but still separates words
                    break;
                case LinkInline { IsAutoLink: true } autoLink:
                    links.Add(new TemplateLink(span, autoLink.Url ?? source.Substring(span.Start, span.Length)));
                    prose.AppendOpaque(source, span);
                    break;
                case LinkInline { IsImage: true }:
                    prose.AppendOpaque(source, span);
                    break;
                case LinkInline link:
                    links.Add(new TemplateLink(span, link.Url ?? string.Empty));
                    children = link;
                    break;
                case AutolinkInline autolink:
                    links.Add(new TemplateLink(span, autolink.Url));
                    prose.AppendOpaque(source, span);
                    break;
                case ContainerInline nested:
                    children = nested;
                    break;
                case CodeInline:
                    code.Add(span);
                    prose.AppendOpaque(source, span);
                    break;
                default:
                    // Inline HTML and anything else Markdig knows that is not prose.
                    prose.AppendOpaque(source, span);
                    break;
            }

            if (children?.FirstChild is { } firstChild)
            {
                if (inline.NextSibling is { } next)
                {
                    resume.Push(next);
                }

                inline = firstChild;
            }
            else
            {
                inline = inline.NextSibling;
            }
        }
    }

    // NOTE: a literal's Content is a slice of Markdig's own copy of the paragraph, not of the source; its Span is the
    // source. They differ only where a backslash escape was removed, so walk both and skip the backslashes.
    private static void AppendLiteral(string source, LiteralInline literal, TextSpan span, ProseBuffer prose)
    {
        var content = literal.Content.AsSpan();
        if (content.Length == span.Length)
        {
            prose.AppendSource(source, span.Start, span.End);
            return;
        }

        var at = span.Start;
        foreach (var c in content)
        {
            if (at + 1 < span.End && source[at] == '\\' && source[at + 1] == c)
            {
                at++;
            }

            var sourceAt = Math.Min(at, span.End - 1);
            prose.AppendReplacement(c.ToString(), new TextSpan(sourceAt, 1));
            at++;
        }
    }

    // NOTE: Markdig's SourceSpan.End is inclusive; ours is exclusive.
    private static TextSpan ToTextSpan(SourceSpan span, int textLength)
    {
        var start = Math.Clamp(span.Start, 0, textLength);
        var end = Math.Clamp(span.End + 1, start, textLength);
        return TextSpan.FromBounds(start, end);
    }
}
