using System.Globalization;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Configuration;

public sealed class PhrasePackTests
{
    private const string Source = "style/acme.yaml";

    private const string DesignExample = """
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
        """;

    [Fact]
    public void Reads_the_rule_header_into_a_descriptor()
    {
        var pack = PhrasePack.Parse(DesignExample, Source);

        pack.Path.ShouldBe(Source);
        pack.Warnings.ShouldBeEmpty();
        var rule = pack.Rules.ShouldHaveSingleItem();
        var descriptor = rule.Descriptor;
        descriptor.Id.ShouldBe("ACME001");
        descriptor.Name.ShouldBe("internal-jargon");
        descriptor.Title.ShouldBe("Internal jargon");
        descriptor.Category.ShouldBe(RuleCategories.Clarity);
        descriptor.DefaultSeverity.ShouldBe(DiagnosticSeverity.Warning);
        descriptor.IsEnabledByDefault.ShouldBeTrue();
        descriptor.MessageFormat.ShouldBe("'{0}' is internal jargon.");
        descriptor.Description.ShouldBe("A phrase rule from the pack style/acme.yaml.");
        descriptor.HelpUri.ShouldBeNull();
        rule.SupportedDiagnostics.ShouldBe([descriptor]);
        rule.Origin.ShouldBe("style/acme.yaml(2,9)");
        rule.NameOrigin.ShouldBe("style/acme.yaml(3,11)");
        rule.Phrases.Entries.ShouldBe([
            new PhraseEntry("RMA", "return authorization", "style/acme.yaml(8,9)"),
            new PhraseEntry("per our policy", null, "style/acme.yaml(10,9)"),
        ]);
    }

    [Fact]
    public void Optional_fields_have_documented_defaults_and_may_be_set()
    {
        const string Yaml = """
            rules:
              - id: ACME002
                name: stock-closing
                message: Is '{0}' what you would say in person?
                phrases: ["do not hesitate to contact us"]
              - id: ACME003
                name: legal-threat
                title: Legal threat
                category: tone
                severity: Error
                description: "Legal wording in a support reply
                  escalates the conflict."
                message: "'{0}' reads as a threat."
                phrases: [legal action]
              - id: ACME004
                name: off-by-default
                severity: none
                message: "'{0}'"
                phrases: [whatever]
            """;

        var rules = PhrasePack.Parse(Yaml, Source).Rules;

        var closing = rules[0].Descriptor;
        closing.Category.ShouldBe(RuleCategories.Tone);
        closing.DefaultSeverity.ShouldBe(DiagnosticSeverity.Warning);
        closing.MessageFormat.ShouldBe("Is '{0}' what you would say in person?");
        var threat = rules[1].Descriptor;
        threat.Title.ShouldBe("Legal threat");
        threat.Category.ShouldBe(RuleCategories.Tone);
        threat.DefaultSeverity.ShouldBe(DiagnosticSeverity.Error);
        threat.Description.ShouldBe("Legal wording in a support reply escalates the conflict.");
        threat.MessageFormat.ShouldBe("'{0}' reads as a threat.");
        rules[2].Descriptor.IsEnabledByDefault.ShouldBeFalse();
        new LintOptions().SeverityOf(rules[2].Descriptor).ShouldBe(DiagnosticSeverity.None);
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_their_position_and_are_ignored()
    {
        const string Yaml = """
            version: 2
            rules:
              - id: ACME001
                name: internal-jargon
                message: "'{0}' is internal jargon"
                colour: red
                phrases:
                  - match: RMA
                    sugest: return authorization
            """;

        var pack = PhrasePack.Parse(Yaml, Source);

        pack.Warnings.ShouldBe([
            "style/acme.yaml(1,1): unknown key 'version' at the top level; expected only 'rules'.",
            "style/acme.yaml(6,5): unknown key 'colour' in a rule; expected 'id', 'name', 'title', 'category', 'severity', 'message', 'description' or 'phrases'.",
            "style/acme.yaml(9,9): unknown key 'sugest' in a phrase; expected 'match' or 'suggest'.",
        ]);
        pack.Rules.ShouldHaveSingleItem().Phrases.Entries.ShouldBe([new PhraseEntry("RMA", null, "style/acme.yaml(8,9)")]);
    }

    private const string Rule = "rules:\n  - id: ACME001\n    name: internal-jargon\n    message: \"'{0}' is jargon\"\n";

    [Theory]
    // The document and the top level (the same YAML errors as a built-in list).
    [InlineData("", "(1,1): the document is empty; expected a mapping with a 'rules' key.")]
    [InlineData("rules: [a, b", "(2,1): invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'; expected well-formed YAML.")]
    [InlineData("- id: ACME001\n", "(1,1): the root is a list; expected a mapping with a 'rules' key.")]
    [InlineData("rules: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "(1,71): invalid YAML: collections nested more than 64 levels deep; expected well-formed YAML.")]
    [InlineData("x: &a [b]\nrules: *a\n", "(2,8): invalid YAML: the alias '*a' (aliases are not supported in phrase lists; write the value out); expected well-formed YAML.")]
    [InlineData("phrases: [sorry]\n", "(1,1): the root has no 'rules' key; expected a 'rules' key with a list of rules.")]
    [InlineData("rules: ACME001\n", "(1,8): 'rules' is a string; expected a list of rules.")]
    [InlineData("rules: []\n", "(1,8): 'rules' has no rules; expected at least one rule with 'id', 'name', 'message' and 'phrases'.")]
    [InlineData("rules:\n  - ACME001\n", "(2,5): a rule is a string; expected a mapping with 'id', 'name', 'message' and 'phrases'.")]
    // Required fields.
    [InlineData("rules:\n  - name: internal-jargon\n    message: x\n    phrases: [a]\n", "(2,5): a rule has no 'id' key; expected 'id' with an ID such as 'ACME001'.")]
    [InlineData("rules:\n  - id: ACME001\n    message: x\n    phrases: [a]\n", "(2,5): a rule has no 'name' key; expected 'name' with a kebab-case name such as 'internal-jargon'.")]
    [InlineData("rules:\n  - id: ACME001\n    name: jargon\n    phrases: [a]\n", "(2,5): a rule has no 'message' key; expected 'message' with a message such as \"'{0}' is internal jargon\" ({0} is the text found).")]
    [InlineData(Rule, "(2,5): a rule has no 'phrases' key; expected 'phrases' with a list of phrases.")]
    [InlineData(Rule + "    phrases: []\n", "(5,14): rule ACME001 has no phrases; expected at least one phrase.")]
    // The ID and the name.
    [InlineData("rules:\n  - id:\n", "(2,8): 'id' is empty; expected a rule ID: capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'.")]
    [InlineData("rules:\n  - id: acme001\n", "(2,9): 'acme001' is not a valid rule ID; expected capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'.")]
    [InlineData("rules:\n  - id: ACME-001\n", "(2,9): 'ACME-001' is not a valid rule ID; expected capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'.")]
    [InlineData("rules:\n  - id: ACME01\n", "(2,9): 'ACME01' is not a valid rule ID; expected capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'.")]
    [InlineData("rules:\n  - id: [ACME001]\n", "(2,9): 'id' is a list; expected a rule ID: capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'.")]
    [InlineData("rules:\n  - id: ACME001\n    name: Internal Jargon\n", "(3,11): 'Internal Jargon' is not a valid rule name; expected a kebab-case name: lower-case letters and digits in words joined by '-', such as 'internal-jargon'.")]
    [InlineData("rules:\n  - id: ACME001\n    name: internal--jargon\n", "(3,11): 'internal--jargon' is not a valid rule name; expected a kebab-case name: lower-case letters and digits in words joined by '-', such as 'internal-jargon'.")]
    // Category, severity, message.
    [InlineData(Rule + "    category: Legal\n", "(5,15): 'Legal' is not a rule category; expected one of Tone, Completeness, Hygiene, Clarity.")]
    [InlineData(Rule + "    category: Tool\n", "(5,15): 'Tool' is not a rule category; expected one of Tone, Completeness, Hygiene, Clarity.")]
    [InlineData(Rule + "    severity: info\n", "(5,15): 'info' is not a severity; expected one of error, warning, suggestion, silent, none.")]
    [InlineData(Rule + "    severity:\n", "(5,14): 'severity' is empty; expected one of error, warning, suggestion, silent, none.")]
    [InlineData("rules:\n  - id: ACME001\n    message: \"'{1}' is jargon\"\n", "(3,14): message \"'{1}' is jargon\" is not a valid message format; expected '{0}' for the text found and no other '{n}', with '{{' and '}}' for literal braces.")]
    [InlineData("rules:\n  - id: ACME001\n    message: \"use {customer}\"\n", "(3,14): message \"use {customer}\" is not a valid message format; expected '{0}' for the text found and no other '{n}', with '{{' and '}}' for literal braces.")]
    [InlineData("rules:\n  - id: ACME001\n    message: { text: x }\n", "(3,14): 'message' is a mapping; expected a message such as \"'{0}' is internal jargon\" ({0} is the text found).")]
    // Phrases: the built-in lists' loader and messages, at the phrase's own position.
    [InlineData(Rule + "    phrases: RMA\n", "(5,14): 'phrases' is a string; expected a list of phrases.")]
    [InlineData(Rule + "    phrases:\n      - match: \"we (are\"\n", "(6,16): phrase pattern 'we (are' has a '(' at position 4 that is never closed; expected a ')' to close the group.")]
    [InlineData(Rule + "    phrases:\n      - ok\n      - \"as per | policy\"\n", "(7,9): phrase pattern 'as per | policy' has a '|' outside a group at position 8; expected alternatives inside parentheses, such as '(a|b)'.")]
    [InlineData(Rule + "    phrases:\n      - \"{customer}\"\n", "(6,9): phrase pattern '{customer}' has a stray '{' at position 1; expected '{}' for a placeholder slot.")]
    [InlineData(Rule + "    phrases:\n      - suggest: x\n", "(6,9): a phrase has no 'match' key; expected 'match' with a pattern.")]
    public void Errors_name_the_place_and_what_was_expected(string yaml, string messageAfterSource)
    {
        var exception = Should.Throw<PhraseListException>(() => PhrasePack.Parse(yaml, Source));

        exception.Message.ShouldBe(Source + messageAfterSource);
        var position = messageAfterSource[1..messageAfterSource.IndexOf(')', StringComparison.Ordinal)].Split(',');
        exception.SourceName.ShouldBe(Source);
        exception.Line.ShouldBe(int.Parse(position[0], CultureInfo.InvariantCulture));
        exception.Column.ShouldBe(int.Parse(position[1], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(
        Rule + "    phrases: [a]\n  - id: ACME001\n    name: other\n    message: x\n    phrases: [b]\n",
        "'ACME001' is defined twice: style/acme.yaml(2,9) and style/acme.yaml(6,9).")]
    [InlineData(
        Rule + "    phrases: [a]\n  - id: ACME002\n    name: internal-jargon\n    message: x\n    phrases: [b]\n",
        "rule name 'internal-jargon' is defined twice: style/acme.yaml(3,11) and style/acme.yaml(7,11).")]
    public void An_id_or_name_used_twice_in_one_pack_names_both_places(string yaml, string message)
    {
        var exception = Should.Throw<PhraseListException>(() => PhrasePack.Parse(yaml, Source));

        exception.Message.ShouldBe(message);
        (exception.Line, exception.Column).ShouldBe((6, 9));
    }

    [Fact]
    public void A_pattern_over_the_expansion_limit_is_reported_at_the_phrase()
    {
        var pattern = string.Join(' ', Enumerable.Range(0, 13).Select(static i => $"(a{i}|b{i})"));

        var exception = Should.Throw<PhraseListException>(() => PhrasePack.Parse(Rule + $"    phrases:\n      - \"{pattern}\"\n", Source));

        exception.Message.ShouldBe(
            $"style/acme.yaml(6,9): phrase pattern '{pattern}' expands to more than 4096 word sequences; expected fewer alternatives (split it into several phrases).");
    }

    [Fact]
    public void Loads_a_file_with_a_byte_order_mark()
    {
        using var folder = new Engine.TempFolder();
        var path = folder.Write("acme.yaml", [.. "\uFEFF"u8.ToArray(), .. System.Text.Encoding.UTF8.GetBytes(DesignExample)]);

        var pack = PhrasePack.Load(path, "acme.yaml");

        pack.Rules.ShouldHaveSingleItem().Origin.ShouldBe("acme.yaml(2,9)");
    }

    [Fact]
    public void A_pack_rule_reports_each_match_with_the_message_and_the_suggested_fix()
    {
        var rule = PhrasePack.Parse(DesignExample, Source).Rules.Single();
        var engine = new LintEngine([rule], new LintOptions { Jobs = 1 });
        const string Text = "Quote the *RMA* on the label. We refund per our\npolicy.\n";

        var diagnostics = engine.Analyze(TemplateParser.Parse(Text, "reply.md"));

        diagnostics.Select(static d => d.ToString()).ShouldBe([
            "reply.md(1,12,1,15): warning ACME001: 'RMA' is internal jargon.",
            "reply.md(1,41,2,7): warning ACME001: 'per our policy' is internal jargon.",
        ]);
        var fix = diagnostics[0].Fix.ShouldNotBeNull();
        fix.Edits.ShouldBe([new TextEdit(new TextSpan(11, 3), "return authorization")]);
        diagnostics[1].Fix.ShouldBeNull();
    }

    [Fact]
    public void A_suggestion_at_the_start_of_a_sentence_keeps_the_capital()
    {
        const string Yaml = """
            rules:
              - id: ACME005
                name: stiff-opening
                message: "'{0}' is stiff"
                phrases:
                  - match: "kindly note"
                    suggest: "please note"
            """;
        var engine = new LintEngine(PhrasePack.Parse(Yaml, Source).Rules, new LintOptions { Jobs = 1 });

        var diagnostic = engine.Analyze(TemplateParser.Parse("Kindly note the new hours.", "reply.txt")).ShouldHaveSingleItem();

        diagnostic.Fix.ShouldNotBeNull().Edits.ShouldBe([new TextEdit(new TextSpan(0, 11), "Please note")]);
    }

    [Theory]
    [InlineData("I've opened an RMA for you.", "I've opened a return authorization for you.")]
    [InlineData("An RMA is on its way.", "A return authorization is on its way.")]
    [InlineData("I've opened a RMA for you.", "I've opened a return authorization for you.")]
    [InlineData("Open an *RMA* now.", "Open an *return authorization* now.")] // emphasis between: the article is left alone
    public void A_suggestion_brings_the_article_before_it_into_line(string text, string expected)
    {
        var engine = new LintEngine(PhrasePack.Parse(DesignExample, Source).Rules, new LintOptions { Jobs = 1 });

        var diagnostic = engine.Analyze(TemplateParser.Parse(text, "reply.txt")).ShouldHaveSingleItem();

        var edits = diagnostic.Fix.ShouldNotBeNull().Edits.OrderByDescending(static e => e.Span.Start);
        edits.Aggregate(text, static (current, edit) => current.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("hour", "an RMA")]          // h goes either way
    [InlineData("user guide", "an RMA")]    // so does u
    [InlineData("FAQ", "a RMA")]            // capitals may be read letter by letter
    [InlineData("one-off refund", "an RMA")]
    [InlineData("order", "an RMA")]         // already "an"
    public void An_article_is_left_alone_where_the_first_letter_does_not_decide(string suggestion, string text)
    {
        var yaml = $"rules:\n  - id: ACME007\n    name: jargon\n    message: \"'{{0}}' is jargon\"\n    phrases:\n      - match: RMA\n        suggest: \"{suggestion}\"\n";
        var engine = new LintEngine(PhrasePack.Parse(yaml, Source).Rules, new LintOptions { Jobs = 1 });

        var diagnostic = engine.Analyze(TemplateParser.Parse($"Open {text} now.", "reply.txt")).ShouldHaveSingleItem();

        diagnostic.Fix.ShouldNotBeNull().Edits.ShouldHaveSingleItem().NewText.ShouldBe(suggestion);
    }

    [Fact]
    public void A_slot_in_a_pack_pattern_matches_one_placeholder()
    {
        const string Yaml = """
            rules:
              - id: ACME006
                name: formal-greeting
                message: "'{0}' is too formal for chat"
                phrases: ["dear {}"]
            """;
        var engine = new LintEngine(PhrasePack.Parse(Yaml, Source).Rules, new LintOptions { Jobs = 1 });

        var diagnostics = engine.Analyze(TemplateParser.Parse("Dear {{customer.first_name}},\n\nDear customer, hello.\n", "reply.md"));

        diagnostics.Select(static d => d.ToString()).ShouldBe(["reply.md(1,1,1,29): warning ACME006: 'Dear {{customer.first_name}}' is too formal for chat."]);
    }
}
