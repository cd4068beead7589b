using System.Globalization;
using ReplyLint.Parsing;

namespace ReplyLint.Analysis;

/// <summary>One token of an expanded phrase pattern: a normalized word, or the <c>{}</c> slot that matches one placeholder.</summary>
/// <param name="Word">The normalized word; null for the placeholder slot.</param>
internal readonly record struct PatternToken(string? Word)
{
    /// <summary>The <c>{}</c> slot.</summary>
    public static PatternToken Slot => default;

    /// <summary>Whether this is the <c>{}</c> slot.</summary>
    public bool IsSlot => Word is null;

    public override string ToString() => Word ?? "{}";
}

/// <summary>What is wrong with a pattern, in the two halves of a ReplyLint error message.</summary>
/// <param name="Problem">What is wrong, naming the pattern (starts in lower case).</param>
/// <param name="Expected">What was expected instead.</param>
internal readonly record struct PatternError(string Problem, string Expected)
{
    /// <summary>The message, <c>{origin}: {problem}; expected {expected}.</c>, or without the origin when there is none.</summary>
    public string Format(string? origin) =>
        origin is null
            ? $"{char.ToUpperInvariant(Problem[0])}{Problem[1..]}; expected {Expected}."
            : $"{origin}: {Problem}; expected {Expected}.";
}

/// <summary>Parses the phrase pattern grammar and expands a pattern into every token sequence it stands for.</summary>
/// <remarks>
/// Grammar: words separated by whitespace; <c>(a|b c|)</c> is a group of alternatives, each a sequence (possibly empty,
/// which makes the group optional), and groups nest; <c>{}</c> is a slot for exactly one placeholder. Each word goes
/// through <see cref="TextNormalizer"/>, the same normalizer the template text goes through, after its punctuation is
/// dropped (apostrophes, hyphens and the separators inside numbers such as <c>2.5</c> or <c>24/7</c> are kept).
/// </remarks>
internal static class PhrasePattern
{
    /// <summary>The most sequences one pattern may expand to.</summary>
    public const int MaxSequences = 4096;

    // Deep enough for any real phrase; it keeps a hostile pattern from exhausting the stack.
    private const int MaxDepth = 32;

    /// <summary>Expands <paramref name="pattern"/> into its token sequences, each distinct and non-empty, in declaration order.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="origin">Where the pattern was declared (<c>file(line,col)</c>), for the error message; null when unknown.</param>
    /// <exception cref="PhraseListException">The pattern is malformed, matches no words, or expands to more than <see cref="MaxSequences"/> sequences.</exception>
    public static IReadOnlyList<PatternToken[]> Expand(string pattern, string? origin)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (TryExpand(pattern, out var sequences, out var error))
        {
            return sequences;
        }

        var (sourceName, line, column) = ParseOrigin(origin);
        throw new PhraseListException(error.Format(origin), sourceName, line, column);
    }

    /// <summary>Expands <paramref name="pattern"/>, or says what is wrong with it.</summary>
    public static bool TryExpand(string pattern, out IReadOnlyList<PatternToken[]> sequences, out PatternError error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        sequences = [];
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error = new PatternError("the phrase pattern is empty", "at least one word");
            return false;
        }

        var parser = new Parser(pattern);
        var result = parser.ParseTopLevel();
        if (result is null)
        {
            error = parser.Error;
            return false;
        }

        foreach (var sequence in result)
        {
            if (sequence.Length == 0)
            {
                error = new PatternError(
                    $"phrase pattern '{pattern}' can match no words at all",
                    "at least one word or '{}' outside optional groups");
                return false;
            }
        }

        error = default;
        sequences = result;
        return true;
    }

    // Origins are written as "name(line,col)" (see PhraseList.FromYaml); anything else is kept whole as the name.
    private static (string? SourceName, int Line, int Column) ParseOrigin(string? origin)
    {
        if (origin is null)
        {
            return (null, 0, 0);
        }

        var open = origin.LastIndexOf('(');
        var comma = origin.LastIndexOf(',');
        if (open > 0 && comma > open && origin.EndsWith(')')
            && int.TryParse(origin.AsSpan(open + 1, comma - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(origin.AsSpan(comma + 1, origin.Length - comma - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return (origin[..open], line, column);
        }

        return (origin, 0, 0);
    }

    private static bool IsSpecial(char c) => c is '(' or ')' or '|' or '{' or '}';

    /// <summary>Equality of token sequences, for removing duplicate expansions.</summary>
    private sealed class SequenceComparer : IEqualityComparer<PatternToken[]>
    {
        public static SequenceComparer Instance { get; } = new();

        public bool Equals(PatternToken[]? x, PatternToken[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(PatternToken[] obj)
        {
            var hash = default(HashCode);
            foreach (var token in obj)
            {
                hash.Add(token.Word, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    // A recursive-descent parser that expands as it goes; it stops at the first error.
    private sealed class Parser(string pattern)
    {
        private readonly List<string> _normalized = new(4);
        private int _position;

        public PatternError Error { get; private set; }

        // At the top level, ParseSequence returns only at the end of the pattern or on an error.
        public List<PatternToken[]>? ParseTopLevel() => ParseSequence(depth: 0);

        // sequence := (word | '{}' | group)*; stops before '|' or ')' inside a group.
        private List<PatternToken[]>? ParseSequence(int depth)
        {
            List<PatternToken[]> result = [[]];
            while (_position < pattern.Length)
            {
                var c = pattern[_position];
                if (char.IsWhiteSpace(c))
                {
                    _position++;
                    continue;
                }

                switch (c)
                {
                    case '|' when depth == 0:
                        return Fail(
                            $"phrase pattern '{pattern}' has a '|' outside a group at position {_position + 1}",
                            "alternatives inside parentheses, such as '(a|b)'");
                    case ')' when depth == 0:
                        return Fail(
                            $"phrase pattern '{pattern}' has a ')' without a matching '(' at position {_position + 1}",
                            "a '(' before it to open the group");
                    case '|' or ')':
                        return result;
                    case '(':
                        var alternatives = ParseGroup(depth + 1);
                        if (alternatives is null)
                        {
                            return null;
                        }

                        var concatenated = Concatenate(result, alternatives);
                        if (concatenated is null)
                        {
                            return null;
                        }

                        result = concatenated;
                        break;
                    case '{' when _position + 1 < pattern.Length && pattern[_position + 1] == '}':
                        _position += 2;
                        result = Append(result, [PatternToken.Slot]);
                        break;
                    case '{' or '}':
                        return Fail(
                            $"phrase pattern '{pattern}' has a stray '{c}' at position {_position + 1}",
                            "'{}' for a placeholder slot");
                    default:
                        result = Append(result, ReadWord());
                        break;
                }
            }

            return result;
        }

        // group := '(' sequence ('|' sequence)* ')'; returns the union of the alternatives' expansions.
        private List<PatternToken[]>? ParseGroup(int depth)
        {
            var open = _position;
            if (depth > MaxDepth)
            {
                return Fail(
                    $"phrase pattern '{pattern}' nests groups more than {MaxDepth} deep at position {open + 1}",
                    "fewer nested groups");
            }

            _position++;
            var union = new List<PatternToken[]>();
            var seen = new HashSet<PatternToken[]>(SequenceComparer.Instance);
            while (true)
            {
                var alternative = ParseSequence(depth);
                if (alternative is null)
                {
                    return null;
                }

                foreach (var sequence in alternative)
                {
                    if (seen.Add(sequence))
                    {
                        union.Add(sequence);
                    }
                }

                if (union.Count > MaxSequences)
                {
                    return TooMany();
                }

                if (_position >= pattern.Length)
                {
                    return Fail(
                        $"phrase pattern '{pattern}' has a '(' at position {open + 1} that is never closed",
                        "a ')' to close the group");
                }

                var c = pattern[_position++];
                if (c == ')')
                {
                    break;
                }

                // c is '|': ParseSequence stops only there or at ')'.
            }

            if (union.Count == 1 && union[0].Length == 0)
            {
                return Fail(
                    $"phrase pattern '{pattern}' has an empty group at position {open + 1}",
                    "at least one word in a group, such as '(a|b)' or '(a|)' for an optional word");
            }

            return union;
        }

        // The words a run of non-special, non-space characters stands for, after normalization.
        private PatternToken[] ReadWord()
        {
            var start = _position;
            while (_position < pattern.Length && !char.IsWhiteSpace(pattern[_position]) && !IsSpecial(pattern[_position]))
            {
                _position++;
            }

            var word = pattern.AsSpan(start, _position - start);
            Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
            var length = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (KeepInWord(word, i, c))
                {
                    buffer[length++] = c;
                }
            }

            _normalized.Clear();
            TextNormalizer.Normalize(buffer[..length], _normalized);
            var tokens = new PatternToken[_normalized.Count];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = new PatternToken(_normalized[i]);
            }

            return tokens;
        }

        // The text tokenizer never emits punctuation, so a pattern word drops it too ("sorry," is "sorry"), except
        // what the normalizer reads (apostrophes, hyphens) and what holds a number together ("2.5", "24/7", "9:00").
        private static bool KeepInWord(ReadOnlySpan<char> word, int index, char c)
        {
            if (!char.IsPunctuation(c) || TextNormalizer.IsApostrophe(c) || TextNormalizer.IsHyphen(c))
            {
                return true;
            }

            return c is '.' or ',' or '/' or ':'
                && index > 0 && index + 1 < word.Length
                && char.IsAsciiDigit(word[index - 1]) && char.IsAsciiDigit(word[index + 1]);
        }

        private List<PatternToken[]>? Concatenate(List<PatternToken[]> prefixes, List<PatternToken[]> suffixes)
        {
            var result = new List<PatternToken[]>(Math.Min(prefixes.Count * suffixes.Count, MaxSequences));
            var seen = new HashSet<PatternToken[]>(SequenceComparer.Instance);
            foreach (var prefix in prefixes)
            {
                foreach (var suffix in suffixes)
                {
                    var sequence = new PatternToken[prefix.Length + suffix.Length];
                    prefix.CopyTo(sequence, 0);
                    suffix.CopyTo(sequence, prefix.Length);
                    if (seen.Add(sequence))
                    {
                        result.Add(sequence);
                        if (result.Count > MaxSequences)
                        {
                            return TooMany();
                        }
                    }
                }
            }

            return result;
        }

        private static List<PatternToken[]> Append(List<PatternToken[]> prefixes, PatternToken[] tokens)
        {
            if (tokens.Length == 0)
            {
                return prefixes;
            }

            for (var i = 0; i < prefixes.Count; i++)
            {
                var sequence = new PatternToken[prefixes[i].Length + tokens.Length];
                prefixes[i].CopyTo(sequence, 0);
                tokens.CopyTo(sequence, prefixes[i].Length);
                prefixes[i] = sequence;
            }

            return prefixes;
        }

        private List<PatternToken[]>? TooMany() => Fail(
            $"phrase pattern '{pattern}' expands to more than {MaxSequences} word sequences",
            "fewer alternatives (split it into several phrases)");

        private List<PatternToken[]>? Fail(string problem, string expected)
        {
            Error = new PatternError(problem, expected);
            return null;
        }
    }
}
