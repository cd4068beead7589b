using ReplyLint.Analysis;

namespace ReplyLint.Core.Tests.Analysis;

public sealed class PhraseListYamlTests
{
    private const string Source = "packs/acme.yaml";

    [Fact]
    public void Reads_plain_and_mapping_entries_with_their_origins()
    {
        const string Yaml = """
            phrases:
              - "sorry for the inconvenience"
              - match: "we (apologize|are sorry) for any inconvenience"
                suggest: "I'm sorry for the trouble this caused"
              -   per our policy
            """;

        var list = PhraseList.FromYaml(Yaml, Source);

        list.Name.ShouldBe(Source);
        list.Entries.ShouldBe([
            new PhraseEntry("sorry for the inconvenience", null, "packs/acme.yaml(2,5)"),
            new PhraseEntry("we (apologize|are sorry) for any inconvenience", "I'm sorry for the trouble this caused", "packs/acme.yaml(3,5)"),
            new PhraseEntry("per our policy", null, "packs/acme.yaml(5,7)"),
        ]);
    }

    [Fact]
    public void Keys_may_come_in_any_order()
    {
        const string Yaml = """
            phrases:
              - { suggest: "to recap", match: "as i said" }
            """;

        PhraseList.FromYaml(Yaml, Source).Entries.ShouldBe([new PhraseEntry("as i said", "to recap", "packs/acme.yaml(2,5)")]);
    }

    [Fact]
    public void An_empty_list_is_allowed()
    {
        PhraseList.FromYaml("phrases: []", Source).Entries.ShouldBeEmpty();
    }

    [Fact]
    public void A_loaded_list_compiles_and_matches()
    {
        const string Yaml = """
            phrases:
              - match: "we (apologize|are sorry) for any inconvenience"
                suggest: "I'm sorry for the trouble this caused"
            """;
        var matcher = PhraseMatcher.Compile([PhraseList.FromYaml(Yaml, Source)]);
        var results = new List<PhraseMatch>();

        matcher.FindMatches(TestSentences.Parse("We're sorry for any inconvenience."), results);

        var match = results.ShouldHaveSingleItem();
        match.Text.ShouldBe("We're sorry for any inconvenience");
        match.Entry.Suggest.ShouldBe("I'm sorry for the trouble this caused");
        match.Entry.Origin.ShouldBe("packs/acme.yaml(2,5)");
    }

    [Theory]
    [InlineData("", "(1,1): the document is empty; expected a mapping with a 'phrases' key.")]
    [InlineData("# nothing but a comment\n", "(1,1): the document is empty; expected a mapping with a 'phrases' key.")]
    [InlineData("phrases: [a, b", "(2,1): invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'; expected well-formed YAML.")]
    [InlineData("phrases: []\nphrases: []\n", "(2,1): invalid YAML: duplicate key phrases; expected well-formed YAML.")]
    [InlineData("phrases: []\n---\nphrases: []\n", "(3,1): a second YAML document starts here; expected a single document.")]
    [InlineData("- sorry\n", "(1,1): the root is a list; expected a mapping with a 'phrases' key.")]
    [InlineData("sorry\n", "(1,1): the root is a string; expected a mapping with a 'phrases' key.")]
    [InlineData("{}\n", "(1,1): the root has no 'phrases' key; expected a 'phrases' key with a list of phrases.")]
    [InlineData("phrases: []\nrules: []\n", "(2,1): unknown key 'rules' at the top level; expected only 'phrases'.")]
    [InlineData("phrases: sorry\n", "(1,10): 'phrases' is a string; expected a list of phrases.")]
    [InlineData("phrases:\n", "(1,9): 'phrases' is empty; expected a list of phrases.")]
    [InlineData("phrases: { match: sorry }\n", "(1,10): 'phrases' is a mapping; expected a list of phrases.")]
    [InlineData("phrases:\n  - [sorry, apologies]\n", "(2,5): a phrase is a list; expected a pattern string or a mapping with 'match' and an optional 'suggest'.")]
    [InlineData("phrases:\n  -\n  - sorry\n", "(2,4): a phrase is empty; expected a pattern string or a mapping with 'match' and an optional 'suggest'.")]
    [InlineData("phrases:\n  - \"  \"\n", "(2,5): a phrase is empty; expected a pattern string or a mapping with 'match' and an optional 'suggest'.")]
    [InlineData("phrases:\n  - suggest: to recap\n", "(2,5): a phrase has no 'match' key; expected 'match' with a pattern.")]
    [InlineData("phrases:\n  - match: sorry\n    sugest: apologies\n", "(3,5): unknown key 'sugest' in a phrase; expected 'match' or 'suggest'.")]
    [InlineData("phrases:\n  - match: \"\"\n", "(2,12): 'match' is empty; expected a pattern such as 'sorry for the inconvenience'.")]
    [InlineData("phrases:\n  - match:\n", "(2,11): 'match' is empty; expected a pattern such as 'sorry for the inconvenience'.")]
    [InlineData("phrases:\n  - match: [a, b]\n", "(2,12): 'match' is a list; expected a pattern such as 'sorry for the inconvenience'.")]
    [InlineData("phrases:\n  - match: sorry\n    suggest: \"\"\n", "(3,14): 'suggest' is empty; expected replacement text, or no 'suggest' key when no replacement is safe.")]
    [InlineData("phrases:\n  - match: sorry\n    suggest: { text: x }\n", "(3,14): 'suggest' is a mapping; expected replacement text, or no 'suggest' key when no replacement is safe.")]
    [InlineData("phrases:\n  - match: \"we (are\"\n", "(2,12): phrase pattern 'we (are' has a '(' at position 4 that is never closed; expected a ')' to close the group.")]
    [InlineData("phrases:\n  - ok\n  - we () sorry\n", "(3,5): phrase pattern 'we () sorry' has an empty group at position 4; expected at least one word in a group, such as '(a|b)' or '(a|)' for an optional word.")]
    [InlineData("phrases:\n  - (sorry|)\n", "(2,5): phrase pattern '(sorry|)' can match no words at all; expected at least one word or '{}' outside optional groups.")]
    public void Errors_name_the_place_and_what_was_expected(string yaml, string messageAfterSource)
    {
        var exception = Should.Throw<PhraseListException>(() => PhraseList.FromYaml(yaml, Source));

        exception.Message.ShouldBe(Source + messageAfterSource);
        exception.SourceName.ShouldBe(Source);
        var position = messageAfterSource[1..messageAfterSource.IndexOf(')', StringComparison.Ordinal)].Split(',');
        exception.Line.ShouldBe(int.Parse(position[0], System.Globalization.CultureInfo.InvariantCulture));
        exception.Column.ShouldBe(int.Parse(position[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_pattern_over_the_expansion_limit_is_an_error()
    {
        var pattern = string.Join(' ', Enumerable.Range(0, 13).Select(static i => $"(a{i}|b{i})"));

        var exception = Should.Throw<PhraseListException>(() => PhraseList.FromYaml($"phrases:\n  - \"{pattern}\"\n", Source));

        exception.Message.ShouldBe(
            $"packs/acme.yaml(2,5): phrase pattern '{pattern}' expands to more than 4096 word sequences; expected fewer alternatives (split it into several phrases).");
    }

    [Fact]
    public void A_multi_line_pattern_keeps_the_message_on_one_line()
    {
        const string Yaml = "phrases:\n  - \"we (are\n    sorry\"\n";

        var exception = Should.Throw<PhraseListException>(() => PhraseList.FromYaml(Yaml, Source));

        exception.Message.ShouldNotContain('\n');
        exception.Message.ShouldStartWith("packs/acme.yaml(2,5): phrase pattern 'we (are sorry' has a '(' at position 4");
    }

    [Fact]
    public void Invalid_yaml_keeps_the_parser_error_as_the_inner_exception()
    {
        var exception = Should.Throw<PhraseListException>(() => PhraseList.FromYaml("phrases: [a, b", Source));

        exception.InnerException.ShouldBeAssignableTo<YamlDotNet.Core.YamlException>();
    }

    [Fact]
    public void Reads_an_embedded_list_named_after_its_resource()
    {
        const string Name = "ReplyLint.Core.Tests.Analysis.PhraseListYamlTests.phrases.yaml";

        var list = PhraseList.FromEmbeddedYaml<PhraseListYamlTests>("phrases.yaml");

        list.Name.ShouldBe(Name);
        list.Entries.ShouldBe([
            new PhraseEntry("sorry for the inconvenience", null, Name + "(3,5)"),
            new PhraseEntry("as (i|we|{}) already (explained|said)", "to recap", Name + "(4,5)"),
        ]);
    }

    [Fact]
    public void A_missing_embedded_list_names_the_resource()
    {
        var exception = Should.Throw<InvalidOperationException>(() => PhraseList.FromEmbeddedYaml<PhraseListYamlTests>("missing.yaml"));

        exception.Message.ShouldBe(
            "The embedded resource 'ReplyLint.Core.Tests.Analysis.PhraseListYamlTests.missing.yaml' was not found in assembly 'ReplyLint.Core.Tests'.");
    }
}
