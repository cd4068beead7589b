using System.Collections.Immutable;
using System.Globalization;
using ReplyLint.Analysis;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;

namespace ReplyLint.Core.Tests.Suppressions;

/// <summary>The engine applies each template's suppressions: hidden findings move to <see cref="LintResult.Suppressed"/>,
/// and directives that hide nothing are RL0003.</summary>
public sealed class SuppressionEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private LintResult Lint(params (string Path, string Text)[] files) => Lint(new LintOptions { Jobs = 2 }, files);

    private LintResult Lint(LintOptions options, params (string Path, string Text)[] files) => Lint(options, TestRules.All, files);

    private LintResult Lint(LintOptions options, IEnumerable<ReplyAnalyzer> analyzers, params (string Path, string Text)[] files)
    {
        var templates = files
            .Select(f => new TemplateFile(_folder.Write(f.Path, f.Text), f.Path))
            .OrderBy(static f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
        return new LintEngine(analyzers, options).Lint(templates);
    }

    private static string[] Shown(LintResult result) => [.. result.Diagnostics.Select(static d => d.ToString())];

    private static string[] Hidden(LintResult result) =>
        [.. result.Suppressed.Select(static d => $"{d} [{d.Suppression!.Kind} {d.Suppression.Justification ?? "no reason"}]")];

    private static LintOptions WithSeverities(params (string Rule, DiagnosticSeverity Severity)[] severities) => new()
    {
        Jobs = 2,
        Severities = severities.ToImmutableDictionary(static s => s.Rule, static s => s.Severity, StringComparer.OrdinalIgnoreCase),
    };

    // ---- every form, in every syntax, in Markdown and plain text ----

    public static TheoryData<string, string> EveryForm() => new()
    {
        { "html-next-line.md", "Hi.\n\n<!-- replylint-disable-next-line TST5001 -->\nIt seems you failed to attach it.\n" },
        { "html-next-line.txt", "Hi.\n\n<!-- replylint-disable-next-line TST5001 -->\nIt seems you failed to attach it.\n" },
        { "handlebars-long.md", "Hi {{ name }},\n\n{{!-- replylint-disable-next-line TST5001 --}}\nIt seems you failed to attach it.\n" },
        { "handlebars-short.txt", "Hi {{ name }},\n\n{{! replylint-disable-next-line TST5001 }}\nIt seems you failed to attach it.\n" },
        { "liquid.md", "Hi {{ name }},\n\n{% comment %} replylint-disable-next-line TST5001 {% endcomment %}\nIt seems you failed to attach it.\n" },
        { "liquid.txt", "Hi {{ name }},\n\n{%- comment -%}\nreplylint-disable-next-line TST5001\n{%- endcomment -%}\nIt seems you failed to attach it.\n" },
        { "html-range.md", "<!-- replylint-disable TST5001 -->\nIt seems you failed to attach it.\n<!-- replylint-enable TST5001 -->\n" },
        { "html-range.txt", "<!-- replylint-disable TST5001 -->\nIt seems you failed to attach it.\n<!-- replylint-enable TST5001 -->\n" },
        { "handlebars-range.txt", "{{!-- replylint-disable TST5001 --}}\nIt seems you failed to attach it.\n{{!-- replylint-enable TST5001 --}}\n" },
        { "liquid-range.md", "{% comment %}replylint-disable TST5001{% endcomment %}\nIt seems you failed to attach it.\n{% comment %}replylint-enable TST5001{% endcomment %}\n" },
        { "range-to-the-end.txt", "Hi.\n<!-- replylint-disable TST5001 -->\n\nIt seems you failed to attach it.\n" },
        { "all-rules.md", "<!-- replylint-disable -->\nIt seems you failed to attach it.\n" },
        { "same-line.md", "It seems you failed to attach it. <!-- replylint-disable-line TST5001 -->\n" },
        { "same-line.txt", "It seems you failed to attach it. {{! replylint-disable-line TST5001 }}\n" },
        { "by-name.md", "<!-- replylint-disable-next-line test-blame -->\nIt seems you failed to attach it.\n" },
        { "any-case.txt", "<!-- REPLYLINT-DISABLE-NEXT-LINE tst5001 -->\nIt seems you failed to attach it.\n" },
        { "front-matter-flow.md", "---\nreplylint: { disable: [TST5001] }\n---\nIt seems you failed to attach it.\n" },
        { "front-matter-block.txt", "---\nreplylint:\n  disable:\n    - test-blame\n---\nIt seems you failed to attach it.\n" },
        { "html-next-line.html", "<p>Hi.</p>\n<!-- replylint-disable-next-line TST5001 -->\n<p>It seems you failed to attach it.</p>\n" },
        { "html-range.html", "<!-- replylint-disable TST5001 -->\n<p>It seems <b>you</b> failed&nbsp;to attach it.</p>\n<!-- replylint-enable TST5001 -->\n" },
        { "html-same-line.htm", "<p>It seems you failed to attach it.</p> <!-- replylint-disable-line TST5001 -->\n" },
        { "html-front-matter.html", "---\nreplylint: { disable: [TST5001] }\n---\n<div>It seems you failed to attach it.</div>\n" },
    };

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Every_form_hides_the_finding_in_every_syntax_and_format(string path, string text)
    {
        var result = Lint((path, text));

        result.Diagnostics.ShouldBeEmpty();
        var hidden = result.Suppressed.ShouldHaveSingleItem();
        hidden.Id.ShouldBe("TST5001");
        hidden.Suppression.ShouldBe(new Suppression(SuppressionKind.InSource));
        hidden.Severity.ShouldBe(DiagnosticSeverity.Warning);
        hidden.Message.ShouldBe("'you failed to' is a test finding.");
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Without_the_directive_each_form_test_has_its_finding(string path, string text)
    {
        var plain = text.Replace("replylint", "note", StringComparison.OrdinalIgnoreCase);

        Lint((path, plain)).Diagnostics.Select(static d => d.Id).ShouldBe(["TST5001"]);
    }

    // ---- lines ----

    [Fact]
    public void Next_line_hides_only_findings_that_start_on_the_next_line_with_text()
    {
        var result = Lint(("a.md", "You failed to call.\n<!-- replylint-disable-next-line TST5001 -->\n\n\nYou failed to write, you failed to\nreply.\nYou failed to pay.\n"));

        Shown(result).ShouldBe(
        [
            "a.md(1,1,1,14): warning TST5001: 'You failed to' is a test finding.",
            "a.md(7,1,7,14): warning TST5001: 'You failed to' is a test finding.",
        ]);
        Hidden(result).ShouldBe(
        [
            "a.md(5,1,5,14): warning TST5001: 'You failed to' is a test finding. [InSource no reason]",
            "a.md(5,22,5,35): warning TST5001: 'you failed to' is a test finding. [InSource no reason]",
        ]);
    }

    [Fact]
    public void A_finding_that_starts_on_the_line_before_is_not_hidden_by_next_line()
    {
        var result = Lint(("a.txt", "Sadly you failed <!-- replylint-disable-next-line TST5001 -->\nto call.\n"));

        Shown(result).ShouldBe(
        [
            "a.txt(1,7,2,3): warning TST5001: 'you failed to' is a test finding.",
            "a.txt(1,18,1,62): suggestion RL0003: 'replylint-disable-next-line TST5001' suppresses nothing here; remove it.",
        ]);
    }

    [Fact]
    public void Next_line_reaches_across_blank_lines_and_CRLF()
    {
        var result = Lint(("a.md", "Hi.\r\n<!-- replylint-disable-next-line TST5002 -->\r\n\r\n   \r\nWe apologize for any inconvenience.\r\nWe apologize for any inconvenience.\r\n"));

        Hidden(result).ShouldBe(["a.md(5,1,5,35): warning TST5002: 'We apologize for any inconvenience' is a test finding. [InSource no reason]"]);
        Shown(result).ShouldBe(["a.md(6,1,6,35): warning TST5002: 'We apologize for any inconvenience' is a test finding."]);
    }

    [Fact]
    public void Stacked_next_line_directives_all_reach_the_same_line()
    {
        var result = Lint(("a.md", "<!-- replylint-disable-next-line TST5001 -->\n<!-- replylint-disable-next-line TST5002 -->\nYou failed to pay. We apologize for any inconvenience.\n"));

        result.Diagnostics.ShouldBeEmpty();
        result.Suppressed.Select(static d => d.Id).ShouldBe(["TST5001", "TST5002"]);
    }

    // ---- ranges ----

    [Fact]
    public void A_range_runs_from_the_disable_to_the_matching_enable()
    {
        var result = Lint(("a.md", "You failed to call.\n\n<!-- replylint-disable TST5001 -->\nYou failed to write.\n\nYou failed to pay.\n<!-- replylint-enable TST5001 -->\nYou failed to reply.\n"));

        result.Diagnostics.Select(static d => d.Location.LineSpan.Start.Line).ShouldBe([1, 8]);
        result.Suppressed.Select(static d => d.Location.LineSpan.Start.Line).ShouldBe([4, 6]);
    }

    [Fact]
    public void An_enable_for_every_rule_ends_every_range()
    {
        var result = Lint(("a.md", "<!-- replylint-disable TST5001, TST5002 -->\nYou failed to pay. We apologize for any inconvenience.\n<!-- replylint-enable -->\nYou failed to pay. We apologize for any inconvenience.\n"));

        result.Diagnostics.Select(static d => $"{d.Id}@{d.Location.LineSpan.Start.Line}").ShouldBe(["TST5001@4", "TST5002@4"]);
    }

    [Fact]
    public void Disable_all_then_enable_one_brings_back_only_that_rule()
    {
        var result = Lint(("a.md", "<!-- replylint-disable -->\nYou failed to pay.\n<!-- replylint-enable TST5001 -->\nYou failed to pay. We apologize for any inconvenience.\n"));

        result.Diagnostics.Select(static d => $"{d.Id}@{d.Location.LineSpan.Start.Line}").ShouldBe(["TST5001@4"]);
        result.Suppressed.Select(static d => $"{d.Id}@{d.Location.LineSpan.Start.Line}").ShouldBe(["TST5001@2", "TST5002@4"]);
    }

    [Fact]
    public void Overlapping_ranges_follow_each_rule_separately()
    {
        var result = Lint(("a.md", """
            <!-- replylint-disable TST5001 -->
            You failed to pay.
            <!-- replylint-disable TST5002, TST5001 -->
            You failed to pay. We apologize for any inconvenience.
            <!-- replylint-enable TST5001 -->
            You failed to pay. We apologize for any inconvenience.
            <!-- replylint-enable TST5002 -->
            We apologize for any inconvenience.
            """));

        result.Diagnostics.Select(static d => $"{d.Id}@{d.Location.LineSpan.Start.Line}").ShouldBe(["TST5001@6", "TST5002@8"]);
        result.Suppressed.Select(static d => $"{d.Id}@{d.Location.LineSpan.Start.Line}").ShouldBe(["TST5001@2", "TST5001@4", "TST5002@4", "TST5002@6"]);
    }

    [Fact]
    public void A_later_disable_for_every_rule_takes_over_a_rule_disabled_before()
    {
        var result = Lint(("a.md", "<!-- replylint-disable TST5001 -- first -->\nYou failed to pay.\n<!-- replylint-disable -- second -->\nYou failed to pay.\n<!-- replylint-enable -->\nYou failed to pay.\n"));

        result.Diagnostics.Select(static d => $"{d.Id}@{d.Location.LineSpan.Start.Line}").ShouldBe(["TST5001@6"]);
        result.Suppressed.Select(static d => d.Suppression!.Justification).ShouldBe(["first", "second"]);
    }

    // ---- reasons ----

    [Fact]
    public void A_reason_becomes_the_justification()
    {
        var result = Lint(("a.md", """
            ---
            replylint:
              disable: [TST5003]
              reason: Outage notices are not replies.
            ---
            <!-- replylint-disable-next-line TST5002 -- our legal team requires this wording -->
            We apologize for any inconvenience. Nothing is missing.

            {{!-- replylint-disable TST5001 -- quoted from the customer's own mail --}}
            You failed to pay.
            """));

        result.Diagnostics.ShouldBeEmpty();
        result.Suppressed.Select(static d => (d.Id, d.Suppression!.Justification)).ShouldBe(
        [
            ("TST5003", "Outage notices are not replies."),
            ("TST5002", "our legal team requires this wording"),
            ("TST5001", "quoted from the customer's own mail"),
        ]);
    }

    // ---- findings about the whole template ----

    [Fact]
    public void A_finding_about_the_whole_template_is_hidden_by_a_disable_that_is_never_enabled_again()
    {
        var result = Lint(("a.md", "---\ntitle: Outage\n---\nHi.\n\n<!-- replylint-disable TST5003 -->\nSomething is missing.\n"));

        result.Diagnostics.ShouldBeEmpty();
        Hidden(result).ShouldBe(["a.md(1,1,1,1): warning TST5003: 'missing' is a test finding. [InSource no reason]"]);
    }

    [Theory]
    [InlineData("<!-- replylint-disable TST5003 -->\nSomething is missing.\n<!-- replylint-enable TST5003 -->\n", new[] { "RL0003", "TST5003", "RL0003" })]
    [InlineData("Something is missing. <!-- replylint-disable-line TST5003 -->\n", new[] { "TST5003", "RL0003" })]
    public void A_finding_about_the_whole_template_is_not_hidden_by_part_of_it(string text, string[] ids)
    {
        var result = Lint(("a.md", text));

        result.Diagnostics.Select(static d => d.Id).ShouldBe(ids);
        result.Suppressed.ShouldBeEmpty();
    }

    // ---- RL0003 ----

    [Fact]
    public void A_directive_that_hides_nothing_is_RL0003_at_the_comment()
    {
        const string text = "Hi.\n\n  <!-- replylint-disable-next-line TST5002 -->\nWe are sorry.\n";

        var result = Lint(("a.md", text));

        var unused = result.Diagnostics.ShouldHaveSingleItem();
        unused.ToString().ShouldBe("a.md(3,3,3,47): suggestion RL0003: 'replylint-disable-next-line TST5002' suppresses nothing here; remove it.");
        text.Substring(unused.Location.Span.Start, unused.Location.Span.Length).ShouldBe("<!-- replylint-disable-next-line TST5002 -->");
        unused.Arguments.ShouldBe(["replylint-disable-next-line TST5002", " here; remove it"]);
    }

    [Fact]
    public void Each_rule_of_a_directive_that_hid_nothing_is_reported()
    {
        var result = Lint(("a.md", "<!-- replylint-disable-next-line TST5001 test-script, TST5004 -->\nYou failed to pay.\n"));

        Shown(result).ShouldBe(
        [
            "a.md(1,1,1,66): suggestion RL0003: 'replylint-disable-next-line TST5004' suppresses nothing here; remove it.",
            "a.md(1,1,1,66): suggestion RL0003: 'replylint-disable-next-line test-script' suppresses nothing here; remove it.",
        ]);
        result.Suppressed.ShouldHaveSingleItem().Id.ShouldBe("TST5001");
    }

    [Fact]
    public void An_unknown_rule_is_RL0003_that_says_so()
    {
        var result = Lint(("a.txt", "{{!-- replylint-disable TST9999 --}}\nHi.\n"));

        Shown(result).ShouldBe(["a.txt(1,1,1,37): suggestion RL0003: 'replylint-disable TST9999' suppresses nothing: no rule is called 'TST9999'; correct the name or remove it."]);
    }

    [Fact]
    public void An_unknown_rule_in_front_matter_is_RL0003_at_the_list()
    {
        const string text = "---\nreplylint: { disable: [TST5001, no-such-rule] }\n---\nYou failed to pay.\n";

        var result = Lint(("a.md", text));

        var unused = result.Diagnostics.ShouldHaveSingleItem();
        unused.Message.ShouldBe("'replylint: { disable: [no-such-rule] }' suppresses nothing: no rule is called 'no-such-rule'; correct the name or remove it.");
        text.Substring(unused.Location.Span.Start, unused.Location.Span.Length).ShouldBe("[TST5001, no-such-rule]");
        result.Suppressed.ShouldHaveSingleItem().Id.ShouldBe("TST5001");
    }

    [Fact]
    public void An_enable_with_nothing_to_enable_is_RL0003()
    {
        var result = Lint(("a.md", "<!-- replylint-enable TST5001 -->\nHi.\n<!-- replylint-enable -->\n"));

        result.Diagnostics.Select(static d => d.Message).ShouldBe(
        [
            "'replylint-enable TST5001' suppresses nothing here: TST5001 is not disabled before it; remove it.",
            "'replylint-enable' suppresses nothing here: no rule is disabled before it; remove it.",
        ]);
    }

    [Fact]
    public void An_unused_range_is_reported_at_both_ends()
    {
        var result = Lint(("a.md", "<!-- replylint-disable TST5001 -->\nHi.\n<!-- replylint-enable TST5001 -->\n"));

        result.Diagnostics.Select(static d => $"{d.Location.LineSpan.Start.Line} {d.Arguments[0]}").ShouldBe(["1 replylint-disable TST5001", "3 replylint-enable TST5001"]);
    }

    [Fact]
    public void An_enable_that_ends_a_used_range_is_not_reported()
    {
        Lint(("a.md", "<!-- replylint-disable -->\nYou failed to pay.\n<!-- replylint-enable TST5002 -->\nHi.\n<!-- replylint-enable -->\n"))
            .Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Next_line_with_no_line_after_it_is_RL0003()
    {
        Lint(("a.md", "Hi.\n<!-- replylint-disable-next-line TST5001 -->\n")).Diagnostics.ShouldHaveSingleItem().Message
            .ShouldBe("'replylint-disable-next-line TST5001' suppresses nothing here: no line with text follows it; remove it.");
    }

    [Fact]
    public void A_directive_for_a_rule_turned_off_hides_nothing()
    {
        var result = Lint(WithSeverities(("TST5001", DiagnosticSeverity.None)), ("a.md", "<!-- replylint-disable-next-line TST5001 -->\nYou failed to pay.\n"));

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RL0003");
        result.Suppressed.ShouldBeEmpty();
    }

    [Fact]
    public void RL0003_follows_its_configured_severity()
    {
        var text = "<!-- replylint-disable-next-line TST5001 -->\nHi.\n";

        Lint(WithSeverities(("unused-suppression", DiagnosticSeverity.None)), ("a.md", text)).Diagnostics.ShouldBeEmpty();
        Lint(WithSeverities(("RL0003", DiagnosticSeverity.Error)), ("b.md", text)).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_suppressed_finding_keeps_its_configured_severity()
    {
        Lint(WithSeverities(("TST5001", DiagnosticSeverity.Error)), ("a.md", "<!-- replylint-disable-next-line TST5001 -->\nYou failed to pay.\n"))
            .Suppressed.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void RL0003_is_not_hidden_by_a_disable_for_every_rule()
    {
        var result = Lint(("a.md", "<!-- replylint-disable -->\n<!-- replylint-disable-next-line TST5002 -->\nYou failed to pay.\n"));

        result.Diagnostics.ShouldHaveSingleItem().Arguments[0].ShouldBe("replylint-disable-next-line TST5002");
        result.Suppressed.ShouldHaveSingleItem().Id.ShouldBe("TST5001");
    }

    [Theory]
    [InlineData("---\nreplylint: { disable: [RL0003] }\n---\n<!-- replylint-disable-next-line TST5002 -->\nHi.\n")]
    [InlineData("<!-- replylint-disable unused-suppression -->\n<!-- replylint-disable-next-line TST5002 -->\nHi.\n")]
    [InlineData("<!-- replylint-disable-next-line TST5002 --> <!-- replylint-disable-line RL0003 -->\nHi.\n")]
    public void RL0003_is_hidden_by_a_directive_that_names_it(string text)
    {
        var result = Lint(("a.md", text));

        result.Diagnostics.ShouldBeEmpty();
        result.Suppressed.ShouldHaveSingleItem().Id.ShouldBe("RL0003");
    }

    [Fact]
    public void A_directive_that_names_RL0003_and_hides_nothing_is_not_reported()
    {
        Lint(("a.md", "---\nreplylint: { disable: [RL0003] }\n---\nHi.\n")).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void RL0004_and_RL0001_cannot_be_suppressed_in_the_template()
    {
        var result = Lint(
            new LintOptions { Jobs = 2 },
            [.. TestRules.All, new ThrowingAnalyzer()],
            ("a.md", "---\ntitle: [unclosed\n---\n<!-- replylint-disable -->\n<!-- replylint-disable RL0001 analyzer-exception invalid-front-matter -->\nYou failed to pay.\n"));

        result.Diagnostics.Select(static d => d.Id).ShouldBe(["RL0001", "RL0004", "RL0003", "RL0003"]);
        result.Diagnostics.Skip(2).Select(static d => d.Message).ShouldBe(
        [
            "'replylint-disable RL0001' suppresses nothing: RL0001 findings cannot be suppressed in a template; remove it.",
            "'replylint-disable invalid-front-matter' suppresses nothing: RL0004 findings cannot be suppressed in a template; remove it.",
        ]);
        result.Suppressed.ShouldHaveSingleItem().Id.ShouldBe("TST5001");
    }

    [Fact]
    public void A_file_that_cannot_be_read_has_no_suppressions()
    {
        var file = new TemplateFile(_folder.Write("bad.md", [0x3C, 0x21, 0x2D, 0x2D, 0, 0, 0, 1]), "bad.md");

        var result = new LintEngine(TestRules.All).Lint([file]);

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RL0002");
        result.Suppressed.ShouldBeEmpty();
    }

    // ---- directives are never prose ----

    [Theory]
    [InlineData("t.md")]
    [InlineData("t.txt")]
    public void Directive_words_are_never_prose(string path)
    {
        var text = "<!-- replylint-disable TST5005 -- lorem ipsum, nothing missing -->\n{{!-- replylint-disable TST5005 --}}\n"
            + "{% comment %}replylint-enable disable replylint{% endcomment %}\nHi there.\n";

        var result = Lint((path, text));

        result.Diagnostics.Select(static d => d.Id).ShouldAllBe(static id => id == "RL0003");
        result.Suppressed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Type `<!-- replylint-disable-next-line TST5001 -->` above a line.\nYou failed to pay.\n")]
    [InlineData("```\n<!-- replylint-disable-next-line TST5001 -->\n```\nYou failed to pay.\n")]
    public void A_directive_in_Markdown_code_is_not_a_directive(string text)
    {
        var result = Lint(("a.md", text));

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("TST5001");
        result.Suppressed.ShouldBeEmpty();
    }

    // ---- run actions, parallelism and the other entry points ----

    [Fact]
    public void A_run_finding_is_hidden_by_the_suppressions_of_its_own_file()
    {
        var result = Lint(
            ("a.md", "<!-- replylint-disable-next-line TST5005 -->\nThe same words.\n"),
            ("b.md", "<!-- replylint-disable TST5005 -- kept as a variant of a.md -->\nThe same words.\n"),
            ("c.md", "The same words.\n"));

        Shown(result).ShouldBe(
        [
            "a.md(1,1,1,45): suggestion RL0003: 'replylint-disable-next-line TST5005' suppresses nothing here; remove it.",
            "c.md(1,1,1,1): warning TST5005: 'a.md' is a test finding.",
        ]);
        Hidden(result).ShouldBe(["b.md(2,1,2,1): warning TST5005: 'a.md' is a test finding. [InSource kept as a variant of a.md]"]);
    }

    [Fact]
    public void The_result_is_the_same_whatever_the_parallelism()
    {
        static string Body(int i) => (i % 6) switch
        {
            0 => "<!-- replylint-disable -->\nYou failed to pay. Text {0}.\n",
            1 => "<!-- replylint-disable-next-line TST5002 -->\nYou failed to pay. Text {0}.\n",
            2 => "---\nreplylint: { disable: [TST5005, TST9999] }\n---\nText {0}.\n",
            3 => "{{! replylint-disable-line TST5001 }} You failed to pay. Something is missing. Text {0}.\n",
            4 => "{% comment %} replylint-enable {% endcomment %}\nText {0}.\n",
            _ => "Text {0}. We apologize for any inconvenience.\n",
        };

        var files = Enumerable.Range(0, 48)
            .Select(static i => (
                $"t{i.ToString("D2", CultureInfo.InvariantCulture)}.{(i % 3 == 0 ? "txt" : "md")}",
                Body(i).Replace("{0}", (i % 4).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            .ToArray();

        string[] Run(int jobs)
        {
            var result = Lint(new LintOptions { Jobs = jobs }, files);
            return [.. Shown(result), "--", .. Hidden(result)];
        }

        var serial = Run(1);
        serial.ShouldContain(static line => line.Contains("RL0003", StringComparison.Ordinal));
        serial.ShouldContain(static line => line.Contains("[InSource", StringComparison.Ordinal));
        Run(8).ShouldBe(serial);
    }

    [Fact]
    public void Analyze_and_LintFile_leave_out_what_the_template_suppresses()
    {
        const string text = "<!-- replylint-disable-next-line TST5001 -->\nYou failed to pay.\nYou failed to pay.\n";
        var engine = new LintEngine(TestRules.All);

        engine.Analyze(TemplateParser.Parse(text, "a.md")).Select(static d => d.Location.LineSpan.Start.Line).ShouldBe([3]);
        engine.LintFile(new TemplateFile(_folder.Write("a.md", text), "a.md")).Select(static d => d.Location.LineSpan.Start.Line).ShouldBe([3]);
    }

    [Fact]
    public async Task Thousands_of_directives_and_findings_in_one_file_take_one_pass()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 4_000; i++)
        {
            text.Append("<!-- replylint-disable-next-line TST5002 TST5001 TST9999 -->\n<!-- replylint-disable TST5002 -->\n")
                .Append("You failed to pay. <!-- replylint-disable-line TST5001 test-blame -->\n<!-- replylint-enable -->\n");
        }

        var result = await Task.Run(() => Lint(("big.md", text.ToString()))).WaitAsync(TimeSpan.FromSeconds(60));

        result.Suppressed.Length.ShouldBe(4_000);
        result.Diagnostics.Count(static d => d.Message.Contains("no rule is called", StringComparison.Ordinal)).ShouldBe(4_000);
        result.Diagnostics.ShouldAllBe(static d => d.Id == "RL0003");
    }

    private sealed class ThrowingAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new("TST5009", "test-throwing", "A test rule", "'{0}'.", RuleCategories.Tone, DiagnosticSeverity.Warning, true, "For the suppression tests.", null)];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(static _ => throw new InvalidOperationException("no"));
    }
}
