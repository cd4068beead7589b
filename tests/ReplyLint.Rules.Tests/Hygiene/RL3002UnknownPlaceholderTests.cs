using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Hygiene.RL3002UnknownPlaceholder>;

namespace ReplyLint.Rules.Tests.Hygiene;

[Trait("Rule", "RL3002")]
public sealed class RL3002UnknownPlaceholderTests
{
    // Three uses make a name the run's reference; a single use a typo's distance away is the slip.
    private const string ThreeFirstNames = "Hi {{customer.first_name}}. {{ customer.first_name }} and {{customer.first_name | default: \"there\"}}.\n\n";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL3002UnknownPlaceholder.Id);

    [Theory]
    [InlineData(ThreeFirstNames + "Thanks, [|{{ customer.frist_name }}|].")]              // a swap
    [InlineData(ThreeFirstNames + "Thanks, [|{{customer.firstname}}|].")]                 // a deletion
    [InlineData(ThreeFirstNames + "Thanks, [|{{customer.first_nam}}|].")]
    [InlineData(ThreeFirstNames + "Thanks, [|{{Customer.First_Name}}|].")]                 // case alone: the help desk matches case
    [InlineData(ThreeFirstNames + "Thanks, [|{{{ customer.frist_name }}}|].")]
    [InlineData(ThreeFirstNames + "Thanks, [|{{ customer.frist_name | upcase }}|].")]
    [InlineData(ThreeFirstNames + "> You wrote to [|{{customer.frist_name}}|].")]           // a quote is sent too
    [InlineData(ThreeFirstNames + "Use `[|{{customer.frist_name}}|]` as the greeting.")]   // code is filled in too
    [InlineData(ThreeFirstNames + "Thanks, [|{{customer.frist_name}}|] and [|{{customer.frist_name}}|].")] // twice is still rare
    public Task Flags_a_rare_name_next_to_a_common_one(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_across_the_templates_of_a_run() =>
        Verify.DiagnosticsAsync(
        [
            ("a.md", "Hi {{customer.first_name}}, your order {{order.number}} is on its way."),
            ("b.md", "Hi {{customer.first_name}}, order {{order.number}} was refunded."),
            ("c.md", "Hi {{customer.first_name}}, order {{order.number}} is delayed."),
            ("d.md", "Hi [|{{customer.frist_name}}|], order [|{{order.numbr}}|] is delayed."),
        ]);

    [Fact]
    public Task Flags_with_a_message_that_names_the_common_name_and_what_to_write() =>
        Verify.DiagnosticsAsync(
            ThreeFirstNames + "Thanks, {|#0:{{ customer.frist_name }}|}.",
            new ExpectedArguments(0, "{{ customer.frist_name }}", "looks like a typo: the run uses 'customer.first_name' 3 times and this name only once", "write '{{ customer.first_name }}'"));

    [Theory]
    [InlineData("[|{% endfi %}|]")]
    [InlineData("{% if x %}y[|{% endfi %}|]")]
    [InlineData("[|{% esle %}|]")]
    [InlineData("[|{% If order.is_gift %}|]")]
    [InlineData("[|{{#eahc order.items}}|]{{title}}{{/eahc}}")]
    [InlineData("{{#each order.items}}{{title}}[|{{/eahc}}|]")]
    [InlineData("[|{%- endfro -%}|]")]
    public Task Flags_a_misspelt_keyword(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Hi [|{{ customer.frist_name }}|], order {{ order.number }}.")]
    [InlineData("Hi {{ customer.first_name }}, order [|{{ order.id }}|].")]
    [InlineData("Hi {{ customer.first_name }}, your agent is [|{{ agent.nmae }}|].")]
    [InlineData("Hi {{ customer.first_name }}, ticket [|{{ Ticket.ID }}|].")]
    public Task Flags_a_name_missing_from_the_configured_list(string markup) =>
        Verify.DiagnosticsAsync(markup, Verify.Options((RL3002UnknownPlaceholder.KnownOption, "customer.first_name, order.number, agent.name, ticket.id")));

    [Fact]
    public Task Flags_with_the_closest_configured_name() =>
        Verify.DiagnosticsAsync(
            "Order {|#0:{{ order.numbr }}|}.",
            Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.number, order.date")));

    [Fact]
    public void Flags_with_the_closest_configured_name_in_the_message()
    {
        var options = Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.number, order.date"));

        var diagnostic = Verify.AnalyzeRun([("test.md", "Order {{ order.numbr }} and {{ shipment.eta }}.")], options);

        diagnostic.Select(static d => d.Message).ShouldBe(
        [
            "'{{ order.numbr }}' is not in the configured list of placeholders; write '{{ order.number }}', or add 'order.numbr' to the list.",
            "'{{ shipment.eta }}' is not in the configured list of placeholders; use a configured name, or add 'shipment.eta' to the list.",
        ]);
    }

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync(ThreeFirstNames + "Thanks, [|{{customer.frist_name}}|].\n", "reply.txt");

    [Theory]
    [InlineData(ThreeFirstNames + "Your order {{order.number}} ships today.")]             // rare, but near nothing common
    [InlineData("Hi {{customer.frist_name}}, thanks.")]                                      // nothing common to compare with
    [InlineData("{{customer.first_name}} {{customer.first_name}} {{customer.first_name}} {{customer.frist_name}} {{customer.frist_name}} {{customer.frist_name}}")] // both common
    public Task Does_not_flag_without_a_common_name_to_compare_with(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("{{address_line1}} {{address_line1}} {{address_line1}} {{address_line2}}")]  // digits: deliberate
    [InlineData("{{order.item}} {{order.item}} {{order.item}} {{order.items}}")]             // a plural
    [InlineData("{{order.id}} {{order.id}} {{order.id}} {{order.ip}}")]                      // too short to tell
    [InlineData("{{ticket.id}} {{ticket.id}} {{ticket.id}} {{ticket.url}}")]
    [InlineData("{{customer.first_name}} {{customer.first_name}} {{customer.first_name}} {{customer.last_name}}")]
    public Task Does_not_flag_names_that_look_alike_on_purpose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("{% if order.is_gift %}Gift.{% elsif order.x %}Other.{% else %}None.{% endif %} {% unless x %}{% endunless %}")]
    [InlineData("{% for item in order.items %}{{ item.title }} {{ forloop.index }}{% endfor %} {{ item.titel }}")]
    [InlineData("{% assign greeting = \"Hi\" %}{% capture note %}x{% endcapture %}{{ greeting }} {{ note }}")]
    [InlineData("{{#each order.items}}{{title}} {{this.title}} {{@index}} {{../customer.name}}{{/each}}")]
    [InlineData("{{#each order.items as |line| }}{{line.title}}{{/each}} {{#if vip}}VIP{{else}}Regular{{/if}}")]
    [InlineData("{{> signature}} {{lookup order \"id\"}} {{ 'hello' | t }} {{ 42 }}")]
    [InlineData("{% raw %}{{ x }}{% endraw %} {% section 'header' %} {% form 'contact' %}")]  // tags of another flavour
    public Task Does_not_flag_template_keywords_and_local_names(string text) =>
        Verify.DiagnosticsAsync(text, Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.items, order.is_gift, order.x, vip")));

    [Theory]
    [InlineData("Hi [Customer Name], your [Ordr Number] is [Order Number].")]              // brackets are typed in by the agent
    [InlineData("Hi {{customer.first_name}, thanks.")]                                      // broken: RL3001's business
    [InlineData("<!-- {{ customer.frist_name }} -->\n{{!-- {{ customer.frist_name }} --}}")] // comments
    public Task Does_not_flag_fill_ins_broken_placeholders_or_comments(string text) =>
        Verify.DiagnosticsAsync(text, Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.number")));

    [Theory]
    [InlineData("Hi {{ customer.first_name }}, order {{ order.number }}, {{ agent.name }}.")]
    [InlineData("Hi {{ customer.first_name | default: \"there\" }} and {{{ customer.signature_html }}}.")]
    [InlineData("Hi {{ customer.anything }} and {{ customer.else.deep }}.")]               // a prefix.* entry
    public Task Does_not_flag_configured_names(string text) =>
        Verify.DiagnosticsAsync(text, Verify.Options((RL3002UnknownPlaceholder.KnownOption, "customer.first_name, order.number,\nagent.name, customer.*")));

    [Fact]
    public Task Does_not_flag_by_the_run_when_a_list_is_configured() =>
        Verify.DiagnosticsAsync(
            ThreeFirstNames + "Thanks, {{customer.frist_name}}.",
            Verify.Options((RL3002UnknownPlaceholder.KnownOption, "customer.first_name, customer.frist_name")));

    private static string For(string helpDesk, string body) => $"---\nplaceholders: {helpDesk}\n---\n{body}";

    [Theory]
    [InlineData("zendesk", "Hi [|{{ ticket.requester.first_nme }}|],")]
    [InlineData("zendesk", "Hi [|{{ticket.requester.firstname}}|],")]                      // Freshdesk's spelling, in Zendesk
    [InlineData("zendesk", "From [|{{ current_user.frist_name }}|].")]
    [InlineData("Zendesk", "Ticket [|{{ ticket.titel | upcase }}|] is open.")]              // any case, and with a filter
    [InlineData("freshdesk", "Hi [|{{ticket.requester.first_name}}|],")]                    // Zendesk's spelling, in Freshdesk
    [InlineData("gorgias", "Hi [|{{ticket.customer.first_name}}|],")]
    [InlineData("front", "Hi [|{{recipient.firstname}}|],")]
    [InlineData("chatwoot", "Hi [|{{ contact.firstname || 'there' }}|],")]
    [InlineData("intercom", "Hi [|{{first_nme | fallback: \"there\"}}|],")]
    [InlineData("help-scout", "Hi [|{%customer.firstname%}|],")]                            // case alone
    [InlineData("Help Scout", "Hi [|{%customer.fristName,fallback=there%}|],")]
    [InlineData("zoho", "Dear [|${Cases.Contact Nmae}|],")]
    [InlineData("salesforce", "Hi [|{!Contact.FristName}|],")]
    [InlineData("salesforce", "Hi [|{{{Recipient.FristName}}}|],")]                          // Lightning's braces
    [InlineData("osticket", "Ticket [|%{ticket.nmuber}|] is open.")]
    [InlineData("zammad", "Hi [|#{ticket.customer.fristname}|],")]
    public Task Flags_a_typo_of_a_name_the_template_s_help_desk_fills_in(string helpDesk, string markup) =>
        Verify.DiagnosticsAsync(For(helpDesk, markup));

    [Theory]
    [InlineData("Hi [|{%customer.fristName,fallback=there%}|],")]                             // Help Scout's shape
    [InlineData("Dear [|${Cases.Contact Nmae}|],")]                                           // Zoho's
    [InlineData("Hi [|{!Contact.FristName}|],")]                                              // Salesforce's
    [InlineData("Ticket [|%{ticket.nmuber}|] is open.")]                                      // osTicket's
    [InlineData("Hi [|#{ticket.customer.fristname}|],")]                                      // Zammad's
    public Task Flags_a_typo_in_a_syntax_only_one_help_desk_writes_without_front_matter(string markup) =>
        Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_a_typo_in_a_plain_text_file_with_front_matter() =>
        Verify.DiagnosticsAsync(For("zendesk", "Hi [|{{ticket.requester.firstname}}|],\nthanks for writing.\n"), "reply.txt");

    [Fact]
    public Task Flags_a_help_desk_typo_with_a_message_that_names_the_help_desk_and_the_name() =>
        Verify.DiagnosticsAsync(
            For("zendesk", "Hi {|#0:{{ticket.requester.firstname}}|},"),
            new ExpectedArguments(0, "{{ticket.requester.firstname}}", "is not one of Zendesk's placeholders", "write '{{ticket.requester.first_name}}', the nearest name it fills in"));

    [Theory]
    [InlineData("zendesk", "Hi [|{%customer.firstName%}|],")]
    [InlineData("zendesk", "Dear [|${Cases.Contact Name}|],")]
    [InlineData("helpscout", "Hi [|{{ customer.first_name }}|],")]
    [InlineData("osticket", "Hi [|#{ticket.customer.firstname}|],")]
    public Task Flags_a_placeholder_the_template_s_help_desk_does_not_fill_in(string helpDesk, string markup) =>
        Verify.DiagnosticsAsync(For(helpDesk, markup));

    [Fact]
    public Task Flags_a_foreign_syntax_with_a_message_that_says_what_to_write() =>
        Verify.DiagnosticsAsync(
            For("zendesk", "Hi {|#0:{%customer.firstName,fallback=there%}|},"),
            new ExpectedArguments(0, "{%customer.firstName,fallback=there%}", "is written for Help Scout, which Zendesk does not fill in", "write a Zendesk placeholder such as '{{ticket.requester.first_name}}'"));

    [Fact]
    public Task Flags_a_front_matter_value_that_names_no_known_help_desk() =>
        Verify.DiagnosticsAsync(
            "---\nplaceholders: {|#0:zendsk|}\n---\nHi {{ticket.requester.first_name}},",
            new ExpectedArguments(0, "zendsk", "names no help desk whose placeholders ReplyLint knows", "write 'zendesk'"));

    [Theory]
    [InlineData("zoho-dsk", "zoho")]
    [InlineData("Help Scot", "helpscout")]
    [InlineData("freshdesc", "freshdesk")]
    public Task Flags_a_misspelt_help_desk_with_the_nearest_one(string written, string meant) =>
        Verify.DiagnosticsAsync(
            $"---\nplaceholders: {{|#0:{written}|}}\n---\nHi there,",
            new ExpectedArguments(0, written, "names no help desk whose placeholders ReplyLint knows", $"write '{meant}'"));

    [Fact]
    public Task Flags_an_unknown_help_desk_with_the_list_of_known_ones() =>
        Verify.DiagnosticsAsync(
            "---\nplaceholders: {|#0:kayako|}\n---\nHi there,",
            new ExpectedArguments(0, "kayako", "names no help desk whose placeholders ReplyLint knows", "write one of 'chatwoot', 'freshdesk', 'front', 'gorgias', 'helpscout', 'intercom', 'osticket', 'salesforce', 'zammad', 'zendesk', 'zoho', or leave the key out"));

    [Fact]
    public Task Flags_with_the_help_desk_s_name_when_a_configured_list_lacks_it() =>
        Verify.DiagnosticsAsync(
            For("zendesk", "Order {{ order.number }} for {{ ticket.requester.first_name }}, {|#0:{{ ticket.requester.firstname }}|}."),
            Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.number")));

    [Fact]
    public void Flags_with_the_help_desk_s_closest_name_in_the_configured_list_message()
    {
        var options = Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.number"));

        var diagnostic = Verify.AnalyzeRun([("test.md", For("zendesk", "Hi {{ ticket.requester.firstname }}."))], options).ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe("'{{ ticket.requester.firstname }}' is not in the configured list of placeholders; write '{{ ticket.requester.first_name }}', or add 'ticket.requester.firstname' to the list.");
    }

    [Fact]
    public Task Flags_an_account_field_by_the_run_when_the_help_desk_list_does_not_know_it() =>
        Verify.DiagnosticsAsync(
        [
            ("a.md", For("zendesk", "Order {{order.number}} for {{ticket.requester.first_name}}.")),
            ("b.md", For("zendesk", "Order {{order.number}} was refunded.")),
            ("c.md", For("zendesk", "Order {{order.number}} is delayed.")),
            ("d.md", For("zendesk", "Order [|{{order.numbr}}|] is delayed, {{ticket.requester.first_name}}.")),
        ]);

    [Fact]
    public Task Does_not_flag_a_help_desk_typo_twice_when_the_run_sees_it_too() =>
        Verify.DiagnosticsAsync(
        [
            ("a.md", "Hi {{ticket.requester.first_name}}."),
            ("b.md", "Hi {{ticket.requester.first_name}}."),
            ("c.md", "Hi {{ticket.requester.first_name}}."),
            ("d.md", For("zendesk", "Hi [|{{ticket.requester.first_nme}}|].")),
        ]);

    [Theory]
    [InlineData("zendesk", "Hi {{ticket.requester.first_name}}, ticket #{{ticket.id}} ({{ ticket.title }}) is {{ticket.status}}. {{current_user.signature}}")]
    [InlineData("zendesk", "{{ticket.ticket_field_360012345}} {{ticket.ticket_field_option_title_360012345}} {{dc.greeting_message}}")]
    [InlineData("zendesk", "{{ticket.requester.custom_fields.plan}} {{ticket.public_comments[0].author.name}} {{ticket.requester.vip_level}}")]
    [InlineData("zendesk", "{% if ticket.status == 'solved' %}Done.{% else %}Open.{% endif %} {% for c in ticket.comments %}{{ c.value }}{% endfor %}")]
    [InlineData("freshdesk", "Hi {{ticket.requester.firstname}}, {{ticket.agent.name}} here about {{ticket.url}}. {{helpdesk_name}}")]
    [InlineData("gorgias", "Hi {{ticket.customer.firstname}}, {{ticket.messages[-1].body_text}} {{ticket.customer.integrations.shopify.orders[0].name}}")]
    [InlineData("gorgias", "{{ticket.customer.integrations.shopify.orders[0].refunds[0].processed_at|datetime_format(\"MMM Do YY\")}}")]
    [InlineData("front", "Hi {{recipient.first_name}}, {{user.first_name}} here.")]
    [InlineData("chatwoot", "Hi {{ contact.first_name || 'there' }}, {{agent.name}} here.")]
    [InlineData("intercom", "Hi {{first_name | fallback: \"there\"}}, {{company.name}}.")]
    [InlineData("helpscout", "Hi {%customer.firstName,fallback=there%}, {%user.firstName%} here, re #{%conversation.number%}.")]
    [InlineData("zoho", "Dear ${Cases.Contact Name}, request ${Cases.Request Id}; ${Cases.Warranty Expiry}.")]
    [InlineData("salesforce", "Hi {!Contact.FirstName}, case {!Case.CaseNumber} {!Case.Product__c} {!IF(ISBLANK(Contact.FristName), \"there\", Contact.FirstName)} {{{Recipient.FirstName}}}")]
    [InlineData("osticket", "Hi %{ticket.name.first}, ticket #%{ticket.number} in %{ticket.dept.name}. %{signature}")]
    [InlineData("zammad", "Hi #{ticket.customer.firstname}, ticket #{config.ticket_hook}#{ticket.number}.")]
    public Task Does_not_flag_names_the_template_s_help_desk_fills_in(string helpDesk, string text) =>
        Verify.NoDiagnosticsAsync(For(helpDesk, text));

    [Theory]
    [InlineData("Hi {%customer.firstName,fallback=there%} and {%mailbox.name%}.")]
    [InlineData("Dear ${Cases.Contact Name}, request ${Cases.Request Id}.")]
    [InlineData("Hi {!Contact.FirstName} from {!$User.FirstName}.")]
    [InlineData("Hi %{ticket.name.first}, %{recipient.name}.")]
    [InlineData("Hi #{ticket.customer.firstname}, #{user.firstname} here.")]
    [InlineData("Hi {{ticket.requester.firstname}} and {{ticket.requester.first_name}}.")]   // braces alone name no help desk
    public Task Does_not_flag_known_names_of_a_syntax_without_front_matter(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Thanks, @<reporter>, for the report in #<insert issue>.")]
    [InlineData("Your code is XXXXX and the form says FILLIN.")]
    [InlineData("Hi [Customer Name] and <customer name>.")]
    public Task Does_not_flag_manual_fill_ins_even_with_a_list(string text) =>
        Verify.DiagnosticsAsync(For("zendesk", text), Verify.Options((RL3002UnknownPlaceholder.KnownOption, "order.number")));

    [Fact]
    public Task Does_not_flag_front_matter_that_is_no_help_desk_name() =>
        Verify.NoDiagnosticsAsync("---\nplaceholders: [customer.first_name]\n---\nHi {{ customer.first_name }},");

    [Fact]
    public void Typo_distance_allows_one_edit_from_five_letters_and_two_from_ten()
    {
        RL3002UnknownPlaceholder.TypoDistance("nmae", "name", isKeyword: false).ShouldBe(int.MaxValue);
        RL3002UnknownPlaceholder.TypoDistance("agent.nmae", "agent.name", isKeyword: false).ShouldBe(1);
        RL3002UnknownPlaceholder.TypoDistance("tiket.di", "ticket.id", isKeyword: false).ShouldBe(int.MaxValue);
        RL3002UnknownPlaceholder.TypoDistance("custmer.frist_name", "customer.first_name", isKeyword: false).ShouldBe(2);
        RL3002UnknownPlaceholder.TypoDistance("Customer.First_Name", "customer.first_name", isKeyword: false).ShouldBe(0);
        RL3002UnknownPlaceholder.TypoDistance("eahc", "each", isKeyword: true).ShouldBe(1);
        RL3002UnknownPlaceholder.TypoDistance("name", "name", isKeyword: false).ShouldBe(int.MaxValue);
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
