using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Text;

namespace ReplyLint.Rules.Tests.Hygiene;

/// <summary>The raw-text scanner behind RL3001, on its own: spans, problems, advice and certain replacements.</summary>
[Trait("Rule", "RL3001")]
public sealed class PlaceholderDelimiterScannerTests
{
    [Theory]
    [InlineData("Hi [|{{customer.name}|], thanks.", nameof(DelimiterProblem.MissingBrace), "{{customer.name}}")]
    [InlineData("Hi [|{ customer.name }}|], thanks.", nameof(DelimiterProblem.MissingBrace), "{{ customer.name }}")]
    [InlineData("Hi [|{customer.name}}|].", nameof(DelimiterProblem.MissingBrace), "{{customer.name}}")]
    [InlineData("Hi [|{{ customer.name %}|].", nameof(DelimiterProblem.KindMismatch), "{{ customer.name }}")]
    [InlineData("[|{% customer.name }}|]", nameof(DelimiterProblem.KindMismatch), "{{ customer.name }}")]
    [InlineData("[|{{ if order.is_gift %}|]", nameof(DelimiterProblem.KindMismatch), "{% if order.is_gift %}")]
    [InlineData("[|{% endif }}|]", nameof(DelimiterProblem.KindMismatch), "{% endif %}")]
    [InlineData("[|{% if x }|]", nameof(DelimiterProblem.KindMismatch), "{% if x %}")]
    [InlineData("[|{ if x %}|]", nameof(DelimiterProblem.KindMismatch), "{% if x %}")]
    [InlineData("Hi [|{ {name} }|].", nameof(DelimiterProblem.SpacedDelimiter), "{{name}}")]
    [InlineData("Hi [|{ {name}}|].", nameof(DelimiterProblem.SpacedDelimiter), "{{name}}")]
    [InlineData("Hi [|{{name} }|].", nameof(DelimiterProblem.SpacedDelimiter), "{{name}}")]
    [InlineData("[|{ % if x % }|]", nameof(DelimiterProblem.SpacedDelimiter), "{% if x %}")]
    [InlineData("Dear [|[Customer Name|], thanks.", nameof(DelimiterProblem.UnclosedBracket), "[Customer Name]")]
    public void Finds_a_slip_and_its_certain_fix(string markup, string problem, string replacement)
    {
        var (text, spans) = TestMarkup.Parse(markup);

        var found = Scan(text).ShouldHaveSingleItem();

        found.Span.ShouldBe(spans.ShouldHaveSingleItem().Span);
        found.Problem.ShouldBe(Enum.Parse<DelimiterProblem>(problem));
        found.Replacement.ShouldBe(replacement);
    }

    [Theory]
    [InlineData("Hi [|{{{ name }}|].", nameof(DelimiterProblem.BraceCountMismatch), "'{{{name}}}' or '{{name}}'")]
    [InlineData("Hi [|{{ name }}}|].", nameof(DelimiterProblem.BraceCountMismatch), "'{{{name}}}' or '{{name}}'")]
    [InlineData("Hi [|{{{ name }|].", nameof(DelimiterProblem.BraceCountMismatch), "'{{{name}}}' or '{{name}}'")]
    [InlineData("Hi [|{ name }}}|].", nameof(DelimiterProblem.BraceCountMismatch), "'{{{name}}}' or '{{name}}'")]
    [InlineData("Hi [|{ {name}|].", nameof(DelimiterProblem.SpacedDelimiter), "'{{name}}'")]
    [InlineData("Hi [|{{ }}|].", nameof(DelimiterProblem.Empty), "a name between the delimiters, or remove them")]
    [InlineData("Hi [|{%%}|].", nameof(DelimiterProblem.Empty), "a name between the delimiters, or remove them")]
    [InlineData("Hi [|{{ customer.name|], thanks.", nameof(DelimiterProblem.Unclosed), "'{{ customer.name }}'")]
    [InlineData("Hi [|{{customer.name|]", nameof(DelimiterProblem.Unclosed), "'{{customer.name}}'")]
    [InlineData("Hi [|{{- customer.name|]", nameof(DelimiterProblem.Unclosed), "'{{ customer.name }}'")]
    [InlineData("[|{%- if|] order.is_gift", nameof(DelimiterProblem.Unclosed), "a closing '%}' at the end of the tag")]
    [InlineData("Hi [|customer.name}}|].", nameof(DelimiterProblem.StrayCloser), "'{{customer.name}}'")]
    [InlineData("Hi customer.name [|}}|].", nameof(DelimiterProblem.StrayCloser), "the missing '{{' before it, or remove the '}}'")]
    [InlineData("Hi if x [|%}|].", nameof(DelimiterProblem.StrayCloser), "the missing '{%' before it, or remove the '%}'")]
    [InlineData("[|{% x }}|]", nameof(DelimiterProblem.KindMismatch), "'{{ x }}'")]
    [InlineData("[|{{ #each items %}|]", nameof(DelimiterProblem.KindMismatch), "'{{ #each items }}' for a value or '{% #each items %}' for a tag")]
    public void Finds_a_break_whose_fix_is_a_guess(string markup, string problem, string advice)
    {
        var (text, spans) = TestMarkup.Parse(markup);

        var found = Scan(text).ShouldHaveSingleItem();

        found.Span.ShouldBe(spans.ShouldHaveSingleItem().Span);
        found.Problem.ShouldBe(Enum.Parse<DelimiterProblem>(problem));
        found.Advice.ShouldBe(advice);
        if (problem != nameof(DelimiterProblem.KindMismatch))
        {
            found.Replacement.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("Hi {{ customer.first_name | default: \"there\" }}, {{{ body }}} and {% if x %}y{% endif %}.")]
    [InlineData("Hi {{- customer.name -}} and {%- if x -%}y{%- endif -%} and {{~ x ~}}.")]
    [InlineData("{{#each order.items}}{{this.title}}{{/each}} {{> footer}} {{@index}}")]
    [InlineData("Single braces are text: {name}, {first_name} and set {a, b}.")]
    [InlineData("A lone } or { is text, and so is 100% off or {10%}.")]
    [InlineData("{{{{raw}}}} {{x}} {{{{/raw}}}}")]
    [InlineData("[Customer Name] and [Order Number] are fine.")]
    [InlineData("[Customer Name\ncontinues on the next line]")]                 // link text may wrap
    [InlineData("[Note, this applies to EU orders only.]")]
    [InlineData("See [Our Refund Policy.](https://example.com) for details.")]   // closed later on the line
    [InlineData("![Screenshot Of The App, cropped")]
    [InlineData("Hi {{ customer.first_name | default: \"{friend}\" }} and {% assign open = \"{\" %}{{ open }}")]
    public void Finds_nothing_in_well_formed_or_literal_text(string text) => Scan(text).ShouldBeEmpty();

    [Fact]
    public void An_opener_with_no_name_after_it_is_reported_on_its_own()
    {
        // (Not markup: "{{" right before a closing "|]" would read as a marker.)
        var found = Scan("Hi {{, and more").ShouldHaveSingleItem();

        found.Span.ShouldBe(new TextSpan(3, 2));
        found.Advice.ShouldBe("a closing '}}' after the name");
    }

    [Fact]
    public void Two_breaks_on_one_line_have_no_certain_fix()
    {
        var found = Scan("Hi {{name} and {{order}.");

        found.Count.ShouldBe(2);
        found.ShouldAllBe(static f => f.Replacement == null);
    }

    [Fact]
    public void A_break_alone_on_its_line_keeps_its_fix_when_another_line_has_two()
    {
        var found = Scan("Hi {{name} and {{order}.\nThanks, {{agent.name}");

        found.Select(static f => f.Replacement).ShouldBe([null, null, "{{agent.name}}"]);
    }

    [Fact]
    public void Each_line_is_read_on_its_own()
    {
        var found = Scan("Hi {{customer.name\n}}");

        found.Select(static f => f.Problem).ShouldBe([DelimiterProblem.Unclosed, DelimiterProblem.StrayCloser]);
    }

    [Theory]
    [InlineData("{\"a\": {\"b\": 1}}")]                    // JSON
    [InlineData("{\"user\": {\"name\": {{customer.name}}}}")] // a placeholder inside JSON
    [InlineData("p { color: red; }}")]
    [InlineData("{ {a} }")]
    [InlineData("x }}")]
    public void In_code_single_braces_and_stray_closers_are_text(string line)
    {
        var code = new List<TextSpan> { new(0, line.Length) };

        PlaceholderDelimiterScanner.Scan(line, new TextSpan(0, line.Length), [], code).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[|{{customer.name}|]", nameof(DelimiterProblem.MissingBrace))]
    [InlineData("[|{{ x %}|]", nameof(DelimiterProblem.KindMismatch))]
    [InlineData("[|{{{ body }}|]", nameof(DelimiterProblem.BraceCountMismatch))]
    [InlineData("[|{{ x|]", nameof(DelimiterProblem.Unclosed))]
    [InlineData("[|{{ }}|]", nameof(DelimiterProblem.Empty))]
    public void In_code_a_placeholder_the_help_desk_reads_is_still_checked(string markup, string problem)
    {
        var (text, spans) = TestMarkup.Parse(markup);
        var code = new List<TextSpan> { new(0, text.Length) };

        var found = PlaceholderDelimiterScanner.Scan(text, new TextSpan(0, text.Length), [], code).ShouldHaveSingleItem();

        found.Span.ShouldBe(spans[0].Span);
        found.Problem.ShouldBe(Enum.Parse<DelimiterProblem>(problem));
    }

    [Fact]
    public void Masked_text_is_skipped_and_nothing_pairs_across_it()
    {
        const string text = "{{ a <!-- x --> }} and {{ b } <!-- } -->";
        var comments = new List<TextSpan> { new(5, 10), new(30, 10) };

        var found = PlaceholderDelimiterScanner.Scan(text, new TextSpan(0, text.Length), comments, []);

        found.Select(static f => (f.Span.Start, f.Problem)).ShouldBe([(23, DelimiterProblem.MissingBrace)]);
    }

    [Fact]
    public void Only_the_body_is_scanned()
    {
        const string text = "title: {{ x }\n---\nHi {{ y }";

        var found = PlaceholderDelimiterScanner.Scan(text, TextSpan.FromBounds(18, text.Length), [], []).ShouldHaveSingleItem();

        found.Span.ShouldBe(TextSpan.FromBounds(21, 27));
    }

    [Fact]
    public void Single_braces_inside_a_placeholder_do_not_hide_its_missing_brace()
    {
        var found = Scan("Hi {{ name | default: \"{friend}\" }, thanks.").ShouldHaveSingleItem();

        found.Problem.ShouldBe(DelimiterProblem.MissingBrace);
        found.Span.ShouldBe(TextSpan.FromBounds(3, 34));
    }

    [Fact]
    public void A_long_line_of_openers_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("{{ ", 50_000));

        var found = Scan(text);

        found.Count.ShouldBe(50_000);
    }

    private static List<MalformedPlaceholder> Scan(string text) =>
        PlaceholderDelimiterScanner.Scan(text, new TextSpan(0, text.Length), [], []);
}
