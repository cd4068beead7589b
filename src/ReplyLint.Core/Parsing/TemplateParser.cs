using System.Collections.Immutable;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Parses a template: front matter, placeholders and comments, prose blocks, sentences and tokens.</summary>
/// <remarks>Thread-safe and stateless. Every node keeps its exact span in <see cref="SourceText"/>.</remarks>
public static class TemplateParser
{
    /// <summary>The extensions read as Markdown.</summary>
    public static ImmutableArray<string> MarkdownExtensions { get; } = [".md", ".markdown"];

    /// <summary>The extensions read as HTML.</summary>
    public static ImmutableArray<string> HtmlExtensions { get; } = [".html", ".htm"];

    /// <summary>The format of a file, by its extension: Markdown for <c>.md</c> and <c>.markdown</c>, HTML for
    /// <c>.html</c> and <c>.htm</c>, plain text otherwise.</summary>
    public static TemplateFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = System.IO.Path.GetExtension(path);
        return MarkdownExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? TemplateFormat.Markdown
            : HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? TemplateFormat.Html
            : TemplateFormat.PlainText;
    }

    /// <summary>Parses <paramref name="text"/> as the template at <paramref name="path"/>; the format follows the extension.</summary>
    /// <exception cref="TemplateParseException">The template cannot be parsed at all (Markdown nested too deeply).</exception>
    public static TemplateDocument Parse(string text, string path = "template.md") =>
        Parse(new SourceText(text), path, FormatOf(path));

    /// <summary>Parses a source text in the given format.</summary>
    /// <exception cref="TemplateParseException">The template cannot be parsed at all (Markdown nested too deeply).</exception>
    public static TemplateDocument Parse(SourceText source, string path, TemplateFormat format) =>
        Parse(source, path, format, embedded: null);

    /// <summary>Parses a source text in the given format; a template embedded in an export brings its own front matter
    /// (the export's fields, so the text is all body) and may open with a subject line, which is read as a heading.</summary>
    /// <exception cref="TemplateParseException">The template cannot be parsed at all (Markdown nested too deeply).</exception>
    internal static TemplateDocument Parse(SourceText source, string path, TemplateFormat format, (FrontMatter FrontMatter, TextSpan Heading)? embedded)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(path);
        var frontMatter = embedded is { } given
            ? new FrontMatterParser.Result(given.FrontMatter.Span, given.FrontMatter, null, IsUnclosed: false)
            : FrontMatterParser.Parse(source);
        var heading = embedded?.Heading ?? default;
        var body = frontMatter.IsUnclosed
            ? new TextSpan(source.Length, 0)
            : TextSpan.FromBounds(frontMatter.Span.End, source.Length);

        var placeholderList = new List<Placeholder>();
        var commentList = new List<TemplateComment>();
        PlaceholderScanner.Scan(source.Text, body, placeholderList, commentList, angleFillIns: true);

        var drafts = new List<BlockDraft>();
        var links = new List<TemplateLink>();
        var code = new List<TextSpan>();
        var dataAttributes = new List<TextSpan>();
        if (!body.IsEmpty)
        {
            if (format == TemplateFormat.Markdown)
            {
                MarkdownProseReader.Read(BlankOut(source.Text, frontMatter.Span), drafts, links, code, AngleFillIns(placeholderList));
                DropFillInsInCode(placeholderList, code);
            }
            else if (format == TemplateFormat.Html)
            {
                HtmlProseReader.Read(source.Text, body, drafts, links, code, dataAttributes, placeholderList, commentList);
            }
            else
            {
                PlainTextProseReader.Read(source.Text, body, drafts);
            }
        }

        ImmutableArray<Placeholder> placeholders = [.. placeholderList];
        var commentSpans = commentList.ConvertAll(static c => c.Span);
        var firstComment = 0;
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>(drafts.Count);
        foreach (var draft in drafts)
        {
            var prose = draft.Prose.Without(Overlapping(commentSpans, draft.Span, ref firstComment));
            ProseSegmenter.MarkBareLinks(prose, links);
            var kind = !heading.IsEmpty && heading.Contains(draft.Span) ? ProseBlockKind.Heading : draft.Kind;
            var sentences = ProseSegmenter.Segment(prose, placeholders, kind, draft.IsQuoted);
            if (!sentences.IsEmpty)
            {
                blocks.Add(new ProseBlock(kind, draft.Span, draft.IsQuoted, draft.IsOrderedListItem, sentences));
            }
        }

        links.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        code.Sort();
        return new TemplateDocument(
            path,
            source,
            format,
            frontMatter.FrontMatter,
            frontMatter.Error,
            blocks.ToImmutable(),
            placeholders,
            [.. commentList],
            [.. links],
            [.. code])
        {
            DataAttributes = [.. dataAttributes],
        };
    }

    private static List<TextSpan> AngleFillIns(List<Placeholder> placeholders) =>
        placeholders.Where(static p => p.Syntax == PlaceholderSyntax.AngleBracket).Select(static p => p.Span).ToList();

    // Code is shown as it is written: "<repo url>" or "XXXX" in a code sample is part of the sample, not a fill-in for the
    // agent. (The help desk's own placeholders are still filled in inside code, so those stay.)
    private static void DropFillInsInCode(List<Placeholder> placeholders, List<TextSpan> code)
    {
        if (code.Count == 0)
        {
            return;
        }

        var sorted = code.OrderBy(static c => c.Start).ToList();
        placeholders.RemoveAll(p => p.Syntax is PlaceholderSyntax.AngleBracket or PlaceholderSyntax.FillInMarker
            && SortedSpans.IndexContaining(sorted, static c => c, p.Span.Start) >= 0);
    }

    // Blocks come in source order, so comments that end before this block can be skipped for good.
    private static List<TextSpan> Overlapping(List<TextSpan> sorted, TextSpan block, ref int first)
    {
        while (first < sorted.Count && sorted[first].End <= block.Start)
        {
            first++;
        }

        var found = new List<TextSpan>();
        for (var i = first; i < sorted.Count && sorted[i].Start < block.End; i++)
        {
            found.Add(sorted[i]);
        }

        return found;
    }

    // Markdig must not see the front matter as Markdown, but its offsets must stay the source's: keep the line
    // breaks, turn everything else into spaces.
    private static string BlankOut(string text, TextSpan span)
    {
        if (span.IsEmpty)
        {
            return text;
        }

        return string.Create(text.Length, (text, span), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            for (var i = state.span.Start; i < state.span.End; i++)
            {
                if (buffer[i] is not ('\r' or '\n'))
                {
                    buffer[i] = ' ';
                }
            }
        });
    }
}
