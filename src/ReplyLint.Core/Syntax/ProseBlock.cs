using System.Collections.Immutable;
using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>What kind of Markdown, HTML or plain-text block a piece of prose sits in.</summary>
public enum ProseBlockKind
{
    /// <summary>An ordinary paragraph.</summary>
    Paragraph,

    /// <summary>A heading (<c># Title</c>, a setext underline, or <c>&lt;h1&gt;</c> to <c>&lt;h6&gt;</c>).</summary>
    Heading,

    /// <summary>The text of a bulleted or numbered list item.</summary>
    ListItem,
}

/// <summary>One leaf block of prose: the text a customer reads, split into sentences.</summary>
/// <remarks>Code blocks, Markdown's HTML blocks, comments and front matter never become prose blocks. In an HTML
/// body, each block element (<c>p</c>, <c>li</c>, <c>td</c>, ...) holds its own.</remarks>
public sealed class ProseBlock
{
    /// <summary>Creates a prose block.</summary>
    public ProseBlock(ProseBlockKind kind, TextSpan span, bool isQuoted, bool isOrderedListItem, ImmutableArray<Sentence> sentences)
    {
        Kind = kind;
        Span = span;
        IsQuoted = isQuoted;
        IsOrderedListItem = isOrderedListItem;
        Sentences = sentences;
    }

    /// <summary>The kind of block.</summary>
    public ProseBlockKind Kind { get; }

    /// <summary>The block's span in the source, markup included.</summary>
    public TextSpan Span { get; }

    /// <summary>Whether the block sits inside a block quote (<c>&gt; ...</c> or <c>&lt;blockquote&gt;</c>): usually the
    /// customer's own words.</summary>
    public bool IsQuoted { get; }

    /// <summary>Whether the block is an item of a numbered list.</summary>
    public bool IsOrderedListItem { get; }

    /// <summary>The block's sentences, in source order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }
}
