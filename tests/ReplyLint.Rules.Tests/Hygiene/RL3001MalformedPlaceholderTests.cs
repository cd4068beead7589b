using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Hygiene.RL3001MalformedPlaceholder>;

namespace ReplyLint.Rules.Tests.Hygiene;

[Trait("Rule", "RL3001")]
public sealed class RL3001MalformedPlaceholderTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL3001MalformedPlaceholder.Id);

    [Theory]
    [InlineData("Hi [|{{customer.first_name}|], thanks for writing.")]
    [InlineData("Hi [|{ customer.first_name }}|], thanks for writing.")]
    [InlineData("Hi [|{customer.first_name}}|], thanks for writing.")]
    [InlineData("Order [|{{ order.number }|] ships *today*.")]
    [InlineData("Hi [|{{name}|]\r\nThanks for waiting.")]                             // CRLF
    [InlineData("> Hi [|{{name}|], you wrote:")]                                       // a quote is sent too
    [InlineData("# Order [|{{order.number}|]")]
    [InlineData("- Refund: [|{{ refund.amount }|]\n- Card: {{ payment.card_last4 }}")]
    public Task Flags_a_missing_brace(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Hi [|{{ customer.name %}|].")]
    [InlineData("[|{% customer.name }}|], thanks.")]
    [InlineData("[|{% if order.is_gift }}|]A gift note is on its way.{% endif %}")]
    [InlineData("{% if order.is_gift %}A gift note is on its way.[|{{ endif %}|]")]
    [InlineData("Hi [|{{{ customer.name }}|].")]
    [InlineData("Hi [|{{ customer.name }}}|].")]
    public Task Flags_mismatched_delimiters(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Hi [|{ {name} }|].")]
    [InlineData("Hi [|{ { customer.name } }|].")]
    [InlineData("Hi [|{{name} }|].")]
    [InlineData("[|{ % if x % }|]Yes.{% endif %}")]
    public Task Flags_spaces_inside_delimiters(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Hi [|{{ }}|], thanks.")]
    [InlineData("Hi [|{{customer.name|], thanks.")]
    [InlineData("Hi [|{{ customer.name|]")]
    [InlineData("Hi [|customer.name}}|], thanks.")]
    [InlineData("Your gift note is ready. [|%}|]")]
    [InlineData("Dear [|[Customer Name|], thanks for your patience.")]
    public Task Flags_empty_unclosed_and_stray(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Use `[|{{ order.id }|]` as the reference.")]                       // code is filled in too
    [InlineData("```\nReference: [|{{ order.id }|]\n```")]
    [InlineData("```\nReference: [|{{ order.id|]\n```")]
    public Task Flags_a_placeholder_the_help_desk_reads_in_code(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi [|{ customer.first_name }}|],\n\nYour order is on its way.\n", "reply.txt");

    [Fact]
    public Task Flags_with_a_message_that_quotes_the_placeholder_and_says_what_to_write() =>
        Verify.DiagnosticsAsync("Hi {|#0:{{customer.name}|}, thanks.", new ExpectedArguments(0, "{{customer.name}", "a brace is missing", "'{{customer.name}}'"));

    [Theory]
    [InlineData("Hi {{ customer.first_name | default: \"there\" }}, {{{ ticket.latest_comment }}} {% if x %}y{% endif %}.")]
    [InlineData("Hi {{- customer.name -}}, {%- if order.is_gift -%}gift{%- endif -%} and {{~ agent.name ~}}.")]
    [InlineData("{{#each order.items}}{{this.title}}{{/each}} {{> signature}} {{@index}}")]
    [InlineData("Hi [Customer Name], your [Order Number] ships today.")]
    public Task Does_not_flag_well_formed_placeholders(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Single braces are another tool's syntax or text: {name}, {first_name} and {a, b}.")]
    [InlineData("Press Ctrl+} to indent, or { to outdent.")]
    [InlineData("Save 100% now, or {10%} off later.")]
    [InlineData("{{{{raw}}}}{{ not a placeholder }}{{{{/raw}}}}")]
    public Task Does_not_flag_literal_braces(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("```json\n{\"user\": {\"name\": \"{{ customer.name }}\"}}\n```")]
    [InlineData("```json\n{\"id\": {{ order.id }}}\n```")]
    [InlineData("Send `{\"a\": {\"b\": 1}}` to the API.")]
    [InlineData("Use `x }}` or `{ y }}` in the template editor.")]
    [InlineData("~~~\np { color: red; }}\n~~~")]
    public Task Does_not_flag_braces_in_code_samples(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("<!-- {{ x } was the old greeting -->\nHi there.")]
    [InlineData("{{!-- {{ broken } --}}Hi there.")]
    [InlineData("{% comment %}{{ broken }{% endcomment %}Hi there.")]
    [InlineData("---\ntitle: \"Greeting {{ x }\"\n---\nHi there.")]
    public Task Does_not_flag_comments_or_front_matter(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("See [Our Returns\nPolicy](https://example.com/returns).")]
    [InlineData("[Note, this applies to EU orders only.]")]
    [InlineData("![Screenshot Of The App, cropped.](https://example.com/a.png)")]
    public Task Does_not_flag_brackets_that_are_not_fill_ins(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("<p>Hi <span class=\"atwho-inserted\" data-atwho-at-query=\"{{\">{{ticket.requester.first_name}}</span>&zwj;,</p>")]
    [InlineData("<p data-note=\"{ {x} }\">Your <a href=\"{{ticket.url}}\">ticket</a> is open.</p>")]
    [InlineData("<style>p { color: red; }}</style><p>Hi <attribute key=\"first_name\" default=\"there\"/>.</p>")]
    public Task Does_not_flag_editor_data_and_styles_in_html(string text) => Verify.NoDiagnosticsAsync(text, "reply.html");

    [Theory]
    [InlineData("<p>Follow <a href=\"[|{{ticket.url}|]\">your ticket</a>.</p>")]
    [InlineData("<p>Hi <span class=\"atwho-inserted\">[|{{ticket.requester.first_name}|]</span>,</p>")]
    public Task Flags_a_broken_placeholder_in_html(string markup) => Verify.DiagnosticsAsync(markup, "reply.html");

    [Fact]
    public Task Does_not_flag_a_plain_text_file_with_well_formed_placeholders() =>
        Verify.NoDiagnosticsAsync("Hi {{ customer.first_name }},\n\nYour order {{order.number}} is on its way.\n", "reply.txt");

    [Theory]
    [InlineData("Hi {{customer.name}, thanks.", "Hi {{customer.name}}, thanks.")]
    [InlineData("Hi { customer.name }}, thanks.", "Hi {{ customer.name }}, thanks.")]
    [InlineData("Hi {customer.name}}, thanks.", "Hi {{customer.name}}, thanks.")]
    [InlineData("Hi { {name} }.", "Hi {{name}}.")]
    [InlineData("Hi {{ name} }.", "Hi {{ name}}.")]
    [InlineData("{ % if x % }Yes.{% endif %}", "{% if x %}Yes.{% endif %}")]
    [InlineData("{% if order.is_gift }}Gift.{% endif %}", "{% if order.is_gift %}Gift.{% endif %}")]
    [InlineData("Hi {{ customer.name %}.", "Hi {{ customer.name }}.")]
    [InlineData("Hi {% customer.name }}.", "Hi {{ customer.name }}.")]
    [InlineData("Dear [Customer Name, thanks.", "Dear [Customer Name], thanks.")]
    [InlineData("Hi {{name}\r\nThanks.\r\n", "Hi {{name}}\r\nThanks.\r\n")]
    public Task Fix_adds_the_missing_brace_or_closes_the_gap(string text, string expected)
    {
        var markup = WithFindingsMarked(text);
        return Verify.VerifyFixAsync(markup, expected);
    }

    [Theory]
    [InlineData("Hi {{{ name }}.")]                      // three braces or two?
    [InlineData("Hi {{ name }}}.")]
    [InlineData("Hi {{ name.")]                          // where does it end?
    [InlineData("Hi name}}.")]
    [InlineData("Hi {{ }}.")]
    [InlineData("Hi {{name} and {{order}.")]             // two on a line: which brace goes where is a guess
    [InlineData("{% x y }} and more")]                  // neither a tag keyword nor a plain name
    public void Fix_is_not_offered_where_the_intent_is_a_guess(string text)
    {
        var diagnostics = Verify.Analyze(text);

        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(static d => d.Fix == null);
    }

    [Theory]
    [InlineData("Dear [|${Cases.Contact Name|], thanks for writing.")]                  // Zoho
    [InlineData("Dear [|${Cases.Contact Name|] thanks for writing.")]
    [InlineData("Request [|${Cases.Request Id|]")]
    [InlineData("Hi [|{!Contact.FirstName|], thanks for writing.")]                      // Salesforce
    [InlineData("Hi [|{!Contact.FirstName|]\nThanks for writing.")]
    [InlineData("Hi [|%{ticket.name.first|] thanks for writing.")]                       // osTicket
    [InlineData("Hi [|#{ticket.customer.firstname|], thanks for writing.")]              // Zammad
    [InlineData("> Hi [|{!Contact.FirstName|], you wrote:")]                             // a quote is sent too
    public Task Flags_an_unclosed_placeholder_of_another_help_desk(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_an_unclosed_help_desk_placeholder_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Dear [|${Cases.Contact Name|],\n\nYour request is open.\n", "reply.txt");

    [Fact]
    public Task Flags_an_unclosed_merge_field_with_a_message_that_says_what_to_write() =>
        Verify.DiagnosticsAsync("Hi {|#0:{!Contact.FirstName|}, thanks.", new ExpectedArguments(0, "{!Contact.FirstName", "it is never closed", "'{!Contact.FirstName}'"));

    [Fact]
    public Task Flags_an_unclosed_zoho_label_without_guessing_where_it_ends() =>
        Verify.DiagnosticsAsync(
            "Dear {|#0:${Cases.Contact Name|} thanks.",
            new ExpectedArguments(0, "${Cases.Contact Name", "it is never closed", "a closing '}' right after the field label, as in '${Cases.Contact Name}'"));

    [Theory]
    [InlineData("Dear ${Cases.Contact Name, thanks.", "Dear ${Cases.Contact Name}, thanks.")]
    [InlineData("Dear ${Cases.Contact Name\nThanks.", "Dear ${Cases.Contact Name}\nThanks.")]
    [InlineData("Hi {!Contact.FirstName, thanks.", "Hi {!Contact.FirstName}, thanks.")]
    [InlineData("Hi {!Contact.FirstName thanks.", "Hi {!Contact.FirstName} thanks.")]
    [InlineData("Hi %{ticket.name.first.", "Hi %{ticket.name.first}.")]
    [InlineData("Hi #{ticket.customer.firstname!", "Hi #{ticket.customer.firstname}!")]
    public Task Fix_closes_a_help_desk_placeholder_where_its_name_ends(string text, string expected) =>
        Verify.VerifyFixAsync(WithFindingsMarked(text), expected);

    [Theory]
    [InlineData("Dear ${Cases.Contact Name thanks.")]     // a Zoho label may hold spaces: where it ends is a guess
    [InlineData("Hi {!Contact.FirstName-x.")]
    public void Fix_is_not_offered_where_a_help_desk_placeholder_may_go_on(string text)
    {
        var diagnostics = Verify.Analyze(text);

        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(static d => d.Fix == null);
    }

    [Theory]
    [InlineData("Dear ${Cases.Contact Name}, request ${Cases.Request Id} is open.")]
    [InlineData("Hi {!Contact.FirstName}, case {!Case.CaseNumber}: {!IF(ISBLANK(Contact.FirstName), \"there\", Contact.FirstName)}.")]
    [InlineData("Hi %{ticket.name.first}, ticket #%{ticket.number}. %{signature}")]
    [InlineData("Hi #{ticket.customer.firstname}, ticket #{config.ticket_hook}#{ticket.number}.")]
    [InlineData("Hi {%customer.firstName,fallback=there%} from {%user.firstName%}.")]
    [InlineData("Hi {{ contact.first_name || 'there' }} and {{ first_name | fallback: \"there\" }}.")]
    [InlineData("Costs ${5}, 50%{ off, #{1} and {! that }.")]                                   // not placeholders at all
    [InlineData("Hi %{signature and more.")]
    public Task Does_not_flag_well_formed_placeholders_of_other_help_desks(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("```ruby\nputs \"Hi #{user.name\"\n```")]                                 // code has its own syntax
    [InlineData("Run `echo ${Cases.Contact Name` and see.")]
    [InlineData("```\n{!Contact.FirstName\n```")]
    public Task Does_not_flag_an_unclosed_help_desk_opener_in_code(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public void Flags_a_long_line_of_openers_once_each()
    {
        var text = string.Concat(Enumerable.Repeat("{{ ", 20_000));

        Verify.Analyze(text).Length.ShouldBe(20_000);
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);

    // The fix tests take plain text; the finding they fix is whatever the rule reports, checked by the tests above.
    private static string WithFindingsMarked(string text) =>
        TestMarkup.Mark(text, Verify.Analyze(text).Select(static d => ((string?)null, d.Location.Span)));
}
