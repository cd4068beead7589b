using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tests.Signals.ApologyProbe>;

namespace ReplyLint.Rules.Tests.Signals;

// [|...|] marks a sincere apology as the signal finds it: from the subject to the connecting word ("for", "that").
[Trait("Signal", "Apology")]
public sealed class ApologyTests
{
    [Theory]
    [InlineData("[|I'm sorry|] your parcel is late.")]
    [InlineData("[|I’m so sorry that|] your order arrived damaged.")]                  // curly apostrophe
    [InlineData("[|I am really sorry for|] the wait.")]
    [InlineData("[|We're sorry for|] the double charge.")]
    [InlineData("[|We are sorry that|] the app signed you out.")]
    [InlineData("[|We're sorry you|] had to chase us.")]
    [InlineData("[|Sorry your order|] is late.")]
    [InlineData("[|We apologize for|] the mix-up with your order.")]
    [InlineData("[|We sincerely apologise for|] the missing parts.")]
    [InlineData("[|Sorry for|] the wait, Sam!")]
    [InlineData("[|So sorry about|] the confusion with your invoice.")]
    [InlineData("[|I'm sorry|]: our dashboard has been down since 09:40.")]
    [InlineData("[|We regret the|] mix-up.")]
    [InlineData("[|Apologies for|] the delay on this one.")]
    [InlineData("[|I'm sorry for|] the trouble this has caused.")]                      // RL1004's replacement for its stock line
    [InlineData("[|I feel terrible that|] this happened twice.")]
    [InlineData("[|I'm *really*\nsorry|] we kept you waiting.")]                        // across emphasis and a line break
    [InlineData("[|I'm sorry that|] isn't the answer you wanted.")]
    [InlineData("[|Sorry|] {{customer.first_name}}, order {{order.number}} is a day late.")]   // a plain "sorry" on a short channel
    [InlineData("[|Sorry|], {{customer.first_name}}: mobile data isn't working indoors.")]
    [InlineData("{{customer.first_name}}, [|sorry|]: train 442 is running 40 min late.")]
    [InlineData("Example Fiber: [|sorry|], internet in 30318 is still down.")]
    [InlineData("[|Sorry|] the refund hasn't shown up yet.")]
    [InlineData("We're [|sorry|], and we know how frustrating it is.")]
    [InlineData("[|So sorry|]!")]
    public Task Flags_a_sincere_apology(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|#0:I'm sorry|} your parcel is late.", "names")]
    [InlineData("{|#0:We apologize for|} the delay on order {{ order.number }}.", "names")]
    [InlineData("{|#0:I apologize|}.", "bare")]
    [InlineData("{|#0:My apologies|}!", "bare")]
    [InlineData("{|#0:I'm so sorry|}!", "bare")]
    [InlineData("{|#0:Sorry about|} that.", "bare")]
    public Task Flags_whether_an_apology_names_the_problem(string markup, string kind) =>
        Verify.DiagnosticsAsync(markup, new ExpectedArguments(0, kind));

    [Fact]
    public Task Flags_a_sincere_apology_next_to_a_stock_one() =>
        Verify.DiagnosticsAsync("We apologize for any inconvenience. [|I'm sorry|] we sent the wrong size.");

    [Fact]
    public Task Flags_a_sincere_apology_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n[|I'm sorry|] your parcel is late.\n", "reply.txt");

    [Theory]
    [InlineData("I'm sorry if you feel let down.")]
    [InlineData("We're sorry if this caused any trouble.")]
    [InlineData("I'm sorry, but the sale is over.")]
    [InlineData("We apologize, but refunds close after 30 days.")]
    [InlineData("My apologies, but that is the policy.")]
    [InlineData("I'm sorry you feel that way.")]
    [InlineData("We're sorry you were offended.")]
    [InlineData("Sorry for any confusion on your part.")]
    [InlineData("Mistakes were made.")]
    public Task Does_not_flag_a_non_apology(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("We apologize for any inconvenience this may have caused.")]
    [InlineData("I'm sorry for any inconvenience.")]
    [InlineData("We're sorry that you're having that issue.")]
    [InlineData("I'm sorry to hear you're having trouble logging in.")]
    [InlineData("We are sorry to inform you that the event is cancelled.")]
    [InlineData("Please accept our sincere apologies for the inconvenience.")]
    [InlineData("We regret any inconvenience.")]
    public Task Does_not_flag_a_stock_apology(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> I'm sorry, I'm just so angry.\n\nThank you for writing.")]          // the customer's words
    [InlineData("Type `I'm sorry` in the search box.")]                              // code is not prose
    [InlineData("<!-- I'm sorry your parcel is late. -->\nThank you for writing.")]  // nor is a comment
    [InlineData("We're sorry.")]                                                     // a company's "we're sorry" needs its object
    [InlineData("Sorry to bother you, but could you confirm the address?")]
    [InlineData("Sorry to trouble you: could you send a photo of the label?")]                  // a politeness formula
    [InlineData("We're sorry to see you go.")]
    [InlineData("We are truly sorry.")]
    [InlineData("Thank you for your order.")]
    public Task Does_not_flag_anything_else(string text) => Verify.NoDiagnosticsAsync(text);
}
