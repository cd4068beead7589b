using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;

namespace ReplyLint.Core.Tests.Engine;

/// <summary>Run actions compare templates across a run: summaries per template, one action at the end.</summary>
public sealed class RunActionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TemplateFile Write(string relativePath, string text) => new(_folder.Write(relativePath, text), relativePath);

    [Fact]
    public void A_run_action_sees_every_template_in_report_order_and_reports_on_the_later_one()
    {
        var files = new[] { Write("b.md", "Same words here."), Write("a.md", "Same words here."), Write("c.md", "Other words.") };

        var result = new LintEngine([new SameTextAnalyzer()], new LintOptions { Jobs = 2 }).Lint([.. files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal)]);

        result.Diagnostics.Select(d => d.ToString()).ShouldBe(["b.md(1,1,1,1): warning TST3001: 'a.md' has the same text."]);
    }

    [Fact]
    public void Run_findings_do_not_depend_on_the_parallelism()
    {
        var files = Enumerable.Range(0, 60).Select(i => Write($"t{i:D2}.md", $"Text number {i % 7}.")).ToList();

        string[] Run(int jobs) => [.. new LintEngine([new SameTextAnalyzer()], new LintOptions { Jobs = jobs }).Lint(files).Diagnostics.Select(d => d.ToString())];

        var serial = Run(1);
        serial.Length.ShouldBe(53); // 60 templates, 7 distinct texts
        Run(8).ShouldBe(serial);
    }

    [Fact]
    public void Analyze_of_several_documents_is_one_run()
    {
        var documents = new[] { TemplateParser.Parse("Hello there.", "x.md"), TemplateParser.Parse("Hello there.", "y.md") };

        var diagnostics = new LintEngine([new SameTextAnalyzer()]).Analyze(documents);

        diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("y.md");
        new LintEngine([new SameTextAnalyzer()]).Analyze(documents[0]).ShouldBeEmpty();
    }

    [Fact]
    public void A_run_action_that_throws_is_RL0001_on_the_first_template_and_the_rest_of_the_run_stands()
    {
        var files = new[] { Write("a.md", "One."), Write("b.md", "Two.") };

        var result = new LintEngine([new ThrowingRunAnalyzer(), new SameTextAnalyzer()]).Lint(files);

        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("RL0001");
        failure.Location.Path.ShouldBe("a.md");
        failure.Message.ShouldBe("Analyzer 'ThrowingRunAnalyzer' threw 'InvalidOperationException' on this file and was skipped here: 'while comparing the run's templates: no comparison today'.");
    }

    [Fact]
    public void A_template_whose_summary_throws_is_left_out_of_the_comparison()
    {
        var files = new[] { Write("a.md", "boom"), Write("b.md", "boom"), Write("c.md", "fine"), Write("d.md", "fine") };

        var result = new LintEngine([new SameTextAnalyzer()]).Lint(files);

        result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}").ShouldBe(["a.md RL0001", "b.md RL0001", "d.md TST3001"]);
    }

    [Fact]
    public void Unreadable_files_have_no_summary()
    {
        var files = new[] { new TemplateFile(_folder.Write("a.md", [0, 1, 2]), "a.md"), Write("b.md", "Text.") };

        var result = new LintEngine([new SameTextAnalyzer()]).Lint(files);

        result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}").ShouldBe(["a.md RL0002"]);
    }

    [Fact]
    public void Run_findings_follow_the_configured_severity()
    {
        var files = new[] { Write("a.md", "Same."), Write("b.md", "Same.") };
        var options = new LintOptions { Severities = ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add("TST3001", DiagnosticSeverity.Error) };

        new LintEngine([new SameTextAnalyzer()], options).Lint(files).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
        var off = options with { Severities = ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add("same-text", DiagnosticSeverity.None) };
        new LintEngine([new SameTextAnalyzer()], off).Lint(files).Diagnostics.ShouldBeEmpty();
    }

    private sealed class SameTextAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = new("TST3001", "same-text", "Same text", "'{0}' has the same text.", RuleCategories.Hygiene, DiagnosticSeverity.Warning, true, "", null);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) => context.RegisterRunAction<Summary>(
            static document => document.Document.Text.Text.Contains("boom", StringComparison.Ordinal)
                ? throw new InvalidOperationException("cannot summarize")
                : new Summary(document.Document.Text.Text, Location.FileStart(document.Document.Path)),
            static run =>
            {
                var firstByText = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var template in run.Documents)
                {
                    if (!firstByText.TryAdd(template.Summary.Text, template.Path))
                    {
                        run.ReportDiagnostic(Diagnostic.Create(Descriptor, template.Summary.Location, null, firstByText[template.Summary.Text]));
                    }
                }
            });

        private sealed record Summary(string Text, Location Location);
    }

    private sealed class ThrowingRunAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterRunAction<string>(static document => document.Document.Path, static _ => throw new InvalidOperationException("no comparison today."));
    }
}
