using System.Globalization;
using ReplyLint.Diagnostics;

namespace ReplyLint.Engine;

/// <summary>Matches a run's findings against a baseline, as a multiset: each entry absorbs at most one finding.</summary>
internal static class BaselineMatcher
{
    public static BaselineMatch Apply(Baseline baseline, LintResult result, DiagnosticSeverity staleSeverity, string workingDirectory)
    {
        var displayPath = FileDiscovery.DisplayPath(baseline.FullPath, workingDirectory);
        var paths = new BaselinePaths(baseline.Folder, result);

        // Unused entries by key, in file order: the first unused one is taken, so the ones left are the later ones.
        var unused = new Dictionary<(string, string, string), Queue<int>>();
        for (var i = 0; i < baseline.Entries.Length; i++)
        {
            var key = baseline.Entries[i].Key;
            if (!unused.TryGetValue(key, out var queue))
            {
                unused[key] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        var fingerprints = FindingFingerprints.Compute(result);
        var suppression = new Suppression(SuppressionKind.External, $"Accepted in the baseline '{displayPath}'.");
        var reported = new List<Diagnostic>(result.Diagnostics.Length);
        var suppressed = new List<Diagnostic>(result.Suppressed);
        var matched = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (unused.TryGetValue((paths.Of(diagnostic), diagnostic.Id, fingerprints[diagnostic].Stable), out var queue) && queue.TryDequeue(out _))
            {
                suppressed.Add(diagnostic.WithSuppression(suppression));
                matched++;
            }
            else
            {
                reported.Add(diagnostic);
            }
        }

        var stale = unused.Values.SelectMany(static queue => queue)
            .Where(i => paths.WasLinted(baseline.Entries[i].Path) || !paths.Exists(baseline.Entries[i].Path))
            .Order()
            .ToList();
        if (stale.Count > 0 && staleSeverity is not (DiagnosticSeverity.None or DiagnosticSeverity.Silent))
        {
            var first = baseline.Entries[stale[0]];
            var finding = Diagnostic.Create(
                ToolDiagnostics.StaleBaselineEntry,
                baseline.LocationOf(stale[0], displayPath),
                null,
                stale.Count.ToString(CultureInfo.InvariantCulture),
                first.RuleId,
                first.Path);
            reported.Add(finding.WithSeverity(staleSeverity));
        }

        reported.Sort(DiagnosticOrder.Instance);
        suppressed.Sort(DiagnosticOrder.Instance);
        return new BaselineMatch(
            result with { Diagnostics = [.. reported], Suppressed = [.. suppressed] },
            matched,
            [.. stale.Select(i => baseline.Entries[i])]);
    }
}
