using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tests.Signals.RefusalProbe>;

namespace ReplyLint.Rules.Tests.Signals;

[Trait("Signal", "Refusal")]
public sealed class RefusalTests
{
    [Theory]
    [InlineData("Unfortunately [|we can't refund|] sale items.")]
    [InlineData("[|We cannot replace|] the strap.")]
    [InlineData("[|I'm not able to give a|] cash refund.")]
    [InlineData("[|We are unable to help you|] with this.")]
    [InlineData("[|We won't be able to do that|].")]
    [InlineData("[|We don’t offer|] refunds on gift cards.")]                       // curly apostrophe
    [InlineData("[|We can no longer extend|] the trial.")]
    public Task Flags_we_cannot(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Annual plans [|can't be refunded|] after 14 days.")]
    [InlineData("Opened items [|cannot be returned|].")]
    [InlineData("Gift cards [|are non-refundable|].")]
    [InlineData("The order [|will not be replaced|].")]
    public Task Flags_a_passive_refusal(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|There's nothing more we can do|].")]
    [InlineData("I'm afraid [|there is nothing I can do|] about it.")]
    [InlineData("[|We can do nothing more|] here.")]
    [InlineData("It's [|out of our hands|] now.")]
    [InlineData("[|Our hands are tied|].")]
    public Task Flags_a_dead_end(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Unfortunately [|that is not possible|].")]
    [InlineData("[|The decision is final|].")]
    [InlineData("[|All sales are final|].")]
    [InlineData("[|This is our policy|].")]
    [InlineData("[|Our terms do not allow|] it.")]
    [InlineData("Express delivery is [|not something we offer|] yet.")]
    [InlineData("[|We have to decline|] the claim.")]
    [InlineData("[|Your refund request has been declined|].")]
    [InlineData("[|Your refund request for order {{ order.number }} has been declined|].")]
    [InlineData("[|We have rejected your|] claim.")]
    [InlineData("The jacket [|is not eligible for|] a refund.")]
    [InlineData("Opened headphones [|are not eligible for|] a return.")]
    [InlineData("That makes it [|not eligible for a refund|].")]
    [InlineData("[|The decision\nis **final|]**.")]                                      // across a line break and emphasis
    public Task Flags_a_final_no(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_a_refusal_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n[|We can't refund|] it.\n", "reply.txt");

    [Theory]
    [InlineData("We can't wait to see what you build.")]
    [InlineData("I can't help but smile at your photo.")]
    [InlineData("We will not charge you again.")]
    [InlineData("There's nothing you need to do.")]
    [InlineData("As soon as possible, we'll refund it.")]
    [InlineData("> You said there is nothing you can do and the decision is final.\n\nThank you for writing.")]  // the customer's words
    [InlineData("Search for `the decision is final` in the help centre.")]                                    // code is not prose
    [InlineData("We refunded the order, and the refund is final.")]
    [InlineData("We can't refund it until the parcel is back with us.")]
    [InlineData("We cannot refund it unless the tags are still on.")]
    [InlineData("None of this would be possible without you.")]
    public Task Does_not_flag_other_wording(string text) => Verify.NoDiagnosticsAsync(text);
}
