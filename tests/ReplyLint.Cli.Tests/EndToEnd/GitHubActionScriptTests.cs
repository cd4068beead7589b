using System.Text.Json;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>
/// Runs the scripts of action.yml with bash, as the GitHub runner would. A fake <c>dotnet</c> shows exactly which
/// commands the scripts run; the built replylint shows that the whole chain works.
/// </summary>
public sealed class GitHubActionScriptTests
{
    private static readonly string[] SarifCall = ["lint", "--format", "sarif", "--output", "replylint.sarif"];

    [Fact]
    public void The_build_step_publishes_the_cli_from_the_actions_own_copy_and_hands_on_the_dll()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();

        var result = action.Run(action.Step("build"));

        result.ExitCode.ShouldBe(0, result.Stderr);
        var call = dotnet.Calls.ShouldHaveSingleItem();
        call[0].ShouldBe("publish");
        call[1].ShouldBe(Path.Combine(CliRunner.RepositoryRoot, "src/ReplyLint.Cli/ReplyLint.Cli.csproj"));
        File.Exists(call[1]).ShouldBeTrue();
        var outputFolder = call[Array.IndexOf(call, "-o") + 1];
        Path.GetDirectoryName(outputFolder).ShouldBe(action.RunnerTemp);
        call.ShouldContain("Release");
        result.Outputs["dll"].ShouldBe(outputFolder + "/replylint.dll");
    }

    [Fact]
    public void Paths_reach_replylint_one_a_line_exactly_as_written_and_never_run_as_code()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        string[] hostile = ["$(touch pwned)", "`touch pwned`", "a b.md; touch pwned", "it's \"quoted\".md", "replies/**/*.md", "-looks-like-an-option.md"];
        action.With["paths"] = "templates\r\n\n  spaced out/  \n" + string.Join('\n', hostile) + "\n";

        var result = action.Run(action.Step("lint"));

        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        var call = dotnet.Calls[0];
        call[1..].ShouldBe([.. SarifCall, "--", "templates", "spaced out/", .. hostile]);
        File.Exists(Path.Combine(action.Workspace, "pwned")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("error", "", new string[0])]
    [InlineData("warning", "", new[] { "--max-warnings", "0" })]
    [InlineData("warning", "5", new[] { "--max-warnings", "5" })]
    [InlineData("error", "12", new[] { "--max-warnings", "12" })]
    [InlineData("none", "", new string[0])]
    public void Fail_on_and_max_warnings_become_the_max_warnings_option(string failOn, string maxWarnings, string[] expectedOptions)
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With["fail-on"] = failOn;
        action.With["max-warnings"] = maxWarnings;

        action.Run(action.Step("lint")).ExitCode.ShouldBe(0);

        dotnet.Calls[0][1..].ShouldBe([.. SarifCall, .. expectedOptions, "--", "."]);
    }

    [Fact]
    public void The_baseline_is_passed_on_and_the_annotations_run_lints_the_same_files_with_the_same_options()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With["baseline"] = "replylint-baseline.json";
        action.With["fail-on"] = "warning";
        action.With["paths"] = "templates\nmacros";
        dotnet.Stdout = "::warning file=templates/a.md,line=1::a finding\n";

        var result = action.Run(action.Step("lint"));

        result.ExitCode.ShouldBe(0);
        dotnet.Calls.Count.ShouldBe(2);
        string[] common = ["--baseline", "replylint-baseline.json", "--max-warnings", "0", "--", "templates", "macros"];
        dotnet.Calls[0][1..].ShouldBe([.. SarifCall, .. common]);
        dotnet.Calls[1][1..].ShouldBe(["lint", "--format", "github", .. common]);
        result.Stdout.ShouldContain("\n::warning file=templates/a.md,line=1::a finding\n"); // the annotations reach the log as commands
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")] // GitHub's own comparisons, such as the upload's condition, ignore case too
    public void Without_annotations_replylint_runs_once(string annotations)
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With["annotations"] = annotations;

        action.Run(action.Step("lint")).ExitCode.ShouldBe(0);

        dotnet.Calls.ShouldHaveSingleItem()[2].ShouldBe("--format");
        dotnet.Calls[0][3].ShouldBe("sarif");
    }

    [Fact]
    public void A_usage_error_is_not_repeated_by_the_annotations_run_and_its_message_is_kept_for_the_last_step()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        dotnet.ExitCode = 2;
        dotnet.Messages = "replylint: error: no such file or directory: 'templates'\n";
        dotnet.Report = null;

        var results = action.RunFrom("lint");

        dotnet.Calls.Count.ShouldBe(1);
        results.Count.ShouldBe(2);
        results[0].Outputs["exit-code"].ShouldBe("2");
        results[0].Outputs["messages"].ShouldBe("replylint: error: no such file or directory: 'templates'\n");
        var check = results[1];
        check.ExitCode.ShouldBe(2);
        check.Stdout.ShouldBe("::error title=ReplyLint::ReplyLint could not lint the templates (a usage, configuration or I/O error). replylint: error: no such file or directory: 'templates'\n");
    }

    [Fact]
    public void Replylint_messages_are_printed_with_workflow_commands_switched_off()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With["annotations"] = "false";
        dotnet.ExitCode = 2;
        dotnet.Messages = "replylint: error: no such file or directory: 'x\n::error::forged'\n";

        var result = action.Run(action.Step("lint"));

        var lines = result.Stdout.Split('\n');
        var stop = Array.FindIndex(lines, l => l.StartsWith("::stop-commands::", StringComparison.Ordinal));
        stop.ShouldBeGreaterThanOrEqualTo(0, result.Stdout);
        var token = lines[stop]["::stop-commands::".Length..];
        token.Length.ShouldBeGreaterThanOrEqualTo(16);
        lines[stop + 1].ShouldBe("replylint: error: no such file or directory: 'x");
        lines[stop + 2].ShouldBe("::error::forged'");
        lines[stop + 3].ShouldBe($"::{token}::");
    }

    [Fact]
    public void A_report_left_by_an_earlier_step_is_never_uploaded_as_this_runs()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        var stale = Path.Combine(action.Workspace, "replylint.sarif");
        File.WriteAllText(stale, "{ \"an\": \"earlier report\" }");
        dotnet.ExitCode = 2;
        dotnet.Report = null; // replylint stops before writing a report, as on a bad option

        var result = action.Run(action.Step("lint"));

        result.ExitCode.ShouldBe(0);
        result.Outputs["exit-code"].ShouldBe("2");
        result.Outputs["sarif-file"].ShouldBe(string.Empty);
        File.Exists(stale).ShouldBeFalse();
        action.Condition(UploadCondition(action)).ShouldBeFalse();
    }

    [Fact]
    public void A_report_from_a_run_that_failed_is_kept_but_not_uploaded_because_it_would_close_alerts()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        dotnet.ExitCode = 2;
        dotnet.Messages = "replylint: error: no such file or directory: 'tempaltes'\n";

        var result = action.Run(action.Step("lint"));

        result.Outputs["exit-code"].ShouldBe("2");
        result.Outputs["sarif-file"].ShouldBe(string.Empty);
        result.Outputs.ContainsKey("errors").ShouldBeFalse();
        File.Exists(Path.Combine(action.Workspace, "replylint.sarif")).ShouldBeTrue();
        action.Condition(UploadCondition(action)).ShouldBeFalse();
    }

    [Fact]
    public void The_report_is_written_into_a_folder_that_does_not_exist_yet_and_uploaded()
    {
        using var action = new ActionHarness();
        action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With["sarif-file"] = "out/reports/replylint.sarif";

        var result = action.Run(action.Step("lint"));

        result.ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(action.Workspace, "out/reports/replylint.sarif")).ShouldBeTrue();
        result.Outputs["sarif-file"].ShouldBe("out/reports/replylint.sarif");
        action.Condition(UploadCondition(action)).ShouldBeTrue();
        action.ActionOutputs()["sarif-file"].ShouldBe("out/reports/replylint.sarif");

        action.With["upload-sarif"] = "false";
        action.Condition(UploadCondition(action)).ShouldBeFalse();
    }

    [Fact]
    public void Counts_leave_out_suppressed_and_baselined_findings_and_take_a_missing_level_from_the_rule()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        dotnet.ExitCode = 1;
        dotnet.Report = """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"ReplyLint","rules":[
              {"id":"RL1004","defaultConfiguration":{"level":"warning"}},
              {"id":"RL3001","defaultConfiguration":{"level":"error"}}]}},
             "results":[
              {"ruleId":"RL3001","ruleIndex":1,"level":"error","message":{"text":"a"}},
              {"ruleId":"RL3001","ruleIndex":1,"message":{"text":"no level: the rule's default"}},
              {"ruleId":"RL1004","ruleIndex":0,"level":"warning","message":{"text":"b"}},
              {"ruleId":"RL1004","ruleIndex":0,"level":"warning","baselineState":"new","message":{"text":"c"}},
              {"ruleId":"RL1004","ruleIndex":0,"level":"warning","baselineState":"unchanged","message":{"text":"in the baseline"}},
              {"ruleId":"RL1004","ruleIndex":0,"level":"warning","suppressions":[{"kind":"inSource"}],"message":{"text":"suppressed"}},
              {"ruleId":"RL4001","message":{"text":"no level, no rule: a warning"}},
              {"ruleId":"RL4001","level":"note","message":{"text":"d"}}]}]}
            """;

        var result = action.Run(action.Step("lint"));

        result.ExitCode.ShouldBe(0);
        result.Outputs["exit-code"].ShouldBe("1");
        (result.Outputs["errors"], result.Outputs["warnings"], result.Outputs["suggestions"]).ShouldBe(("2", "3", "1"));
        var outputs = action.ActionOutputs();
        (outputs["exit-code"], outputs["errors"], outputs["warnings"], outputs["suggestions"]).ShouldBe(("1", "2", "3", "1"));
    }

    [Theory]
    [InlineData("fail-on", "sometimes", "fail-on must be 'error', 'warning' or 'none', not 'sometimes'.")]
    [InlineData("annotations", "yes", "annotations must be 'true' or 'false', not 'yes'.")]
    [InlineData("upload-sarif", "yes", "upload-sarif must be 'true' or 'false', not 'yes'.")]
    [InlineData("max-warnings", "-1", "max-warnings must be a whole number (0 or more), not '-1'.")]
    [InlineData("max-warnings", "ten", "max-warnings must be a whole number (0 or more), not 'ten'.")]
    [InlineData("paths", " \n\n", "paths is empty: give at least one template file, folder or glob pattern.")]
    [InlineData("sarif-file", "", "sarif-file must be one file path.")]
    [InlineData("fail-on", "100%\nsure", "fail-on must be 'error', 'warning' or 'none', not '100%25%0Asure'.")]
    public void A_bad_input_fails_the_step_with_a_message_that_names_it(string input, string value, string message)
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With[input] = value;

        var result = action.Run(action.Step("lint"));

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBe($"::error title=ReplyLint::{message}\n");
        result.Outputs["exit-code"].ShouldBe("2");
        dotnet.Calls.ShouldBeEmpty();
    }

    [Fact]
    public void A_config_file_needs_a_replylint_with_the_config_option()
    {
        using var action = new ActionHarness();
        var dotnet = action.UseFakeDotnet();
        action.UseBuiltTool();
        action.With["config"] = "support/.replylint.yaml";

        var without = action.Run(action.Step("lint"));
        without.ExitCode.ShouldBe(2);
        without.Stdout.ShouldStartWith("::error title=ReplyLint::The config input needs a ReplyLint with the --config option");
        dotnet.Calls.ShouldHaveSingleItem().ShouldContain("--help"); // it asked, and never linted

        dotnet.Help += "  --config <FILE>   the configuration file\n";
        var with = action.Run(action.Step("lint"));
        with.ExitCode.ShouldBe(0);
        dotnet.Calls[2][1..].ShouldBe([.. SarifCall, "--config", "support/.replylint.yaml", "--", "."]);
    }

    [Fact]
    public void The_config_probe_reads_the_help_of_the_real_tool()
    {
        using var action = new ActionHarness();
        action.UseBuiltTool();
        action.With["config"] = "support/.replylint.yaml";

        var result = action.Run(action.Step("lint"));

        // Whether this version has --config or not, the answer must come from its own help, never from a guess.
        var help = CliRunner.RunProcess(["lint", "--help"]).Stdout;
        if (help.Contains("--config", StringComparison.Ordinal))
        {
            result.Stdout.ShouldNotContain("The config input needs");
        }
        else
        {
            result.ExitCode.ShouldBe(2);
            result.Stdout.ShouldStartWith("::error title=ReplyLint::The config input needs a ReplyLint with the --config option");
        }
    }

    [Theory]
    [InlineData("0", "error", 0)]
    [InlineData("0", "none", 0)]
    [InlineData("1", "error", 1)]
    [InlineData("1", "warning", 1)]
    [InlineData("1", "none", 0)]
    [InlineData("2", "none", 2)]
    [InlineData("2", "error", 2)]
    [InlineData("134", "none", 1)]
    public void The_last_step_turns_the_exit_code_into_the_checks_result(string lintExitCode, string failOn, int expected)
    {
        using var action = new ActionHarness();
        action.SetStepOutputs("lint", new Dictionary<string, string> { ["exit-code"] = lintExitCode, ["messages"] = string.Empty, ["fail-on"] = failOn });

        var result = action.Run(action.CheckStep);

        result.ExitCode.ShouldBe(expected, result.Stdout + result.Stderr);
        if (expected == 0)
        {
            result.Stdout.ShouldNotContain("::error");
        }
        else
        {
            result.Stdout.ShouldStartWith("::error title=ReplyLint::");
        }
    }

    [Fact]
    public void The_last_steps_message_gives_the_counts_and_cannot_be_split_into_commands()
    {
        using var action = new ActionHarness();
        action.SetStepOutputs("lint", new Dictionary<string, string>
        {
            ["exit-code"] = "1",
            ["messages"] = "replylint: 7 warnings, more than --max-warnings 0 allows (100%)\n::error::forged\n",
            ["errors"] = "0",
            ["warnings"] = "7",
            ["suggestions"] = "2",
            ["fail-on"] = "warning",
        });

        var result = action.Run(action.CheckStep);

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBe(
            "::error title=ReplyLint::ReplyLint found findings at the failing level (0 errors, 7 warnings, 2 suggestions); fail-on is 'warning'. "
            + "replylint: 7 warnings, more than --max-warnings 0 allows (100%25)%0A::error::forged\n");
    }

    // The chain with the real tool. These need replylint's sarif and github formats.

    [Fact]
    public void Clean_templates_pass_with_an_empty_report_that_is_uploaded()
    {
        using var action = new ActionHarness();
        action.UseBuiltTool();
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "templates-sample/clean")))
        {
            action.AddSample("clean/" + Path.GetFileName(file), "templates/" + Path.GetFileName(file));
        }

        action.With["paths"] = "templates";

        var results = action.RunFrom("lint");

        results.Count.ShouldBe(2);
        results.ShouldAllBe(r => r.ExitCode == 0);
        var outputs = action.ActionOutputs();
        (outputs["exit-code"], outputs["errors"], outputs["warnings"], outputs["suggestions"]).ShouldBe(("0", "0", "0", "0"));
        outputs["sarif-file"].ShouldBe("replylint.sarif");
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(action.Workspace, "replylint.sarif")));
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        results[0].Stdout.ShouldNotContain("::error");
        results[0].Stdout.ShouldNotContain("::warning");
        action.Condition(UploadCondition(action)).ShouldBeTrue();
    }

    [Fact]
    public void An_error_finding_fails_the_check_and_is_annotated_and_summarized()
    {
        using var action = new ActionHarness();
        action.UseBuiltTool();
        action.AddSample("needs-work/delivery-delay-update.md", "templates/delivery-delay-update.md");
        action.With["paths"] = "templates";

        var results = action.RunFrom("lint");

        results.Count.ShouldBe(2);
        results[0].ExitCode.ShouldBe(0, results[0].Stdout);
        var outputs = action.ActionOutputs();
        (outputs["exit-code"], outputs["errors"], outputs["warnings"]).ShouldBe(("1", "2", "1"));
        results[0].Stdout.ShouldContain("::error ");
        results[0].Stdout.ShouldContain("RL3001");
        results[0].Summary.ShouldContain("RL3001");
        results[1].ExitCode.ShouldBe(1);
        results[1].Stdout.ShouldStartWith("::error title=ReplyLint::ReplyLint found findings at the failing level (2 errors, 1 warnings, 0 suggestions); fail-on is 'error'.");
        action.Condition(UploadCondition(action)).ShouldBeTrue(); // the alerts are uploaded even though the check fails
    }

    [Fact]
    public void Fail_on_none_reports_the_findings_and_passes()
    {
        using var action = new ActionHarness();
        action.UseBuiltTool();
        action.AddSample("needs-work/delivery-delay-update.md", "templates/delivery-delay-update.md");
        action.With["fail-on"] = "none";
        action.With["annotations"] = "false";

        var results = action.RunFrom("lint");

        results.Count.ShouldBe(2);
        results.ShouldAllBe(r => r.ExitCode == 0);
        action.ActionOutputs()["exit-code"].ShouldBe("1");
        results[1].Stdout.ShouldStartWith("::notice title=ReplyLint::ReplyLint reported findings (2 errors, 1 warnings, 0 suggestions); fail-on is 'none'");
    }

    [Fact]
    public void Fail_on_warning_fails_a_library_that_has_warnings_only()
    {
        using var action = new ActionHarness();
        action.UseBuiltTool();
        action.AddSample("needs-work/feedback-thank-you.md", "templates/feedback-thank-you.md");
        action.With["annotations"] = "false";

        var byDefault = action.RunFrom("lint");
        byDefault.ShouldAllBe(r => r.ExitCode == 0);

        action.With["fail-on"] = "warning";
        var strict = action.RunFrom("lint");
        strict[^1].ExitCode.ShouldBe(1);
        strict[^1].Stdout.ShouldContain("more than --max-warnings 0 allows");
    }

    [Fact]
    public void A_missing_folder_fails_the_check_with_replylints_message()
    {
        using var action = new ActionHarness();
        action.UseBuiltTool();
        action.With["paths"] = "no-such-folder";

        var results = action.RunFrom("lint");

        action.ActionOutputs()["exit-code"].ShouldBe("2");
        action.ActionOutputs()["sarif-file"].ShouldBeEmpty();
        action.Condition(UploadCondition(action)).ShouldBeFalse();
        results[^1].ExitCode.ShouldBe(2);
        results[^1].Stdout.ShouldContain("ReplyLint could not lint the templates");
        results[^1].Stdout.ShouldContain("no-such-folder");
        results[^1].Stdout.ShouldNotContain("--format"); // the error is about the path, not about a format this version lacks
    }

    private static string UploadCondition(ActionHarness action) =>
        action.StepNamed("Upload the SARIF report to code scanning").Scalar("if")!;
}
