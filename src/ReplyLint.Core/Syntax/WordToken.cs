using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>What a <see cref="WordToken"/> stands for.</summary>
public enum WordTokenKind
{
    /// <summary>A word of prose.</summary>
    Word,

    /// <summary>A number such as <c>3</c>, <c>2.5</c> or <c>24/7</c>.</summary>
    Number,

    /// <summary>A template placeholder (<c>{{ name }}</c>, <c>[Customer Name]</c>); its <see cref="WordToken.Normalized"/> is the placeholder name.</summary>
    Placeholder,

    /// <summary>Inline code, a URL, an e-mail address or inline HTML inside a sentence: not prose, and a phrase never matches across it.</summary>
    Opaque,
}

/// <summary>A normalized word of a sentence, with the span of the source text it came from.</summary>
/// <remarks>Normalization lower-cases, straightens curly apostrophes and expands contractions, so
/// "We’re" yields two tokens, <c>we</c> and <c>are</c>, that share the span of "We’re". A hyphenated
/// word ("follow-up") yields one token per part.</remarks>
/// <param name="Normalized">The normalized form that phrase patterns are matched against.</param>
/// <param name="Span">The source span of the written word.</param>
/// <param name="Kind">What the token stands for.</param>
/// <param name="TextStart">Where the written word starts in <see cref="Sentence.Text"/>.</param>
/// <param name="TextEnd">Where the written word ends in <see cref="Sentence.Text"/>.</param>
public readonly record struct WordToken(string Normalized, TextSpan Span, WordTokenKind Kind, int TextStart, int TextEnd)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind} '{Normalized}' {Span}";
}
