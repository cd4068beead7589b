using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Engine;

public sealed partial class LintEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TemplateFile Write(string relativePath, string text) => new(_folder.Write(relativePath, text), relativePath);

    private TemplateFile Write(string relativePath, byte[] bytes) => new(_folder.Write(relativePath, bytes), relativePath);

    private static LintEngine Engine(params ReplyAnalyzer[] analyzers) => new(analyzers, new LintOptions { Jobs = 2 });

    private static LintEngine Engine(LintOptions options, params ReplyAnalyzer[] analyzers) => new(analyzers, options);

    private static string[] Lines(LintResult result) => [.. result.Diagnostics.Select(static d => d.ToString())];

    private static LintOptions WithSeverities(params (string Key, DiagnosticSeverity Severity)[] severities)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, severity) in severities)
        {
            builder[key] = severity;
        }

        return new LintOptions { Jobs = 2, Severities = builder.ToImmutable() };
    }

    // ---- what the test analyzers report ----

    [Fact]
    public void A_phrase_match_is_reported_on_its_span()
    {
        var file = Write("a.md", "Hi there.\n\nIt seems you failed to attach it.\n");

        var result = Engine(new PhraseAnalyzer()).Lint([file]);

        Lines(result).ShouldBe(["a.md(3,10,3,23): warning TST1001: 'you failed to' is a test phrase."]);
        var diagnostic = result.Diagnostics.Single();
        diagnostic.Location.Span.ShouldBe(new TextSpan(20, 13));
        diagnostic.Arguments.ShouldBe(["you failed to"]);
        diagnostic.Descriptor.ShouldBeSameAs(PhraseAnalyzer.Descriptor);
    }

    [Fact]
    public void A_phrase_match_crosses_line_breaks_and_emphasis()
    {
        var file = Write("a.md", "Please *calm*\ndown now.\n");

        Lines(Engine(new PhraseAnalyzer()).Lint([file])).ShouldBe(["a.md(1,9,2,5): warning TST1001: 'calm down' is a test phrase."]);
    }

    [Fact]
    public void A_phrase_in_code_is_not_matched()
    {
        var file = Write("a.md", "Type `you failed to` in the box.\n\n```\ncalm down\n```\n");

        Engine(new PhraseAnalyzer()).Lint([file]).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_sentence_action_runs_on_every_sentence()
    {
        var file = Write("a.txt", "Is it late? It is.\nWill it come?\n\nYes.");

        Lines(Engine(new QuestionAnalyzer()).Lint([file])).ShouldBe(
        [
            "a.txt(1,1,1,12): suggestion TST1002: 'Is it late?' is a test phrase.",
            "a.txt(2,1,2,14): suggestion TST1002: 'Will it come?' is a test phrase.",
        ]);
    }

    [Fact]
    public void A_document_action_runs_once_per_file()
    {
        var files = new[] { Write("a.md", "One. Two.\n\nThree?"), Write("b.txt", ""), Write("c.md", "---\ntitle: x\n---\n") };

        Lines(Engine(new DocumentAnalyzer()).Lint(files)).ShouldBe(
        [
            "a.md(1,1,1,1): warning TST1003: '3 sentences' is a test phrase.",
            "b.txt(1,1,1,1): warning TST1003: '0 sentences' is a test phrase.",
            "c.md(1,1,1,1): warning TST1003: '0 sentences' is a test phrase.",
        ]);
    }

    [Fact]
    public void Phrases_registered_without_a_callback_reach_the_document_action()
    {
        var file = Write("a.md", "You failed to. Calm down. You failed to.");

        Lines(Engine(new CountingAnalyzer()).Lint([file])).ShouldBe(["a.md(1,1,1,1): warning TST1009: '3 matches' is a test phrase."]);
    }

    [Fact]
    public void The_result_lists_the_files_in_the_order_given()
    {
        var files = new[] { Write("b.md", "x"), Write("a.md", "y") };

        Engine(new PhraseAnalyzer()).Lint(files).Files.ShouldBe(files);
    }

    [Fact]
    public void No_files_give_an_empty_result()
    {
        var result = Engine(new PhraseAnalyzer()).Lint([]);

        result.Files.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_descriptors_are_the_tool_rules_and_every_analyzers_rules_in_id_order_once()
    {
        var engine = Engine(new QuestionAnalyzer(), new PhraseAnalyzer(), new SharedListAnalyzerA(), new PhraseAnalyzer());

        engine.Descriptors.Select(static d => d.Id).ShouldBe(["RL0001", "RL0002", "RL0003", "RL0004", "RL0005", "TST1001", "TST1002", "TST1006"]);
    }

    [Fact]
    public void Result_counts_findings_by_severity()
    {
        var file = Write("a.md", "You failed to reply? Calm down.");

        var result = Engine(new PhraseAnalyzer(), new QuestionAnalyzer()).Lint([file]);

        result.Count(DiagnosticSeverity.Warning).ShouldBe(2);
        result.Count(DiagnosticSeverity.Suggestion).ShouldBe(1);
        result.Count(DiagnosticSeverity.Error).ShouldBe(0);
    }

    // ---- an analyzer that throws ----

    [Fact]
    public void An_analyzer_that_throws_gives_RL0001_and_loses_only_its_own_findings_on_that_file()
    {
        var files = new[]
        {
            Write("a.md", "We are sorry. You failed to reply.\n\nboom"),
            Write("b.md", "We are sorry. You failed to reply."),
        };

        var result = Engine(new PhraseAnalyzer(), new ThrowingAnalyzer(), new DocumentAnalyzer()).Lint(files);

        Lines(result).ShouldBe(
        [
            "a.md(1,1,1,1): error RL0001: Analyzer 'ThrowingAnalyzer' threw 'InvalidOperationException' on this file and was skipped here: 'boom in the template'.",
            "a.md(1,1,1,1): warning TST1003: '3 sentences' is a test phrase.",
            "a.md(1,15,1,28): warning TST1001: 'You failed to' is a test phrase.",
            "b.md(1,1,1,1): warning TST1003: '2 sentences' is a test phrase.",
            "b.md(1,1,1,13): warning TST1004: 'We are sorry' is a test phrase.",
            "b.md(1,15,1,28): warning TST1001: 'You failed to' is a test phrase.",
        ]);
        var rl0001 = result.Diagnostics[0];
        rl0001.Descriptor.ShouldBeSameAs(ToolDiagnostics.AnalyzerException);
        rl0001.Severity.ShouldBe(DiagnosticSeverity.Error);
        rl0001.Arguments.ShouldBe(["ThrowingAnalyzer", "InvalidOperationException", "boom in the template"]);
    }

    [Fact]
    public void An_analyzer_that_throws_in_a_sentence_action_gives_RL0001()
    {
        var files = new[] { Write("a.txt", "Fine. Then boom. Fine again."), Write("b.txt", "Fine.") };

        Lines(Engine(new ThrowingSentenceAnalyzer(), new QuestionAnalyzer()).Lint(files)).ShouldBe(
        [
            "a.txt(1,1,1,1): error RL0001: Analyzer 'ThrowingSentenceAnalyzer' threw 'KeyNotFoundException' on this file and was skipped here: 'no word 'boom' in the dictionary'.",
        ]);
    }

    [Fact]
    public void An_exception_message_is_reported_on_one_line()
    {
        var file = Write("a.md", "boom");

        Lines(Engine(new MultiLineThrowingAnalyzer()).Lint([file])).ShouldBe(
        [
            "a.md(1,1,1,1): error RL0001: Analyzer 'MultiLineThrowingAnalyzer' threw 'FormatException' on this file and was skipped here: 'first line second line'.",
        ]);
    }

    [Fact]
    public void Reporting_a_descriptor_outside_SupportedDiagnostics_gives_RL0001()
    {
        var file = Write("a.md", "You failed to reply.");

        Lines(Engine(new UndeclaredAnalyzer(), new PhraseAnalyzer()).Lint([file])).ShouldBe(
        [
            "a.md(1,1,1,1): error RL0001: Analyzer 'UndeclaredAnalyzer' threw 'InvalidOperationException' on this file and was skipped here: 'it reported TST1099, which is not in its SupportedDiagnostics'.",
            "a.md(1,1,1,14): warning TST1001: 'You failed to' is a test phrase.",
        ]);
    }

    [Fact]
    public void An_OperationCanceledException_that_is_not_the_runs_cancellation_gives_RL0001()
    {
        var files = new[] { Write("a.md", "boom"), Write("b.md", "You failed to.") };

        Lines(Engine(new OwnTimeoutAnalyzer(), new PhraseAnalyzer()).Lint(files)).ShouldBe(
        [
            "a.md(1,1,1,1): error RL0001: Analyzer 'OwnTimeoutAnalyzer' threw 'TaskCanceledException' on this file and was skipped here: 'A task was canceled'.",
            "b.md(1,1,1,14): warning TST1001: 'You failed to' is a test phrase.",
        ]);
    }

    [Fact]
    public void An_analyzer_that_fails_to_initialize_stops_the_engine_from_being_built()
    {
        var exception = Should.Throw<InvalidOperationException>(() => new LintEngine([new PhraseAnalyzer(), new FailingInitializeAnalyzer()]));

        exception.Message.ShouldBe("analyzer 'FailingInitializeAnalyzer' failed to initialize: no phrases today");
        exception.InnerException.ShouldBeOfType<NotSupportedException>();
    }

    [Fact]
    public void An_analyzer_with_a_malformed_phrase_list_stops_the_engine_from_being_built()
    {
        var exception = Should.Throw<InvalidOperationException>(() => new LintEngine([new MalformedPhraseAnalyzer()]));

        exception.Message.ShouldStartWith("analyzer 'MalformedPhraseAnalyzer' failed to initialize: malformed.yaml(2,5): ");
        exception.InnerException.ShouldBeOfType<PhraseListException>();
    }

    // ---- phrase lists ----

    [Fact]
    public void Two_analyzers_sharing_a_phrase_list_each_get_every_match_once()
    {
        var file = Write("a.md", "You failed to. Then you failed to again.");

        Lines(Engine(new SharedListAnalyzerA(), new SharedListAnalyzerB()).Lint([file])).ShouldBe(
        [
            "a.md(1,1,1,14): warning TST1006: 'You failed to' is a test phrase.",
            "a.md(1,1,1,14): warning TST1007: 'You failed to' is a test phrase.",
            "a.md(1,21,1,34): warning TST1006: 'you failed to' is a test phrase.",
            "a.md(1,21,1,34): warning TST1007: 'you failed to' is a test phrase.",
        ]);
    }

    [Fact]
    public void Two_instances_of_one_analyzer_report_twice()
    {
        var file = Write("a.md", "You failed to.");

        Engine(new PhraseAnalyzer(), new PhraseAnalyzer()).Lint([file]).Diagnostics.Length.ShouldBe(2);
    }

    // ---- severities ----

    [Fact]
    public void A_configured_severity_by_id_wins_over_the_default()
    {
        var file = Write("a.md", "You failed to reply?");

        Lines(Engine(WithSeverities(("TST1001", DiagnosticSeverity.Error)), new PhraseAnalyzer(), new QuestionAnalyzer()).Lint([file])).ShouldBe(
        [
            "a.md(1,1,1,14): error TST1001: 'You failed to' is a test phrase.",
            "a.md(1,1,1,21): suggestion TST1002: 'You failed to reply?' is a test phrase.",
        ]);
    }

    [Fact]
    public void A_configured_severity_by_id_ignores_case()
    {
        var file = Write("a.md", "You failed to reply.");

        Lines(Engine(WithSeverities(("tst1001", DiagnosticSeverity.Suggestion)), new PhraseAnalyzer()).Lint([file]))
            .ShouldBe(["a.md(1,1,1,14): suggestion TST1001: 'You failed to' is a test phrase."]);
    }

    [Fact]
    public void A_configured_severity_by_kebab_case_name_wins_over_the_default()
    {
        var file = Write("a.md", "You failed to reply?");

        Lines(Engine(WithSeverities(("test-question", DiagnosticSeverity.Error)), new PhraseAnalyzer(), new QuestionAnalyzer()).Lint([file])).ShouldBe(
        [
            "a.md(1,1,1,14): warning TST1001: 'You failed to' is a test phrase.",
            "a.md(1,1,1,21): error TST1002: 'You failed to reply?' is a test phrase.",
        ]);
    }

    [Fact]
    public void The_id_wins_over_the_name_when_both_are_configured()
    {
        var file = Write("a.md", "You failed to reply.");

        Lines(Engine(WithSeverities(("test-phrase", DiagnosticSeverity.None), ("TST1001", DiagnosticSeverity.Error)), new PhraseAnalyzer()).Lint([file]))
            .ShouldBe(["a.md(1,1,1,14): error TST1001: 'You failed to' is a test phrase."]);
    }

    [Theory]
    [InlineData("TST1001", DiagnosticSeverity.None)]
    [InlineData("TST1001", DiagnosticSeverity.Silent)]
    [InlineData("test-phrase", DiagnosticSeverity.None)]
    [InlineData("test-phrase", DiagnosticSeverity.Silent)]
    public void None_and_silent_drop_the_findings(string key, DiagnosticSeverity severity)
    {
        var file = Write("a.md", "You failed to reply?");

        Lines(Engine(WithSeverities((key, severity)), new PhraseAnalyzer(), new QuestionAnalyzer()).Lint([file]))
            .ShouldBe(["a.md(1,1,1,21): suggestion TST1002: 'You failed to reply?' is a test phrase."]);
    }

    [Fact]
    public void A_rule_off_by_default_reports_nothing_unless_a_severity_is_configured()
    {
        var file = Write("a.md", "Hello.");

        Engine(new OffByDefaultAnalyzer()).Lint([file]).Diagnostics.ShouldBeEmpty();
        Lines(Engine(WithSeverities(("TST1008", DiagnosticSeverity.Warning)), new OffByDefaultAnalyzer()).Lint([file]))
            .ShouldBe(["a.md(1,1,1,1): warning TST1008: 'on' is a test phrase."]);
        Lines(Engine(WithSeverities(("test-off", DiagnosticSeverity.Suggestion)), new OffByDefaultAnalyzer()).Lint([file]))
            .ShouldBe(["a.md(1,1,1,1): suggestion TST1008: 'on' is a test phrase."]);
        Engine(WithSeverities(("TST1008", DiagnosticSeverity.Silent)), new OffByDefaultAnalyzer()).Lint([file]).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Tool_rules_take_configured_severities_too()
    {
        var files = new[] { Write("a.md", [0x41, 0x00]), Write("b.md", "boom") };

        Lines(Engine(WithSeverities(("RL0002", DiagnosticSeverity.Warning), ("analyzer-exception", DiagnosticSeverity.None)), new ThrowingAnalyzer()).Lint(files))
            .ShouldBe(["a.md(1,1,1,1): warning RL0002: The file was not linted: 'the file is binary (a NUL byte at offset 1), not a text template'."]);
    }

    [Fact]
    public void SeverityOf_follows_the_configuration_then_the_descriptor()
    {
        var options = WithSeverities(("TST1001", DiagnosticSeverity.Error), ("test-off", DiagnosticSeverity.Warning));

        options.SeverityOf(PhraseAnalyzer.Descriptor).ShouldBe(DiagnosticSeverity.Error);
        options.SeverityOf(QuestionAnalyzer.Descriptor).ShouldBe(DiagnosticSeverity.Suggestion);
        options.SeverityOf(OffByDefaultAnalyzer.Descriptor).ShouldBe(DiagnosticSeverity.Warning);
        new LintOptions().SeverityOf(OffByDefaultAnalyzer.Descriptor).ShouldBe(DiagnosticSeverity.None);
        new LintOptions().SeverityOf(ToolDiagnostics.UnusedSuppression).ShouldBe(DiagnosticSeverity.Suggestion);
    }

    // ---- files that cannot be read, and front matter that cannot be parsed ----

    [Fact]
    public void Malformed_front_matter_gives_RL0004_and_the_body_is_still_analyzed()
    {
        var file = Write("a.md", "---\ntitle: [unclosed\nintent: complaint\n---\nIt seems you failed to reply.\n");

        var result = Engine(new PhraseAnalyzer()).Lint([file]);

        result.Diagnostics.Select(static d => d.Id).ShouldBe(["RL0004", "TST1001"]);
        var rl0004 = result.Diagnostics[0];
        rl0004.Severity.ShouldBe(DiagnosticSeverity.Error);
        rl0004.Message.ShouldStartWith("The front matter could not be read ('");
        rl0004.Message.ShouldEndWith("; the body was linted without it.");
        rl0004.Location.LineSpan.Start.Line.ShouldBeInRange(2, 4);
        result.Diagnostics[1].ToString().ShouldBe("a.md(5,10,5,23): warning TST1001: 'you failed to' is a test phrase.");
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_gives_RL0004()
    {
        var file = Write("a.md", "---\n- just\n- a list\n---\nYou failed to.\n");

        var result = Engine(new PhraseAnalyzer()).Lint([file]);

        Lines(result).ShouldBe(
        [
            "a.md(2,1,3,9): error RL0004: The front matter could not be read ('it is not a mapping of keys to values (expected lines such as 'title: Late delivery')'); the body was linted without it.",
            "a.md(5,1,5,14): warning TST1001: 'You failed to' is a test phrase.",
        ]);
    }

    [Fact]
    public void Unclosed_front_matter_gives_RL0004()
    {
        var file = Write("a.md", "---\ntitle: x\nYou failed to.\n");

        Lines(Engine(new PhraseAnalyzer()).Lint([file])).ShouldBe(
        [
            "a.md(1,1,1,4): error RL0004: The front matter could not be read ('the '---' on line 1 opens front matter that is never closed by a '---' line'); the body was linted without it.",
        ]);
    }

    [Fact]
    public void A_binary_file_gives_RL0002_and_the_other_files_are_still_linted()
    {
        var files = new[]
        {
            Write("a.md", "You failed to."),
            Write("b.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
            Write("c.txt", "Calm down."),
        };

        var result = Engine(new PhraseAnalyzer(), new DocumentAnalyzer()).Lint(files);

        Lines(result).ShouldBe(
        [
            "a.md(1,1,1,14): warning TST1001: 'You failed to' is a test phrase.",
            "a.md(1,1,1,1): warning TST1003: '1 sentences' is a test phrase.",
            "b.md(1,1,1,1): error RL0002: The file was not linted: 'the file is binary (a NUL byte at offset 8), not a text template'.",
            "c.txt(1,1,1,10): warning TST1001: 'Calm down' is a test phrase.",
            "c.txt(1,1,1,1): warning TST1003: '1 sentences' is a test phrase.",
        ]);
        result.Diagnostics[2].Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Invalid_utf8_gives_RL0002_with_its_position()
    {
        var file = Write("a.txt", Encoding.UTF8.GetBytes("Caf\u00e9\nna").Concat(new byte[] { 0xEF, 0x76, 0x65 }).ToArray());

        Lines(Engine(new PhraseAnalyzer()).Lint([file]))
            .ShouldBe(["a.txt(1,1,1,1): error RL0002: The file was not linted: 'the file is not valid UTF-8: byte 0xEF at offset 8 (line 2); save it as UTF-8'."]);
    }

    [Fact]
    public void A_file_over_the_size_limit_gives_RL0002()
    {
        var file = Write("big.md", "You failed to. " + new string('x', 4000));

        Lines(Engine(new LintOptions { MaxFileBytes = 1024 }, new PhraseAnalyzer()).Lint([file])).ShouldBe(
        [
            "big.md(1,1,1,1): error RL0002: The file was not linted: 'the file is 3.9 KB, over the 1 KB limit for a template (raise the limit with --max-file-size)'.",
        ]);
    }

    [Fact]
    public void A_file_deleted_before_the_run_gives_RL0002()
    {
        var file = Write("gone.md", "You failed to.");
        File.Delete(file.FullPath);

        var diagnostic = Engine(new PhraseAnalyzer()).Lint([file]).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RL0002");
        diagnostic.Location.Path.ShouldBe("gone.md");
        diagnostic.Message.ShouldStartWith("The file was not linted: 'the file could not be read: ");
    }

    [Fact]
    public void Utf16_files_are_linted_with_the_same_positions()
    {
        var text = "Hi.\r\nYou failed to.";
        var files = new[]
        {
            Write("le.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]),
            Write("be.md", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]),
            Write("bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]),
        };

        Lines(Engine(new PhraseAnalyzer()).Lint(files)).ShouldBe(
        [
            "be.md(2,1,2,14): warning TST1001: 'You failed to' is a test phrase.",
            "bom.md(2,1,2,14): warning TST1001: 'You failed to' is a test phrase.",
            "le.md(2,1,2,14): warning TST1001: 'You failed to' is a test phrase.",
        ]);
    }

    // ---- order and determinism ----

    [Fact]
    public void Findings_are_ordered_by_path_line_column_and_id()
    {
        var files = new[]
        {
            Write("b.md", "Calm down? You failed to.\n\nCalm down."),
            Write("a/z.md", "Calm down?"),
            Write("B.md", "You failed to?"),
        };

        Lines(Engine(new QuestionAnalyzer(), new PhraseAnalyzer(), new DocumentAnalyzer()).Lint(files)).ShouldBe(
        [
            "B.md(1,1,1,14): warning TST1001: 'You failed to' is a test phrase.",
            "B.md(1,1,1,15): suggestion TST1002: 'You failed to?' is a test phrase.",
            "B.md(1,1,1,1): warning TST1003: '1 sentences' is a test phrase.",
            "a/z.md(1,1,1,10): warning TST1001: 'Calm down' is a test phrase.",
            "a/z.md(1,1,1,11): suggestion TST1002: 'Calm down?' is a test phrase.",
            "a/z.md(1,1,1,1): warning TST1003: '1 sentences' is a test phrase.",
            "b.md(1,1,1,10): warning TST1001: 'Calm down' is a test phrase.",
            "b.md(1,1,1,11): suggestion TST1002: 'Calm down?' is a test phrase.",
            "b.md(1,1,1,1): warning TST1003: '3 sentences' is a test phrase.",
            "b.md(1,12,1,25): warning TST1001: 'You failed to' is a test phrase.",
            "b.md(3,1,3,10): warning TST1001: 'Calm down' is a test phrase.",
        ]);
    }

    [Fact]
    public void A_generated_corpus_gives_the_same_ordered_findings_whatever_the_jobs_and_the_file_order()
    {
        var files = WriteCorpus(200, seed: 20240611);
        ReplyAnalyzer[] analyzers =
        [
            new PhraseAnalyzer(), new QuestionAnalyzer(), new DocumentAnalyzer(), new ThrowingAnalyzer(),
            new SharedListAnalyzerA(), new SharedListAnalyzerB(), new CountingAnalyzer(),
        ];

        var one = new LintEngine(analyzers, new LintOptions { Jobs = 1 }).Lint(files);
        var eight = new LintEngine(analyzers, new LintOptions { Jobs = 8 }).Lint(files);
        var reversed = new LintEngine(analyzers, new LintOptions { Jobs = 8 }).Lint([.. files.AsEnumerable().Reverse()]);

        var expected = Lines(one);
        Lines(eight).ShouldBe(expected);
        Lines(reversed).ShouldBe(expected);

        // The corpus exercises every kind of finding, so the comparison means something.
        expected.Length.ShouldBeGreaterThan(files.Count * 2);
        string[] ids = ["RL0001", "RL0002", "RL0004", "TST1001", "TST1002", "TST1003", "TST1004", "TST1006", "TST1007", "TST1009"];
        one.Diagnostics.Select(static d => d.Id).Distinct().Order(StringComparer.Ordinal).ShouldBe(ids);
        one.Diagnostics.Select(static d => d.Location.Path).Distinct().Count().ShouldBe(files.Count);

        for (var i = 1; i < one.Diagnostics.Length; i++)
        {
            var (previous, current) = (one.Diagnostics[i - 1], one.Diagnostics[i]);
            DiagnosticOrder.Instance.Compare(previous, current).ShouldBeLessThanOrEqualTo(0);
            var byPath = string.CompareOrdinal(previous.Location.Path, current.Location.Path);
            byPath.ShouldBeLessThanOrEqualTo(0, $"{previous} / {current}");
            if (byPath == 0)
            {
                var before = (previous.Location.LineSpan.Start.Line, previous.Location.LineSpan.Start.Column);
                var after = (current.Location.LineSpan.Start.Line, current.Location.LineSpan.Start.Column);
                before.CompareTo(after).ShouldBeLessThanOrEqualTo(0, $"{previous} / {current}");
                if (before == after)
                {
                    string.CompareOrdinal(previous.Id, current.Id).ShouldBeLessThanOrEqualTo(0, $"{previous} / {current}");
                }
            }
        }
    }

    private List<TemplateFile> WriteCorpus(int count, int seed)
    {
        string[] sentences =
        [
            "We are sorry for the wait.", "It seems you failed to attach the receipt.", "Please calm down.",
            "Could you send the order number?", "Hi {{ customer.first_name }},", "Thanks, [Agent Name].",
            "You *failed\nto* reply, so we closed it.", "Is there anything else?", "We'll call you by Friday.",
            "See https://example.com/help for more.", "Use `you failed to` as the code.", "Calm down and you failed to.",
            "Mr. Smith paid $3.50. It arrived.", "Why?! Why not?", "{{ unclosed and {% tag %} and [[link]]", "Sorry.",
        ];
        string[] extensions = [".md", ".txt", ".markdown"];
        var random = new Random(seed);
        var files = new List<TemplateFile>();
        for (var i = 0; i < count; i++)
        {
            var path = $"team-{random.Next(5)}/{(random.Next(3) == 0 ? "sub/" : "")}t{i:D3}{extensions[random.Next(extensions.Length)]}";
            if (i % 50 == 7)
            {
                files.Add(Write(path, [0x41, 0x42, 0x00, 0x43]));
                continue;
            }

            var text = new StringBuilder();
            if (i % 13 == 0)
            {
                text.Append("---\ntitle: [broken\n---\n");
            }
            else if (i % 3 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"---\nid: t{i}\nintent: complaint\ntags: [a, b]\n---\n");
            }

            var paragraphs = random.Next(0, 6);
            for (var p = 0; p < paragraphs; p++)
            {
                var words = random.Next(1, 5);
                for (var s = 0; s < words; s++)
                {
                    text.Append(sentences[random.Next(sentences.Length)]).Append(' ');
                }

                text.Append(i % 4 == 0 ? "\r\n\r\n" : "\n\n");
            }

            if (i % 17 == 0)
            {
                text.Append("boom\n");
            }

            files.Add(Write(path, text.ToString()));
        }

        return files;
    }

    // ---- cancellation ----

    [Fact]
    public void A_cancelled_token_stops_the_run()
    {
        var files = new[] { Write("a.md", "You failed to."), Write("b.md", "Calm down.") };
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var engine = Engine(new PhraseAnalyzer());

        Should.Throw<OperationCanceledException>(() => engine.Lint(files, cancellation.Token));
        Should.Throw<OperationCanceledException>(() => engine.LintFile(files[0], cancellation.Token));
        Should.Throw<OperationCanceledException>(() => engine.Analyze(TemplateParser.Parse("You failed to."), cancellation.Token));
    }

    [Fact]
    public void Cancelling_during_the_run_stops_it_rather_than_reporting_RL0001()
    {
        var files = Enumerable.Range(0, 20).Select(i => Write($"f{i:D2}.md", i == 3 ? "stop" : "You failed to.")).ToArray();
        using var cancellation = new CancellationTokenSource();

        var engine = new LintEngine([new CancellingAnalyzer(cancellation)], new LintOptions { Jobs = 1 });

        Should.Throw<OperationCanceledException>(() => engine.Lint(files, cancellation.Token));
    }

    // ---- the test analyzers ----

    private static DiagnosticDescriptor Rule(string id, string name, DiagnosticSeverity severity = DiagnosticSeverity.Warning, bool isEnabledByDefault = true) =>
        new(id, name, "A test rule", "'{0}' is a test phrase.", RuleCategories.Tone, severity, isEnabledByDefault, "For the engine tests.", null);

    private static readonly PhraseList TestPhrases = PhraseList.FromYaml("phrases:\n  - you failed to\n  - calm down\n", "test.yaml");

    private sealed class PhraseAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = Rule("TST1001", "test-phrase");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(TestPhrases, static match => match.Report(Descriptor));
    }

    private sealed class QuestionAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = Rule("TST1002", "test-question", DiagnosticSeverity.Suggestion);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(static c =>
            {
                if (c.Sentence.IsQuestion)
                {
                    c.Report(Descriptor, c.Sentence.Span, null, c.Sentence.Text);
                }
            });
    }

    private sealed class DocumentAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = Rule("TST1003", "test-document");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c =>
                c.ReportDocument(Descriptor, $"{c.Document.Sentences.Length.ToString(CultureInfo.InvariantCulture)} sentences"));
    }

    /// <summary>Reports "we are sorry" from a phrase action, then throws in its document action when the text has "boom".</summary>
    private sealed class ThrowingAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = Rule("TST1004", "test-throwing");

        private static readonly PhraseList Sorry = PhraseList.FromYaml("phrases:\n  - we are sorry\n", "sorry.yaml");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterPhrases(Sorry, static match => match.Report(Descriptor));
            context.RegisterDocumentAction(static c =>
            {
                if (c.Document.Text.Text.Contains("boom", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("boom in the template.");
                }
            });
        }
    }

    private sealed class ThrowingSentenceAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1010", "test-throwing-sentence")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(static c =>
            {
                if (c.Sentence.Text.Contains("boom", StringComparison.Ordinal))
                {
                    throw new KeyNotFoundException("no word 'boom' in the dictionary");
                }
            });
    }

    private sealed class MultiLineThrowingAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1011", "test-multi-line")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static _ => throw new FormatException("first line\r\nsecond line.\n"));
    }

    private sealed class UndeclaredAnalyzer : ReplyAnalyzer
    {
        private static readonly DiagnosticDescriptor Undeclared = Rule("TST1099", "test-undeclared");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1005", "test-declared")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c => c.ReportDocument(Undeclared, "x"));
    }

    /// <summary>Throws an OperationCanceledException of its own (say, a timeout), not the run's cancellation.</summary>
    private sealed class OwnTimeoutAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1012", "test-own-timeout")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c =>
            {
                if (c.Document.Text.Text.Contains("boom", StringComparison.Ordinal))
                {
                    throw new TaskCanceledException();
                }
            });
    }

    private sealed class CancellingAnalyzer(CancellationTokenSource cancellation) : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1013", "test-cancelling")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(c =>
            {
                if (c.Document.Text.Text.Contains("stop", StringComparison.Ordinal))
                {
                    cancellation.Cancel();
                    c.CancellationToken.ThrowIfCancellationRequested();
                }
            });
    }

    private sealed class FailingInitializeAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1014", "test-failing-initialize")];

        public override void Initialize(AnalysisContext context) => throw new NotSupportedException("no phrases today");
    }

    private sealed class MalformedPhraseAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1015", "test-malformed")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(PhraseList.FromYaml("phrases:\n  - (unclosed\n", "malformed.yaml"));
    }

    private static readonly PhraseList SharedPhrases = PhraseList.FromYaml("phrases:\n  - you failed to\n", "shared.yaml");

    private sealed class SharedListAnalyzerA : ReplyAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = Rule("TST1006", "test-shared-a");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(SharedPhrases, static match => match.Report(Descriptor));
    }

    private sealed class SharedListAnalyzerB : ReplyAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = Rule("TST1007", "test-shared-b");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(SharedPhrases, static match => match.Report(Descriptor));
    }

    private sealed class OffByDefaultAnalyzer : ReplyAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = Rule("TST1008", "test-off", isEnabledByDefault: false);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static c => c.ReportDocument(Descriptor, "on"));
    }

    /// <summary>Registers the shared test phrases without a callback and counts the matches from a document action.</summary>
    private sealed class CountingAnalyzer : ReplyAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = Rule("TST1009", "test-counting");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterPhrases(TestPhrases);
            context.RegisterDocumentAction(static c =>
                c.ReportDocument(Descriptor, $"{c.GetMatches(TestPhrases).Count.ToString(CultureInfo.InvariantCulture)} matches"));
        }
    }
}
