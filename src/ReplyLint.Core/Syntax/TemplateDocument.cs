using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>How the body of a template is written.</summary>
public enum TemplateFormat
{
    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>).</summary>
    Markdown,

    /// <summary>Plain text (<c>.txt</c> and anything else): paragraphs are separated by blank lines.</summary>
    PlainText,

    /// <summary>HTML (<c>.html</c>, <c>.htm</c>, or the HTML body of a help-desk export): tags are dropped, block
    /// elements separate paragraphs, entities are decoded.</summary>
    Html,
}

/// <summary>A parsed template: what every analyzer sees.</summary>
public sealed class TemplateDocument
{
    private readonly ImmutableArray<TextSpan> _dataAttributes;

    /// <summary>Creates a document; <paramref name="code"/> is the code of a Markdown or HTML body (none when omitted).</summary>
    public TemplateDocument(
        string path,
        SourceText text,
        TemplateFormat format,
        FrontMatter? frontMatter,
        FrontMatterError? frontMatterError,
        ImmutableArray<ProseBlock> blocks,
        ImmutableArray<Placeholder> placeholders,
        ImmutableArray<TemplateComment> comments,
        ImmutableArray<TemplateLink> links,
        ImmutableArray<TextSpan> code = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
        Format = format;
        FrontMatter = frontMatter;
        FrontMatterError = frontMatterError;
        Blocks = blocks;
        Placeholders = placeholders;
        Comments = comments;
        Links = links;
        Code = code.IsDefault ? [] : code;
        Sentences = [.. blocks.SelectMany(static block => block.Sentences)];
    }

    /// <summary>The path the template is reported under (relative, with <c>/</c>).</summary>
    public string Path { get; }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>How the body is written.</summary>
    public TemplateFormat Format { get; }

    /// <summary>The front matter, when there is any and it could be read.</summary>
    public FrontMatter? FrontMatter { get; }

    /// <summary>Why the front matter could not be read, when it could not.</summary>
    public FrontMatterError? FrontMatterError { get; }

    /// <summary>The prose blocks, in source order.</summary>
    public ImmutableArray<ProseBlock> Blocks { get; }

    /// <summary>Every sentence of every block, in source order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The placeholders of the body, in source order (inside code too: they are still filled in).</summary>
    public ImmutableArray<Placeholder> Placeholders { get; }

    /// <summary>The comments (HTML, Handlebars, Liquid), in source order.</summary>
    public ImmutableArray<TemplateComment> Comments { get; }

    /// <summary>The links, bare URLs and e-mail addresses of the prose, in source order.</summary>
    public ImmutableArray<TemplateLink> Links { get; }

    /// <summary>The code of a Markdown or HTML body, in source order: code blocks (fenced or indented) and inline code
    /// spans in Markdown; <c>&lt;pre&gt;</c> and <c>&lt;code&gt;</c> elements, and the <c>&lt;script&gt;</c>,
    /// <c>&lt;style&gt;</c> and <c>&lt;title&gt;</c> elements whose content is never shown, in HTML. Never prose. A
    /// comment written inside code is still listed in <see cref="Comments"/>, but the reader sees it as it is written,
    /// so it is no suppression. Plain-text templates have none.</summary>
    public ImmutableArray<TextSpan> Code { get; }

    /// <summary>The values of the <c>data-*</c> attributes of an HTML body, in source order: data kept for scripts and
    /// editors, never shown to the customer, such as the <c>data-atwho-at-query="{{"</c> a rich-text editor leaves
    /// beside a placeholder it inserted. Braces there are no broken placeholder; a whole placeholder written there is
    /// still listed in <see cref="Placeholders"/>. Markdown and plain-text templates have none.</summary>
    public ImmutableArray<TextSpan> DataAttributes
    {
        get => _dataAttributes.IsDefault ? [] : _dataAttributes;
        init => _dataAttributes = value;
    }

    /// <summary>The placeholder whose span contains <paramref name="offset"/>, or null.</summary>
    public Placeholder? PlaceholderAt(int offset)
    {
        var index = SortedSpans.IndexContaining(Placeholders, static p => p.Span, offset);
        return index < 0 ? null : Placeholders[index];
    }

    /// <summary>A one-line-per-node dump of the tree with spans, for tests and debugging.</summary>
    public string Dump()
    {
        var builder = new StringBuilder();
        if (FrontMatter is { } frontMatter)
        {
            AppendNode(builder, 0, "FrontMatter", frontMatter.Span);
            foreach (var (key, value) in frontMatter.Fields.OrderBy(static f => f.Value.Span.Start))
            {
                AppendNode(builder, 1, $"Field {key}", value.Span);
            }
        }

        if (FrontMatterError is { } error)
        {
            AppendNode(builder, 0, $"FrontMatterError \"{error.Message}\"", error.Span);
        }

        foreach (var block in Blocks)
        {
            var kind = block.Kind.ToString() + (block.IsOrderedListItem ? "(ordered)" : "") + (block.IsQuoted ? "(quoted)" : "");
            AppendNode(builder, 0, kind, block.Span);
            foreach (var sentence in block.Sentences)
            {
                AppendNode(builder, 1, "Sentence", sentence.Span);
                foreach (var token in sentence.Tokens)
                {
                    var label = token.Kind == WordTokenKind.Word ? token.Normalized : $"{token.Kind}:{token.Normalized}";
                    AppendNode(builder, 2, label, token.Span);
                }
            }
        }

        foreach (var placeholder in Placeholders)
        {
            var fallback = placeholder.Fallback is { } text ? $" fallback '{text}'" : "";
            AppendNode(builder, 0, $"Placeholder {placeholder.Syntax} '{placeholder.Name}'{fallback}{(placeholder.IsWellFormed ? "" : " malformed")}", placeholder.Span);
        }

        foreach (var comment in Comments)
        {
            AppendNode(builder, 0, $"Comment {comment.Syntax}", comment.Span);
        }

        foreach (var link in Links)
        {
            AppendNode(builder, 0, $"Link {link.Target}", link.Span);
        }

        return builder.ToString();
    }

    private void AppendNode(StringBuilder builder, int depth, string label, TextSpan span)
    {
        var position = Text.GetLinePositionSpan(span);
        var excerpt = Text.ToString(span).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        if (excerpt.Length > 60)
        {
            excerpt = string.Concat(excerpt.AsSpan(0, 57), "...");
        }

        builder.Append(' ', depth * 2)
            .Append(CultureInfo.InvariantCulture, $"{label} ({position}) {span.Start}-{span.End} '{excerpt}'")
            .Append('\n');
    }
}
