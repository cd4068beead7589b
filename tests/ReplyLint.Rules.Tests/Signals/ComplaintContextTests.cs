using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tests.Signals.ComplaintContextProbe>;

namespace ReplyLint.Rules.Tests.Signals;

// The probe reports the template at offset 0, with the evidence as its argument: {|#0:|} ... new ExpectedArguments(0, evidence).
[Trait("Signal", "ComplaintContext")]
public sealed class ComplaintContextTests
{
    [Theory]
    [InlineData("---\nintent: complaint\n---\nHi Sam, here is your update.\n", "intent: complaint")]
    [InlineData("---\nintent: Refund\n---\nHi Sam, here is your update.\n", "intent: Refund")]
    [InlineData("---\nintent: late_delivery\n---\nHi Sam, here is your update.\n", "intent: late_delivery")]
    [InlineData("---\nintent: outage\ntags: [how-to]\n---\nHi Sam, here is your update.\n", "intent: outage")]   // the intent wins
    [InlineData("---\nintent: billing\n---\nHi Sam, here is your update.\n", "intent: billing")]
    [InlineData("---\nintent: shipping\n---\nHi Sam, here is your update.\n", "intent: shipping")]
    public Task Flags_a_problem_intent(string text, string evidence) =>
        Verify.DiagnosticsAsync("{|#0:|}" + text, new ExpectedArguments(0, evidence));

    [Theory]
    [InlineData("---\ntags: [shipping, damaged]\n---\nHi Sam, here is your update.\n", "tags: damaged")]
    [InlineData("---\ntags: outage, chat\n---\nHi Sam, here is your update.\n", "tags: outage")]
    [InlineData("---\nintent: order-status\ntags: [Complaint]\n---\nHi Sam, here is your update.\n", "tags: Complaint")]  // an unknown intent says nothing
    public Task Flags_a_problem_tag_when_the_intent_says_nothing(string text, string evidence) =>
        Verify.DiagnosticsAsync("{|#0:|}" + text, new ExpectedArguments(0, evidence));

    [Theory]
    [InlineData("Hi Sam, your order {{ order.number }} hasn't arrived yet, so here is the plan.", "order {{ order.number }} hasn't arrived")]
    [InlineData("We charged you twice for the same order.", "charged you twice")]
    [InlineData("Your parcel arrived damaged, and that is on us.", "arrived damaged")]
    [InlineData("Our dashboard has been down since 09:40.", "has been down")]
    [InlineData("Thanks for your patience during yesterday's outage.", "outage")]
    [InlineData("We sent you the wrong size.", "sent you the wrong")]
    [InlineData("That was our mistake.", "our mistake")]
    [InlineData("The app keeps crashing on start-up, and we're on it.", "keeps crashing")]
    [InlineData("There's a **double\ncharge** on your statement.", "double charge")]
    [InlineData("Thank you for your email about your internet not working properly in the evenings.", "internet not working properly")]
    [InlineData("Mistakes were made when your tickets were issued.", "Mistakes were made")]
    [InlineData("You forgot to turn off auto-renew, so we can't refund it.", "we can't refund")]
    [InlineData("I'm sorry our delivery crew didn't arrive with your sofa on Saturday.", "crew didn't arrive")]
    [InlineData("The engineer didn't turn up for the 9am slot.", "engineer didn't turn up")]                 // across emphasis and a line break
    [InlineData("---\ntitle: Parcel\ntags: [shipping]\n---\nYour delivery has been delayed.", "been delayed")] // a topic tag says nothing
    public Task Flags_problem_wording_in_the_prose(string text, string evidence) =>
        Verify.DiagnosticsAsync("{|#0:|}" + text, new ExpectedArguments(0, evidence));

    [Fact]
    public Task Flags_problem_wording_in_the_customer_s_quoted_words() =>
        Verify.DiagnosticsAsync("{|#0:|}You wrote:\n\n> My parcel arrived broken.\n\nHere is what happens next.", new ExpectedArguments(0, "arrived broken"));

    [Fact]
    public Task Flags_problem_wording_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|#0:|}Hi Sam,\n\nWe overcharged you last month.\n", "reply.txt");

    [Theory]
    [InlineData("---\nintent: information\n---\nWe charged you twice.\n")]
    [InlineData("---\nintent: thanks\n---\nThank you so much for the kind words.\n")]
    [InlineData("---\nintent: how-to\n---\nIf the app keeps crashing, restart it.\n")]
    [InlineData("---\nintent: boundary\ntags: [refund]\n---\nI need this chat to stay respectful.\n")]
    [InlineData("---\nintent: marketing\n---\nOur prices are down this week!\n")]
    [InlineData("---\nintent: cancellation\n---\nYour plan has been cancelled as you asked.\n")]
    [InlineData("---\ntags: [how-to, account]\n---\nIf the app keeps crashing, restart it.\n")]
    public Task Does_not_flag_a_template_whose_front_matter_says_no_problem(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Here's how to set a new password. If the email hasn't arrived within 10 minutes, look in your spam folder. If the link doesn't work, ask for a new one.")]
    [InlineData("Thank you for your kind words about our team! It made our week.")]
    [InlineData("Sorry for the late reply. Your plan renews on {{ renewal.date }}.")]
    [InlineData("If you see an error message, restart the app.")]
    [InlineData("Fill in the missing fields and press Save.")]
    [InlineData("If you miss the delivery, the driver leaves a card.")]
    [InlineData("Gift cards can be used on any order.")]
    [InlineData("Refunds go back to the card you paid with.")]
    [InlineData("To request a refund, open the order page and choose Refund.")]
    [InlineData("A late payment fee applies after 14 days.")]
    [InlineData("Visit the complaints page to tell us more.")]
    [InlineData("---\ntags: [billing, subscription]\n---\nYour plan renews on {{ renewal.date }}.\n")]
    [InlineData("Use `charged twice` as the search term.")]                     // code is not prose
    public Task Does_not_flag_a_template_without_problem_wording(string text) => Verify.NoDiagnosticsAsync(text);
}
