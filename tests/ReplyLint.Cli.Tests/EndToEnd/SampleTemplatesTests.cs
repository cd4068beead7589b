namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed class SampleTemplatesTests
{
    [Fact]
    public async Task Lints_the_sample_library_with_real_findings()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample"]);
        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1); // the needs-work samples hold error-level findings (a broken placeholder, a leftover TODO)
        outcome.Stdout.ShouldContain("templates-sample/needs-work/billing-error.md(13,1,13,56): warning RL1004: 'We apologize for any inconvenience this may have caused'");
        outcome.Stdout.ShouldNotContain("templates-sample/clean/");
        outcome.StableStdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("text").WithFileExtension(".txt").NoDiff());
    }

    [Fact]
    public async Task Lint_is_the_default_command()
    {
        var implicitLint = await CliRunner.RunAsync(["templates-sample"]);
        var explicitLint = await CliRunner.RunAsync(["lint", "templates-sample"]);
        explicitLint.StableStdout.ShouldBe(implicitLint.StableStdout);
    }

    [Fact]
    public async Task Output_is_byte_identical_whatever_the_parallelism()
    {
        var serial = await CliRunner.RunAsync(["templates-sample", "--jobs", "1"]);
        var parallel = await CliRunner.RunAsync(["templates-sample", "--jobs", "8"]);
        parallel.StableStdout.ShouldBe(serial.StableStdout);
        serial.Stdout.Split('\n').Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Clean_templates_have_no_findings()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample/clean"]);
        outcome.ExitCode.ShouldBe(0);
        outcome.StableStdout.ShouldBe("9 files linted: 0 errors, 0 warnings, 0 suggestions (0.00s)\n");
    }

    [Fact]
    public async Task Globs_select_files()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample/**/*.txt"]);
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldContain("templates-sample/needs-work/outage-chat-quick-reply.txt(9,29,9,70): warning RL1004:");
        var textFiles = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "templates-sample"), "*.txt", SearchOption.AllDirectories).Length;
        textFiles.ShouldBeGreaterThan(0);
        outcome.Stdout.ShouldContain($"{textFiles} file{(textFiles == 1 ? "" : "s")} linted:");
        outcome.Stdout.Split('\n').Where(line => line.Contains("): ", StringComparison.Ordinal))
            .ShouldAllBe(line => line.StartsWith("templates-sample/") && line.Contains(".txt("));
    }

    [Fact]
    public async Task Max_warnings_fails_the_run_when_exceeded()
    {
        // A template with warnings and no error, so only --max-warnings decides the exit code.
        const string template = "templates-sample/needs-work/feedback-thank-you.md";
        var baseline = await CliRunner.RunAsync([template]);
        baseline.ExitCode.ShouldBe(0);
        baseline.Stdout.ShouldContain(" 0 errors, ");

        var over = await CliRunner.RunAsync([template, "--max-warnings", "3"]);
        over.ExitCode.ShouldBe(1);
        over.Stderr.ShouldMatch(@"^replylint: \d+ warnings, more than --max-warnings 3 allows\n$");

        var under = await CliRunner.RunAsync([template, "--max-warnings", "1000"]);
        under.ExitCode.ShouldBe(0);
        under.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task Output_file_receives_the_report_and_stdout_stays_empty()
    {
        using var folder = new TempFolder();
        var reportPath = Path.Combine(folder.Path, "report.txt");
        var toFile = await CliRunner.RunAsync(["templates-sample", "-o", reportPath]);
        var toStdout = await CliRunner.RunAsync(["templates-sample"]);
        toFile.ExitCode.ShouldBe(toStdout.ExitCode);
        toFile.Stdout.ShouldBeEmpty();
        var written = new CliOutcome(0, File.ReadAllText(reportPath), string.Empty);
        written.StableStdout.ShouldBe(toStdout.StableStdout);
        Directory.GetFiles(folder.Path).ShouldBe([reportPath]); // no temporary file left behind
    }

    [Fact]
    public async Task An_output_file_in_a_missing_folder_is_a_clear_error()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample", "-o", "no/such/folder/report.txt"]);
        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: could not write the report to 'no/such/folder/report.txt': the folder 'no/such/folder' does not exist\n");
    }
}
