namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed class PluginTests : IDisposable
{
    private const string Reply = """
        ---
        channel: email
        intent: information
        ---
        Hi {{customer.first_name}},

        As per our policy, the discount applies to orders over $50. Your order of $80 qualifies, and I have applied it.
        """;

    private readonly TempFolder _folder = new();

    public PluginTests() => _folder.Write("reply.md", Reply);

    public void Dispose() => _folder.Dispose();

    private string Plugins => Path.Combine(_folder.Path, "plugins");

    private Task<CliOutcome> LintAsync(params string[] options) => CliRunner.RunAsync(["reply.md", .. options], _folder.Path);

    private string CompilePlugin(string name, string classes) =>
        TestPlugins.Compile(Plugins, name, TestPlugins.Usings + "namespace " + name + ";\n" + classes);

    [Fact]
    public async Task The_sample_plugin_reports_its_phrase_rule_and_its_document_rule()
    {
        var outcome = await LintAsync("--plugin", TestPlugins.SamplePlugin);

        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldContain("reply.md(1,1,1,1): info ACME101: This email reply never names the agent who wrote it; end it with a signature that uses the agent's name placeholder.\n");
        outcome.Stdout.ShouldContain("reply.md(7,1,7,18): warning ACME100: 'As per our policy' quotes policy at the customer; explain what the rule protects and what we can do instead.\n");
    }

    [Fact]
    public void The_built_tool_loads_the_sample_plugin()
    {
        var outcome = CliRunner.RunProcess(["reply.md", "--plugin", TestPlugins.SamplePlugin, "--no-color"], _folder.Path);

        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldContain("warning ACME100: 'As per our policy' quotes policy at the customer;");
    }

    [Fact]
    public async Task No_plugins_ignores_every_plugin_with_a_note()
    {
        CompilePlugin("Other", TestPlugins.Analyzer("OtherAnalyzer", "OTH001", "other-rule"));

        var outcome = await LintAsync("--plugin", TestPlugins.SamplePlugin, "--plugin", "plugins/Other.dll", "--no-plugins");

        outcome.ExitCode.ShouldBe(0);
        var sample = Path.GetRelativePath(_folder.Path, TestPlugins.SamplePlugin).Replace('\\', '/');
        outcome.Stderr.ShouldBe($"replylint: note: --no-plugins: not loading 2 plugins: {sample}, plugins/Other.dll\n");
        outcome.Stdout.ShouldNotContain("ACME1");
        outcome.Stdout.ShouldNotContain("OTH001");
    }

    [Fact]
    public async Task A_plugin_listed_in_the_configuration_loads_unless_no_plugins_is_given()
    {
        CompilePlugin("Other", TestPlugins.Analyzer("OtherAnalyzer", "OTH001", "other-rule"));
        _folder.Write(".replylint.yaml", $"root: true\nplugins: [\"{TestPlugins.SamplePlugin.Replace('\\', '/')}\", \"plugins/Other.dll\"]\n");

        var loaded = await LintAsync();
        var refused = await LintAsync("--no-plugins");

        loaded.Stderr.ShouldBeEmpty();
        loaded.Stdout.ShouldContain("warning ACME100: 'As per our policy' quotes policy at the customer;");
        refused.Stderr.ShouldStartWith("replylint: note: --no-plugins: not loading 2 plugins: ");
        refused.Stdout.ShouldNotContain("ACME1");
        refused.Stdout.ShouldNotContain("OTH001");
    }

    [Fact]
    public async Task An_analyzer_that_throws_on_a_file_is_RL0001_and_the_run_goes_on()
    {
        CompilePlugin("Flaky", TestPlugins.Analyzer("FlakyAnalyzer", "FLK001", "flaky-rule", body: "throw new InvalidOperationException(\"no prose here\");"));

        var outcome = await LintAsync("--plugin", "plugins/Flaky.dll", "--plugin", TestPlugins.SamplePlugin);

        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("reply.md(1,1,1,1): error RL0001: Analyzer 'FlakyAnalyzer' threw 'InvalidOperationException' on this file and was skipped here: 'no prose here'.\n");
        outcome.Stdout.ShouldContain("warning ACME100:");
        outcome.Stdout.ShouldNotContain("FLK001");
    }

    [Fact]
    public async Task Several_analyzers_of_one_plugin_all_run()
    {
        CompilePlugin("Pair", TestPlugins.Analyzer("FirstAnalyzer", "PAIR001", "first-rule") + TestPlugins.Analyzer("SecondAnalyzer", "PAIR002", "second-rule"));

        var outcome = await LintAsync("--plugin", "plugins/Pair.dll");

        outcome.Stdout.ShouldContain("reply.md(1,1,1,1): warning PAIR001: Test finding of FirstAnalyzer.\n");
        outcome.Stdout.ShouldContain("reply.md(1,1,1,1): warning PAIR002: Test finding of SecondAnalyzer.\n");
    }

    [Fact]
    public async Task A_missing_plugin_is_exit_2()
    {
        await ShouldFailAsync(["--plugin", "plugins/Missing.dll"], "plugins/Missing.dll: no such file; expected the path of a plugin assembly (.dll).");
    }

    [Fact]
    public async Task A_file_that_is_not_an_assembly_is_exit_2()
    {
        _folder.Write("plugins/Readme.dll", "This is not a DLL.\n");

        await ShouldFailAsync(["--plugin", "plugins/Readme.dll"], "plugins/Readme.dll: not a .NET assembly; expected a .dll built from a project that references ReplyLint.Core.");
    }

    [Fact]
    public async Task An_assembly_without_analyzers_is_exit_2()
    {
        CompilePlugin("Empty", "public static class Helpers { public static int Answer => 42; }\npublic abstract class BaseAnalyzer : ReplyAnalyzer { }\n");

        await ShouldFailAsync(["--plugin", "plugins/Empty.dll"], "plugins/Empty.dll: holds no public, non-abstract ReplyAnalyzer class; expected at least one, with a public parameterless constructor.");
    }

    [Fact]
    public async Task An_analyzer_without_a_parameterless_constructor_is_exit_2()
    {
        CompilePlugin("Picky", TestPlugins.Analyzer("PickyAnalyzer", "PCK001", "picky-rule").Replace("public PickyAnalyzer()", "public PickyAnalyzer(int level)", StringComparison.Ordinal));

        await ShouldFailAsync(["--plugin", "plugins/Picky.dll"], "plugins/Picky.dll: 'Picky.PickyAnalyzer' has no public parameterless constructor; expected one, because replylint creates each analyzer itself.");
    }

    [Fact]
    public async Task A_constructor_that_throws_is_exit_2()
    {
        CompilePlugin("Broken", TestPlugins.Analyzer("BrokenAnalyzer", "BRK001", "broken-rule", constructor: "throw new InvalidOperationException(\"license key not found\");"));

        await ShouldFailAsync(["--plugin", "plugins/Broken.dll"], "plugins/Broken.dll: the constructor of 'Broken.BrokenAnalyzer' threw InvalidOperationException: license key not found.");
    }

    [Fact]
    public async Task An_analyzer_that_fails_to_initialize_is_exit_2()
    {
        CompilePlugin("Lazy", TestPlugins.Analyzer("LazyAnalyzer", "LZY001", "lazy-rule", initialize: "throw new NotSupportedException(\"not yet\");"));

        await ShouldFailAsync(["--plugin", "plugins/Lazy.dll"], "analyzer 'LazyAnalyzer' failed to initialize: not yet");
    }

    [Fact]
    public async Task An_analyzer_that_declares_no_diagnostics_is_exit_2()
    {
        CompilePlugin("Mute", TestPlugins.Analyzer("MuteAnalyzer", "MUT001", "mute-rule")
            .Replace("ImmutableArray.Create(Rule)", "ImmutableArray<DiagnosticDescriptor>.Empty", StringComparison.Ordinal));

        await ShouldFailAsync(
            ["--plugin", "plugins/Mute.dll"],
            "plugins/Mute.dll: 'Mute.MuteAnalyzer' declares no diagnostics, or a null one; expected at least one DiagnosticDescriptor in SupportedDiagnostics.");
    }

    [Fact]
    public async Task A_bad_pattern_in_a_phrase_list_built_in_code_is_exit_2()
    {
        CompilePlugin("Coded", TestPlugins.Analyzer(
            "CodedAnalyzer",
            "CDD001",
            "coded-rule",
            initialize: "context.RegisterPhrases(new PhraseList(\"coded\", [new PhraseEntry(\"we (are\")]), match => match.Report(Rule));"));

        await ShouldFailAsync(["--plugin", "plugins/Coded.dll"], "phrase list 'coded': phrase pattern 'we (are' has a '(' at position 4 that is never closed; expected a ')' to close the group.");
    }

    [Fact]
    public async Task A_missing_dependency_is_exit_2_and_named()
    {
        var helper = TestPlugins.Compile(Path.Combine(_folder.Path, "elsewhere"), "Acme.Helpers", "namespace Acme.Helpers; public static class Words { public static string Greeting() => \"hi\"; }");
        TestPlugins.Compile(Plugins, "Needy", TestPlugins.Usings + "namespace Needy;\n" + TestPlugins.Analyzer("NeedyAnalyzer", "NDY001", "needy-rule", constructor: "_ = Acme.Helpers.Words.Greeting();"), [helper]);

        await ShouldFailAsync(
            ["--plugin", "plugins/Needy.dll"],
            "plugins/Needy.dll: needs 'Acme.Helpers, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null', which could not be found; expected the plugin's dependencies in its folder ('dotnet publish' puts them there).");
    }

    [Fact]
    public async Task A_dependency_beside_the_plugin_is_loaded()
    {
        var helper = TestPlugins.Compile(Plugins, "Acme.Helpers", "namespace Acme.Helpers; public static class Words { public static string Greeting() => \"hi\"; }");
        TestPlugins.Compile(Plugins, "Needy", TestPlugins.Usings + "namespace Needy;\n" + TestPlugins.Analyzer("NeedyAnalyzer", "NDY001", "needy-rule", constructor: "_ = Acme.Helpers.Words.Greeting();"), [helper]);

        var outcome = await LintAsync("--plugin", "plugins/Needy.dll");

        outcome.Stderr.ShouldBeEmpty();
        outcome.Stdout.ShouldContain("warning NDY001: Test finding of NeedyAnalyzer.");
    }

    [Fact]
    public async Task A_plugin_built_against_a_later_core_is_exit_2()
    {
        var stub = TestPlugins.Compile(
            Path.Combine(_folder.Path, "future"),
            "ReplyLint.Core",
            "[assembly: System.Reflection.AssemblyVersion(\"9.0.0.0\")]\nnamespace ReplyLint.Analysis { public abstract class ReplyAnalyzer { } }",
            withCore: false);
        TestPlugins.Compile(Plugins, "Future", "namespace Future; public sealed class FutureAnalyzer : ReplyLint.Analysis.ReplyAnalyzer { }", [stub], withCore: false);

        await ShouldFailAsync(
            ["--plugin", "plugins/Future.dll"],
            "plugins/Future.dll: built against ReplyLint.Core 9.0.0.0, newer than this replylint's 0.1.0.0; expected a newer replylint, or the plugin built against this version.");
    }

    [Fact]
    public async Task A_rule_id_that_collides_with_a_built_in_rule_is_exit_2()
    {
        CompilePlugin("Clash", TestPlugins.Analyzer("ClashAnalyzer", "RL1003", "blame"));

        await ShouldFailAsync(["--plugin", "plugins/Clash.dll"], "plugins/Clash.dll (Clash.ClashAnalyzer): rule ID 'RL1003' collides with built-in rule RL1003 blaming-wording.");
    }

    [Fact]
    public async Task A_rule_id_with_the_built_in_prefix_is_exit_2()
    {
        CompilePlugin("Squatter", TestPlugins.Analyzer("SquatterAnalyzer", "RL5001", "squatter"));

        await ShouldFailAsync(
            ["--plugin", "plugins/Squatter.dll"],
            "plugins/Squatter.dll (Squatter.SquatterAnalyzer): rule ID 'RL5001' starts with 'RL', which is reserved for built-in rules; expected a prefix of your own, such as 'ACME001'.");
    }

    [Fact]
    public async Task A_rule_id_that_collides_with_a_pack_rule_is_exit_2_and_names_both()
    {
        _folder.Write("style/acme.yaml", "rules:\n  - id: ACME100\n    name: house-policy\n    message: \"'{0}' quotes policy\"\n    phrases: [per our policy]\n");
        var sample = Path.GetRelativePath(_folder.Path, TestPlugins.SamplePlugin).Replace('\\', '/');

        await ShouldFailAsync(
            ["--pack", "style/acme.yaml", "--plugin", TestPlugins.SamplePlugin],
            $"'ACME100' is defined twice: style/acme.yaml(2,9) and {sample} (Acme.ReplyRules.HouseStyleAnalyzer).");
    }

    [Fact]
    public async Task Two_plugins_with_one_rule_id_is_exit_2()
    {
        CompilePlugin("One", TestPlugins.Analyzer("OneAnalyzer", "DUP001", "one-rule"));
        CompilePlugin("Two", TestPlugins.Analyzer("TwoAnalyzer", "DUP001", "two-rule"));

        await ShouldFailAsync(
            ["--plugin", "plugins/One.dll", "--plugin", "plugins/Two.dll"],
            "'DUP001' is defined twice: plugins/One.dll (One.OneAnalyzer) and plugins/Two.dll (Two.TwoAnalyzer).");
    }

    [Fact]
    public async Task A_rule_id_of_the_wrong_shape_is_exit_2()
    {
        CompilePlugin("Shapeless", TestPlugins.Analyzer("ShapelessAnalyzer", "my rule", "my-rule"));

        await ShouldFailAsync(
            ["--plugin", "plugins/Shapeless.dll"],
            "plugins/Shapeless.dll (Shapeless.ShapelessAnalyzer): 'my rule' is not a valid rule ID; expected capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'.");
    }

    [Fact]
    public async Task The_same_plugin_given_twice_loads_once()
    {
        var outcome = await LintAsync("--plugin", TestPlugins.SamplePlugin, "--plugin", TestPlugins.SamplePlugin);

        outcome.Stderr.ShouldBeEmpty();
        outcome.Stdout.Split('\n').Count(static line => line.Contains("ACME100", StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task ShouldFailAsync(string[] options, string error)
    {
        var outcome = await LintAsync(options);

        outcome.Stderr.ShouldBe($"replylint: error: {error}\n");
        outcome.ExitCode.ShouldBe(2);
        outcome.Stdout.ShouldBeEmpty();
    }
}
