using System.Text.RegularExpressions;
using ReplyLint.Cli.Commands;

namespace ReplyLint.Cli.Tests.Configuration;

/// <summary>The docs and the loader agree: each rule page lists exactly the options the rule declares, and every
/// configuration example loads without a warning.</summary>
public sealed partial class ConfigDocsTests
{
    public static TheoryData<string> RuleIds() => [.. RuleCatalog.Descriptors.Select(static d => d.Id)];

    public static TheoryData<string> ExampleNames() => [.. ConfigSamples.All().Select(static s => s.Name)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_rule_page_documents_exactly_the_options_the_rule_declares(string id)
    {
        var page = File.ReadAllText(Path.Combine(ConfigSamples.Root, "rules", "docs", id + ".md")).ReplaceLineEndings("\n");
        var options = ConfigSamples.OptionsSection(page);
        var documented = OptionRow().Matches(options).Select(static m => m.Groups["key"].Value);

        var declared = RuleCatalog.Find(id)!.Options.Select(static o => o.Name);

        documented.ShouldBe(declared, id);
        if (!declared.Any())
        {
            options.TrimStart().ShouldStartWith("None.", customMessage: id);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Every_example_loads_without_a_warning(string name)
    {
        var yaml = ConfigSamples.All().Single(s => s.Name == name).Yaml;

        ConfigSamples.LoadAndBind(yaml).ShouldBeEmpty(name);
    }

    [Fact]
    public void The_docs_show_examples_for_every_top_level_key()
    {
        var examples = string.Join("\n", ConfigSamples.DocsExamples().Select(static e => e.Yaml));

        foreach (var key in ReplyLint.Configuration.ConfigLoader.TopLevelKeys)
        {
            examples.ShouldContain($"{key}:", customMessage: key);
        }
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex OptionRow();
}
