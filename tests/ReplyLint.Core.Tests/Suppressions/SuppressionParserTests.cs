using System.Collections.Immutable;
using ReplyLint.Parsing;
using ReplyLint.Suppressions;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Suppressions;

/// <summary>What the parser reads as a directive, and what it does not.</summary>
public sealed class SuppressionParserTests
{
    private static readonly Dictionary<string, string> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RL1003"] = "RL1003",
        ["blaming-wording"] = "RL1003",
        ["RL1004"] = "RL1004",
        ["robotic-wording"] = "RL1004",
        ["RL2001"] = "RL2001",
        ["RL0003"] = "RL0003",
    };

    private static string? Resolve(string name) => Rules.GetValueOrDefault(name);

    private static ImmutableArray<SuppressionDirective> Parse(string text, string path = "t.md") =>
        SuppressionParser.Parse(TemplateParser.Parse(text, path), Resolve);

    private static string Describe(SuppressionDirective directive) =>
        $"{directive.Kind} [{string.Join(",", directive.Rules.Select(static r => r.Id ?? "?" + r.Written))}]"
        + (directive.Justification is { } reason ? $" '{reason}'" : "")
        + (directive.Lines.IsEmpty ? "" : $" lines {string.Join(",", directive.Lines)}");

    [Theory]
    [InlineData(" replylint-disable RL1003 ", "Disable", "replylint-disable", "RL1003", null)]
    [InlineData("replylint-enable", "Enable", "replylint-enable", "", null)]
    [InlineData(" REPLYLINT-Disable-Next-Line rl1004 ", "DisableNextLine", "REPLYLINT-Disable-Next-Line", "rl1004", null)]
    [InlineData(" replylint-disable-line RL1003, RL1004 ", "DisableLine", "replylint-disable-line", "RL1003, RL1004", null)]
    [InlineData(" replylint-disable-next-line RL1004 -- our legal team requires this wording ", "DisableNextLine", "replylint-disable-next-line", "RL1004", "our legal team requires this wording")]
    [InlineData(" replylint-disable -- legacy\n   template, kept  as sent ", "Disable", "replylint-disable", "", "legacy template, kept as sent")]
    [InlineData(" replylint-disable RL1003,--why ", "Disable", "replylint-disable", "RL1003,", "why")]
    [InlineData(" replylint-disable RL1003 -- ", "Disable", "replylint-disable", "RL1003", null)]
    [InlineData("replylint-disable,RL1003", "Disable", "replylint-disable", ",RL1003", null)]
    public void A_directive_is_read_with_its_rules_and_reason(string content, string kind, string keyword, string rules, string? reason)
    {
        SuppressionParser.TryRead(content, out var readKind, out var readKeyword, out var readRules, out var readReason).ShouldBeTrue();

        readKind.ToString().ShouldBe(kind);
        readKeyword.ShouldBe(keyword);
        readRules.ShouldBe(rules);
        readReason.ShouldBe(reason);
    }

    [Theory]
    [InlineData(" note: replylint-disable RL1003 ")]
    [InlineData(" replylint-disabled RL1003 ")]
    [InlineData(" replylint-disable-file ")]
    [InlineData(" replylint ")]
    [InlineData(" TODO: check the refund wording ")]
    [InlineData("")]
    public void Other_comments_are_not_directives(string content) =>
        SuppressionParser.TryRead(content, out _, out _, out _, out _).ShouldBeFalse();

    [Fact]
    public void Rules_are_separated_by_commas_or_spaces_and_names_resolve_to_IDs()
    {
        var directive = Parse("<!-- replylint-disable RL1003,robotic-wording  Blaming-Wording, RL9999 -->\nHi.").ShouldHaveSingleItem();

        directive.Rules.Select(static r => (r.Written, r.Id)).ShouldBe([("RL1003", "RL1003"), ("robotic-wording", "RL1004"), ("RL9999", null)]);
    }

    [Fact]
    public void A_rule_named_twice_in_one_directive_counts_once()
    {
        var directive = Parse("<!-- replylint-disable RL1003 rl1003 -->\nHi.").ShouldHaveSingleItem();

        directive.Rules.ShouldHaveSingleItem().Written.ShouldBe("RL1003");
    }

    [Theory]
    [InlineData("t.md")]
    [InlineData("t.txt")]
    public void The_three_comment_syntaxes_carry_directives_in_Markdown_and_plain_text(string path)
    {
        var directives = Parse(
            "{{!-- replylint-disable RL1003 --}}\nHi {{ name }}.\n{{! replylint-disable-next-line RL1004 }}\nThanks.\n"
            + "{% comment %} replylint-enable RL1003 {% endcomment %}\n{%- comment -%}replylint-disable-line RL2001{%- endcomment -%} Bye.\n"
            + "<!-- replylint-enable -->\n",
            path);

        directives.Select(Describe).ShouldBe(["Disable [RL1003]", "DisableNextLine [RL1004] lines 4", "Enable [RL1003]", "DisableLine [RL2001] lines 6", "Enable []"]);
    }

    [Fact]
    public void The_span_is_the_whole_comment()
    {
        const string text = "Hi.\n\n  <!-- replylint-disable RL1003 -->\n";

        var directive = Parse(text).ShouldHaveSingleItem();

        directive.Span.ShouldBe(new TextSpan(7, 33));
        text.Substring(directive.Span.Start, directive.Span.Length).ShouldBe("<!-- replylint-disable RL1003 -->");
    }

    [Theory]
    [InlineData("Type `<!-- replylint-disable RL1003 -->` to turn it off.\n")]
    [InlineData("Type ``{{!-- replylint-disable RL1003 --}}`` to turn it off.\n")]
    [InlineData("```\n<!-- replylint-disable RL1003 -->\n```\n")]
    [InlineData("~~~html\n{% comment %} replylint-disable RL1003 {% endcomment %}\n~~~\n")]
    [InlineData("Example:\n\n    <!-- replylint-disable RL1003 -->\n")]
    [InlineData("- Item\n\n  ```\n  <!-- replylint-disable-next-line RL1003 -->\n  ```\n")]
    public void A_directive_inside_Markdown_code_is_code_not_a_directive(string text) =>
        Parse(text).ShouldBeEmpty();

    [Theory]
    [InlineData("<p>Type <code><!-- replylint-disable RL1003 --></code> to turn it off.</p>\n")]
    [InlineData("<pre>\n<!-- replylint-disable RL1003 -->\n</pre>\n")]
    [InlineData("<script>/* <!-- replylint-disable RL1003 --> */</script>\n")]
    [InlineData("<p title=\"<!-- replylint-disable RL1003 -->\">Hi.</p>\n")]
    public void A_directive_inside_HTML_code_or_an_attribute_is_not_a_directive(string text) =>
        Parse(text, "t.html").ShouldBeEmpty();

    [Fact]
    public void A_directive_between_HTML_tags_is_a_directive()
    {
        Parse("<p>Hi.</p>\n<!-- replylint-disable-next-line RL1004 -->\n<p>We apologize.</p>\n", "t.html").Select(Describe).ShouldBe(["DisableNextLine [RL1004] lines 3"]);
    }

    [Fact]
    public void Backticks_in_a_plain_text_template_are_not_code()
    {
        Parse("Type `<!-- replylint-disable RL1003 -->` to turn it off.\n", "t.txt").ShouldHaveSingleItem().Kind.ShouldBe(DirectiveKind.Disable);
    }

    [Theory]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\nWe apologize.\n", 2)]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\n\n   \n\t\nWe apologize.\n", 5)]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\r\n\r\n\r\nWe apologize.\r\n", 4)]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\r\rWe apologize.\r", 3)]
    [InlineData("<!-- replylint-disable-next-line RL1004 --> Hi.\nWe apologize.\n", 2)]
    [InlineData("<!-- replylint-disable-next-line\n     RL1004 -->\n\nWe apologize.\n", 4)]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\n<!-- a note -->\n{{!-- another --}}\nWe apologize.\n", 4)]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\n<!-- a note --> We apologize.\n", 2)]
    [InlineData("<!-- replylint-disable-next-line RL1004 -->\n<!-- a note\nover lines -->\nWe apologize.\n", 4)]
    public void Next_line_is_the_next_line_with_text_outside_comments(string text, int line) =>
        Parse(text).ShouldHaveSingleItem().Lines.ShouldBe([line]);

    [Theory]
    [InlineData("Hi.\n<!-- replylint-disable-next-line RL1004 -->\n")]
    [InlineData("Hi.\n<!-- replylint-disable-next-line RL1004 -->\n\n<!-- replylint-enable -->\n")]
    public void Next_line_at_the_end_of_the_file_has_no_line(string text) =>
        Parse(text)[0].Lines.ShouldBeEmpty();

    [Fact]
    public void Next_line_counts_the_lines_of_the_front_matter()
    {
        Parse("---\ntitle: Late\n---\n<!-- replylint-disable-next-line RL1004 -->\nWe apologize.\n").ShouldHaveSingleItem().Lines.ShouldBe([5]);
    }

    [Fact]
    public void Disable_line_covers_the_lines_the_comment_starts_and_ends_on()
    {
        Parse("We apologize. <!-- replylint-disable-line RL1004\n-- as sent\nby legal --> Thanks.\n").ShouldHaveSingleItem().Lines.ShouldBe([1, 3]);
    }

    [Theory]
    [InlineData("---\nreplylint: { disable: [RL2001, blaming-wording] }\n---\nHi.\n")]
    [InlineData("---\nreplylint:\n  disable:\n    - RL2001\n    - blaming-wording\n---\nHi.\n")]
    [InlineData("---\nreplylint:\n  disable: RL2001, blaming-wording\n---\nHi.\n")]
    public void Front_matter_disables_rules_for_the_whole_file(string text)
    {
        var directive = Parse(text).ShouldHaveSingleItem();

        Describe(directive).ShouldBe("FrontMatter [RL2001,RL1003]");
        text.Substring(directive.Span.Start, directive.Span.Length).ShouldContain("RL2001");
    }

    [Fact]
    public void Front_matter_takes_a_reason()
    {
        Describe(Parse("---\nreplylint:\n  disable: [RL2001]\n  reason: >\n    The outage notice is\n    not an apology.\n---\nHi.\n").ShouldHaveSingleItem())
            .ShouldBe("FrontMatter [RL2001] 'The outage notice is not an apology.'");
    }

    [Theory]
    [InlineData("---\ntitle: Late\n---\nHi.\n")]
    [InlineData("---\nreplylint: { }\n---\nHi.\n")]
    [InlineData("---\nreplylint: { disable: [] }\n---\nHi.\n")]
    [InlineData("---\nreplylint: off\n---\nHi.\n")]
    [InlineData("---\nreplylint: [ RL2001 ]\n---\nHi.\n")]
    [InlineData("---\nreplylint: { disable: [RL2001 }\n---\nHi.\n")]
    public void Front_matter_without_a_disable_list_has_no_directive(string text) =>
        Parse(text).ShouldBeEmpty();

    [Fact]
    public void Front_matter_comes_first_then_comments_in_source_order()
    {
        var directives = Parse("---\nreplylint: { disable: [RL2001] }\n---\n<!-- replylint-disable RL1003 -->\nHi.\n<!-- replylint-enable RL1003 -->\n");

        directives.Select(static d => d.Kind).ShouldBe([DirectiveKind.FrontMatter, DirectiveKind.Disable, DirectiveKind.Enable]);
    }

    [Fact]
    public void An_enable_keeps_no_reason()
    {
        Parse("<!-- replylint-enable RL1003 -- done -->\n").ShouldHaveSingleItem().Justification.ShouldBeNull();
    }

    [Theory]
    [InlineData("<!-- replylint-disable RL1003\nYou failed to pay.\n")]
    [InlineData("{{!-- replylint-disable RL1003\nYou failed to pay.\n")]
    [InlineData("{% comment %} replylint-disable RL1003\nYou failed to pay.\n")]
    public void A_comment_that_is_never_closed_is_not_a_directive(string text) =>
        Parse(text).ShouldBeEmpty();

    [Fact]
    public void A_directive_that_names_a_great_many_rules_is_read_in_one_pass()
    {
        var names = string.Join(' ', Enumerable.Range(0, 200_000).Select(static i => "rule-" + (i % 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var directive = Parse($"<!-- replylint-disable {names} RL1003 -->\nHi.\n").ShouldHaveSingleItem();

        directive.Rules.Length.ShouldBe(100_001);
        directive.Rules[^1].Id.ShouldBe("RL1003");
    }

    [Fact]
    public void Many_next_line_directives_in_a_row_are_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("<!-- replylint-disable-next-line RL1004 -->\n", 20_000)) + "We apologize.\n";

        var directives = Parse(text);

        directives.Length.ShouldBe(20_000);
        directives.ShouldAllBe(static d => d.Lines.Length == 1 && d.Lines[0] == 20_001);
    }
}
