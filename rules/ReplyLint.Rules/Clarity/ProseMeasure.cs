using ReplyLint.Syntax;

namespace ReplyLint.Rules.Clarity;

/// <summary>How long prose is as the customer reads it, shared by the Clarity rules: words per sentence, the
/// characters of a whole reply, and a short excerpt of a sentence for a message.</summary>
/// <remarks>
/// Everything is measured on the parsed sentences, never on the source, so markup (<c>**</c>, link targets, comments)
/// never counts. A word is a written word or number: a contraction ("we're") or a hyphenated word ("follow-up")
/// is one word although it gives two tokens. A placeholder that prints text (<c>{{ order.number }}</c>,
/// <c>[Customer Name]</c>) is one word, because the customer reads what fills it; a Liquid or Jinja tag
/// (<c>{% if ... %}</c>) prints nothing and is no word. Inline code, URLs and e-mail addresses are not counted as words.
/// </remarks>
internal static class ProseMeasure
{
    /// <summary>The words of <paramref name="sentence"/> as the customer reads them.</summary>
    public static int Words(Sentence sentence, TemplateDocument document) => CountWords(sentence, document, byLine: false);

    /// <summary>The words of the longest source line of <paramref name="sentence"/>.</summary>
    public static int WordsOfLongestLine(Sentence sentence, TemplateDocument document) => CountWords(sentence, document, byLine: true);

    /// <summary>Whether the sentence ends with <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (closing quotes or brackets may follow).</summary>
    public static bool EndsWithTerminator(Sentence sentence)
    {
        var text = sentence.Text.AsSpan().TrimEnd().TrimEnd("\"')]\u201D\u2019");
        return !text.IsEmpty && text[^1] is '.' or '!' or '?' or '\u2026';
    }

    /// <summary>Whether <paramref name="sentence"/> has at least one written word (not only numbers, placeholders or code).</summary>
    public static bool HasWrittenWord(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == WordTokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a placeholder token prints text when the reply is sent; a <c>{% tag %}</c> does not.</summary>
    public static bool PrintsText(WordToken token, TemplateDocument document) =>
        Find(document, token.Span.Start) is not { Syntax: PlaceholderSyntax.Tag };

    /// <summary>The first <paramref name="words"/> words of the sentence as written, then an ellipsis; the whole
    /// sentence when it is that short.</summary>
    public static string Excerpt(Sentence sentence, int words = 8)
    {
        var seen = 0;
        var last = -1;
        foreach (var token in sentence.Tokens)
        {
            if (token.TextStart == last)
            {
                continue;
            }

            last = token.TextStart;
            if (++seen == words)
            {
                var cut = token.TextEnd;
                var rest = sentence.Text.AsSpan(cut).TrimEnd();
                return rest.IsEmpty || IsOnlyPunctuation(rest)
                    ? sentence.Text.Trim()
                    : string.Concat(sentence.Text.AsSpan(0, cut).TrimEnd(), "\u2026");
            }
        }

        return sentence.Text.Trim();
    }

    /// <summary>The characters of the reply as sent: each sentence as read (emphasis markers and link targets dropped),
    /// one space between sentences, a line break between list items and a blank line between other blocks, and
    /// <paramref name="placeholderChars"/> for every placeholder that prints text.</summary>
    public static int RenderedCharacters(TemplateDocument document, int placeholderChars)
    {
        var total = 0;
        ProseBlock? previous = null;
        foreach (var block in document.Blocks)
        {
            var length = 0;
            foreach (var sentence in block.Sentences)
            {
                length += (length > 0 ? 1 : 0) + RenderedCharacters(sentence, document, placeholderChars);
            }

            if (length == 0)
            {
                continue;
            }

            if (previous is not null)
            {
                total += previous.Kind == ProseBlockKind.ListItem && block.Kind == ProseBlockKind.ListItem ? 1 : 2;
            }

            total += length;
            previous = block;
        }

        return total;
    }

    /// <summary>The characters of one sentence as sent, with <paramref name="placeholderChars"/> for every placeholder
    /// that prints text and nothing for a tag.</summary>
    public static int RenderedCharacters(Sentence sentence, TemplateDocument document, int placeholderChars)
    {
        var length = sentence.Text.Trim().Length;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == WordTokenKind.Placeholder)
            {
                length += (PrintsText(token, document) ? placeholderChars : 0) - (token.TextEnd - token.TextStart);
            }
        }

        return Math.Max(length, 0);
    }

    /// <summary>A whole-number option that must be at least <paramref name="minimum"/>; anything else (unset, not a
    /// number, too small) gives <paramref name="defaultValue"/>.</summary>
    public static int Option(AnalyzerOptions options, string ruleId, string name, int defaultValue, int minimum = 1)
    {
        var value = options.GetInt32(ruleId, name, defaultValue);
        return value >= minimum ? value : defaultValue;
    }

    /// <summary>The written text of a word token, as the customer reads it ("We’re", "follow-up").</summary>
    public static ReadOnlySpan<char> Written(Sentence sentence, WordToken token) =>
        sentence.Text.AsSpan(token.TextStart, token.TextEnd - token.TextStart);

    private static int CountWords(Sentence sentence, TemplateDocument document, bool byLine)
    {
        var longest = 0;
        var count = 0;
        var last = -1;
        var previousEnd = -1;
        var source = document.Text.Text;
        foreach (var token in sentence.Tokens)
        {
            if (token.TextStart == last)
            {
                continue; // the second token of "we're" or "follow-up"
            }

            last = token.TextStart;
            if (byLine && previousEnd >= 0 && token.Span.Start > previousEnd
                && source.AsSpan(previousEnd, token.Span.Start - previousEnd).ContainsAny('\n', '\r'))
            {
                count = 0;
            }

            previousEnd = token.Span.End;
            if (token.Kind is WordTokenKind.Word or WordTokenKind.Number
                || (token.Kind == WordTokenKind.Placeholder && PrintsText(token, document)))
            {
                longest = Math.Max(longest, ++count);
            }
        }

        return longest;
    }

    private static bool IsOnlyPunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Placeholder? Find(TemplateDocument document, int offset) => document.PlaceholderAt(offset);
}
