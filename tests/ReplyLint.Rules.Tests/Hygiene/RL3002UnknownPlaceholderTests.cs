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
