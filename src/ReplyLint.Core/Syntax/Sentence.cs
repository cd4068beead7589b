using System.Collections.Immutable;
using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>One sentence of prose with its normalized word tokens.</summary>
public sealed class Sentence
{
    /// <summary>Creates a sentence.</summary>
    public Sentence(TextSpan span, string text, ImmutableArray<WordToken> tokens, ProseBlockKind blockKind, bool isQuoted)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span = span;
        Text = text;
        Tokens = tokens;
        BlockKind = blockKind;
        IsQuoted = isQuoted;
    }

    /// <summary>The sentence's span in the source, from its first character to its final punctuation.</summary>
    public TextSpan Span { get; }

    /// <summary>The sentence as a reader sees it: emphasis markers dropped, line breaks as spaces,
    /// placeholders as written, code and URLs as written.</summary>
    public string Text { get; }

    /// <summary>The word, number and placeholder tokens, in order.</summary>
    public ImmutableArray<WordToken> Tokens { get; }

    /// <summary>The kind of block the sentence sits in.</summary>
    public ProseBlockKind BlockKind { get; }

    /// <summary>Whether the sentence sits inside a block quote.</summary>
    public bool IsQuoted { get; }

    /// <summary>Whether the sentence ends with a question mark.</summary>
    public bool IsQuestion => Text.TrimEnd().TrimEnd('"', '\'', ')', '\u201D', '\u2019').EndsWith('?');

    /// <summary>The number of word tokens (words and numbers; placeholders and code excluded).</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            var lastSpan = new TextSpan(-1, 0);
            foreach (var token in Tokens)
            {
                // A contraction is one written word even though it normalizes to two tokens.
                if (token.Kind is WordTokenKind.Word or WordTokenKind.Number && token.Span != lastSpan)
                {
                    count++;
                    lastSpan = token.Span;
                }
            }

            return count;
        }
    }
}
