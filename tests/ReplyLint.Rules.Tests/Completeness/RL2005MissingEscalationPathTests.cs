using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Completeness.RL2005MissingEscalationPath>;

namespace ReplyLint.Rules.Tests.Completeness;

// RL2005 reports the whole sentence of the first refusal: [|...|] marks it.
[Trait("Rule", "RL2005")]
public sealed class RL2005MissingEscalationPathTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL2005MissingEscalationPath.Id);

    [Theory]
    [InlineData("[|Unfortunately we can't refund sale items.|]")]
    [InlineData("Thanks for writing. [|We cannot replace the strap.|]")]
    [InlineData("[|I'm not able to give a cash refund.|]")]
    [InlineData("[|We don\u2019t offer refunds on gift cards.|]")]                          // curly apostrophe
    [InlineData("[|Your refund request has been declined.|]")]
    [InlineData("[|Your refund request for order {{ order.number }} has been declined.|]")]   // a placeholder inside the phrase
    [InlineData("[|The jacket is not eligible for a refund.|]")]
    [InlineData("[|Annual plans can't be refunded after the first 14 days.|]")]
    public Task Flags_a_plain_refusal(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|There is nothing more we can do.|]")]
    [InlineData("[|Unfortunately that is not possible.|]")]
    [InlineData("[|The decision is final.|]")]
    [InlineData("[|This is our policy.|]")]
    [InlineData("[|Export to PDF is not something we offer.|]")]
    [InlineData("[|It's out of our hands now.|]")]
    public Task Flags_a_dead_end(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_only_the_first_refusal_of_a_template() =>
        Verify.DiagnosticsAsync("[|We can't refund it.|] This is our policy, and the decision is final.");

    [Fact]
    public Task Flags_quoting_the_refusal() =>
        Verify.DiagnosticsAsync("Thanks. {|#0:I'm afraid the decision is final.|}", new ExpectedArguments(0, "the decision is final"));

    [Fact]
    public Task Flags_a_refusal_across_a_line_break_and_emphasis() =>
        Verify.DiagnosticsAsync("[|We **cannot**\nrefund opened items.|]");

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|We can't refund it, sorry.|]\n", "reply.txt");

    [Fact]
    public Task Flags_a_refusal_whose_only_way_forward_is_quoted() =>
        Verify.DiagnosticsAsync("> Could I speak to a manager instead?\n\n[|The decision is final.|]");

    [Fact]
    public Task Flags_a_refusal_next_to_a_bare_mention_of_a_manager() =>
        Verify.DiagnosticsAsync("[|A manager has reviewed your case and the decision is final.|]");

    [Fact]
    public Task Flags_sorry_but_we_cannot() =>
        Verify.DiagnosticsAsync("[|I'm sorry, but we can't refund this.|]");       // "but we can" is not an offer when "not" follows

    [Theory]
    [InlineData("Unfortunately we can't refund this, but here is what I can do: a free repair.")]
    [InlineData("We can't refund sale items, but I can offer an exchange.")]
    [InlineData("That's not possible. Instead, I've refunded the shipping.")]
    [InlineData("We can't refund it. Alternatively, you can exchange it in any store.")]
    [InlineData("The decision is final. Would you like me to book a repair?")]
    [InlineData("That isn't possible, but you can swap it for another size.")]
    [InlineData("We don't offer phone support, but you can chat with us any time in the app.")]
    [InlineData("I can't help with that one, as it's a question for your bank. You can reach them on the number on your card.")]
    public Task Does_not_flag_a_refusal_with_an_alternative(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("I can't approve this myself, so I've escalated it to our billing team.")]
    [InlineData("We can't refund it, but my supervisor can approve exceptions.")]
    [InlineData("The decision is final here. If you disagree, you can appeal the decision on our complaints page.")]
    [InlineData("We can't refund it. Reply to this email and I'll ask for a second look.")]
    [InlineData("This is our policy. You can speak to a manager on 0800 123 456.")]
    public Task Does_not_flag_a_refusal_with_an_escalation_path(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> You said the decision is final!\n\nI've looked again and refunded it.")]     // the customer's words
    [InlineData("Search for `not possible` in the logs.")]                                     // code is not prose
    [InlineData("<!-- the decision is final -->\nI've refunded it.")]                          // nor is a comment
    [InlineData("We can't wait to see what you build!")]
    [InlineData("We will not charge you again.")]
    [InlineData("I've refunded the order today.")]
    [InlineData("We can't refund it until the parcel is back with us.")]                      // a condition the customer can meet
    [InlineData("We cannot process the claim without the receipt.")]
    [InlineData("This wouldn't be possible without customers like you!")]
    public Task Does_not_flag_what_is_no_refusal(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
