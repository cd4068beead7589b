using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tests.Signals.WayForwardProbe>;

namespace ReplyLint.Rules.Tests.Signals;

// The probe reports the first way forward; the argument says which list it came from.
[Trait("Signal", "WayForward")]
public sealed class WayForwardTests
{
    [Theory]
    [InlineData("We can't refund it, {|#0:but I can|} offer store credit.")]
    [InlineData("{|#0:Here's what I can do|}: a free repair.")]
    [InlineData("Unfortunately that's not possible, but {|#0:what I can do|} is extend the warranty.")]
    [InlineData("Choose a repair {|#0:instead|}.")]
    [InlineData("{|#0:Alternatively|}, keep the item at half price.")]
    [InlineData("{|#0:I can offer|} you a voucher.")]
    [InlineData("{|#0:I'd be happy to arrange|} a repair.")]
    [InlineData("{|#0:Would you like me to|} book a repair?")]
    [InlineData("The fee stands, but {|#0:I've refunded|} the shipping.")]
    [InlineData("{|#0:You can exchange|} it in any store.")]
    [InlineData("There are {|#0:two options|}.")]
    [InlineData("{|#0:We've restored|} your boards from the backup.")]
    [InlineData("Mistakes were made, and {|#0:our data team has already restored|} 80% of the cards.")]
    [InlineData("{|#0:I'll rebook|} you on the next train.")]
    public Task Flags_an_alternative(string markup) => Verify.DiagnosticsAsync(markup, new ExpectedArguments(0, "alternative"));

    [Theory]
    [InlineData("I've {|#0:escalated|} your case.")]
    [InlineData("My {|#0:supervisor can|} approve exceptions.")]
    [InlineData("I've passed it on {|#0:to my supervisor|}.")]
    [InlineData("You can {|#0:speak to a manager|} on 0800 123.")]
    [InlineData("{|#0:Reply to this email and|} I'll pass it on.")]
    [InlineData("You have the {|#0:right to appeal|}.")]
    [InlineData("A {|#0:manager will|} review your case.")]
    [InlineData("Ask us to {|#0:review the decision|}.")]
    [InlineData("I've asked for {|#0:a second look|}.")]
    public Task Flags_an_escalation_path(string markup) => Verify.DiagnosticsAsync(markup, new ExpectedArguments(0, "escalation"));

    [Theory]
    [InlineData("{|#0:Our billing team|} handles that on billing@example.com.")]
    [InlineData("{|#0:A specialist|} looks after warranty claims.")]
    [InlineData("I've forwarded it {|#0:to our billing team|}.")]                   // a handover is an escalation, not a mention
    public Task Flags_a_team_named_as_the_place_to_go(string markup) =>
        Verify.DiagnosticsAsync(markup, new ExpectedArguments(0, markup.Contains("forwarded", StringComparison.Ordinal) ? "escalation" : "team"));

    [Fact]
    public Task Flags_the_first_way_forward_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\nWe can't refund it, [|but I can|] offer credit. A supervisor can help too.\n", "reply.txt");

    [Theory]
    [InlineData("I'm sorry, but we can't refund this.")]                            // "but we can" is followed by "not"
    [InlineData("We can no longer offer the discount.")]
    [InlineData("A manager has reviewed your case and the decision is final.")]     // a bare mention offers nothing
    [InlineData("We can't offer store credit either.")]
    [InlineData("Reply to this email if you have questions.")]
    [InlineData("> Can I speak to a manager instead?\n\nThe decision is final.")]  // the customer's words
    [InlineData("Use the `instead` keyword.")]                                      // code is not prose
    public Task Does_not_flag_what_offers_nothing(string text) => Verify.NoDiagnosticsAsync(text);
}
