using System.Text.Json;

namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("root", new[] { "--help" })]
    [InlineData("lint", new[] { "lint", "--help" })]
    public async Task Help(string name, string[] args)
    {
        var outcome = await CliRunner.RunAsync(args);
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator(name).WithFileExtension(".txt").NoDiff());
    }

    [Theory]
    [InlineData(new[] { "templates-sample", "--bogus" }, "replylint: error: Unrecognized option '--bogus'. Run 'replylint --help' for usage.\n")]
    [InlineData(new[] { "templates-sample", "--format", "xml" }, "replylint: error: Argument 'xml' not recognized. Must be one of: 'text' 'github' 'gitlab' 'json' 'sarif'. Run 'replylint --help' for usage.\n")]
    [InlineData(new[] { "templates-sample", "--jobs", "0" }, "replylint: error: --jobs must be 1 or more. Run 'replylint --help' for usage.\n")]
    [InlineData(new[] { "templates-sample", "--max-warnings", "-1" }, "replylint: error: --max-warnings must be 0 or more. Run 'replylint --help' for usage.\n")]
    [InlineData(new[] { "templates-sample", "--max-file-size", "ten" }, "replylint: error: --max-file-size takes a size such as 10MB, 512KB or 1048576, not 'ten'. Run 'replylint --help' for usage.\n")]
    [InlineData(new string[0], "replylint: error: no templates given; run 'replylint <paths>...', or 'replylint --help' for the options.\n")]
    [InlineData(new[] { "explain", "RL9999" }, "replylint: error: no rule is called 'RL9999'; 'replylint rules' lists them all\n")]
    public async Task Usage_errors_are_one_line_on_stderr_and_exit_2(string[] args, string expectedStderr)
    {
        var outcome = await CliRunner.RunAsync(args);
        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe(expectedStderr);
        outcome.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rules_lists_the_catalog()
    {
        var outcome = await CliRunner.RunAsync(["rules"]);
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("rules").WithFileExtension(".txt").NoDiff());
    }

    [Fact]
    public async Task Rules_as_json_is_valid_json_with_every_rule()
    {
        var outcome = await CliRunner.RunAsync(["rules", "--format", "json"]);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var expected = ReplyLint.Diagnostics.ToolDiagnostics.All.Concat(ReplyLint.Rules.BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics))
            .Select(d => d.Id).Order(StringComparer.Ordinal);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(expected);
        json.RootElement[0].GetProperty("helpUri").GetString().ShouldBe("https://github.com/replylint/replylint/blob/main/rules/docs/RL0001.md");
    }

    [Fact]
    public async Task Rules_as_markdown_is_a_table()
    {
        var outcome = await CliRunner.RunAsync(["rules", "--format", "markdown"]);
        outcome.Stdout.ShouldStartWith("| ID | Name | Category | Default severity | Title |\n|---|---|---|---|---|\n");
        outcome.Stdout.ShouldContain("| [RL1004](https://github.com/replylint/replylint/blob/main/rules/docs/RL1004.md) | robotic-wording | Tone | warning |");
    }

    [Theory]
    [InlineData("RL1004")]
    [InlineData("rl1004")]
    [InlineData("robotic-wording")]
    public async Task Explain_prints_the_docs_page(string rule)
    {
        var outcome = await CliRunner.RunAsync(["explain", rule]);
        outcome.ExitCode.ShouldBe(0);
        var page = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rules", "docs", "RL1004.md")).ReplaceLineEndings("\n");
        outcome.Stdout.ShouldBe(page);
    }

    [Fact]
    public void The_built_tool_reports_its_version()
    {
        var outcome = CliRunner.RunProcess(["--version"]);
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldBe("0.1.0\n");
    }

    [Fact]
    public void The_built_tool_exits_1_on_errors_and_never_colours_redirected_output()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("binary.md", [0, 1, 2]);
        var outcome = CliRunner.RunProcess(["."], folder.Path);
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("binary.md(1,1,1,1): error RL0002:");
        outcome.Stdout.ShouldNotContain("\u001b[");
        outcome.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void The_built_tool_prints_one_line_and_no_stack_trace_on_a_usage_error()
    {
        var outcome = CliRunner.RunProcess(["templates-sample", "--format", "xml"]);
        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.Trim().Split('\n').Length.ShouldBe(1);
        outcome.Stderr.ShouldNotContain("   at ");
    }
}
