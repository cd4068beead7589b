using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>The GitHub Action, the example workflow, the project's CI workflow and the README's CI snippets.</summary>
public sealed partial class GitHubActionTests
{
    private static readonly string ExamplePath = Path.Combine(CliRunner.RepositoryRoot, ".github/workflows/examples/replylint-code-scanning.yml");
    private static readonly string CiPath = Path.Combine(CliRunner.RepositoryRoot, ".github/workflows/ci.yml");
    private static readonly string ReadmePath = Path.Combine(CliRunner.RepositoryRoot, "README.md");

    public static TheoryData<string> WorkflowFiles => new()
    {
        "action.yml",
        ".github/workflows/ci.yml",
        ".github/workflows/examples/replylint-code-scanning.yml",
    };

    [Fact]
    public void The_action_is_a_composite_action_whose_inputs_are_all_described()
    {
        var action = Yaml.LoadFile(ActionHarness.ActionPath);
        action.Scalar("name").ShouldBe("ReplyLint");
        action.Scalar("description").ShouldNotBeNullOrWhiteSpace();
        action.Mapping("runs")!.Scalar("using").ShouldBe("composite");

        var inputs = action.Mapping("inputs")!.Entries().ToDictionary(e => e.Key, e => (YamlMappingNode)e.Value);
        inputs.Keys.ShouldBe(["paths", "config", "baseline", "sarif-file", "upload-sarif", "category", "annotations", "fail-on", "max-warnings"], ignoreOrder: true);
        inputs.Values.ShouldAllBe(input => !string.IsNullOrWhiteSpace(input.Scalar("description")));
        var defaults = inputs.ToDictionary(e => e.Key, e => e.Value.Scalar("default"));
        defaults["paths"].ShouldBe(".");
        defaults["sarif-file"].ShouldBe("replylint.sarif");
        defaults["upload-sarif"].ShouldBe("true");
        defaults["category"].ShouldBe("replylint");
        defaults["annotations"].ShouldBe("true");
        defaults["fail-on"].ShouldBe("error");
        defaults["max-warnings"].ShouldBe(string.Empty);
        defaults["config"].ShouldBe(string.Empty);
        defaults["baseline"].ShouldBe(string.Empty);

        var outputs = action.Mapping("outputs")!.Entries().ToDictionary(e => e.Key, e => (YamlMappingNode)e.Value);
        outputs.Keys.ShouldBe(["sarif-file", "exit-code", "errors", "warnings", "suggestions"], ignoreOrder: true);
        outputs.ShouldAllBe(o => !string.IsNullOrWhiteSpace(o.Value.Scalar("description")) && o.Value.Scalar("value") == $"${{{{ steps.lint.outputs.{o.Key} }}}}");
    }

    [Fact]
    public void The_action_sets_up_dotnet_10_builds_the_cli_lints_uploads_and_then_decides()
    {
        var steps = Yaml.Steps(Yaml.LoadFile(ActionHarness.ActionPath)).ToList();
        steps.Select(s => s.Scalar("uses") ?? s.Scalar("id") ?? s.Scalar("name")).ShouldBe(
            ["actions/setup-dotnet@v6", "build", "lint", "github/codeql-action/upload-sarif@v4", "Check the result"]);
        steps[0].Mapping("with")!.Scalar("dotnet-version").ShouldBe("10.0.x");
        steps[1].Scalar("run")!.ShouldContain("dotnet publish \"$GITHUB_ACTION_PATH/src/ReplyLint.Cli/ReplyLint.Cli.csproj\"");
        File.Exists(Path.Combine(CliRunner.RepositoryRoot, "src/ReplyLint.Cli/ReplyLint.Cli.csproj")).ShouldBeTrue();

        var upload = steps[3];
        upload.Mapping("with")!.Scalar("sarif_file").ShouldBe("${{ steps.lint.outputs.sarif-file }}");
        upload.Mapping("with")!.Scalar("category").ShouldBe("${{ inputs.category }}");
        upload.Scalar("if").ShouldBe("inputs.upload-sarif == 'true' && steps.lint.outputs.sarif-file != ''");
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_run_step_names_bash_and_no_expression_is_ever_written_into_a_script(string file)
    {
        var root = Yaml.LoadFile(Path.Combine(CliRunner.RepositoryRoot, file));
        var runSteps = Yaml.Steps(root).Where(step => step.Scalar("run") is not null).ToList();
        if (root.Mapping("runs") is not null || Path.GetFileName(file) == "ci.yml")
        {
            runSteps.ShouldNotBeEmpty();
        }

        foreach (var step in runSteps)
        {
            // An expression in a script is pasted in before bash parses it, so a crafted path, branch or title
            // becomes code. Values reach scripts through env: only.
            step.Scalar("run")!.ShouldNotContain("${{", customMessage: $"step '{step.Scalar("name")}' of {file}");
            if (file == "action.yml")
            {
                step.Scalar("shell").ShouldBe("bash"); // a composite action must name its shell
            }
        }
    }

    [Fact]
    public void The_actions_scripts_get_values_only_as_whole_inputs_or_step_outputs_and_have_no_conditions()
    {
        // The script tests play the runner with exactly these two forms, so they run what GitHub would run.
        var action = Yaml.LoadFile(ActionHarness.ActionPath);
        var declaredInputs = action.Mapping("inputs")!.Entries().Select(e => e.Key).ToHashSet();
        foreach (var step in Yaml.Steps(action).Where(step => step.Scalar("run") is not null))
        {
            step.Scalar("if").ShouldBeNull();
            foreach (var (name, value) in step.Mapping("env")?.Entries() ?? [])
            {
                var text = ((YamlScalarNode)value).Value!;
                if (!text.Contains("${{", StringComparison.Ordinal))
                {
                    continue;
                }

                var match = WholeExpression().Match(text);
                match.Success.ShouldBeTrue($"{name}: '{text}'");
                if (match.Groups["input"].Success)
                {
                    declaredInputs.ShouldContain(match.Groups["input"].Value);
                    name.ShouldBe("INPUT_" + match.Groups["input"].Value.ToUpperInvariant().Replace('-', '_'));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_action_used_is_pinned_to_a_version_or_a_commit(string file)
    {
        var root = Yaml.LoadFile(Path.Combine(CliRunner.RepositoryRoot, file));
        var uses = Yaml.Steps(root).Select(step => step.Scalar("uses")).OfType<string>().ToList();
        uses.ShouldNotBeEmpty();
        foreach (var reference in uses)
        {
            if (reference == "./" && file == ".github/workflows/ci.yml")
            {
                continue; // the project's own CI runs the action as it is in the commit under test
            }

            PinnedReference().IsMatch(reference).ShouldBeTrue($"'{reference}' in {file} is not pinned to a version tag or a full commit SHA");
        }
    }

    [Fact]
    public void The_example_workflow_runs_on_pull_requests_and_main_with_the_permissions_the_upload_needs()
    {
        // A workflow in a subfolder of .github/workflows never runs, so the example cannot run in this repository.
        Path.GetFileName(Path.GetDirectoryName(ExamplePath)).ShouldBe("examples");

        var workflow = Yaml.LoadFile(ExamplePath);
        var on = workflow.Mapping("on")!;
        on.Children.ContainsKey(new YamlScalarNode("pull_request")).ShouldBeTrue();
        on.Mapping("push")!.Sequence("branches")!.Children.Select(b => ((YamlScalarNode)b).Value).ShouldContain("main");

        var permissions = workflow.Mapping("permissions")!;
        permissions.Scalar("security-events").ShouldBe("write");
        permissions.Scalar("contents").ShouldBe("read");
        permissions.Scalar("actions").ShouldBe("read");

        var steps = Yaml.Steps(workflow).ToList();
        steps[0].Scalar("uses").ShouldStartWith("actions/checkout@");
        var replylint = steps.Single(s => s.Scalar("uses")?.StartsWith("replylint/replylint@", StringComparison.Ordinal) == true);
        var inputs = Yaml.LoadFile(ActionHarness.ActionPath).Mapping("inputs")!;
        foreach (var (name, _) in replylint.Mapping("with")?.Entries() ?? [])
        {
            inputs.Mapping(name).ShouldNotBeNull($"the example sets '{name}', which the action does not have");
        }
    }

    [Fact]
    public void The_projects_ci_runs_the_action_from_the_commit_without_failing_or_uploading()
    {
        var ci = Yaml.LoadFile(CiPath);
        ci.Mapping("permissions")!.Scalar("contents").ShouldBe("read");
        var step = Yaml.Steps(ci).Single(s => s.Scalar("uses") == "./");
        var with = step.Mapping("with")!;
        with.Scalar("fail-on").ShouldBe("none");
        with.Scalar("upload-sarif").ShouldBe("false"); // this workflow has no security-events permission
        with.Scalar("paths").ShouldBe("templates-sample");
        Directory.Exists(Path.Combine(CliRunner.RepositoryRoot, "templates-sample")).ShouldBeTrue();
    }

    [Fact]
    public void The_readmes_github_workflow_is_the_example_workflow_word_for_word()
    {
        var snippet = FencedBlocks(Section(File.ReadAllText(ReadmePath), "### GitHub Actions"), "yaml").ShouldHaveSingleItem();
        snippet.ShouldBe(File.ReadAllText(ExamplePath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_readmes_gitlab_job_writes_the_code_quality_report_it_declares()
    {
        var job = Yaml.Load(FencedBlocks(Section(File.ReadAllText(ReadmePath), "### GitLab CI"), "yaml").ShouldHaveSingleItem())
            .Mapping("replylint")!;
        var report = job.Mapping("artifacts")!.Mapping("reports")!.Scalar("codequality");
        report.ShouldBe("gl-code-quality-report.json");
        var lint = job.Sequence("script")!.Children.Select(c => ((YamlScalarNode)c).Value!).Last();
        lint.ShouldEndWith($"--format gitlab -o {report}");
        job.Scalar("image")!.ShouldStartWith("mcr.microsoft.com/dotnet/sdk:10.0");
    }

    [Fact]
    public void The_readmes_azure_pipeline_publishes_the_sarif_report_as_the_artifact_the_scans_tab_reads()
    {
        var pipeline = Yaml.Load(FencedBlocks(Section(File.ReadAllText(ReadmePath), "### Azure Pipelines"), "yaml").ShouldHaveSingleItem());
        var steps = pipeline.Sequence("steps")!.Children.Cast<YamlMappingNode>().ToList();
        var publish = steps.Single(s => s.Scalar("task") == "PublishBuildArtifacts@1");
        publish.Mapping("inputs")!.Scalar("ArtifactName").ShouldBe("CodeAnalysisLogs");
        publish.Scalar("condition").ShouldBe("succeededOrFailed()"); // findings fail the lint step; the report is still published
        var folder = publish.Mapping("inputs")!.Scalar("PathtoPublish")!;
        steps.Single(s => s.Scalar("displayName") == "Lint the templates").Scalar("script")!
            .ShouldContain($"--format sarif -o \"{folder}/replylint.sarif\"");
    }

    [Fact]
    public void The_readmes_command_line_reference_lists_every_lint_option()
    {
        var reference = FencedBlocks(Section(File.ReadAllText(ReadmePath), "## Command line"), "text").First();
        var help = CliRunner.RunProcess(["lint", "--help"]);
        help.ExitCode.ShouldBe(0);
        var options = LongOption().Matches(help.Stdout).Select(m => m.Groups["name"].Value).Where(o => o != "--help").ToList();
        options.ShouldContain("--format");
        options.ShouldAllBe(option => reference.Contains(option + " ", StringComparison.Ordinal));
        reference.ShouldContain("--format text|sarif|json|github|gitlab");
    }

    /// <summary>The text from a heading to the next heading of the same or a higher level (outside code blocks).</summary>
    private static string Section(string markdown, string heading)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, heading);
        start.ShouldBeGreaterThanOrEqualTo(0, $"the README has no '{heading}' heading");
        var level = heading.TakeWhile(c => c == '#').Count();
        var inCode = false;
        var end = start + 1;
        for (; end < lines.Length; end++)
        {
            inCode ^= lines[end].StartsWith("```", StringComparison.Ordinal);
            var hashes = lines[end].TakeWhile(c => c == '#').Count();
            if (!inCode && hashes >= 1 && hashes <= level && lines[end].Length > hashes && lines[end][hashes] == ' ')
            {
                break;
            }
        }

        return string.Join('\n', lines[(start + 1)..end]) + "\n";
    }

    private static List<string> FencedBlocks(string markdown, string language) =>
        [.. Regex.Matches(markdown, $"^```{language}\\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups["body"].Value)];

    [GeneratedRegex(@"^\$\{\{ (inputs\.(?<input>[a-z-]+)|steps\.[a-z-]+\.outputs\.[a-z-]+) \}\}$")]
    private static partial Regex WholeExpression();

    // owner/repo[/path]@vN[.N[.N]] or a full 40-character commit SHA.
    [GeneratedRegex(@"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+(/[A-Za-z0-9._/-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")]
    private static partial Regex PinnedReference();

    [GeneratedRegex(@"^\s+(-\S+, )?(?<name>--[a-z][a-z-]*)", RegexOptions.Multiline)]
    private static partial Regex LongOption();
}
