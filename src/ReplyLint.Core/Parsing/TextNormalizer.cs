using System.Collections.Frozen;

namespace ReplyLint.Parsing;

/// <summary>Normalizes written words into the tokens that phrase patterns are matched against.</summary>
/// <remarks>Both the template text and the phrase patterns go through this one normalizer, so a pattern
/// written as "we're sorry" and a template that says "We’re sorry" or "we are sorry" meet in the middle.</remarks>
public static class TextNormalizer
{
    // Pronouns and determiners whose 's is "is"; on any other word it is a possessive and is dropped.
    private static readonly FrozenSet<string> IsContractionBases = FrozenSet.Create(
        StringComparer.Ordinal,
        "it", "that", "there", "here", "what", "he", "she", "who", "where", "how", "everything", "nothing", "something", "this");

    private static readonly FrozenDictionary<string, string[]> IrregularContractions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["can't"] = ["can", "not"],
        ["cannot"] = ["can", "not"],
        ["won't"] = ["will", "not"],
        ["shan't"] = ["shall", "not"],
        ["ain't"] = ["is", "not"],
        ["let's"] = ["let", "us"],
        ["i'm"] = ["i", "am"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="c"/> is an apostrophe in any of its typographic forms.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032';

    /// <summary>Whether <paramref name="c"/> is a hyphen or dash that joins the parts of a word.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>The normalized tokens of one written word: lower case, straight apostrophes, contractions
    /// expanded ("we're" gives "we", "are"), hyphenated parts split ("follow-up" gives "follow", "up").</summary>
    public static void Normalize(ReadOnlySpan<char> word, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            buffer[length++] = IsApostrophe(c) ? '\'' : IsHyphen(c) ? '-' : char.ToLowerInvariant(c);
        }

        var text = buffer[..length];
        while (!text.IsEmpty)
        {
            var hyphen = text.IndexOf('-');
            var part = hyphen < 0 ? text : text[..hyphen];
            AddPart(part, into);
            text = hyphen < 0 ? [] : text[(hyphen + 1)..];
        }
    }

    /// <summary>The normalized tokens of one written word, as a new list.</summary>
    public static IReadOnlyList<string> Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var tokens = new List<string>(2);
        Normalize(word.AsSpan(), tokens);
        return tokens;
    }

    private static void AddPart(ReadOnlySpan<char> part, List<string> into)
    {
        part = part.Trim('\'');
        if (part.IsEmpty)
        {
            return;
        }

        var text = part.ToString();
        if (IrregularContractions.TryGetValue(text, out var expansion))
        {
            into.AddRange(expansion);
            return;
        }

        if (text.EndsWith("n't", StringComparison.Ordinal) && text.Length > 3)
        {
            into.Add(text[..^3]);
            into.Add("not");
            return;
        }

        var apostrophe = text.LastIndexOf('\'');
        if (apostrophe > 0)
        {
            var stem = text[..apostrophe];
            var suffix = text[(apostrophe + 1)..];
            string? expanded = suffix switch
            {
                "re" => "are",
                "ve" => "have",
                "ll" => "will",
                "m" => "am",
                "d" => "would",
                "s" when IsContractionBases.Contains(stem) => "is",
                "s" => string.Empty,
                _ => null,
            };
            if (expanded is not null)
            {
                into.Add(stem);
                if (expanded.Length > 0)
                {
                    into.Add(expanded);
                }

                return;
            }
        }

        into.Add(text);
    }
}
