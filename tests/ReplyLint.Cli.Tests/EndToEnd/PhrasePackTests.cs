using System.Globalization;
using System.Text;
using ReplyLint.Configuration;
using ReplyLint.Engine;
using ReplyLint.Rules;

namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed class PhrasePackTests : IDisposable
{
    private const string Pack = """
        rules:
          - id: ACME001
            name: internal-jargon
            category: Clarity
            severity: warning
            message: "'{0}' is internal jargon"
            phrases:
              - match: "RMA"
                suggest: "return authorization"
              - match: "per our policy"
          - id: ACME002
            name: legal-threat
            severity: error
            message: "'{0}' reads as a threat; say what happens next instead"
            phrases: ["(legal|court) action"]
          - id: ACME003
            name: stiff-opening
            severity: suggestion
            message: "Is '{0}' what you would say in person?"
            phrases: ["kindly (note|be advised)"]
        """;

    private const string Reply = """
        Hi {{customer.first_name}},

        Kindly note that returns need an RMA number. Per our policy, an unpaid invoice may lead to legal action.
        """;

    private readonly TempFolder _folder = new();

    public PhrasePackTests()
    {
        _folder.Write("style/acme.yaml", Pack);
        _folder.Write("reply.txt", Reply);
    }

    public void Dispose() => _folder.Dispose();

    private Task<CliOutcome> LintAsync(params string[] options) => CliRunner.RunAsync(["reply.txt", .. options], _folder.Path);

    [Fact]
    public async Task Pack_rules_report_with_their_own_severity_and_message()
    {
        var outcome = await LintAsync("--pack", "style/acme.yaml");

        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1);
        var lines = outcome.StableStdout.Split('\n');
        lines.Where(static l => l.Contains(" ACME", StringComparison.Ordinal)).ShouldBe([
            "reply.txt(3,1,3,12): info ACME003: Is 'Kindly note' what you would say in person?",
            "reply.txt(3,34,3,37): warning ACME001: 'RMA' is internal jargon.",
            "reply.txt(3,46,3,60): warning ACME001: 'Per our policy' is internal jargon.",
            "reply.txt(3,92,3,104): error ACME002: 'legal action' reads as a threat; say what happens next instead.",
        ]);
    }

    [Fact]
    public async Task A_pack_listed_in_the_configuration_loads_and_its_rules_are_configured_like_built_in_ones()
    {
        _folder.Write(".replylint.yaml", "root: true\npacks: [\"style/acme.yaml\"]\nrules:\n  ACME001: error\n  stiff-opening: none\n");

        var outcome = await LintAsync();

        outcome.Stderr.ShouldBeEmpty();
        outcome.StableStdout.Split('\n').Where(static l => l.Contains(" ACME", StringComparison.Ordinal)).ShouldBe([
            "reply.txt(3,34,3,37): error ACME001: 'RMA' is internal jargon.",
            "reply.txt(3,46,3,60): error ACME001: 'Per our policy' is internal jargon.",
            "reply.txt(3,92,3,104): error ACME002: 'legal action' reads as a threat; say what happens next instead.",
        ]);
    }

    [Fact]
    public async Task A_missing_pack_listed_in_the_configuration_is_a_one_line_error()
    {
        _folder.Write(".replylint.yaml", "root: true\npacks: [\"style/missing.yaml\"]\n");

        var outcome = await LintAsync();

        outcome.ExitCode.ShouldBe(2);
        outcome.Stdout.ShouldBeEmpty();
        outcome.Stderr.ShouldStartWith("replylint: error: ");
        outcome.Stderr.ShouldContain("missing.yaml");
        outcome.Stderr.TrimEnd('\n').ShouldNotContain('\n');
    }

    [Fact]
    public async Task Unknown_keys_are_warned_about_on_stderr_and_the_run_goes_on()
    {
        _folder.Write("style/acme.yaml", Pack.Replace("    category: Clarity\n", "    category: Clarity\n    colour: red\n", StringComparison.Ordinal));

        var outcome = await LintAsync("--pack", "style/acme.yaml");

        outcome.Stderr.ShouldBe("replylint: warning: style/acme.yaml(5,5): unknown key 'colour' in a rule; expected 'id', 'name', 'title', 'category', 'severity', 'message', 'description' or 'phrases'.\n");
        outcome.Stdout.ShouldContain("warning ACME001: 'RMA' is internal jargon.");
    }

    [Fact]
    public async Task The_same_pack_given_twice_loads_once()
    {
        var outcome = await LintAsync("--pack", "style/acme.yaml", "--pack", "./style/../style/acme.yaml");

        outcome.Stderr.ShouldBeEmpty();
        outcome.Stdout.Split('\n').Count(static l => l.Contains("ACME002", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_missing_pack_is_exit_2()
    {
        await ShouldFailAsync(["--pack", "style/missing.yaml"], "style/missing.yaml: no such file; expected the path of a phrase pack (YAML).");
    }

    [Fact]
    public async Task An_invalid_pack_is_exit_2_with_its_position()
    {
        _folder.Write("style/bad.yaml", "rules:\n  - id: ACME009\n    name: broken\n    message: x\n    phrases:\n      - \"we (are\"\n");

        await ShouldFailAsync(
            ["--pack", "style/bad.yaml"],
            "style/bad.yaml(6,9): phrase pattern 'we (are' has a '(' at position 4 that is never closed; expected a ')' to close the group.");
    }

    [Fact]
    public async Task An_id_in_two_packs_is_exit_2_and_names_both_places()
    {
        _folder.Write("style/b.yaml", "# another team's pack\nrules:\n  - id: BETA001\n    name: beta-rule\n    message: x\n    phrases: [a]\n  - id: ACME002\n    name: other-threat\n    message: x\n    phrases: [b]\n");

        await ShouldFailAsync(["--pack", "style/acme.yaml", "--pack", "style/b.yaml"], "'ACME002' is defined twice: style/acme.yaml(11,9) and style/b.yaml(7,9).");
    }

    [Fact]
    public async Task A_name_in_two_packs_is_exit_2_and_names_both_places()
    {
        _folder.Write("style/b.yaml", "rules:\n  - id: BETA001\n    name: legal-threat\n    message: x\n    phrases: [a]\n");

        await ShouldFailAsync(["--pack", "style/acme.yaml", "--pack", "style/b.yaml"], "rule name 'legal-threat' is defined twice: style/acme.yaml(12,11) and style/b.yaml(3,11).");
    }

    [Fact]
    public async Task A_pack_rule_with_a_built_in_id_is_exit_2()
    {
        _folder.Write("style/b.yaml", "rules:\n  - id: RL1003\n    name: our-blame\n    message: x\n    phrases: [a]\n");

        await ShouldFailAsync(["--pack", "style/b.yaml"], "style/b.yaml(2,9): rule ID 'RL1003' collides with built-in rule RL1003 blaming-wording.");
    }

    [Fact]
    public async Task A_pack_rule_with_a_built_in_name_is_exit_2()
    {
        _folder.Write("style/b.yaml", "rules:\n  - id: BETA001\n    name: blaming-wording\n    message: x\n    phrases: [a]\n");

        await ShouldFailAsync(["--pack", "style/b.yaml"], "style/b.yaml(3,11): rule name 'blaming-wording' collides with built-in rule RL1003 blaming-wording.");
    }

    [Fact]
    public async Task A_pack_rule_with_the_built_in_prefix_is_exit_2()
    {
        _folder.Write("style/b.yaml", "rules:\n  - id: RL9001\n    name: squatter\n    message: x\n    phrases: [a]\n");

        await ShouldFailAsync(
            ["--pack", "style/b.yaml"],
            "style/b.yaml(2,9): rule ID 'RL9001' starts with 'RL', which is reserved for built-in rules; expected a prefix of your own, such as 'ACME001'.");
    }

    [Fact]
    public async Task A_thousand_phrase_pack_compiles_into_the_one_matcher_with_the_built_ins()
    {
        const int Count = 1000;
        var yaml = new StringBuilder("rules:\n");
        for (var rule = 0; rule < 4; rule++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: BULK{rule:D3}\n    name: bulk-{rule}\n    message: \"'{{0}}' is on list {rule}\"\n    phrases:\n");
            for (var i = rule; i < Count; i += 4)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      - match: \"code{i} (widget|gadget)\"\n        suggest: \"part {i}\"\n");
            }
        }

        var path = _folder.Write("style/bulk.yaml", yaml.ToString());
        var composed = AnalyzerSet.Compose([path], [], allowPlugins: true, _folder.Path);
        composed.Error.ShouldBeNull();
        var builtInsOnly = new LintEngine(BuiltInRules.All);
        var engine = new LintEngine(composed.Analyzers);

        var packLists = composed.Analyzers.OfType<PhrasePackRule>().Select(static r => r.Phrases).ToList();
        packLists.Count.ShouldBe(4);
        packLists.Sum(static l => l.Entries.Length).ShouldBe(Count);
        engine.Matcher.Lists.ShouldBe([.. builtInsOnly.Matcher.Lists, .. packLists]);
        engine.Matcher.SequenceCount.ShouldBe(builtInsOnly.Matcher.SequenceCount + (2 * Count));

        _folder.Write("parts.txt", "Please send code7 widget and CODE998 gadgets back. We regret code1000 widget.\n");
        var outcome = await CliRunner.RunAsync(["parts.txt", "--pack", "style/bulk.yaml"], _folder.Path);
        outcome.Stdout.Split('\n').Where(static l => l.Contains(" BULK", StringComparison.Ordinal)).ShouldBe([
            "parts.txt(1,13,1,25): warning BULK003: 'code7 widget' is on list 3.",
        ]);
        var diagnostics = engine.Analyze(Parsing.TemplateParser.Parse("Return code998 gadget today.", "a.txt"));
        var finding = diagnostics.ShouldHaveSingleItem();
        finding.Id.ShouldBe("BULK002");
        finding.Fix.ShouldNotBeNull().Edits.ShouldHaveSingleItem().NewText.ShouldBe("part 998");
    }

    private async Task ShouldFailAsync(string[] options, string error)
    {
        var outcome = await LintAsync(options);

        outcome.Stderr.ShouldBe($"replylint: error: {error}\n");
        outcome.ExitCode.ShouldBe(2);
        outcome.Stdout.ShouldBeEmpty();
    }
}
