using System.Globalization;
using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>RL3004 duplicate-template: a template whose body is the same as, or nearly the same as, another's.</summary>
/// <remarks>
/// <para>Template problem: two copies of one reply drift apart. One gets the fix, the other keeps the old price or
/// the old policy, and agents pick whichever the search shows first.</para>
/// <para>Signals (see <see cref="TemplateFingerprint"/>): the normalized token text of the body. Each template is
/// summarized on its own (in parallel); a run action compares the summaries once every template is read, and reports
/// on the later path of a pair (ordinal order, the report's order), naming the earlier one.</para>
/// <para>How the comparison stays near-linear on a library of 10,000 templates:</para>
/// <list type="number">
/// <item>Same text: a dictionary keyed by the text hash and token count, one lookup per template.</item>
/// <item>Near-duplicates (templates of 20 tokens or more): MinHash with LSH banding. The 128-value signature is cut
/// into bands; templates that agree on a whole band share a bucket, and only templates sharing a bucket are compared.
/// The band shape follows <c>min-similarity</c>: rows per band are chosen so that pairs at the threshold almost
/// always share a bucket while unrelated pairs almost never do (about 0.71 for 16 bands of 8 rows, the default's shape).
/// A bucket holds its first 64 templates only, and a template checks at most its 32 likeliest candidates, so a
/// library of thousands of near-identical templates stays linear; every one of them is still reported.</item>
/// <item>Candidates are checked on the exact Jaccard similarity of their 4-token shingle sets when both are short
/// enough to keep (up to 1,024 shingles), and on the MinHash estimate (about ±3 points at 90%) otherwise.</item>
/// </list>
/// <para>Length buckets were the alternative; they bound the comparisons only when lengths vary, and a library of
/// similar-length replies is the common case. Docs: rules/docs/RL3004.md.</para>
/// </remarks>
public sealed class RL3004DuplicateTemplate : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL3004";

    /// <summary>The option for the least similarity (0 to 1, or a percentage) reported as a near-duplicate.</summary>
    public const string MinSimilarityOption = "min-similarity";

    /// <summary>The default least similarity.</summary>
    public const double DefaultMinSimilarity = 0.9;

    /// <summary>Templates shorter than this many tokens are compared for the same text only.</summary>
    public const int MinTokensForNearDuplicates = 20;

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "duplicate-template",
        title: "Duplicate template",
        messageFormat: "'{0}' is '{1}' the same as '{2}'; keep one and delete the other, or rewrite this one for the case that makes it different.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Two copies of one reply drift apart: one gets corrected and the other keeps going out with the old wording.",
        options: [OptionDescriptor.Fraction(MinSimilarityOption, "The least similarity reported as a near-duplicate; default 0.9.")]);

    private const int MaxBucketSize = 64;
    private const int MaxCandidates = 32;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRunAction<Summary>(
            static context =>
            {
                var document = context.Document;
                if (TemplateFingerprint.Create(document) is not { } fingerprint)
                {
                    return null; // no words: RL3005's business
                }

                // Reported where the reply starts: its first sentence, zero-width.
                var at = new TextSpan(document.Sentences[0].Span.Start, 0);
                return new Summary(fingerprint, Location.Create(document.Path, document.Text, at));
            },
            static run =>
            {
                var templates = run.Documents.OrderBy(static d => d.Path, StringComparer.Ordinal).ToList();
                var minimum = MinSimilarity(run.Options);
                var sameText = FindSameText(templates, run);
                FindNearDuplicates(templates, sameText, minimum, run);
            });
    }

    /// <summary>The configured least similarity: <c>0.9</c>, <c>90%</c> and <c>90</c> are the same; anything else is the default.</summary>
    internal static double MinSimilarity(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.TryGetValue(Id, MinSimilarityOption, out var text))
        {
            return DefaultMinSimilarity;
        }

        var number = text.Trim().TrimEnd('%').Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return DefaultMinSimilarity;
        }

        if (value > 1 && value <= 100)
        {
            value /= 100;
        }

        return value is > 0 and <= 1 ? value : DefaultMinSimilarity;
    }

    /// <summary>The LSH band shape for a threshold: the most rows per band (fewest false candidates) whose candidate
    /// threshold, about (1/bands)^(1/rows), stays well under <paramref name="minimum"/>.</summary>
    internal static (int Bands, int Rows) BandShape(double minimum)
    {
        foreach (var rows in (ReadOnlySpan<int>)[16, 8, 4, 2])
        {
            var bands = TemplateFingerprint.SignatureLength / rows;
            if (Math.Pow(1.0 / bands, 1.0 / rows) <= minimum - 0.15)
            {
                return (bands, rows);
            }
        }

        return (TemplateFingerprint.SignatureLength, 1);
    }

    private static bool[] FindSameText(List<DocumentSummary<Summary>> templates, RunAnalysisContext<Summary> run)
    {
        var isCopy = new bool[templates.Count];
        var first = new Dictionary<(ulong, int), int>();
        for (var i = 0; i < templates.Count; i++)
        {
            var fingerprint = templates[i].Summary.Fingerprint;
            if (first.TryGetValue((fingerprint.TextHash, fingerprint.TokenCount), out var original))
            {
                isCopy[i] = true;
                Report(run, templates[i], "100%", templates[original].Path);
            }
            else
            {
                first[(fingerprint.TextHash, fingerprint.TokenCount)] = i;
            }
        }

        return isCopy;
    }

    private static void FindNearDuplicates(List<DocumentSummary<Summary>> templates, bool[] isCopy, double minimum, RunAnalysisContext<Summary> run)
    {
        var (bands, rows) = BandShape(minimum);
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        var signatures = new uint[templates.Count][];
        var hits = new Dictionary<int, int>();
        for (var i = 0; i < templates.Count; i++)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var fingerprint = templates[i].Summary.Fingerprint;
            if (isCopy[i] || fingerprint.TokenCount < MinTokensForNearDuplicates)
            {
                continue; // a copy was reported against its original, which stands for it here
            }

            var signature = signatures[i] = fingerprint.Signature();
            hits.Clear();
            var keys = new (int, ulong)[bands];
            for (var band = 0; band < bands; band++)
            {
                keys[band] = (band, BandKey(signature, band * rows, rows));
                if (buckets.TryGetValue(keys[band], out var members))
                {
                    foreach (var member in members)
                    {
                        hits[member] = hits.GetValueOrDefault(member) + 1;
                    }
                }
            }

            // The likeliest candidates first: most bands shared, then the earliest path.
            var best = -1;
            var bestSimilarity = 0.0;
            foreach (var (candidate, _) in hits.OrderByDescending(static h => h.Value).ThenBy(static h => h.Key).Take(MaxCandidates))
            {
                var other = templates[candidate].Summary.Fingerprint;
                if (other.Shingles is { } theirs && fingerprint.Shingles is { } ours
                    && Math.Min(theirs.Length, ours.Length) < minimum * Math.Max(theirs.Length, ours.Length))
                {
                    continue; // sets this different in size cannot reach the threshold
                }

                var similarity = TemplateFingerprint.Similarity(fingerprint, other, signature, signatures[candidate]);
                if (similarity >= minimum && (similarity > bestSimilarity || (similarity == bestSimilarity && candidate < best)))
                {
                    (best, bestSimilarity) = (candidate, similarity);
                }
            }

            if (best >= 0)
            {
                var percent = Math.Min(99, (int)Math.Floor(bestSimilarity * 100));
                Report(run, templates[i], string.Create(CultureInfo.InvariantCulture, $"{percent}%"), templates[best].Path);
            }

            foreach (var key in keys)
            {
                if (!buckets.TryGetValue(key, out var members))
                {
                    buckets[key] = members = [];
                }

                if (members.Count < MaxBucketSize)
                {
                    members.Add(i);
                }
            }
        }
    }

    private static ulong BandKey(uint[] signature, int start, int count)
    {
        var key = 14695981039346656037UL;
        for (var i = start; i < start + count; i++)
        {
            key = (key ^ signature[i]) * 1099511628211UL;
        }

        return key;
    }

    private static void Report(RunAnalysisContext<Summary> run, DocumentSummary<Summary> template, string similarity, string otherPath) =>
        run.ReportDiagnostic(Diagnostic.Create(Descriptor, template.Summary.Location, null, System.IO.Path.GetFileName(template.Path), similarity, otherPath));

    /// <summary>A template's fingerprint and where to report on it.</summary>
    internal sealed record Summary(TemplateFingerprint Fingerprint, Location Location);
}
