using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Analysis;

/// <summary>Builds sentences the way the tokenizer will, without the parser: words split on whitespace, edge
/// punctuation dropped, <c>{{name}}</c> as a placeholder, <c>`code`</c> as opaque, contractions sharing their word's span.</summary>
internal static class TestSentences
{
    /// <summary>Where test sentences start in their imaginary source file, so spans and text offsets differ.</summary>
    public const int SourceStart = 100;

    public static Sentence Parse(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<WordToken>();
        var normalized = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var closingTick = text[i] == '`' ? text.IndexOf('`', i + 1) : -1;
            if (closingTick > 0)
            {
                // Inline code is one opaque token, spaces and all.
                i = closingTick + 1;
                tokens.Add(new WordToken(text[(start + 1)..closingTick], new TextSpan(SourceStart + start, i - start), WordTokenKind.Opaque, start, i));
                continue;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var end = i;
            while (start < end && IsEdgePunctuation(text[start]))
            {
                start++;
            }

            while (end > start && IsEdgePunctuation(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                continue;
            }

            var word = text[start..end];
            var span = new TextSpan(SourceStart + start, end - start);
            if (word.Length > 4 && word.StartsWith("{{", StringComparison.Ordinal) && word.EndsWith("}}", StringComparison.Ordinal))
            {
                tokens.Add(new WordToken(word[2..^2], span, WordTokenKind.Placeholder, start, end));
            }
            else
            {
                normalized.Clear();
                TextNormalizer.Normalize(word, normalized);
                var kind = char.IsAsciiDigit(word[0]) ? WordTokenKind.Number : WordTokenKind.Word;
                foreach (var token in normalized)
                {
                    tokens.Add(new WordToken(token, span, kind, start, end));
                }
            }
        }

        return new Sentence(new TextSpan(SourceStart, text.Length), text, tokens.ToImmutable(), ProseBlockKind.Paragraph, false);
    }

    /// <summary>The matches of <paramref name="matcher"/> in <paramref name="text"/>, each as <c>list:text</c>.</summary>
    public static List<string> Matches(PhraseMatcher matcher, string text)
    {
        var results = new List<PhraseMatch>();
        matcher.FindMatches(Parse(text), results);
        return results.ConvertAll(static match => $"{match.List.Name}:{match.Text}");
    }

    public static PhraseList List(string name, params string[] patterns) =>
        new(name, Array.ConvertAll(patterns, static pattern => new PhraseEntry(pattern)));

    private static bool IsEdgePunctuation(char c) =>
        c is not ('{' or '}') && char.IsPunctuation(c) && !TextNormalizer.IsApostrophe(c);
}
