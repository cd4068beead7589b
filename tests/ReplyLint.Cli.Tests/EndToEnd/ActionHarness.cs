using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>A workflow or action file read with YamlDotNet's representation model, with small typed helpers.</summary>
internal static class Yaml
{
    public static YamlMappingNode LoadFile(string path) => Load(File.ReadAllText(path));

    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static YamlMappingNode? Mapping(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static YamlSequenceNode? Sequence(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlSequenceNode : null;

    public static string? Scalar(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlMappingNode node) =>
        node.Children.Select(entry => (((YamlScalarNode)entry.Key).Value!, entry.Value));

    /// <summary>Every step of every job of a workflow, or every step of a composite action.</summary>
    public static IEnumerable<YamlMappingNode> Steps(YamlMappingNode root)
    {
        var actionSteps = root.Mapping("runs")?.Sequence("steps");
        if (actionSteps is not null)
        {
            return actionSteps.Children.Cast<YamlMappingNode>();
        }

        return root.Mapping("jobs")!.Entries()
            .SelectMany(job => ((YamlMappingNode)job.Value).Sequence("steps")?.Children.Cast<YamlMappingNode>() ?? []);
    }
}

/// <summary>What one step did: its exit code, its output, and what it wrote to GITHUB_OUTPUT and the job summary.</summary>
internal sealed record StepResult(int ExitCode, string Stdout, string Stderr, IReadOnlyDictionary<string, string> Outputs, string Summary);

/// <summary>
/// Plays the GitHub Actions runner for the composite action's <c>run:</c> steps: the inputs and the outputs of earlier
/// steps reach a step only through its <c>env:</c> block, as on GitHub, and the script runs with the shell GitHub uses
/// for <c>shell: bash</c> (<c>bash --noprofile --norc -eo pipefail</c>).
/// </summary>
internal sealed partial class ActionHarness : IDisposable
{
    public static string ActionPath { get; } = Path.Combine(CliRunner.RepositoryRoot, "action.yml");

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, Dictionary<string, string>> _stepOutputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private int _stepNumber;

    public ActionHarness()
    {
        Action = Yaml.LoadFile(ActionPath);
        Directory.CreateDirectory(Workspace);
        Directory.CreateDirectory(RunnerTemp);
    }

    public YamlMappingNode Action { get; }

    /// <summary>The repository being linted: the steps' working directory.</summary>
    public string Workspace => Path.Combine(_folder.Path, "workspace");

    public string RunnerTemp => Path.Combine(_folder.Path, "runner-temp");

    /// <summary>The values given to the action's inputs (<c>with:</c>); the others take their defaults.</summary>
    public Dictionary<string, string> With { get; } = new(StringComparer.Ordinal);

    /// <summary>Copies a sample template into the workspace, under the same relative path.</summary>
    public void AddSample(string sampleRelativePath, string workspaceRelativePath)
    {
        var target = Path.Combine(Workspace, workspaceRelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(CliRunner.RepositoryRoot, "templates-sample", sampleRelativePath), target);
    }

    /// <summary>Records outputs as if step <paramref name="stepId"/> had run (the build step, whose tool the tests already have).</summary>
    public void SetStepOutputs(string stepId, IReadOnlyDictionary<string, string> outputs) => _stepOutputs[stepId] = new(outputs, StringComparer.Ordinal);

    /// <summary>Uses the replylint the tests were built with in place of the build step.</summary>
    public void UseBuiltTool() => SetStepOutputs("build", new Dictionary<string, string> { ["dll"] = Path.Combine(AppContext.BaseDirectory, "replylint.dll") });

    /// <summary>Puts a fake <c>dotnet</c> first on the PATH; see <see cref="FakeDotnet"/>.</summary>
    public FakeDotnet UseFakeDotnet()
    {
        var fake = new FakeDotnet(Path.Combine(_folder.Path, "fake-dotnet"));
        _environment["PATH"] = fake.BinFolder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        foreach (var (key, value) in fake.Environment)
        {
            _environment[key] = value;
        }

        return fake;
    }

    public void SetEnvironment(string name, string value) => _environment[name] = value;

    public YamlMappingNode Step(string id) =>
        Yaml.Steps(Action).Single(step => step.Scalar("id") == id);

    public YamlMappingNode StepNamed(string name) =>
        Yaml.Steps(Action).Single(step => step.Scalar("name") == name);

    public YamlMappingNode CheckStep => StepNamed("Check the result");

    /// <summary>The <c>run:</c> steps from <paramref name="firstStepId"/> on, in order, stopping after the first that fails.</summary>
    public List<StepResult> RunFrom(string firstStepId)
    {
        var results = new List<StepResult>();
        var started = false;
        foreach (var step in Yaml.Steps(Action))
        {
            started |= step.Scalar("id") == firstStepId;
            if (!started || step.Scalar("run") is null)
            {
                continue;
            }

            var result = Run(step);
            results.Add(result);
            if (result.ExitCode != 0)
            {
                break;
            }
        }

        return results;
    }

    public StepResult Run(YamlMappingNode step)
    {
        var script = step.Scalar("run") ?? throw new InvalidOperationException("not a run step");
        step.Scalar("shell").ShouldBe("bash");
        var number = ++_stepNumber;
        var scriptPath = Path.Combine(_folder.Path, $"step-{number}.sh");
        var outputPath = Path.Combine(_folder.Path, $"step-{number}.output");
        var summaryPath = Path.Combine(_folder.Path, $"step-{number}.summary");
        File.WriteAllText(scriptPath, script);
        File.WriteAllText(outputPath, string.Empty);
        File.WriteAllText(summaryPath, string.Empty);

        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--noprofile", "--norc", "-eo", "pipefail", scriptPath })
        {
            start.ArgumentList.Add(argument);
        }

        // The runner's own variables; when these tests run inside GitHub Actions, the real ones must not leak in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("INPUT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["RUNNER_TEMP"] = RunnerTemp;
        start.Environment["GITHUB_ACTION_PATH"] = CliRunner.RepositoryRoot;
        start.Environment["GITHUB_WORKSPACE"] = Workspace;
        start.Environment["GITHUB_OUTPUT"] = outputPath;
        start.Environment["GITHUB_STEP_SUMMARY"] = summaryPath;
        start.Environment["GITHUB_ACTIONS"] = "true";
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        foreach (var (name, value) in step.Mapping("env")?.Entries() ?? [])
        {
            start.Environment[name] = Evaluate(((YamlScalarNode)value).Value ?? string.Empty);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"step '{step.Scalar("name")}' did not finish within two minutes");
        }

        var outputs = ParseOutputs(File.ReadAllText(outputPath));
        if (step.Scalar("id") is { } id)
        {
            _stepOutputs[id] = outputs;
        }

        return new StepResult(process.ExitCode, stdout.Result, stderr.Result, outputs, File.ReadAllText(summaryPath));
    }

    /// <summary>The action's outputs, as its <c>outputs:</c> block maps them from the steps' outputs.</summary>
    public Dictionary<string, string> ActionOutputs() =>
        Action.Mapping("outputs")!.Entries().ToDictionary(
            entry => entry.Key,
            entry => Evaluate(((YamlMappingNode)entry.Value).Scalar("value")!),
            StringComparer.Ordinal);

    /// <summary>
    /// Evaluates an <c>if:</c> condition of the shapes the action uses: comparisons of inputs and step outputs with
    /// quoted strings, joined by <c>&amp;&amp;</c>. Anything else fails the test, so a new shape gets looked at.
    /// </summary>
    public bool Condition(string condition)
    {
        var expression = condition.Trim();
        if (expression.StartsWith("${{", StringComparison.Ordinal))
        {
            expression = expression[3..^2].Trim();
        }

        foreach (var part in expression.Split("&&"))
        {
            var match = ComparisonPattern().Match(part.Trim());
            match.Success.ShouldBeTrue($"the harness does not understand the condition '{part.Trim()}'");
            var left = Lookup(match.Groups["operand"].Value);
            var equal = string.Equals(left, match.Groups["literal"].Value, StringComparison.OrdinalIgnoreCase); // as GitHub compares strings
            if (equal != (match.Groups["op"].Value == "=="))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves <c>${{ inputs.x }}</c> and <c>${{ steps.y.outputs.z }}</c>; literal text stays as it is.</summary>
    public string Evaluate(string value)
    {
        if (!value.Contains("${{", StringComparison.Ordinal))
        {
            return value;
        }

        var match = ExpressionPattern().Match(value);
        match.Success.ShouldBeTrue($"the harness only resolves a whole '${{{{ inputs.x }}}}' or '${{{{ steps.y.outputs.z }}}}', not '{value}'");
        return Lookup(match.Groups["operand"].Value);
    }

    private string Lookup(string operand)
    {
        var parts = operand.Split('.');
        if (parts is ["inputs", var input])
        {
            var declared = Action.Mapping("inputs")!.Mapping(input);
            declared.ShouldNotBeNull($"the action has no input '{input}'");
            return With.TryGetValue(input, out var given) ? given : declared.Scalar("default") ?? string.Empty;
        }

        if (parts is ["steps", var stepId, "outputs", var output])
        {
            // As on GitHub, an output that a step did not write (or a step that did not run) reads as empty.
            return _stepOutputs.TryGetValue(stepId, out var outputs) && outputs.TryGetValue(output, out var value) ? value : string.Empty;
        }

        throw new InvalidOperationException($"the harness cannot resolve '{operand}'");
    }

    /// <summary>GITHUB_OUTPUT holds 'name=value' lines and 'name&lt;&lt;DELIMITER' blocks.</summary>
    private static Dictionary<string, string> ParseOutputs(string text)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var delimiter = line[(heredoc + 2)..];
                var value = new StringBuilder();
                var first = true;
                for (i++; i < lines.Length && lines[i] != delimiter; i++)
                {
                    value.Append(first ? string.Empty : "\n").Append(lines[i]);
                    first = false;
                }

                (i < lines.Length).ShouldBeTrue($"the output '{line[..heredoc]}' is never closed by '{delimiter}'");
                outputs[line[..heredoc]] = value.ToString();
            }
            else
            {
                (equals > 0).ShouldBeTrue($"'{line}' is not a valid GITHUB_OUTPUT line");
                outputs[line[..equals]] = line[(equals + 1)..];
            }
        }

        return outputs;
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"^\$\{\{\s*(?<operand>inputs\.[a-z-]+|steps\.[a-z-]+\.outputs\.[a-z-]+)\s*\}\}$")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^(?<operand>inputs\.[a-z-]+|steps\.[a-z-]+\.outputs\.[a-z-]+)\s*(?<op>==|!=)\s*'(?<literal>[^']*)'$")]
    private static partial Regex ComparisonPattern();
}

/// <summary>
/// A stand-in for <c>dotnet</c>: it records every call's arguments, answers <c>--help</c> with <see cref="Help"/>,
/// writes <see cref="Report"/> (unless it is null) to the file after <c>--output</c>, prints <see cref="Messages"/> on standard error and
/// exits with <see cref="ExitCode"/>. It lets a test see exactly what the action's scripts run.
/// </summary>
internal sealed class FakeDotnet
{
    private const string Script = """
        #!/usr/bin/env bash
        calls="$FAKE_DOTNET_FOLDER/calls"
        mkdir -p "$calls"
        count=$(find "$calls" -type f | wc -l)
        printf '%s\0' "$@" > "$calls/$(printf '%04d' "$count")"
        for argument in "$@"; do
          if [ "$argument" = --help ]; then cat "$FAKE_DOTNET_FOLDER/help"; exit 0; fi
        done
        previous=""
        for argument in "$@"; do
          if { [ "$previous" = --output ] || [ "$previous" = -o ]; } && [ -f "$FAKE_DOTNET_FOLDER/report" ]; then
            cat "$FAKE_DOTNET_FOLDER/report" > "$argument"
          fi
          previous="$argument"
        done
        cat "$FAKE_DOTNET_FOLDER/stdout"
        cat "$FAKE_DOTNET_FOLDER/messages" >&2
        exit "$(cat "$FAKE_DOTNET_FOLDER/exit-code")"
        """;

    private readonly string _folder;

    public FakeDotnet(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(BinFolder);
        var path = Path.Combine(BinFolder, "dotnet");
        File.WriteAllText(path, Script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Help = "Options:\n  -f, --format <text|sarif|json|github|gitlab>\n  -o, --output <FILE>\n  --max-warnings <N>\n";
        Report = """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"ReplyLint"}},"results":[]}]}""";
        Stdout = string.Empty;
        Messages = string.Empty;
        ExitCode = 0;
    }

    public string BinFolder => Path.Combine(_folder, "bin");

    public IEnumerable<(string Key, string Value)> Environment => [("FAKE_DOTNET_FOLDER", _folder)];

    public string Help { get => Read("help"); set => Write("help", value); }

    public string? Report
    {
        get => File.Exists(Path.Combine(_folder, "report")) ? Read("report") : null;
        set
        {
            if (value is null)
            {
                File.Delete(Path.Combine(_folder, "report"));
            }
            else
            {
                Write("report", value);
            }
        }
    }

    public string Stdout { get => Read("stdout"); set => Write("stdout", value); }

    public string Messages { get => Read("messages"); set => Write("messages", value); }

    public int ExitCode { get => int.Parse(Read("exit-code"), System.Globalization.CultureInfo.InvariantCulture); set => Write("exit-code", value.ToString(System.Globalization.CultureInfo.InvariantCulture)); }

    /// <summary>The arguments of every call so far, in order.</summary>
    public IReadOnlyList<string[]> Calls
    {
        get
        {
            var folder = Path.Combine(_folder, "calls");
            return !Directory.Exists(folder)
                ? []
                : [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f).Split('\0')[..^1])];
        }
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(_folder, name));

    private void Write(string name, string value) => File.WriteAllText(Path.Combine(_folder, name), value);
}
