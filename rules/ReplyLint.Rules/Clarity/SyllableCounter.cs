using System.Buffers;
using System.Collections.Frozen;
using ReplyLint.Parsing;

namespace ReplyLint.Rules.Clarity;

/// <summary>Estimates the syllables of an English word from its spelling, for the reading-level formula (RL4002).</summary>
/// <remarks>
/// The estimate counts groups of vowels (y is a vowel after a consonant) and then corrects the spellings that
/// fool that count: a silent final e ("make"), a silent e in -es and -ed ("makes", "asked"; but "pages",
/// "wanted"), the syllabic -le and -re after a consonant ("table", "centre"), vowel pairs that are read as two
/// syllables ("radio", "actual", "premium", "client", "going"), suffixes after a silent e ("lately",
/// "statement") and a short list of common words that no rule gets right ("business", "recipe", "create").
/// Contractions count as spoken ("couldn't" is two, "we're" one), hyphenated words count part by part, and a
/// written abbreviation without vowels ("PDF") counts its letters. It is right for the great majority of the
/// words support replies use and rarely off by more than one, which is all a grade-level average needs.
/// </remarks>
internal static class SyllableCounter
{
    // Words whose spelling no rule below reads correctly, with their inflections where those are common.
    private static readonly FrozenDictionary<string, int> Exceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["anyone"] = 3,
        ["apostrophe"] = 4,
        ["apostrophes"] = 4,
        ["area"] = 3,
        ["areas"] = 3,
        ["argue"] = 2,
        ["argues"] = 2,
        ["behavior"] = 3,
        ["behaviour"] = 3,
        ["business"] = 2,
        ["businesses"] = 3,
        ["cafe"] = 2,
        ["create"] = 2,
        ["created"] = 3,
        ["creates"] = 2,
        ["creating"] = 3,
        ["creation"] = 3,
        ["creative"] = 3,
        ["everything"] = 3,
        ["everywhere"] = 3,
        ["familiar"] = 3,
        ["genuine"] = 3,
        ["guideline"] = 2,
        ["guidelines"] = 2,
        ["genuinely"] = 4,
        ["homepage"] = 2,
        ["idea"] = 3,
        ["ideas"] = 3,
        ["lifetime"] = 2,
        ["likewise"] = 2,
        ["maybe"] = 2,
        ["naive"] = 2,
        ["persuade"] = 2,
        ["poem"] = 2,
        ["poet"] = 2,
        ["reality"] = 4,
        ["realize"] = 3,
        ["realized"] = 3,
        ["recipe"] = 3,
        ["recipes"] = 3,
        ["science"] = 2,
        ["simile"] = 3,
        ["someday"] = 2,
        ["somehow"] = 2,
        ["something"] = 2,
        ["sometime"] = 2,
        ["sometimes"] = 2,
        ["somewhat"] = 2,
        ["somewhere"] = 2,
        ["therefore"] = 2,
        ["timeframe"] = 2,
        ["timeline"] = 2,
        ["timelines"] = 2,
        ["video"] = 3,
        ["videos"] = 3,
        ["warehouse"] = 2,
        ["warehouses"] = 3,
        ["wednesday"] = 2,
        ["wherever"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly SearchValues<char> Vowels = SearchValues.Create(
        "aeiouy\u00E0\u00E1\u00E2\u00E4\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F2\u00F3\u00F4\u00F6\u00F9\u00FA\u00FB\u00FC\u00E6\u0153");

    // Suffixes that keep the silent e of their stem silent: "late|ly", "state|ment", "care|ful".
    private static readonly (string Suffix, int Syllables)[] SilentEStemSuffixes =
        [("fully", 2), ("ments", 1), ("ment", 1), ("ness", 1), ("less", 1), ("ful", 1), ("ly", 1)];

    /// <summary>The estimated syllables of one written word: at least 1 for a word with a letter, 0 for none.</summary>
    public static int Count(ReadOnlySpan<char> written)
    {
        var total = 0;
        var sawLetter = false;
        while (!written.IsEmpty)
        {
            var cut = IndexOfSeparator(written);
            var part = cut < 0 ? written : written[..cut];
            var syllables = CountPart(part);
            sawLetter |= syllables > 0;
            total += syllables;
            written = cut < 0 ? [] : written[(cut + 1)..];
        }

        return sawLetter ? Math.Max(total, 1) : 0;
    }

    private static int IndexOfSeparator(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (TextNormalizer.IsHyphen(text[i]) || text[i] is '/' or '\u2013' or '\u2014')
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountPart(ReadOnlySpan<char> part)
    {
        Span<char> buffer = part.Length <= 64 ? stackalloc char[part.Length] : new char[part.Length];
        var length = 0;
        var allUpper = true;
        foreach (var c in part)
        {
            if (TextNormalizer.IsApostrophe(c))
            {
                buffer[length++] = '\'';
            }
            else if (char.IsLetter(c))
            {
                allUpper &= char.IsUpper(c);
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var word = buffer[..length].Trim('\'');
        if (word.IsEmpty)
        {
            return 0;
        }

        return CountContraction(word, allUpper);
    }

    // A contraction is spoken as its stem, plus one syllable for n't after a consonant ("could|n't", but "don't").
    private static int CountContraction(ReadOnlySpan<char> word, bool allUpper)
    {
        var apostrophe = word.IndexOf('\'');
        if (apostrophe < 0)
        {
            return CountLetters(word, allUpper);
        }

        var stem = word[..apostrophe];
        var suffix = word[(apostrophe + 1)..];
        if (suffix.SequenceEqual("t") && stem.Length > 1 && stem[^1] == 'n')
        {
            var root = stem[..^1];
            return CountLetters(root, allUpper) + (root.Length > 0 && !IsVowel(root[^1]) ? 1 : 0);
        }

        if (suffix is "s" or "re" or "ll" or "ve" or "d" or "m" && !stem.IsEmpty)
        {
            return CountLetters(stem, allUpper);
        }

        Span<char> joined = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c != '\'')
            {
                joined[length++] = c;
            }
        }

        return CountLetters(joined[..length], allUpper); // o'clock
    }

    private static int CountLetters(ReadOnlySpan<char> word, bool allUpper)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        if (!word.ContainsAny(Vowels))
        {
            // "PDF", "SMS": read letter by letter (W is three syllables); "hmm", "Mr": one.
            return allUpper && word.Length <= 5 ? word.Length + (2 * word.Count('w')) : 1;
        }

        var lookup = Exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        foreach (var (suffix, syllables) in SilentEStemSuffixes)
        {
            var stem = word.Length - suffix.Length;
            if (word.EndsWith(suffix) && stem >= (suffix[0] == 'm' ? 4 : 3) && word[stem - 1] == 'e')
            {
                return CountLetters(word[..stem], allUpper: false) + syllables;
            }
        }

        return CountByRules(word);
    }

    private static int CountByRules(ReadOnlySpan<char> word)
    {
        var groups = 0;
        var splits = 0;
        for (var i = 0; i < word.Length;)
        {
            if (!IsVowelAt(word, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < word.Length && IsVowelAt(word, i))
            {
                i++;
            }

            groups++;
            splits += SplitsInGroup(word, start, i);
        }

        var count = groups + splits;
        if (groups > 1)
        {
            count -= SilentEnding(word);
        }

        count += SyllabicEnding(word);
        return Math.Max(count, 1);
    }

    // Vowel pairs inside one group that are read as two syllables.
    private static int SplitsInGroup(ReadOnlySpan<char> word, int start, int end)
    {
        var splits = 0;
        for (var i = start; i + 1 < end; i++)
        {
            var pair = word.Slice(i, 2);
            var previous = i > 0 ? word[i - 1] : ' ';
            var rest = word[(i + 2)..];
            splits += pair switch
            {
                // ra|di|o, pe|ri|od, pre|vi|ous; but ac|tion, ver|sion, re|gion, mil|lion, o|pin|ion
                "io" when previous is not ('t' or 's' or 'c' or 'x' or 'g' or 'l' or 'n' or 'h') => 1,

                // me|di|a, ma|te|ri|al, tri|al, ap|pre|ci|ate, in|i|ti|a|tion; but so|cial, ini|tial, A|sia
                "ia" when previous is not ('c' or 't' or 's' or 'g' or 'h') || rest.StartsWith("t") => 1,

                // ac|tu|al, u|su|al|ly, sit|u|a|tion; but qual|i|ty, lan|guage
                "ua" when previous is not ('q' or 'g') => 1,

                // du|o, vir|tu|ous; but quote
                "uo" when previous is not 'q' => 1,

                // pre|mi|um, me|di|um
                "iu" when rest.StartsWith("m") => 1,

                // flu|ent, cru|el, is|su|er; but guess, re|quest, blue, is|sues, con|tin|ued
                "ue" when previous is not ('q' or 'g') && !rest.IsEmpty && rest is not ("s" or "d") => 1,

                // cour|te|ous, spon|ta|ne|ous; but gor|geous, her|ba|ceous
                "eo" when rest.StartsWith("us") && previous is not ('g' or 'c') => 1,

                // cli|ent, con|ve|ni|ent, ex|pe|ri|ence, qui|et, so|ci|e|ty, eas|i|er, hap|pi|est
                "ie" when SplitsIe(word, previous, rest) => 1,

                // go|ing, be|ing, con|tin|u|ing: a vowel before the -ing suffix
                _ when pair[1] == 'i' && IsIngSuffix(rest) => 1,

                // re|im|burse, re|o|pen, re|use (but reign); co|op|er|ate, co|or|di|nate (but cook)
                _ when i == 1 && word.Length >= 5 && word[0] == 'r' && pair[0] == 'e' && pair[1] is 'i' or 'o' or 'u' && !rest.StartsWith("g") => 1,
                _ when i == 1 && word.Length >= 8 && word[0] == 'c' && pair is "oo" && rest.Length > 0 && rest[0] is 'r' or 'p' => 1,

                // re|act, re|as|sure, de|ac|ti|vate, pro|ac|tive; but read, reach, real
                _ when i == 1 && pair is "ea" && word[0] is 'r' or 'd' && (rest.StartsWith("ct") || rest.StartsWith("ss") || rest.StartsWith("pp") || rest.StartsWith("tt") || rest.StartsWith("dj")) => 1,
                _ when i == 2 && pair is "oa" && word.StartsWith("pro") => 1,
                _ => 0,
            };
        }

        return splits;
    }

    private static bool SplitsIe(ReadOnlySpan<char> word, char previous, ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("nt") || rest.StartsWith("nc"))
        {
            return previous is not ('c' or 't' or 'q' or 'u' or 'n'); // pa|tient, ef|fi|cient, con|ven|ience
        }

        if (rest.StartsWith("t"))
        {
            return true; // qui|et, di|et, va|ri|e|ty
        }

        if (rest is "r" or "rs" or "st")
        {
            return word.Length > 5 && previous is not ('t' or 'h'); // car|ri|er, eas|i|est; but tier, fron|tier, ca|shier
        }

        return false;
    }

    private static bool IsIngSuffix(ReadOnlySpan<char> rest) => rest is "ng" or "ngs";

    // A final e, or the e of -es or -ed, that is not sounded: "make", "makes", "asked".
    private static int SilentEnding(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("gue") || word.EndsWith("que") || word.EndsWith("gues") || word.EndsWith("ques"))
        {
            return 1; // vague, col|league, u|nique
        }

        var n = word.Length;
        if (n >= 3 && word[^1] == 'e' && !IsVowelAt(word, n - 2))
        {
            return IsSyllabicLeOrRe(word, n - 2) ? 0 : 1;
        }

        if (n >= 4 && word[^2] == 'e' && word[^1] is 's' or 'd' && !IsVowelAt(word, n - 3))
        {
            var consonant = word[n - 3];
            if (IsSyllabicLeOrRe(word, n - 3))
            {
                return 0; // ta|bles, han|dled, hun|dred
            }

            if (word[^1] == 's')
            {
                var sibilant = consonant is 's' or 'x' or 'z' or 'c' or 'g' || (consonant == 'h' && word[n - 4] is 'c' or 's');
                return sibilant ? 0 : 1; // pag|es, box|es, match|es; but makes, names
            }

            return consonant is 't' or 'd' ? 0 : 1; // want|ed, need|ed; but asked, charged
        }

        return 0;
    }

    // "le" or "re" after another consonant is its own syllable: ta|ble, han|dle, cen|tre, a|cre.
    private static bool IsSyllabicLeOrRe(ReadOnlySpan<char> word, int liquid)
    {
        if (liquid < 1 || word[liquid] is not ('l' or 'r'))
        {
            return false;
        }

        var before = word[liquid - 1];
        return !IsVowelAt(word, liquid - 1) && before != word[liquid] && (word[liquid] == 'l' || before is 't' or 'b' or 'c' or 'g' or 'd' or 'v' or 'p' or 'n');
    }

    // Endings whose consonants carry a syllable of their own: crit|i|cism.
    private static int SyllabicEnding(ReadOnlySpan<char> word) =>
        word.EndsWith("ism") || word.EndsWith("isms") ? 1 : 0;

    private static bool IsVowelAt(ReadOnlySpan<char> word, int i)
    {
        var c = word[i];
        if (c == 'y')
        {
            // y is a consonant at the start and after a vowel (yes, day, player), a vowel after a consonant (happy, system).
            return i > 0 && !IsVowel(word[i - 1]);
        }

        return IsVowel(c);
    }

    private static bool IsVowel(char c) =>
        c is 'a' or 'e' or 'i' or 'o' or 'u'
            or '\u00E0' or '\u00E1' or '\u00E2' or '\u00E4' or '\u00E8' or '\u00E9' or '\u00EA' or '\u00EB'
            or '\u00EC' or '\u00ED' or '\u00EE' or '\u00EF' or '\u00F2' or '\u00F3' or '\u00F4' or '\u00F6'
            or '\u00F9' or '\u00FA' or '\u00FB' or '\u00FC' or '\u00E6' or '\u0153';
}
