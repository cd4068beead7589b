using ReplyLint.Syntax;

namespace ReplyLint.Rules.Hygiene;

/// <summary>What RL3004 remembers of a template to compare it with the others: a hash of its whole normalized text,
/// and its 4-token shingles, exact when there are few, as a MinHash signature when there are many.</summary>
/// <remarks>
/// <para>The text is every sentence's tokens in order (quotes included): words and numbers as normalized, placeholders
/// by name, code and URLs as written. Front matter, markup, case, punctuation and line breaks do not count, so two
/// templates that differ only in those are the same.</para>
/// <para>Hashes are FNV-1a and SplitMix64, computed here rather than with <see cref="string.GetHashCode()"/>, which
/// changes from run to run: the similarity printed in a message must be the same every time.</para>
/// </remarks>
internal sealed class TemplateFingerprint
{
    /// <summary>Shingles are runs of this many tokens.</summary>
    public const int ShingleLength = 4;

    /// <summary>The number of MinHash values in a signature.</summary>
    public const int SignatureLength = 128;

    /// <summary>Up to this many distinct shingles are kept exactly (a reply of several hundred words); beyond it, only
    /// the signature, so that a long template costs as little memory as a short one.</summary>
    public const int MaxExactShingles = 1024;

    private static readonly ulong[] Seeds = CreateSeeds();

    private TemplateFingerprint(ulong textHash, int tokenCount, uint[]? shingles, uint[]? signature)
    {
        TextHash = textHash;
        TokenCount = tokenCount;
        Shingles = shingles;
        StoredSignature = signature;
    }

    /// <summary>The hash of the whole token sequence.</summary>
    public ulong TextHash { get; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount { get; }

    /// <summary>The distinct shingle hashes, sorted; null when there were more than <see cref="MaxExactShingles"/>.</summary>
    public uint[]? Shingles { get; }

    private uint[]? StoredSignature { get; }

    /// <summary>The fingerprint of <paramref name="document"/>, or null when it has no words to compare.</summary>
    public static TemplateFingerprint? Create(TemplateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = new List<ulong>();
        var hasWord = false;
        foreach (var sentence in document.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                hasWord |= token.Kind == WordTokenKind.Word;
                tokens.Add(HashToken(token));
            }
        }

        if (!hasWord)
        {
            return null;
        }

        var textHash = Fnv.Offset;
        foreach (var token in tokens)
        {
            textHash = Fnv.Add(textHash, token);
        }

        if (tokens.Count < ShingleLength)
        {
            return new TemplateFingerprint(textHash, tokens.Count, [], null);
        }

        var shingles = new HashSet<uint>();
        for (var i = 0; i + ShingleLength <= tokens.Count; i++)
        {
            shingles.Add(HashShingle(tokens, i));
        }

        if (shingles.Count <= MaxExactShingles)
        {
            var sorted = shingles.ToArray();
            Array.Sort(sorted);
            return new TemplateFingerprint(textHash, tokens.Count, sorted, null);
        }

        return new TemplateFingerprint(textHash, tokens.Count, null, MinHash(shingles));
    }

    /// <summary>The MinHash signature: for each of <see cref="SignatureLength"/> hash functions, the least hash of any shingle.</summary>
    public uint[] Signature() => StoredSignature ?? MinHash(Shingles ?? []);

    /// <summary>The Jaccard similarity of the two shingle sets: exact when both are kept, estimated from the signatures otherwise.</summary>
    public static double Similarity(TemplateFingerprint a, TemplateFingerprint b, uint[] signatureA, uint[] signatureB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Shingles is { } x && b.Shingles is { } y)
        {
            return Jaccard(x, y);
        }

        var equal = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            equal += signatureA[i] == signatureB[i] ? 1 : 0;
        }

        return equal / (double)SignatureLength;
    }

    /// <summary>The Jaccard similarity of two sorted sets.</summary>
    public static double Jaccard(uint[] x, uint[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0 && y.Length == 0)
        {
            return 1;
        }

        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (double)(x.Length + y.Length - shared);
    }

    private static ulong HashToken(WordToken token)
    {
        // A placeholder and a word of the same spelling are different tokens.
        var hash = Fnv.Add(Fnv.Offset, (ulong)token.Kind);
        foreach (var c in token.Normalized)
        {
            hash = Fnv.Add(hash, c);
        }

        return hash;
    }

    private static uint HashShingle(List<ulong> tokens, int start)
    {
        var hash = Fnv.Offset;
        for (var k = 0; k < ShingleLength; k++)
        {
            hash = Fnv.Add(hash, tokens[start + k]);
        }

        return (uint)(Mix(hash) >> 32);
    }

    private static uint[] MinHash(IEnumerable<uint> shingles)
    {
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < SignatureLength; i++)
            {
                var value = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[SignatureLength];
        var state = 0x5EED_0F_3004UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }

    // SplitMix64's finalizer: spreads every input bit over the whole output.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static class Fnv
    {
        public const ulong Offset = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static ulong Add(ulong hash, ulong value)
        {
            for (var shift = 0; shift < 64; shift += 8)
            {
                hash = (hash ^ ((value >> shift) & 0xFF)) * Prime;
            }

            return hash;
        }
    }
}
