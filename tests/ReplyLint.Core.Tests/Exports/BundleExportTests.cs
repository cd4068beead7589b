using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Engine;
using ReplyLint.Text;
using YamlDotNet.RepresentationModel;
using static ReplyLint.Core.Tests.Exports.ZendeskExportTests;

namespace ReplyLint.Core.Tests.Exports;

public sealed class BundleExportTests : IDisposable
{
    // The .github/replies.yml convention (written for these tests): Markdown bodies in literal blocks, a Markdown hard
    // break (a '\' at the end of a line, which is no YAML escape), a Mustache placeholder.
    internal const string Replies = """
        replies:
          - name: Needs a reproduction
            body: |
              Thanks for the report, {{ author }}! \
              We apologize, but we can't reproduce it yet.

              Could you share a small project that shows it?
          - name: Duplicate
            body: >
              This looks like a duplicate;
              we apologize for the noise.
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TemplateFile Write(string relativePath, string text, bool isExplicit = true) =>
        new(_folder.Write(relativePath, text), relativePath) { IsExplicit = isExplicit };

    private static LintResult Lint(IReadOnlyList<TemplateFile> files, LintOptions? options = null, params ReplyAnalyzer[] analyzers) =>
        new LintEngine(analyzers.Length == 0 ? [new ExportTestRules.SorryAnalyzer(), new ExportTestRules.WholeAnalyzer()] : analyzers, options ?? new LintOptions { Jobs = 2 }).Lint(files);

    private static string[] Lines(LintResult result) => [.. result.Diagnostics.Select(static d => d.ToString())];

    [Fact]
    public void A_replies_file_lints_as_it_is_with_findings_at_their_line_and_column()
    {
        var result = Lint([Write(".github/replies.yml", Replies)]);

        Lines(result).ShouldBe([
            $".github/replies.yml({At(Replies, "We apologize")}): warning TST6002: 'We apologize' is a test finding.",
            $".github/replies.yml({At(Replies, "we apologize")}): warning TST6002: 'we apologize' is a test finding.",
        ]);
    }

    [Fact]
    public void Each_template_has_the_fields_of_its_entry_as_front_matter()
    {
        const string yaml = """
            placeholders: freshdesk
            templates:
              - id: late-parcel
                title: Late parcel
                channel: sms
                intent: complaint
                tags: [shipping, delay]
                locale: en-GB
                format: text
                replylint: { disable: [TST6002], reason: quoted }
                body: Sorry, your parcel is late.
              - name: Thanks
                audience: internal
                placeholders: zendesk
                body: "Thanks for the note."
            """;
        var result = Lint([Write("bundle.yaml", yaml)], null, new ExportTestRules.FieldsAnalyzer());

        Lines(result).ShouldBe([
            // The disable names a rule this run does not have: reported where the template starts.
            $"bundle.yaml({At(yaml, "Sorry", empty: true)}): suggestion RL0003: 'replylint: {{ disable: [TST6002] }}' suppresses nothing: no rule is called 'TST6002'; correct the name or remove it.",
            $"bundle.yaml({At(yaml, "Sorry", empty: true)}): warning TST6005: 'bundle.yaml#late-parcel|PlainText|audience=public; channel=sms; id=late-parcel; intent=complaint; locale=en-GB; placeholders=freshdesk; replylint={{disable,reason}}; tags=shipping,delay; title=Late parcel' is a test finding.",
            $"bundle.yaml({At(yaml, "Thanks for", empty: true)}): warning TST6005: 'bundle.yaml#Thanks|Markdown|audience=internal; id=Thanks; placeholders=zendesk; title=Thanks' is a test finding.",
        ]);
    }

    [Fact]
    public void A_JSON_bundle_reads_like_a_YAML_one()
    {
        const string json = "{\"templates\": [{\"id\": \"a\", \"body\": \"Hello.\\n\\nWe apologize.\"}, {\"id\": \"b\", \"format\": \"text\", \"body\": \"The `code` is missing.\"}]}";
        var result = Lint([Write("bundle.json", json)]);

        Lines(result).ShouldBe([
            $"bundle.json({At(json, "We apologize")}): warning TST6002: 'We apologize' is a test finding.",
            $"bundle.json({At(json, "The `code`", empty: true)}): warning TST6003: 'missing' is a test finding.",
        ]);
    }

    [Fact]
    public void The_format_decides_how_the_body_is_read()
    {
        const string yaml = """
            templates:
              - id: md
                body: "`we apologize` is code in Markdown."
              - id: text
                format: text
                body: "`we apologize` is prose in plain text."
            """;
        Lines(Lint([Write("b.yml", yaml)])).ShouldBe([
            $"b.yml({At(yaml, "we apologize", 2)}): warning TST6002: 'we apologize' is a test finding.",
        ]);
    }

    [Fact]
    public void Inactive_templates_and_internal_notes_follow_the_same_rules_as_macros()
    {
        const string yaml = """
            templates:
              - id: old
                active: false
                body: we apologize
              - id: note
                audience: internal
                body: we apologize
              - id: live
                body: we apologize
            """;
        var file = Write("b.yml", yaml);

        Lines(Lint([file])).ShouldBe([$"b.yml({At(yaml, "we apologize", 3)}): warning TST6002: 'we apologize' is a test finding."]);
        Lint([file], new LintOptions { IncludeInactive = true }).Diagnostics.Length.ShouldBe(2);
    }

    [Fact]
    public void A_template_s_replylint_block_hides_its_findings_as_front_matter_would()
    {
        const string yaml = """
            templates:
              - id: quoted
                replylint: { disable: [test-sorry], reason: "the customer's own words" }
                body: we apologize
              - id: plain
                body: we apologize
            """;
        var result = Lint([Write("b.yml", yaml)]);

        Lines(result).ShouldBe([$"b.yml({At(yaml, "we apologize", 2)}): warning TST6002: 'we apologize' is a test finding."]);
        var hidden = result.Suppressed.ShouldHaveSingleItem();
        hidden.Suppression!.Justification.ShouldBe("the customer's own words");
        hidden.Location.LineSpan.ToString().ShouldBe(At(yaml, "we apologize", 1));
    }

    public static TheoryData<string, string> Styles => new()
    {
        { "plain", "templates:\n  - id: a\n    body: Hello there,\n      we apologize\n      for the wait.\n" },
        { "single-quoted", "templates:\n  - id: a\n    body: 'It''s late,\n      we apologize.'\n" },
        { "double-quoted", "templates:\n  - id: a\n    body: \"Caf\\u00e9 \\\"Nord\\\" is late,\\n\\\n      we apologize.\"\n" },
        { "literal", "templates:\n  - id: a\n    body: |\n      Hello,\n\n      we apologize\n      for the wait.\n" },
        { "folded", "templates:\n  - id: a\n    body: >-\n      Hello there,\n      we apologize\n\n      Bye.\n" },
        { "CRLF", "templates:\r\n  - id: a\r\n    body: |\r\n      Hello,\r\n      we apologize\r\n" },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_file_text_at_every_word_is_that_word_in_every_scalar_style(string style, string yaml)
    {
        _ = style;
        var path = _folder.Write("b.yml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(yaml)).ToArray());
        var result = Lint([new TemplateFile(path, "b.yml")], null, new ExportTestRules.WordAnalyzer(), new ExportTestRules.SorryAnalyzer());
        var source = result.Sources["b.yml"];

        var words = result.Diagnostics.Where(static d => d.Id == "TST6001").ToList();
        words.Count.ShouldBeGreaterThan(2);
        var quote = style == "single-quoted" ? '\'' : '"';
        foreach (var word in words)
        {
            Quoted(source.ToString(word.Location.Span), quote).ShouldBe(word.Arguments[0]);
        }

        var sorry = result.Diagnostics.Single(static d => d.Id == "TST6002");
        source.ToString(sorry.Location.Span).ShouldBe("we apologize");
        sorry.Location.LineSpan.ShouldBe(source.GetLinePositionSpan(sorry.Location.Span));
    }

    [Theory]
    [InlineData("templates:\n  - id: a\n    format: rtf\n    body: x\n", 3, 13, "'format' of template 'a' is 'rtf'; expected markdown, html or text")]
    [InlineData("templates:\n  - id: a\n    body: x\n  - title: B\n", 4, 5, "item 2 of 'templates' has no 'body'")]
    [InlineData("replies:\n  - name: A\n    body: [x]\n", 3, 11, "'body' of template 'A' is a list; expected a string")]
    [InlineData("templates:\n  - id: a\n    body: |\n  bad: [\n", 4, 3, "it is not valid YAML at line 4, column 3")]
    public void A_broken_bundle_is_RL0002_at_the_place_of_the_problem(string yaml, int line, int column, string problem)
    {
        var result = Lint([Write("b.yml", yaml, isExplicit: false)]);

        var unreadable = result.Diagnostics.ShouldHaveSingleItem();
        unreadable.Id.ShouldBe("RL0002");
        unreadable.Message.ShouldContain(problem);
        unreadable.Location.LineSpan.Start.ShouldBe(new LinePosition(line, column));
    }

    [Theory]
    [InlineData("templates:\n  - a.md\n  - b.md\n")]
    [InlineData("name: CI\non: push\njobs:\n  replies:\n    runs-on: ubuntu-latest\n")]
    public void Other_YAML_found_in_a_folder_is_passed_over(string yaml)
    {
        var result = Lint([Write("other.yml", yaml, isExplicit: false)]);
        result.Diagnostics.ShouldBeEmpty();
        result.Files.ShouldBeEmpty();
    }

    // A slice of the file read back as a quoted YAML scalar: words and escapes come out as the rule saw them.
    private static string Quoted(string slice, char quote)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader($"v: {quote}{slice}{quote}"));
        return ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("v")]).Value!;
    }
}
