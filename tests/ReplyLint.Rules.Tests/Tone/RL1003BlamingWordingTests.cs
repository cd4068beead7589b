using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1003BlamingWording>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1003")]
public sealed class RL1003BlamingWordingTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1003BlamingWording.Id);

    [Theory]
    [InlineData("It seems [|you failed to|] attach the receipt.")]
    [InlineData("[|You forgot to|] add the coupon code.")]
    [InlineData("[|You also forgot to|] include the order number.")]
    [InlineData("[|You've neglected to|] update your card.")]
    [InlineData("[|You didn't bother to|] check the size chart.")]
    [InlineData("[|You clearly didn't|] read the instructions.")]
    [InlineData("[|You obviously missed|] the confirmation email.")]
    public Task Flags_you_failed_to(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|You should have read|] the refund policy.")]
    [InlineData("[|You should've checked|] the size chart.")]
    [InlineData("[|You really should have read|] the FAQ.")]
    [InlineData("[|You should have contacted|] us sooner.")]
    [InlineData("[|You shouldn't have clicked|] the link.")]
    [InlineData("[|You could have avoided|] this by reading the FAQ.")]
    [InlineData("[|You need to be more careful|] with your password.")]
    [InlineData("[|If you had read|] the email, you would know.")]
    [InlineData("[|If you had checked the|] tracking page, you would have seen it.")]
    [InlineData("[|Had you read|] the terms, this would not have happened.")]
    public Task Flags_hindsight(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|You must have entered|] the wrong address.")]
    [InlineData("[|You must have made a mistake|] at checkout.")]
    [InlineData("[|You did not read|] our email.")]
    [InlineData("[|You haven't followed|] the steps we sent.")]
    [InlineData("[|Did you even read|] my last message?")]
    [InlineData("[|You misunderstood the|] offer.")]
    [InlineData("[|You made a mistake|] in the address.")]
    [InlineData("It looks like [|you selected the wrong|] size.")]
    [InlineData("Our records show that [|the wrong size was selected at checkout|].")]
    public Task Flags_guessing_the_customer_s_mistake(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("This was [|user error|].")]
    [InlineData("The problem is [|your own mistake|].")]
    [InlineData("That was [|your fault|], not ours.")]
    [InlineData("[|The mistake was on your end|].")]
    [InlineData("[|You were supposed to|] return it within 30 days.")]
    [InlineData("[|You're supposed to|] keep the receipt.")]
    [InlineData("Please [|double-check your order confirmation in future|].")]
    [InlineData("[|In future, please make sure|] the box is sealed.")]
    [InlineData("[|Next time, please read the instructions|] first.")]
    [InlineData("[|Next time, be more careful|] with the address.")]
    public Task Flags_fault_and_lectures(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|You should have\nread|] the refund policy.")]                         // across a line break
    [InlineData("[|You should have\r\nread|] the refund policy.")]                       // CRLF
    [InlineData("As noted, [|you *failed* to|] reply.")]                                 // across emphasis
    [InlineData("- [|You forgot to|] attach the photo.\n- Please send it again.")]       // list item
    [InlineData("{{ customer.first_name }}, [|you didn\u2019t read|] my email.")]        // curly apostrophe, after a placeholder
    public Task Flags_phrase_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|You should have read|] the policy.\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:You **should** have\nread|} it.", new ExpectedArguments(0, "You should have read"));

    [Theory]
    [InlineData("You should have received a confirmation email.")]                       // information, not hindsight
    [InlineData("You should've got an email from us by now; if not, I'll resend it.")]
    [InlineData("You should have seen a text with the code.")]
    [InlineData("If you failed to receive the code, click Resend.")]                      // conditional help
    [InlineData("If you forgot to add the coupon, reply here and I'll apply it.")]
    [InlineData("If you also forgot to add the gift note, I can add it now.")]
    [InlineData("In case you forgot your password, here is the reset link.")]
    [InlineData("If you didn't read the email yet, here is a summary.")]
    [InlineData("If you selected the wrong size, you can swap it for free.")]
    [InlineData("You were supposed to receive it on Monday, and I'm sorry it didn't arrive.")]
    [InlineData("You're required to show ID when you pick it up.")]                     // a rule, not blame
    [InlineData("It's not your fault: the courier left it at the wrong door.")]           // reassurance
    [InlineData("None of this was your mistake.")]
    [InlineData("This wasn't user error; it was a bug on our side.")]
    [InlineData("Could you send me your error message?")]                                  // troubleshooting vocabulary
    [InlineData("That was our mistake, and I've fixed it.")]
    [InlineData("If you had trouble following the steps, I can call you.")]
    [InlineData("If you had checked out before midnight, the discount applies.")]
    public Task Does_not_flag_information_help_or_reassurance(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> You should have read my message before closing the ticket.\n\nI'm sorry, you're right.")] // the customer's words
    [InlineData("Type `you failed to` in the search box.")]                               // inline code
    [InlineData("The old macro said:\n\n```\nYou should have read the policy.\n```\n")]   // fenced code
    [InlineData("<!-- you failed to -->\nI've sent the label again.")]                    // comment
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Does_not_flag_the_customer_quoted_in_a_plain_text_reply() =>
        Verify.NoDiagnosticsAsync("Hi Sam,\n\n> You failed to ship my order.\n\nI'm sorry: it left our warehouse late, and I've refunded the shipping.", "reply.txt");

    [Fact]
    public void Offers_no_fix()
    {
        var diagnostic = Verify.Analyze("You should have read the policy.").ShouldHaveSingleItem();

        diagnostic.Fix.ShouldBeNull();
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
