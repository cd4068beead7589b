using ReplyLint.Cli.Commands;
using ReplyLint.Cli.Formatters;
using ReplyLint.Configuration;
using ReplyLint.Engine;
using ReplyLint.Rules;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary><c>.replylint.yaml</c> and <c>--config</c>, end to end.</summary>
[Collection(CliTests.Name)]
public sealed class ConfigurationTests : IDisposable
{
    // Twelve words, in one sentence that ends the reply with a next step, so that only RL4001 can be about its length.
    private const string TwelveWords = "Hi {{ customer.first_name }},\n\nI will send you the new password by email before noon today.\n";

    // The same reply under another greeting: two templates with the same text would be duplicates (RL3004).
    private const string TwelveWordsAgain = "Hello {{ customer.first_name }},\n\nI will send you the new password by email before noon today.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CliOutcome> Run(params string[] args) => CliRunner.RunAsync(args, _folder.Path);

    private static string[] Findings(CliOutcome outcome) =>
        [.. outcome.Stdout.Split('\n').Where(static l => l.Contains("): ", StringComparison.Ordinal))];

    [Fact]
    public async Task The_sample_library_s_configuration_changes_nothing_but_what_it_excludes()
    {
        var withIt = await CliRunner.RunAsync(["templates-sample"]);
        withIt.Stderr.ShouldBeEmpty(); // it loads without a warning
        withIt.Stdout.ShouldNotContain("templates-sample/drafts/");

        var drafts = await CliRunner.RunAsync(["templates-sample/drafts/loyalty-upgrade-offer.md"]);
        drafts.ExitCode.ShouldBe(0);
        drafts.StableStdout.ShouldBe("0 files linted: 0 errors, 0 warnings, 0 suggestions (0.00s)\n");

        var empty = _folder.Write("empty.yaml", "");
        var unconfigured = await CliRunner.RunAsync(["--config", empty, "templates-sample/drafts"]);
        unconfigured.ExitCode.ShouldBe(1); // the draft has a leftover TODO: excluded, not clean
        unconfigured.Stdout.ShouldContain("templates-sample/drafts/loyalty-upgrade-offer.md(11,1,11,5): error RL3003:");
    }

    [Fact]
    public async Task An_option_reaches_its_rule_and_overrides_apply_per_folder()
    {
        _folder.Write("email/reply.md", TwelveWords);
        _folder.Write("chat/reply.md", TwelveWordsAgain);

        (await Run(".")).Stdout.ShouldNotContain("RL4001"); // 12 words are within the default 30

        _folder.Write(".replylint.yaml", """
            root: true
            rules:
              RL4001: { max-words: 8 }
            overrides:
              - files: ["chat/**"]
                rules: { long-sentence: { severity: error, max-words: 10 } }
            """);
        var outcome = await Run(".");

        outcome.Stderr.ShouldBeEmpty();
        Findings(outcome).ShouldBe(
        [
            "chat/reply.md(3,1,3,61): error RL4001: 'I will send you the new password by…' runs to '12' words, '2' over the limit of '10'; split it into shorter sentences that make one point each.",
            "email/reply.md(3,1,3,61): info RL4001: 'I will send you the new password by…' runs to '12' words, '4' over the limit of '8'; split it into shorter sentences that make one point each.",
        ]);
        outcome.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task The_nearest_file_wins_and_root_stops_the_search()
    {
        _folder.Write(".replylint.yaml", "rules:\n  RL4001: { severity: error, max-words: 5 }\n");
        _folder.Write("team/.replylint.yaml", "rules:\n  long-sentence: { max-words: 8 }\n");
        _folder.Write("team/email/reply.md", TwelveWords);
        _folder.Write("solo/.replylint.yaml", "root: true\n");
        _folder.Write("solo/reply.md", TwelveWordsAgain);

        var outcome = await Run(".");

        Findings(outcome).ShouldBe(
        [
            "team/email/reply.md(3,1,3,61): error RL4001: 'I will send you the new password by…' runs to '12' words, '4' over the limit of '8'; split it into shorter sentences that make one point each.",
        ]);
    }

    [Theory]
    [InlineData("RL1004")]
    [InlineData("robotic-wording")]
    [InlineData("Robotic-Wording")]
    public async Task A_severity_set_by_ID_or_name_fails_the_run(string rule)
    {
        _folder.Write("reply.md", "Hi {{ customer.first_name }},\n\nWe apologize for any inconvenience. I will refund you today.\n");
        _folder.Write(".replylint.yaml", $"root: true\nrules:\n  {rule}: error\n");

        var outcome = await Run("reply.md");

        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("reply.md(3,1,3,35): error RL1004: 'We apologize for any inconvenience'");
    }

    [Fact]
    public async Task A_rule_turned_off_in_a_folder_s_file_stays_on_elsewhere()
    {
        const string Stock = "Hi {{ customer.first_name }},\n\nWe apologize for any inconvenience. I will refund you today.\n";
        _folder.Write(".replylint.yaml", "root: true\n");
        _folder.Write("a/reply.md", Stock);
        _folder.Write("b/reply.md", Stock.Replace("Hi", "Hello", StringComparison.Ordinal));
        _folder.Write("b/.replylint.yaml", "rules:\n  RL1004: none\n");

        var findings = Findings(await Run("."));

        findings.ShouldContain(static l => l.StartsWith("a/reply.md(3,1,3,35): warning RL1004:", StringComparison.Ordinal));
        findings.ShouldNotContain(static l => l.StartsWith("b/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Config_uses_one_file_for_every_template_and_ignores_the_others()
    {
        _folder.Write("lib/.replylint.yaml", "root: true\nrules:\n  RL4001: none\n");
        _folder.Write("lib/reply.md", TwelveWords);
        _folder.Write("ci/strict.yaml", "rules:\n  RL4001: { severity: error, max-words: 6 }\n");

        var discovered = await Run("lib");
        var explicitConfig = await Run("--config", "ci/strict.yaml", "lib");

        Findings(discovered).ShouldBeEmpty();
        Findings(explicitConfig).ShouldBe(
        [
            "lib/reply.md(3,1,3,61): error RL4001: 'I will send you the new password by…' runs to '12' words, '6' over the limit of '6'; split it into shorter sentences that make one point each.",
        ]);
    }

    [Fact]
    public async Task Include_and_exclude_choose_the_templates_of_a_folder()
    {
        _folder.Write(".replylint.yaml", "root: true\ninclude: [\"**/*.md\", \"**/*.html\"]\nexclude: [\"drafts/\"]\n");
        _folder.Write("reply.md", TwelveWords);
        _folder.Write("reply.html", TwelveWordsAgain);
        _folder.Write("reply.txt", TwelveWords);
        _folder.Write("drafts/wip.md", TwelveWords);

        var folder = await Run(".");
        var named = await Run("drafts/wip.md", "reply.txt");

        folder.StableStdout.ShouldBe("2 files linted: 0 errors, 0 warnings, 0 suggestions (0.00s)\n");
        named.StableStdout.ShouldBe("1 file linted: 0 errors, 0 warnings, 0 suggestions (0.00s)\n"); // the .txt named explicitly; the draft excluded
    }

    [Theory]
    [InlineData("rules:\n  RL1004: fatal\n", "replylint: error: .replylint.yaml(2,11): the severity of 'RL1004' is 'fatal'; expected error, warning, suggestion, silent or none.\n")]
    [InlineData("rules:\n  RL4001: { max-words: thirty }\n", "replylint: error: .replylint.yaml(2,24): option 'max-words' of RL4001 (long-sentence) is 'thirty'; expected a whole number of 1 or more.\n")]
    [InlineData("rules:\n  RL3004: { min-similarity: [0.8] }\n", "replylint: error: .replylint.yaml(2,29): option 'min-similarity' of RL3004 (duplicate-template) is a list; expected a fraction above 0 and at most 1 (0.8) or a percentage above 1% (80%).\n")]
    [InlineData("overrides:\n  files: [chat/**]\n", "replylint: error: .replylint.yaml(2,3): 'overrides' is a mapping; expected a list of entries, each with 'files' and 'rules'.\n")]
    [InlineData("root: 1\n", "replylint: error: .replylint.yaml(1,7): 'root' is '1'; expected true or false.\n")]
    [InlineData("rules: {\n", "replylint: error: .replylint.yaml(2,1): invalid YAML: while parsing a node, did not find expected node content; expected well-formed YAML.\n")]
    public async Task A_configuration_error_is_one_line_on_stderr_and_exit_2(string yaml, string expectedStderr)
    {
        _folder.Write("reply.md", TwelveWords);
        _folder.Write(".replylint.yaml", yaml);

        var outcome = await Run("reply.md");

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe(expectedStderr);
        outcome.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_configuration_error_is_reported_relative_to_the_working_directory()
    {
        _folder.Write("lib/team/.replylint.yaml", "rules: [RL1004]\n");
        _folder.Write("lib/team/reply.md", TwelveWords);

        var outcome = await CliRunner.RunAsync(["team"], Path.Combine(_folder.Path, "lib"));

        outcome.Stderr.ShouldBe("replylint: error: team/.replylint.yaml(1,8): 'rules' is a list; expected a mapping of rule IDs or names to settings, such as 'RL1004: error'.\n");
        outcome.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task A_binary_or_huge_configuration_is_an_error()
    {
        _folder.Write("reply.md", TwelveWords);
        _folder.WriteBytes(".replylint.yaml", [(byte)'r', 0, 0]);
        var binary = await Run("reply.md");
        _folder.WriteBytes(".replylint.yaml", [.. Enumerable.Repeat((byte)'#', 2 * 1024 * 1024)]);
        var huge = await Run("reply.md");

        (binary.ExitCode, binary.Stderr).ShouldBe((2, "replylint: error: .replylint.yaml(1,2): the file is binary (it holds a NUL byte); expected a YAML text file.\n"));
        (huge.ExitCode, huge.Stderr).ShouldBe((2, "replylint: error: .replylint.yaml(1,1): the file is 2,097,152 bytes; expected a configuration file of at most 1,048,576 bytes (1 MB).\n"));
    }

    [Fact]
    public async Task A_missing_config_file_is_an_error()
    {
        _folder.Write("reply.md", TwelveWords);

        var outcome = await Run("--config", "nope.yaml", "reply.md");

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: the configuration file 'nope.yaml' does not exist.\n");
    }

    [Fact]
    public async Task Warnings_go_to_stderr_and_the_run_goes_on()
    {
        _folder.Write("reply.md", TwelveWords);
        _folder.Write(".replylint.yaml", """
            root: true
            rulez: {}
            rules:
              RL9999: error
              long-sentense: warning
              RL4001: { max-word: 5 }
            """);

        var outcome = await Run("reply.md");

        outcome.ExitCode.ShouldBe(0);
        outcome.Stderr.ShouldBe("""
            replylint: warning: .replylint.yaml(2,1): unknown key 'rulez'; it is ignored (the keys are root, include, exclude, rules, overrides, placeholders, formats, packs and plugins).
            replylint: warning: .replylint.yaml(4,3): unknown rule 'RL9999'; it is ignored ('replylint rules' lists the rules).
            replylint: warning: .replylint.yaml(5,3): unknown rule 'long-sentense'; it is ignored (did you mean 'long-sentence'?).
            replylint: warning: .replylint.yaml(6,13): unknown option 'max-word' for RL4001 (long-sentence); it is ignored (RL4001 takes max-words).

            """.ReplaceLineEndings("\n"));
        outcome.StableStdout.ShouldBe("1 file linted: 0 errors, 0 warnings, 0 suggestions (0.00s)\n");
    }

    [Fact]
    public void Warnings_become_notifications_of_the_report()
    {
        _folder.Write(".replylint.yaml", "root: true\nrules:\n  RL9999: error\n");
        var reply = _folder.Write("reply.md", TwelveWords);
        var resolver = ConfigResolver.Discover(_folder.Path);
        using var stderr = new StringWriter();

        var configuration = LintConfiguration.Bind(resolver, BuiltInRules.All, [new TemplateFile(reply, "reply.md")], stderr)!;

        configuration.Notifications.ShouldBe(
        [
            new ToolNotification("warning", "unknown rule 'RL9999'; it is ignored ('replylint rules' lists the rules).", ".replylint.yaml", 3, 3),
        ]);
        stderr.ToString().ShouldBe("replylint: warning: .replylint.yaml(3,3): unknown rule 'RL9999'; it is ignored ('replylint rules' lists the rules).\n");
    }
}
