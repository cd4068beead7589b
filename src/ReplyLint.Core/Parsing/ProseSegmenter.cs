using System.Collections.Frozen;
using System.Collections.Immutable;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Splits a block's prose into sentences and sentences into normalized word tokens.</summary>
internal static class ProseSegmenter
{
    private const string Terminators = ".!?\u2026";
    private const string Closers = "\"')]\u201D\u2019";

    // Words after which a period never ends a sentence (titles and Latin abbreviations). Company suffixes such as
    // "Inc." are not here: before a capital they usually do end one ("... Acme Inc. We will ...").
    private static readonly FrozenSet<string> NeverFinalAbbreviations = FrozenSet.Create(
        StringComparer.Ordinal,
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "e.g", "i.e", "cf", "vs", "approx", "dept", "fig", "ref", "ca");

    /// <summary>Marks bare URLs and e-mail addresses as not prose and records them as links.</summary>
    public static void MarkBareLinks(ProseBuffer prose, List<TemplateLink> links)
    {
        var noAddressBefore = 0;
        var i = 0;
        while (i < prose.Length)
        {
            if (prose.IsOpaque(i) || (i > 0 && !IsLinkBoundary(prose[i - 1])))
            {
                i++;
                continue;
            }

            var end = MatchUrl(prose, i, ref noAddressBefore);
            if (end < 0)
            {
                i++;
                continue;
            }

            prose.MarkOpaque(i, end);
            links.Add(new TemplateLink(prose.SourceSpan(i, end), prose.Substring(i, end)));
            i = end;
        }
    }

    public static ImmutableArray<Sentence> Segment(ProseBuffer prose, ImmutableArray<Placeholder> placeholders, ProseBlockKind kind, bool isQuoted)
    {
        var placeholderAt = MapPlaceholders(prose, placeholders);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        var i = 0;
        while (i < prose.Length)
        {
            if (placeholderAt[i] < 0 && !prose.IsOpaque(i) && Terminators.Contains(prose[i], StringComparison.Ordinal))
            {
                var end = i;
                while (end < prose.Length && Terminators.Contains(prose[end], StringComparison.Ordinal))
                {
                    end++;
                }

                while (end < prose.Length && Closers.Contains(prose[end], StringComparison.Ordinal))
                {
                    end++;
                }

                if (EndsSentence(prose, i, end))
                {
                    AddSentence(prose, start, end, placeholderAt, placeholders, kind, isQuoted, sentences);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        AddSentence(prose, start, prose.Length, placeholderAt, placeholders, kind, isQuoted, sentences);
        return sentences.ToImmutable();
    }

    private static bool EndsSentence(ProseBuffer prose, int terminatorStart, int end)
    {
        if (end >= prose.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(prose[end]))
        {
            return false; // 3.5, example.com, "Done!—"
        }

        var next = end;
        while (next < prose.Length && char.IsWhiteSpace(prose[next]))
        {
            next++;
        }

        if (next >= prose.Length)
        {
            return true;
        }

        if (char.IsLower(prose[next]))
        {
            return false; // "wait... then", "the U.S. team"
        }

        if (prose[terminatorStart] != '.' || end - terminatorStart > 1 && prose[terminatorStart + 1] == '.')
        {
            return true;
        }

        var wordStart = terminatorStart;
        while (wordStart > 0 && (char.IsLetter(prose[wordStart - 1]) || prose[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = prose.Substring(wordStart, terminatorStart).ToLowerInvariant();
        if (word.Length == 1 && char.IsUpper(prose[wordStart]))
        {
            return false; // an initial: "J. Smith"
        }

        if (word == "no" && char.IsAsciiDigit(prose[next]))
        {
            return false; // "No. 5"
        }

        return !NeverFinalAbbreviations.Contains(word);
    }

    private static void AddSentence(
        ProseBuffer prose,
        int start,
        int end,
        int[] placeholderAt,
        ImmutableArray<Placeholder> placeholders,
        ProseBlockKind kind,
        bool isQuoted,
        ImmutableArray<Sentence>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(prose[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return;
        }

        var tokens = Tokenize(prose, start, end, placeholderAt, placeholders);
        if (tokens.IsEmpty)
        {
            return; // punctuation alone ("—", "...") is not a sentence
        }

        sentences.Add(new Sentence(prose.SourceSpan(start, end), prose.Substring(start, end), tokens, kind, isQuoted));
    }

    private static ImmutableArray<WordToken> Tokenize(ProseBuffer prose, int start, int end, int[] placeholderAt, ImmutableArray<Placeholder> placeholders)
    {
        var tokens = ImmutableArray.CreateBuilder<WordToken>();
        var parts = new List<string>(2);
        var i = start;
        while (i < end)
        {
            if (placeholderAt[i] >= 0)
            {
                var index = placeholderAt[i];
                var j = i;
                while (j < end && placeholderAt[j] == index)
                {
                    j++;
                }

                tokens.Add(new WordToken(placeholders[index].Name, prose.SourceSpan(i, j), WordTokenKind.Placeholder, i - start, j - start));
                i = j;
            }
            else if (prose.IsOpaque(i))
            {
                var j = i;
                while (j < end && prose.IsOpaque(j) && placeholderAt[j] < 0)
                {
                    j++;
                }

                var text = prose.Substring(i, j).Trim();
                if (text.Length > 0)
                {
                    tokens.Add(new WordToken(text, prose.SourceSpan(i, j), WordTokenKind.Opaque, i - start, j - start));
                }

                i = j;
            }
            else if (char.IsLetterOrDigit(prose[i]))
            {
                var j = WordEnd(prose, i, end, placeholderAt);
                var span = prose.SourceSpan(i, j);
                parts.Clear();
                TextNormalizer.Normalize(prose.Substring(i, j), parts);
                foreach (var part in parts)
                {
                    var kind = char.IsAsciiDigit(part[0]) ? WordTokenKind.Number : WordTokenKind.Word;
                    tokens.Add(new WordToken(part, span, kind, i - start, j - start));
                }

                i = j;
            }
            else
            {
                i++;
            }
        }

        return tokens.ToImmutable();
    }

    private static int WordEnd(ProseBuffer prose, int start, int end, int[] placeholderAt)
    {
        var j = start + 1;
        while (j < end && placeholderAt[j] < 0 && !prose.IsOpaque(j))
        {
            var c = prose[j];
            var hasNext = j + 1 < end && placeholderAt[j + 1] < 0 && !prose.IsOpaque(j + 1);
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                j++;
            }
            else if ((TextNormalizer.IsApostrophe(c) || TextNormalizer.IsHyphen(c)) && hasNext && char.IsLetterOrDigit(prose[j + 1]))
            {
                j += 2;
            }
            else if (c is '.' or ',' or ':' or '/' && hasNext && char.IsAsciiDigit(prose[j - 1]) && char.IsAsciiDigit(prose[j + 1]))
            {
                j += 2; // 2.5, 1,000, 10:30, 24/7
            }
            else if (c == '.' && hasNext && char.IsLetter(prose[j + 1]) && IsSingleLetterSegment(prose, j))
            {
                j += 2; // e.g, i.e, U.S
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool IsSingleLetterSegment(ProseBuffer prose, int dot) =>
        char.IsLetter(prose[dot - 1]) && (dot - 1 == 0 || !char.IsLetterOrDigit(prose[dot - 2]) || prose[dot - 2] == '.')
        && (dot + 2 >= prose.Length || !char.IsLetterOrDigit(prose[dot + 2]));

    private static int[] MapPlaceholders(ProseBuffer prose, ImmutableArray<Placeholder> placeholders)
    {
        var map = new int[prose.Length];
        Array.Fill(map, -1);
        if (placeholders.IsEmpty)
        {
            return map;
        }

        for (var i = 0; i < prose.Length; i++)
        {
            var index = FindPlaceholder(placeholders, prose.SourceStart(i));
            if (index >= 0 && prose.SourceEnd(i) > prose.SourceStart(i))
            {
                map[i] = index;
            }
        }

        return map;
    }

    private static int FindPlaceholder(ImmutableArray<Placeholder> placeholders, int offset) =>
        SortedSpans.IndexContaining(placeholders, static p => p.Span, offset);

    private static bool IsLinkBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or '<' or '"' or '\'' or '[' or ':' or '\u201C';

    // An e-mail address is only looked for from a letter or digit, and not again before `noAddressBefore`: when the
    // scan from one start finds no address, a later start in the same run of characters has fewer '@' after it and
    // the same end, so it finds none either. Without both, a long run of boundary characters ("((((", "[[[[", "a:a:a:")
    // is scanned to its end once per character.
    private static int MatchUrl(ProseBuffer prose, int start, ref int noAddressBefore)
    {
        var text = prose.Substring(start, Math.Min(prose.Length, start + 8));
        var isUrl = text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!isUrl && (start < noAddressBefore || !char.IsLetterOrDigit(prose[start])))
        {
            return -1;
        }

        var end = start;
        var sawAt = false;
        var sawDotAfterAt = false;
        while (end < prose.Length && !char.IsWhiteSpace(prose[end]) && !prose.IsOpaque(end) && prose[end] is not ('<' or '>' or '"' or '\u201D'))
        {
            if (prose[end] == '@')
            {
                sawAt = end > start;
            }
            else if (sawAt && prose[end] == '.')
            {
                sawDotAfterAt = true;
            }

            end++;
        }

        var runEnd = end;

        // Trailing punctuation belongs to the sentence, not the address: "see https://x.com/a." ends at 'a'.
        while (end > start && prose[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '\u2019')
        {
            end--;
        }

        if (isUrl)
        {
            return end > start + 4 ? end : -1;
        }

        if (sawAt && sawDotAfterAt && end > start && char.IsLetter(prose[end - 1]))
        {
            return end;
        }

        noAddressBefore = runEnd;
        return -1;
    }
}
