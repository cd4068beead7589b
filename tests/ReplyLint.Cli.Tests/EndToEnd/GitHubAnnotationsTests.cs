using System.Text;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed class GitHubAnnotationsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Format(LintReport report) => ReportBuilder.Format(new GitHubAnnotationsFormatter(), report);

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');

    [Fact]
    public void The_sample_library_as_annotations_matches_the_snapshot()
    {
        // As its own process without GITHUB_STEP_SUMMARY, so a test run inside GitHub Actions leaves the job summary alone.
        var outcome = CliRunner.RunProcess(["templates-sample", "--format", "github"], environment: new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = null });
        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1);
        var lines = Lines(outcome.Stdout);
        lines.Count(static l => l.StartsWith("::error ", StringComparison.Ordinal)).ShouldBe(5);
        lines.Count(static l => l.StartsWith("::warning ", StringComparison.Ordinal)).ShouldBe(10);
        lines.ShouldContain(static l => l.StartsWith("::notice title=replylint::", StringComparison.Ordinal) && l.Contains("122 more warnings were not annotated"));
        outcome.StableStdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("github").WithFileExtension(".txt").NoDiff());
    }

    [Fact]
    public void Each_severity_has_its_command_and_a_finding_spans_its_columns()
    {
        var report = new ReportBuilder()
            .File("a.md", "One. Two. Three.\n")
            .Finding("a.md", 0, 3, DiagnosticSeverity.Error)
            .Finding("a.md", 5, 3, DiagnosticSeverity.Warning)
            .Finding("a.md", 10, 5, DiagnosticSeverity.Suggestion)
            .Build();
        Format(report).ShouldBe(
            "::error file=a.md,line=1,col=1,endLine=1,endColumn=4,title=RL9001 test-rule::'One' found.\n"
            + "::warning file=a.md,line=1,col=6,endLine=1,endColumn=9,title=RL9001 test-rule::'Two' found.\n"
            + "::notice file=a.md,line=1,col=11,endLine=1,endColumn=16,title=RL9001 test-rule::'Three' found.\n"
            + "1 file linted: 1 error, 1 warning, 1 suggestion (1.23s)\n");
    }

    [Fact]
    public void A_finding_over_several_lines_has_no_columns()
    {
        var report = new ReportBuilder().File("a.md", "You should have\nread it.\n").Finding("a.md", 4, 16).Build();
        Lines(Format(report))[0].ShouldBe("::warning file=a.md,line=1,endLine=2,title=RL9001 test-rule::'should have%0Aread' found.");
    }

    [Fact]
    public void A_run_from_a_subfolder_names_files_from_the_repository_top()
    {
        var report = new ReportBuilder().File("replies/a.md", "Hello.\n").Finding("replies/a.md", 0, 5).Build() with
        {
            WorkingDirectory = Path.GetFullPath("/project/support"),
            ProjectRoot = Path.GetFullPath("/project"),
        };
        Lines(Format(report))[0].ShouldStartWith("::warning file=support/replies/a.md,line=1,");
    }

    [Theory]
    [InlineData("a,b.md", "a%2Cb.md")]
    [InlineData("a:b.md", "a%3Ab.md")]
    [InlineData("100%.md", "100%25.md")]
    [InlineData("new\nline.md", "new%0Aline.md")]
    [InlineData("carriage\rreturn.md", "carriage%0Dreturn.md")]
    [InlineData("caf\u00e9 \u65e5\u672c \U0001F600.md", "caf\u00e9 \u65e5\u672c \U0001F600.md")]
    [InlineData("::warning file=x,line=1::y.md", "%3A%3Awarning file=x%2Cline=1%3A%3Ay.md")]
    public void A_hostile_file_name_is_escaped_as_a_property(string path, string escaped)
    {
        var report = new ReportBuilder().File(path, "Hello.\n").Finding(path, 0, 5).Build();
        Lines(Format(report))[0].ShouldBe($"::warning file={escaped},line=1,col=1,endLine=1,endColumn=6,title=RL9001 test-rule::'Hello' found.");
    }

    [Theory]
    [InlineData("commas, colons: and ::double", "commas, colons: and ::double")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("%0A is not a line break", "%250A is not a line break")]
    [InlineData("line\nbreak", "line%0Abreak")]
    [InlineData("crlf\r\nend", "crlf%0D%0Aend")]
    [InlineData("caf\u00e9 \U0001F600", "caf\u00e9 \U0001F600")]
    [InlineData("injected\n::error file=evil.md::gotcha", "injected%0A::error file=evil.md::gotcha")]
    public void A_hostile_message_is_escaped_as_data(string message, string escaped)
    {
        var report = new ReportBuilder().File("a.md", "Hello.\n").Finding("a.md", 0, 5, message: message).Build();
        var lines = Lines(Format(report));
        lines.Length.ShouldBe(2); // the annotation and the summary: nothing in the message starts a line
        lines[0].ShouldBe($"::warning file=a.md,line=1,col=1,endLine=1,endColumn=6,title=RL9001 test-rule::{escaped}");
    }

    [Fact]
    public void The_rule_title_is_escaped_as_a_property()
    {
        var rule = new DiagnosticDescriptor("ACME:1", "odd,name", "Odd", "'{0}' found.", RuleCategories.Tone, DiagnosticSeverity.Warning, true, "", null);
        var report = new ReportBuilder().File("a.md", "Hello.\n").Finding("a.md", 0, 5, rule: rule).Build();
        Lines(Format(report))[0].ShouldEndWith(",title=ACME%3A1 odd%2Cname::'Hello' found.");
    }

    [Fact]
    public void At_most_ten_of_each_kind_are_annotated_and_one_notice_counts_the_rest()
    {
        var report = new ReportBuilder()
            .Many("errors.md", 13, DiagnosticSeverity.Error)
            .Many("suggestions.md", 12, DiagnosticSeverity.Suggestion)
            .Many("warnings.md", 11, DiagnosticSeverity.Warning)
            .Build();
        var lines = Lines(Format(report));
        var errors = lines.Where(static l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
        var warnings = lines.Where(static l => l.StartsWith("::warning ", StringComparison.Ordinal)).ToList();
        var notices = lines.Where(static l => l.StartsWith("::notice ", StringComparison.Ordinal)).ToList();

        errors.Count.ShouldBe(10);
        warnings.Count.ShouldBe(10);
        notices.Count.ShouldBe(10); // nine findings and the overflow notice, which takes a notice's place
        errors[0].ShouldContain("line=1,");
        errors[9].ShouldContain("line=10,"); // the first ten in report order
        notices.Take(9).ShouldAllBe(static l => l.StartsWith("::notice file=suggestions.md,", StringComparison.Ordinal));
        notices[9].ShouldBe("::notice title=replylint::GitHub shows 10 annotations of each kind a step, so 3 more errors, 1 more warning and 3 more suggestions were not annotated; run replylint with --format text or sarif to see every finding.");
        lines[^1].ShouldBe("3 files linted: 13 errors, 11 warnings, 12 suggestions (1.23s)");
    }

    [Theory]
    [InlineData(10, 10, 10, null)]
    [InlineData(11, 0, 0, "1 more error was")]
    [InlineData(0, 12, 0, "2 more warnings were")]
    [InlineData(0, 0, 11, "2 more suggestions were")] // nine shown: the notice itself takes the tenth place
    [InlineData(11, 0, 10, "1 more error and 1 more suggestion were")]
    public void The_overflow_notice_appears_only_when_something_is_left_out(int errors, int warnings, int suggestions, string? expected)
    {
        var builder = new ReportBuilder();
        if (errors > 0) builder.Many("e.md", errors, DiagnosticSeverity.Error);
        if (warnings > 0) builder.Many("w.md", warnings, DiagnosticSeverity.Warning);
        if (suggestions > 0) builder.Many("s.md", suggestions, DiagnosticSeverity.Suggestion);
        var output = Format(builder.Build());
        var notice = Lines(output).SingleOrDefault(static l => l.StartsWith("::notice title=replylint::", StringComparison.Ordinal));
        if (expected is null)
        {
            notice.ShouldBeNull();
            Lines(output).Length.ShouldBe(errors + warnings + suggestions + 1);
        }
        else
        {
            notice.ShouldNotBeNull().ShouldContain($", so {expected} not annotated;");
        }
    }

    [Fact]
    public void The_step_summary_is_appended_with_every_finding_and_the_old_content_kept()
    {
        var summary = _folder.Write("summary.md", "# Earlier step\n\nSome text another command wrote.");
        var report = new ReportBuilder()
            .Many("errors.md", 12, DiagnosticSeverity.Error)
            .File("b.md", "Hello there.\n")
            .Finding("b.md", 0, 5, message: "pipe | back`tick` <b>html</b> & new\nline\r\nand \\| escaped pipe")
            .Build(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });

        var output = Format(report);
        output.ShouldContain("; the job summary lists every finding.");
        var text = File.ReadAllText(summary);
        text.ShouldStartWith("# Earlier step\n\nSome text another command wrote.\n## ReplyLint\n\n2 files linted: 12 errors, 1 warning, 0 suggestions (1.23s)\n\n| File | Line | Rule | Severity | Message |\n|---|---|---|---|---|\n");
        var rows = text.Split('\n').Where(static l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        rows.Count.ShouldBe(13);
        rows.ShouldAllBe(static r => r.EndsWith(" |", StringComparison.Ordinal));
        rows[1].ShouldBe("| errors.md | 1 | [RL9001](https://example.com/rules/RL9001.md) test-rule | error | 'line 001' found. |");
        rows[0].ShouldBe(@"| b.md | 1 | [RL9001](https://example.com/rules/RL9001.md) test-rule | warning | pipe \| back\`tick\` &lt;b&gt;html&lt;/b&gt; &amp; new<br>line<br>and \\\| escaped pipe |");
        foreach (var row in rows)
        {
            UnescapedPipes(row).ShouldBe(6, row); // five cells, so the table cannot break
        }
    }

    [Fact]
    public void A_second_run_appends_again_and_a_run_without_findings_writes_the_totals()
    {
        var summary = Path.Combine(_folder.Path, "summary.md");
        var environment = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };
        Format(new ReportBuilder().File("a.md", "Hello.\n").Finding("a.md", 0, 5).Build(environment));
        Format(new ReportBuilder().File("clean.md", "Hello.\n").Build(environment));
        File.ReadAllText(summary).ShouldBe(
            "## ReplyLint\n\n1 file linted: 0 errors, 1 warning, 0 suggestions (1.23s)\n\n| File | Line | Rule | Severity | Message |\n|---|---|---|---|---|\n"
            + "| a.md | 1 | [RL9001](https://example.com/rules/RL9001.md) test-rule | warning | 'Hello' found. |\n"
            + "\n## ReplyLint\n\n1 file linted: 0 errors, 0 warnings, 0 suggestions (1.23s)\n");
    }

    [Fact]
    public void A_long_run_stops_adding_rows_before_the_size_limit_and_says_how_many_are_left_out()
    {
        var summary = _folder.Write("summary.md", "before\n");
        var report = new ReportBuilder().Many("many.md", 500, DiagnosticSeverity.Warning)
            .Build(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });
        const int limit = 4096;
        var output = ReportBuilder.Format(new GitHubAnnotationsFormatter { SummaryLimit = limit }, report);

        var bytes = new FileInfo(summary).Length;
        bytes.ShouldBeLessThanOrEqualTo(limit);
        bytes.ShouldBeGreaterThan(limit - 400); // it fills the room it has
        var text = File.ReadAllText(summary, Encoding.UTF8);
        var listed = text.Split('\n').Count(static l => l.StartsWith("| many.md |", StringComparison.Ordinal));
        listed.ShouldBeGreaterThan(10);
        text.ShouldEndWith($"\n_{500 - listed} more findings are not listed: GitHub keeps a step summary under 1 MiB. Run replylint with `--format text` or `--format sarif` to see them all._\n");
        output.ShouldContain("; run replylint with --format text or sarif to see every finding."); // the summary does not list them all
    }

    [Fact]
    public void The_real_limit_is_one_mebibyte()
    {
        new GitHubAnnotationsFormatter().SummaryLimit.ShouldBe(1024 * 1024);
    }

    [Fact]
    public void A_summary_that_cannot_be_written_is_a_warning_and_the_annotations_still_print()
    {
        var missing = Path.Combine(_folder.Path, "no", "such", "folder", "summary.md");
        var errors = new StringWriter();
        var report = new ReportBuilder().File("a.md", "Hello.\n").Finding("a.md", 0, 5)
            .Build(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = missing }, errors);
        var output = Format(report);
        Lines(output)[0].ShouldBe("::warning file=a.md,line=1,col=1,endLine=1,endColumn=6,title=RL9001 test-rule::'Hello' found.");
        errors.ToString().ShouldStartWith($"replylint: warning: could not write the job summary to '{missing}': ");
        errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }

    [Fact]
    public void The_built_tool_appends_to_the_file_GitHub_names()
    {
        var summary = _folder.Write("step-summary.md", "kept\n");
        var outcome = CliRunner.RunProcess(["templates-sample/needs-work/billing-error.md", "--format", "github"], environment: new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });
        outcome.Stderr.ShouldBeEmpty();
        outcome.Stdout.ShouldContain("::warning file=templates-sample/needs-work/billing-error.md,line=13,col=1,endLine=13,endColumn=56,title=RL1004 robotic-wording::");
        var text = File.ReadAllText(summary);
        text.ShouldStartWith("kept\n\n## ReplyLint\n");
        text.ShouldContain("| templates-sample/needs-work/billing-error.md | 13 | [RL1004](https://github.com/replylint/replylint/blob/main/rules/docs/RL1004.md) robotic-wording | warning |");
    }

    [Fact]
    public void The_built_tool_warns_on_stderr_when_the_summary_cannot_be_written_and_exits_as_usual()
    {
        // A folder is not a file the summary can be appended to.
        var outcome = CliRunner.RunProcess(["templates-sample/needs-work/billing-error.md", "--format", "github"], environment: new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = _folder.Path });
        outcome.ExitCode.ShouldBe(0);
        outcome.Stderr.ShouldStartWith($"replylint: warning: could not write the job summary to '{_folder.Path}': ");
        outcome.Stderr.TrimEnd('\n').Split('\n').Length.ShouldBe(1);
        outcome.Stdout.ShouldContain("::warning file=templates-sample/needs-work/billing-error.md,line=13,");
    }

    private static int UnescapedPipes(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++; // an escaped character, a pipe or a backslash, never ends a cell
            }
            else if (row[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
