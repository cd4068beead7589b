using System.Collections.Immutable;
using System.Globalization;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Core.Tests.Engine;

/// <summary>Settings that differ from file to file (configuration in several folders, overrides).</summary>
public sealed class LintEngineSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TemplateFile Write(string relativePath, string text) => new(_folder.Write(relativePath, text), relativePath);

    private static FileSettings Settings(DiagnosticSeverity? severity = null, string? maxWords = null)
    {
        var severities = ImmutableDictionary.Create<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        if (severity is { } configured)
        {
            severities = severities.Add(LongAnalyzer.Descriptor.Id, configured).Add(ToolDiagnostics.UnreadableFile.Id, configured);
        }

        var options = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;
        if (maxWords is not null)
        {
            options = options.Add(LongAnalyzer.Descriptor.Id, ImmutableDictionary<string, string>.Empty.Add("max-words", maxWords));
        }

        return new FileSettings(severities, new AnalyzerOptions(options));
    }

    private LintOptions PerFile(FileSettings runWide, params (string RelativePath, FileSettings Settings)[] files)
    {
        var byPath = files.ToDictionary(f => _folder.PathOf(f.RelativePath), static f => f.Settings, StringComparer.Ordinal);
        return new LintOptions
        {
            Jobs = 2,
            Severities = runWide.Severities,
            AnalyzerOptions = runWide.AnalyzerOptions,
            SettingsFor = path => byPath.GetValueOrDefault(path, runWide),
        };
    }

    [Fact]
    public void Each_file_gets_its_own_severities_and_options()
    {
        const string Text = "One two three four five six.";
        var files = new[] { Write("a.md", Text), Write("chat/b.md", Text), Write("email/c.md", Text), Write("off/d.md", Text) };
        var options = PerFile(
            Settings(maxWords: "10"),
            ("chat/b.md", Settings(DiagnosticSeverity.Error, "3")),
            ("email/c.md", Settings(maxWords: "5")),
            ("off/d.md", Settings(DiagnosticSeverity.None, "1")));

        var result = new LintEngine([new LongAnalyzer()], options).Lint(files);

        result.Diagnostics.Select(static d => d.ToString()).ShouldBe(
        [
            "chat/b.md(1,1,1,29): error TST5001: '6 words over 3' is a test phrase.",
            "email/c.md(1,1,1,29): warning TST5001: '6 words over 5' is a test phrase.",
        ]);
    }

    [Fact]
    public void A_file_s_severity_applies_to_its_unreadable_file_finding()
    {
        var files = new[] { new TemplateFile(_folder.Write("bin.md", [0, 1, 2]), "bin.md"), new TemplateFile(_folder.Write("quiet/bin.md", [0, 1, 2]), "quiet/bin.md") };

        var result = new LintEngine([new LongAnalyzer()], PerFile(Settings(), ("quiet/bin.md", Settings(DiagnosticSeverity.None)))).Lint(files);

        result.Diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("bin.md");
    }

    [Fact]
    public void A_run_action_summarizes_with_each_file_s_options_compares_with_the_run_s_and_reports_at_each_file_s_severity()
    {
        var files = new[] { Write("a.md", "Same."), Write("b.md", "Same."), Write("strict/c.md", "Same."), Write("quiet/d.md", "Same.") };
        var options = PerFile(
            Settings(maxWords: "run"),
            ("strict/c.md", Settings(DiagnosticSeverity.Error, "strict")),
            ("quiet/d.md", Settings(DiagnosticSeverity.None, "quiet")));

        var result = new LintEngine([new SameTextAnalyzer()], options).Lint(files);

        result.Diagnostics.Select(static d => d.ToString()).ShouldBe(
        [
            "b.md(1,1,1,1): warning TST5001: 'same as a.md; summarized with run, compared with run' is a test phrase.",
            "strict/c.md(1,1,1,1): error TST5001: 'same as a.md; summarized with strict, compared with run' is a test phrase.",
        ]);
    }

    /// <summary>Reports a sentence longer than its <c>max-words</c> option (3 by default).</summary>
    private sealed class LongAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = new("TST5001", "test-long", "Long", "'{0}' is a test phrase.", RuleCategories.Clarity, DiagnosticSeverity.Warning, true, "", null);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(static context =>
        {
            var limit = context.Options.GetInt32(Descriptor.Id, "max-words", 3);
            var words = context.Sentence.Tokens.Length;
            if (words > limit)
            {
                context.Report(Descriptor, context.Sentence.Span, null, string.Create(CultureInfo.InvariantCulture, $"{words} words over {limit}"));
            }
        });
    }

    /// <summary>Reports a template with the same text as an earlier one, naming the options each step saw.</summary>
    private sealed class SameTextAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [LongAnalyzer.Descriptor];

        public override void Initialize(AnalysisContext context) => context.RegisterRunAction<Summary>(
            static document => new Summary(
                document.Document.Text.Text,
                document.Options.TryGetValue(LongAnalyzer.Descriptor.Id, "max-words", out var seen) ? seen : "nothing",
                Location.FileStart(document.Document.Path)),
            static run =>
            {
                run.Options.TryGetValue(LongAnalyzer.Descriptor.Id, "max-words", out var runWide);
                var first = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var template in run.Documents)
                {
                    if (!first.TryAdd(template.Summary.Text, template.Path))
                    {
                        var what = $"same as {first[template.Summary.Text]}; summarized with {template.Summary.Seen}, compared with {runWide}";
                        run.ReportDiagnostic(Diagnostic.Create(LongAnalyzer.Descriptor, template.Summary.Location, null, what));
                    }
                }
            });

        private sealed record Summary(string Text, string Seen, Location Location);
    }
}
