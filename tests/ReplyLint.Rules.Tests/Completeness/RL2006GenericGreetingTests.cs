using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Completeness.RL2006GenericGreeting>;

namespace ReplyLint.Rules.Tests.Completeness;

[Trait("Rule", "RL2006")]
public sealed class RL2006GenericGreetingTests
{
    private const string Body = "\n\nYour order ships tomorrow.";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL2006GenericGreeting.Id);

    [Theory]
    [InlineData("[|Dear valued customer|],")]
    [InlineData("[|Dear Customer|],")]
    [InlineData("[|Dear valued member|],")]
    [InlineData("[|Dear client|],")]
    [InlineData("[|Dear Sir or Madam|],")]
    [InlineData("[|Dear Sir/Madam|],")]
    [InlineData("[|Dear Sir|],")]
    [InlineData("[|To whom it may concern|],")]
    [InlineData("[|Hello customer|],")]
    [InlineData("[|Hello there, valued customer|]!")]
    [InlineData("[|Hi valued member|],")]
    [InlineData("[|Good morning, dear customer|].")]
    [InlineData("[|Dear **valued**\ncustomer|],")]                                         // across emphasis and a line break
    public Task Flags_a_greeting_for_anyone(string greeting) => Verify.DiagnosticsAsync(greeting + Body);

    [Fact]
    public Task Flags_after_front_matter_and_a_heading() =>
        Verify.DiagnosticsAsync("---\ntitle: Order update\n---\n# Your order\n\n[|Dear valued customer|],\n\nYour order ships tomorrow.");

    [Fact]
    public Task Flags_a_greeting_that_runs_into_the_first_sentence() =>
        Verify.DiagnosticsAsync("[|Dear valued customer|], thank you for your order.");

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("[|Dear valued customer|],\nthank you for your order. It ships tomorrow.\n", "reply.txt");

    [Fact]
    public Task Flags_quoting_the_greeting() =>
        Verify.DiagnosticsAsync("{|#0:Dear Sir/Madam|}," + Body, new ExpectedArguments(0, "Dear Sir/Madam", "greet the customer by name with your help desk's name placeholder"));

    [Theory]
    [InlineData("Hi {{first_name | fallback: '[|valued customer|]'}},")]
    [InlineData("Dear {{ customer.first_name | default: \"[|Customer|]\" }},")]
    [InlineData("Hello {{ contact.first_name || '[|valued member|]' }}!")]
    [InlineData("Dear {%customer.firstName,fallback=[|Sir or Madam|]%},")]                         // Help Scout
    [InlineData("Dear {%customer.firstName,fallback=\"[|valued client|]\"%},")]
    [InlineData("{{ first_name | fallback: \"[|Dear valued customer|]\" }},")]                       // the whole greeting in the fallback
    [InlineData("Dear {{{ Recipient.FirstName | default: '[|Sir/Madam|]' }}},")]
    [InlineData("Hi there {{ first_name | fallback: \u201C[|customer|]\u201D }},")]                 // curly quotes, and "Hi there, customer"
    [InlineData("**Dear** {{first_name|fallback:\"[|member|]\"}},")]
    public Task Flags_a_generic_fallback_at_the_fallback(string greeting) => Verify.DiagnosticsAsync(greeting + Body);

    [Fact]
    public Task Flags_a_generic_fallback_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi {{ contact.first_name || '[|valued customer|]' }},\nthanks for your order.\n", "reply.txt");

    [Fact]
    public Task Flags_a_generic_fallback_with_a_message_about_the_fallback() =>
        Verify.DiagnosticsAsync(
            "Hi {{first_name | fallback: '{|#0:valued customer|}'}}," + Body,
            new ExpectedArguments(0, "valued customer", "the customer reads it when the help desk has no name, so make the fallback a word that greets anyone, such as 'there'"));

    [Theory]
    [InlineData("Hi {{first_name | fallback: 'there'}},")]
    [InlineData("Hi {%customer.firstName,fallback=there%},")]
    [InlineData("Hello {{ contact.first_name || \"friend\" }},")]                                  // "Hello friend" is warm enough
    [InlineData("Hi {{ first_name | default: '' }},")]                                             // nothing to read
    [InlineData("Hi {{ first_name | default: customer.nickname }},")]                              // another value, not text
    [InlineData("Dear valued customer {{ name | fallback: 'there' }},")]                           // the name follows the greeting
    [InlineData("Dear {{ customer.first_name | fallback: 'Customer Service team' }},")]             // a team
    [InlineData("Hi Sam,\n\nThe old macro said {{ x | fallback: 'valued customer' }}.")]          // not the greeting
    [InlineData("> Hi {{ name | fallback: 'valued customer' }}, you wrote.\n\nHi Sam,")]             // a quote is not the greeting
    [InlineData("Hi {{ name | upcase }}, {{ order | fallback: 'customer' }} is here.")]            // "Hi Sam, customer is here"? no greeting phrase
    public Task Does_not_flag_a_fallback_that_greets_anyone_warmly(string greeting) => Verify.NoDiagnosticsAsync(greeting + Body);

    [Theory]
    [InlineData("Dear {{ customer.first_name }},")]
    [InlineData("Hi {{customer.first_name}},")]
    [InlineData("Dear [Customer Name],")]
    [InlineData("Dear valued customer {{ customer.first_name }},")]                      // the name follows
    [InlineData("Dear valued customer, {{ customer.first_name }}!")]
    [InlineData("Hi there,")]                                                            // friendly, and often no name to use
    [InlineData("Hello Sam,")]
    [InlineData("Dear Ms Rivera,")]
    [InlineData("Dear Customer Service team,")]                                           // a team, not a customer
    [InlineData("Dear customer support,")]
    [InlineData("Hi [Customer Name,")]                                                   // a broken name slot: RL3001's business
    [InlineData("Dear Customer First Name,")]
    [InlineData("Hello customer_name,")]
    public Task Does_not_flag_a_greeting_with_a_name(string greeting) => Verify.NoDiagnosticsAsync(greeting + Body);

    [Theory]
    [InlineData("Hi {{ customer.first_name }},\n\nAs a valued customer, you get free returns.")]     // not the greeting
    [InlineData("Hi Sam,\n\nDear customer, this line is not the greeting.")]
    [InlineData("> Dear Sir or Madam, my parcel never came.\n\nHi Sam, I'm on it.")]                  // the customer's words
    [InlineData("`Dear valued customer` is what the old template said.")]                              // code is not prose
    [InlineData("<!-- Dear valued customer -->\nHi Sam,")]                                            // nor is a comment
    [InlineData("")]
    public Task Does_not_flag_anything_but_the_greeting(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Flags_a_generic_default_of_an_Intercom_attribute_in_an_html_body() =>
        Verify.DiagnosticsAsync("<p>Hi <attribute key=\"user.first_name\" default=\"[|valued customer|]\"/>,</p>" + Body, "reply.html");

    [Fact]
    public Task Does_not_flag_a_friendly_default_of_an_Intercom_attribute_in_an_html_body() =>
        Verify.NoDiagnosticsAsync("<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>,</p>" + Body, "reply.html");

    [Fact]
    public Task Fix_is_not_offered_without_a_name_placeholder() =>
        Verify.VerifyFixAsync("[|Dear valued customer|]," + Body, "Dear valued customer," + Body);

    [Theory]
    [InlineData("Dear valued customer,", "Dear {{ customer.first_name }},")]
    [InlineData("Hello there, valued customer!", "Hello {{ customer.first_name }}!")]
    [InlineData("Dear Sir or Madam,", "Dear {{ customer.first_name }},")]
    [InlineData("Dear Sir/Madam,", "Dear {{ customer.first_name }},")]
    [InlineData("To whom it may concern,", "Dear {{ customer.first_name }},")]
    [InlineData("Good morning, dear customer.", "Good morning, dear {{ customer.first_name }}.")]
    public void Fix_writes_the_configured_name_placeholder(string greeting, string expected)
    {
        var options = new AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
            .Add(RL2006GenericGreeting.Id, ImmutableDictionary<string, string>.Empty.Add(RL2006GenericGreeting.NamePlaceholderOption, "{{ customer.first_name }}")));
        var engine = new LintEngine([new RL2006GenericGreeting()], new LintOptions { AnalyzerOptions = options });
        var text = greeting + Body;

        var diagnostics = engine.Analyze(TemplateParser.Parse(text, "test.md"));

        diagnostics.ShouldHaveSingleItem();
        Verify.ApplyFixes(text, diagnostics).ShouldBe(expected + Body);
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
