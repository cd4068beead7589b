using System.Text.RegularExpressions;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary><c>--baseline FILE</c> and <c>--update-baseline</c> over a copy of the sample library.</summary>
[Collection(CliTests.Name)]
public sealed partial class BaselineTests : IDisposable
{
    private const string BaselineFile = "replylint-baseline.json";
    private const string BillingError = "templates-sample/needs-work/billing-error.md";
    private const string StockApology = "We apologize for any inconvenience this may have caused.";

    private readonly TempFolder _folder = new();

    public BaselineTests()
    {
        var sample = Path.Combine(CliRunner.RepositoryRoot, "templates-sample");
        foreach (var file in Directory.GetFiles(sample, "*", SearchOption.AllDirectories))
        {
            _folder.WriteBytes(Path.Combine("templates-sample", Path.GetRelativePath(sample, file)), File.ReadAllBytes(file));
        }
    }

    public void Dispose() => _folder.Dispose();

    private string BaselinePath => Path.Combine(_folder.Path, BaselineFile);

    private Task<CliOutcome> LintAsync(params string[] args) => CliRunner.RunAsync(args, _folder.Path);

    private Task<CliOutcome> UpdateAsync() => LintAsync("templates-sample", "--baseline", BaselineFile, "--update-baseline");

    private void Edit(string path, Func<string, string> change)
    {
        var full = Path.Combine(_folder.Path, path);
        var before = File.ReadAllText(full);
        var after = change(before);
        after.ShouldNotBe(before, $"the edit of {path} changed nothing");
        File.WriteAllText(full, after);
    }

    private static string[] Findings(CliOutcome outcome) =>
        [.. outcome.Stdout.Split('\n').Where(static line => line.Contains("): ", StringComparison.Ordinal))];

    // ---- adopting and refreshing ----

    [Fact]
    public async Task Updating_writes_every_finding_and_then_the_run_reports_none()
    {
        var plain = await LintAsync("templates-sample");
        plain.ExitCode.ShouldBe(1);
        var count = Findings(plain).Length;
        count.ShouldBeGreaterThan(100);

        var update = await UpdateAsync();

        update.ExitCode.ShouldBe(0);
        update.Stderr.ShouldBe($"replylint: wrote {count} findings to '{BaselineFile}'\n");
        update.StableStdout.ShouldBe("46 files linted: 0 errors, 0 warnings, 0 suggestions, 143 in the baseline (0.00s)\n");
        var lines = File.ReadAllText(BaselinePath).Split('\n');
        lines.Count(static line => line.StartsWith("    { \"path\": \"templates-sample/", StringComparison.Ordinal)).ShouldBe(count);

        var again = await LintAsync("templates-sample", "--baseline", BaselineFile);

        again.ExitCode.ShouldBe(0);
        again.Stderr.ShouldBeEmpty();
        again.StableStdout.ShouldBe("46 files linted: 0 errors, 0 warnings, 0 suggestions, 143 in the baseline (0.00s)\n");
    }

    [Fact]
    public async Task The_file_is_byte_identical_when_written_twice_whatever_the_parallelism()
    {
        (await LintAsync("templates-sample", "--baseline", BaselineFile, "--update-baseline", "--jobs", "1")).ExitCode.ShouldBe(0);
        var first = File.ReadAllBytes(BaselinePath);

        (await LintAsync("templates-sample", "--baseline", BaselineFile, "--update-baseline", "--jobs", "8")).ExitCode.ShouldBe(0);

        File.ReadAllBytes(BaselinePath).ShouldBe(first);
        first.ShouldNotContain((byte)'\r');
        first[^1].ShouldBe((byte)'\n');
        first[..3].ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Directory.GetFiles(_folder.Path).ShouldBe([BaselinePath]); // no temporary file left behind
    }

    [Fact]
    public async Task A_new_offending_sentence_is_the_only_finding_reported()
    {
        (await UpdateAsync()).ExitCode.ShouldBe(0);
        Edit(BillingError, static text => text + "\nPlease calm down.\n");

        var outcome = await LintAsync("templates-sample", "--baseline", BaselineFile);

        outcome.ExitCode.ShouldBe(0);
        Findings(outcome).ShouldBe([$"{BillingError}(22,1,22,17): warning RL1006: 'Please calm down' can read as talking down to the customer; explain plainly, without implying it should have been obvious."]);
        outcome.StableStdout.ShouldEndWith("46 files linted: 0 errors, 1 warning, 0 suggestions, 143 in the baseline (0.00s)\n");
    }

    [Fact]
    public async Task Lines_added_above_old_findings_report_nothing()
    {
        (await UpdateAsync()).ExitCode.ShouldBe(0);
        Edit(BillingError, static text => text.Replace("---\nDear", "---\nThanks for writing in.\n\nI have read your message.\n\nDear", StringComparison.Ordinal));

        var outcome = await LintAsync("templates-sample", "--baseline", BaselineFile);

        outcome.ExitCode.ShouldBe(0);
        Findings(outcome).ShouldBeEmpty();
        (await LintAsync("templates-sample")).Stdout.ShouldContain($"{BillingError}(17,1,17,56): warning RL1004: 'We apologize");
    }

    [Fact]
    public async Task A_renamed_template_has_new_findings_and_its_old_entries_are_stale()
    {
        (await UpdateAsync()).ExitCode.ShouldBe(0);
        File.Move(Path.Combine(_folder.Path, BillingError), Path.Combine(_folder.Path, "templates-sample/needs-work/billing-mistake.md"));

        var outcome = await LintAsync("templates-sample", "--baseline", BaselineFile);

        var findings = Findings(outcome);
        findings.Where(static line => !line.StartsWith(BaselineFile, StringComparison.Ordinal))
            .ShouldAllBe(static line => line.StartsWith("templates-sample/needs-work/billing-mistake.md(", StringComparison.Ordinal));
        findings.Length.ShouldBe(7); // the template's six findings, and RL0005 for its six old entries
        findings.ShouldContain(line => line.StartsWith(BaselineFile + "(", StringComparison.Ordinal)
            && line.EndsWith(": info RL0005: Baseline entries that match no finding any more: '6' (the first is 'RL1004' in 'templates-sample/needs-work/billing-error.md'); run with --update-baseline to drop them.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_sentence_twice_with_one_in_the_baseline_reports_one()
    {
        _folder.Write("replies/calm.md", "Please calm down.\n");
        (await LintAsync("replies", "--baseline", BaselineFile, "--update-baseline")).ExitCode.ShouldBe(0);
        _folder.Write("replies/calm.md", "Please calm down.\n\nAgain: please calm down.\n");

        var outcome = await LintAsync("replies", "--baseline", BaselineFile);

        Findings(outcome).ShouldBe(["replies/calm.md(3,8,3,24): warning RL1006: 'please calm down' can read as talking down to the customer; explain plainly, without implying it should have been obvious."]);
    }

    [Fact]
    public async Task The_baseline_works_from_any_working_directory()
    {
        (await UpdateAsync()).ExitCode.ShouldBe(0);

        var fromSubfolder = await CliRunner.RunAsync([".", "--baseline", "../../" + BaselineFile], Path.Combine(_folder.Path, "templates-sample", "needs-work"));
        var fromElsewhere = await CliRunner.RunAsync([Path.Combine(_folder.Path, "templates-sample"), "--baseline", BaselinePath], CliRunner.RepositoryRoot);

        fromSubfolder.ExitCode.ShouldBe(0);
        fromSubfolder.StableStdout.ShouldBe("28 files linted: 0 errors, 0 warnings, 0 suggestions, 125 in the baseline (0.00s)\n");
        fromElsewhere.ExitCode.ShouldBe(0);
        fromElsewhere.StableStdout.ShouldBe("46 files linted: 0 errors, 0 warnings, 0 suggestions, 143 in the baseline (0.00s)\n");
    }

    // ---- stale entries ----

    [Fact]
    public async Task A_removed_offending_sentence_gives_one_RL0005_suggestion_at_the_baseline_file()
    {
        (await UpdateAsync()).ExitCode.ShouldBe(0);
        var lines = File.ReadAllLines(BaselinePath);
        var entries = lines.Count(static line => line.StartsWith("    { ", StringComparison.Ordinal));
        var entry = Array.FindIndex(lines, static line => line.Contains($"\"path\": \"{BillingError}\", \"ruleId\": \"RL1004\"", StringComparison.Ordinal) && line.Contains("We apologize", StringComparison.Ordinal));
        entry.ShouldBeGreaterThan(0);
        Edit(BillingError, static text => text.Replace(StockApology + " ", "", StringComparison.Ordinal));

        var outcome = await LintAsync("templates-sample", "--baseline", BaselineFile);

        outcome.ExitCode.ShouldBe(0);
        Findings(outcome).ShouldBe([
            $"{BaselineFile}({entry + 1},5,{entry + 1},{lines[entry].LastIndexOf('}') + 2}): info RL0005: Baseline entries that match no finding any more: '1' (the first is 'RL1004' in '{BillingError}'); run with --update-baseline to drop them.",
        ]);
        outcome.StableStdout.ShouldEndWith("46 files linted: 0 errors, 0 warnings, 1 suggestion, 142 in the baseline (0.00s)\n");

        (await UpdateAsync()).Stderr.ShouldBe($"replylint: wrote {entries - 1} findings to '{BaselineFile}'\n");
        Findings(await LintAsync("templates-sample", "--baseline", BaselineFile)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Linting_one_folder_leaves_the_entries_of_the_others_alone()
    {
        (await UpdateAsync()).ExitCode.ShouldBe(0);
        var written = File.ReadAllBytes(BaselinePath);
        Edit(BillingError, static text => text.Replace(StockApology + " ", "", StringComparison.Ordinal));

        var clean = await LintAsync("templates-sample/clean", "--baseline", BaselineFile);
        var needsWork = await LintAsync("templates-sample/needs-work", "--baseline", BaselineFile);

        clean.StableStdout.ShouldBe("9 files linted: 0 errors, 0 warnings, 0 suggestions (0.00s)\n");
        Findings(needsWork).ShouldHaveSingleItem().ShouldContain(": info RL0005: ");

        var update = await LintAsync("templates-sample/clean", "--baseline", BaselineFile, "--update-baseline");

        update.Stderr.ShouldBe($"replylint: wrote 143 findings to '{BaselineFile}' (143 of them kept for files this run did not lint)\n");
        File.ReadAllBytes(BaselinePath).ShouldBe(written);
    }

    // ---- errors ----

    [Theory]
    [InlineData(new[] { "templates-sample", "--update-baseline" }, "--update-baseline needs --baseline FILE, the file to write.")]
    [InlineData(new[] { "templates-sample", "--baseline", "", "--update-baseline" }, "--baseline takes a file name, not an empty string.")]
    [InlineData(new[] { "templates-sample", "--baseline" }, "Required argument missing for option: '--baseline'.")]
    [InlineData(new[] { "templates-sample", "--baseline", "--update-baseline" }, "--baseline takes a file name, not the option '--update-baseline'.")]
    public async Task Baseline_options_without_a_file_are_a_usage_error(string[] args, string problem)
    {
        var outcome = await LintAsync(args);

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe($"replylint: error: {problem} Run 'replylint --help' for usage.\n");
        outcome.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_baseline_is_an_error_that_suggests_update_baseline()
    {
        var outcome = await LintAsync("templates-sample", "--baseline", "missing.json");

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: the baseline 'missing.json' does not exist; create it with --update-baseline\n");
        outcome.Stdout.ShouldBeEmpty();
        File.Exists(Path.Combine(_folder.Path, "missing.json")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"path\": \"a.md\" \"ruleId\": \"RL1004\" }\n  ]\n}\n", "invalid JSON at line 4, column 22: '\"' is invalid after a value")]
    [InlineData("{\"version\": 2, \"tool\": \"replylint\", \"findings\": []}", "it is version 2, and this ReplyLint reads version 1")]
    [InlineData("{\"version\": 1, \"findings\": \"none\"}", "'findings' is the string 'none', not a list")]
    [InlineData("{\"version\": 1, \"findings\": [\n  {\"path\": \"a.md\", \"ruleId\": 1004, \"fingerprint\": \"x\"}\n]}", "finding 1 (line 2): 'ruleId' is the number 1004, not a string")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"RL1004\", \"fingerprint\": \"x\", \"line\": \"13\"}]}", "finding 1 (line 1): 'line' is the string '13', not a line number (a whole number, 0 when unknown)")]
    [InlineData("PK\u0003\u0004\u0000\u0000binary", "it is a binary file, not JSON text")]
    public async Task A_malformed_baseline_is_an_error_that_says_what_is_wrong_and_is_left_as_it_is(string content, string problem)
    {
        var path = _folder.Write("bad.json", content);

        var outcome = await LintAsync("templates-sample", "--baseline", "bad.json");

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe($"replylint: error: 'bad.json' is not a ReplyLint baseline: {problem}\n");
        outcome.Stdout.ShouldBeEmpty();
        File.ReadAllText(path).ShouldBe(content);
    }

    [Fact]
    public async Task A_huge_baseline_is_refused_without_being_read()
    {
        using (var stream = File.Create(BaselinePath))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var outcome = await LintAsync("templates-sample", "--baseline", BaselineFile);

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe($"replylint: error: '{BaselineFile}' is not a ReplyLint baseline: it is 100 MB, over the 64 MB limit for a baseline\n");
    }

    [Fact]
    public async Task Update_baseline_replaces_a_file_that_is_not_a_baseline_and_says_so()
    {
        _folder.Write(BaselineFile, "not json");

        var outcome = await UpdateAsync();

        outcome.ExitCode.ShouldBe(0);
        outcome.Stderr.ShouldBe($"replylint: warning: '{BaselineFile}' is not a ReplyLint baseline (invalid JSON at line 1, column 2: 'not json' is an invalid JSON literal); it is replaced\nreplylint: wrote 143 findings to '{BaselineFile}'\n");
        File.ReadAllText(BaselinePath).ShouldStartWith("{\n  \"version\": 1,");
    }

    [Fact]
    public async Task Update_baseline_into_a_missing_folder_is_a_clear_error()
    {
        var outcome = await LintAsync("templates-sample", "--baseline", "no/such/folder/baseline.json", "--update-baseline");

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: could not write the baseline to 'no/such/folder/baseline.json': the folder 'no/such/folder' does not exist\n");
        outcome.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_run_with_errors_does_not_update_the_baseline()
    {
        var outcome = await LintAsync("templates-sample", "no-such-folder", "--baseline", BaselineFile, "--update-baseline");

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe(
            "replylint: error: no such file or folder: 'no-such-folder'\n" +
            $"replylint: error: the baseline '{BaselineFile}' was not updated, because of the errors above\n");
        File.Exists(BaselinePath).ShouldBeFalse();
    }

    [Fact]
    public void The_built_tool_prints_one_line_and_no_stack_trace_for_a_bad_baseline()
    {
        _folder.Write("bad.json", "{\"version\": 1, \"findings\": [");

        var outcome = CliRunner.RunProcess(["templates-sample", "--baseline", "bad.json"], _folder.Path);

        outcome.ExitCode.ShouldBe(2);
        ErrorLine().IsMatch(outcome.Stderr).ShouldBeTrue(outcome.Stderr);
        outcome.Stderr.ShouldNotContain("   at ");
    }

    [GeneratedRegex(@"^replylint: error: 'bad\.json' is not a ReplyLint baseline: invalid JSON at line 1, column \d+: [^\n]+\n$")]
    private static partial Regex ErrorLine();
}
