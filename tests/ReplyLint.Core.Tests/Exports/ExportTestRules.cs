using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Syntax;

namespace ReplyLint.Core.Tests.Exports;

/// <summary>Analyzers for the export tests: one that reports every word with the word as its argument (so a test can
/// check that the file text at each mapped span is that word), a tone phrase with a fix, and a whole-template finding.</summary>
internal static class ExportTestRules
{
    public static readonly DiagnosticDescriptor Word = Rule("TST6001", "test-word", RuleCategories.Hygiene);
    public static readonly DiagnosticDescriptor Sorry = Rule("TST6002", "test-sorry", RuleCategories.Tone);
    public static readonly DiagnosticDescriptor Whole = Rule("TST6003", "test-whole", RuleCategories.Completeness);
    public static readonly DiagnosticDescriptor Heading = Rule("TST6004", "test-heading", RuleCategories.Hygiene);
    public static readonly DiagnosticDescriptor Fields = Rule("TST6005", "test-fields", RuleCategories.Hygiene);

    private static readonly PhraseList SorryPhrases = PhraseList.FromYaml("phrases:\n  - we apologize\n", "sorry.yaml");

    public static ImmutableArray<ReplyAnalyzer> All { get; } = [new WordAnalyzer(), new SorryAnalyzer(), new WholeAnalyzer(), new HeadingAnalyzer()];

    private static DiagnosticDescriptor Rule(string id, string name, string category) =>
        new(id, name, "A test rule", "'{0}' is a test finding.", category, DiagnosticSeverity.Warning, true, "For the export tests.", null);

    /// <summary>Every word token, with its source text as the argument.</summary>
    public sealed class WordAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Word];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(static c =>
            {
                foreach (var token in c.Sentence.Tokens)
                {
                    if (token.Kind == WordTokenKind.Word)
                    {
                        c.Report(Word, token.Span, null, c.Document.Text.ToString(token.Span));
                    }
                }
            });
    }

    /// <summary>"we apologize", with a fix to "we are sorry".</summary>
    public sealed class SorryAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Sorry];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(SorryPhrases, static match => match.Report(Sorry, match.Match.Span, Fix.Replace(match.Match.Span, "we are \"truly\" sorry"), match.Match.Text));
    }

    /// <summary>The whole template, when it says "missing".</summary>
    public sealed class WholeAnalyzer : ReplyAnalyzer
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

    /// <summary>The whole template, quoting the front matter fields an export template was given, in key order.</summary>
    public sealed class FieldsAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Fields];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c =>
            {
                var fields = c.Document.FrontMatter?.Fields ?? ImmutableDictionary<string, FrontMatterValue>.Empty;
                var text = string.Join("; ", fields.OrderBy(static f => f.Key, StringComparer.Ordinal).Select(static f =>
                    $"{f.Key}={f.Value.Scalar ?? (f.Value.Mapping.IsEmpty ? string.Join(",", f.Value.Items) : "{" + string.Join(",", f.Value.Mapping.Keys.Order(StringComparer.Ordinal)) + "}")}"));
                c.ReportDocument(Fields, $"{c.Document.Path}|{c.Document.Format}|{text}");
            });
    }

    /// <summary>The first sentence of each heading, and the template's title and placeholder dialect as arguments.</summary>
    public sealed class HeadingAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Heading];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c =>
            {
                foreach (var block in c.Document.Blocks.Where(static b => b.Kind == ProseBlockKind.Heading))
                {
                    var frontMatter = c.Document.FrontMatter;
                    c.Report(Heading, block.Sentences[0].Span, null, $"{block.Sentences[0].Text}|{frontMatter?.Title}|{frontMatter?.Fields.GetValueOrDefault("placeholders")?.Scalar}");
                }
            });
    }
}
