using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1008HostileBoundary>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1008")]
public sealed class RL1008HostileBoundaryTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1008HostileBoundary.Id);

    [Theory]
    [InlineData("[|This is your final warning|].")]
    [InlineData("[|Consider this a final warning|].")]
    [InlineData("[|You have been warned|].")]
    [InlineData("[|There will be consequences|] if this continues.")]
    [InlineData("[|We will not tolerate your|] behaviour.")]
    [InlineData("[|I won't put up with abuse|].")]
    [InlineData("[|We do not accept this kind of language|].")]
    [InlineData("[|Any further abuse will|] end this chat.")]
    [InlineData("[|One more outburst and|] I'm closing this ticket.")]
    [InlineData("[|I've had enough of your|] insults.")]
    public Task Flags_warnings_and_ultimatums(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Do not contact us again|].")]
    [InlineData("[|Please don't email us again|] about this.")]
    [InlineData("[|We don't need your business|].")]
    [InlineData("Feel free to [|take your business elsewhere|].")]
    [InlineData("[|We will ban you|] from the community.")]
    [InlineData("[|You will be blocked|] from this chat.")]
    [InlineData("[|We will take legal action|].")]
    [InlineData("[|We will have no choice but to take legal action|].")]
    [InlineData("[|{{company.name}} reserves the right to take legal action|].")]       // a placeholder as the actor
    [InlineData("[|We will involve our lawyers|].")]
    [InlineData("[|Stop wasting our time|].")]
    [InlineData("[|Stop yelling|] at me.")]
    [InlineData("[|You are wasting my time|].")]
    public Task Flags_threats(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("If the abusive language continues, [|we will suspend your account|].")]
    [InlineData("[|We will close your account|] if you keep insulting our staff.")]
    [InlineData("Your rude messages [|will result in the termination of your account|].")]
    [InlineData("If the threats continue, [|your account will be banned|].")]
    [InlineData("[|We won't tolerate this|] kind of behaviour.")]
    [InlineData("[|{{company.name}} will close your account|] if the abuse continues.")]
    public Task Flags_account_threats_about_behaviour(string markup) => Verify.DiagnosticsAsync(markup);

    // Said by us, with the customer's failure to comply as the condition, closing the account is an ultimatum
    // whatever the reason.
    [Theory]
    [InlineData("[|We will close your account if you have not|] uploaded a photo ID by June 1.")]
    [InlineData("[|We'll suspend your access unless|] you confirm your address.")]
    [InlineData("[|We are going to freeze your account if you do not|] reply.")]
    [InlineData("[|I will have to close your account if you fail to|] pay the balance.")]
    public Task Flags_an_account_ultimatum_for_compliance(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|This is\nyour final warning|].")]                                     // across a line break
    [InlineData("[|This is\r\nyour final warning|].")]                                   // CRLF
    [InlineData("[|Do **not** contact us again|].")]                                     // around emphasis
    [InlineData("- [|Stop wasting our time|].\n- Read the FAQ.")]                        // list item
    [InlineData("Hi {{ customer.first_name }},\n\n[|You have been warned|].")]
    public Task Flags_phrase_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|This is your final warning|].\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:Do **not**\ncontact us again|}.", new ExpectedArguments(0, "Do not contact us again"));

    [Theory]
    [InlineData("I want to help, and I can do that best if we keep the conversation respectful.")]
    [InlineData("I'm not able to continue this chat if the language continues, but I'm glad to help as soon as we can talk it through.")]
    [InlineData("Our team is here to help; we ask that messages stay free of abusive language.")]
    [InlineData("I won't continue if the messages include insults, and I'll follow up by email instead.")]
    [InlineData("If that happens, I'll close this chat and follow up on your ticket by email.")]
    [InlineData("Your account will be locked after five failed sign-ins.")]               // information, not a threat
    [InlineData("We'll close your account if you reply CLOSE.")]
    [InlineData("We'll close your account if you would like us to.")]
    [InlineData("Your account will be closed if no ID is uploaded by June 1.")]           // information in the passive
    [InlineData("Your subscription will be cancelled if the payment fails again.")]
    [InlineData("We won't tolerate delays like this from our couriers, so I've raised it with them.")] // on the customer's side
    [InlineData("We can't accept returns after 30 days, but I can offer a repair.")]
    [InlineData("You won't need to contact us again: the refund is done.")]
    [InlineData("Don't hesitate to contact us again if it happens.")]
    [InlineData("No further action is needed from you.")]
    [InlineData("You may want to report this to the police and your bank.")]
    public Task Does_not_flag_a_polite_boundary_or_information(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> This is your final warning. Refund me or I will take legal action.\n\nI'm sorry it has come to this. I've refunded the order today.")] // the customer's words
    [InlineData("Type `do not contact us again` in the search box.")]                    // inline code
    [InlineData("The old macro said:\n\n```\nThis is your final warning.\n```\n")]      // fenced code
    [InlineData("<!-- stop wasting our time -->\nYour refund is on its way.")]           // comment
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public void Offers_no_fix()
    {
        var diagnostic = Verify.Analyze("This is your final warning.").ShouldHaveSingleItem();

        diagnostic.Fix.ShouldBeNull();
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
