using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Suppressions;

/// <summary>Small analyzers whose findings the suppression tests hide: two phrase rules, a rule about the whole
/// template, one that an error-level finding comes from, and a run action that compares templates.</summary>
internal static class TestRules
{
    public static readonly DiagnosticDescriptor Blame = Rule("TST5001", "test-blame", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Script = Rule("TST5002", "test-script", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Whole = Rule("TST5003", "test-whole", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Leftover = Rule("TST5004", "test-leftover", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Same = Rule("TST5005", "test-same", DiagnosticSeverity.Warning);

    private static readonly PhraseList BlamePhrases = PhraseList.FromYaml("phrases:\n  - you failed to\n", "blame.yaml");
    private static readonly PhraseList ScriptPhrases = PhraseList.FromYaml("phrases:\n  - we apologize for any inconvenience\n", "script.yaml");
    private static readonly PhraseList LeftoverPhrases = PhraseList.FromYaml("phrases:\n  - lorem ipsum\n  - disable\n  - replylint\n", "leftover.yaml");

    /// <summary>Every test rule.</summary>
    public static ImmutableArray<ReplyAnalyzer> All { get; } =
        [new BlameAnalyzer(), new ScriptAnalyzer(), new WholeAnalyzer(), new LeftoverAnalyzer(), new SameAnalyzer()];

    private static DiagnosticDescriptor Rule(string id, string name, DiagnosticSeverity severity) =>
        new(id, name, "A test rule", "'{0}' is a test finding.", RuleCategories.Tone, severity, true, "For the suppression tests.", null);

    private sealed class BlameAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Blame];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(BlamePhrases, static match => match.Report(Blame));
    }

    private sealed class ScriptAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Script];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(ScriptPhrases, static match => match.Report(Script));
    }

    /// <summary>Reports the whole template (line 1, column 1, no extent) when it says "missing".</summary>
    private sealed class WholeAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Whole];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c =>
            {
                if (c.Document.Sentences.Any(static s => s.Tokens.Any(static t => t.Normalized == "missing")))
                {
                    c.ReportDocument(Whole, "missing");
                }
            });
    }

    /// <summary>An error-level phrase rule; its phrases include "disable" and "replylint", so it would flag a
    /// directive if a directive were ever read as prose.</summary>
    private sealed class LeftoverAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Leftover];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(LeftoverPhrases, static match => match.Report(Leftover));
    }

    /// <summary>Reports a template whose text is the same as an earlier one's, at its first sentence, zero-width
    /// (as RL3004 does).</summary>
    private sealed class SameAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Same];

        public override void Initialize(AnalysisContext context) => context.RegisterRunAction<Summary>(
            static document =>
            {
                var sentences = document.Document.Sentences;
                return sentences.IsEmpty
                    ? null
                    : new Summary(
                        string.Join(' ', sentences.Select(static s => s.Text)),
                        Location.Create(document.Document.Path, document.Document.Text, new TextSpan(sentences[0].Span.Start, 0)));
            },
            static run =>
            {
                var first = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var template in run.Documents)
                {
                    if (!first.TryAdd(template.Summary.Text, template.Path))
                    {
                        run.ReportDiagnostic(Diagnostic.Create(Same, template.Summary.Location, null, first[template.Summary.Text]));
                    }
                }
            });

        private sealed record Summary(string Text, Location Location);
    }
}
