using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tests.Signals.TimeFrameProbe>;

namespace ReplyLint.Rules.Tests.Signals;

// The probe marks every sentence that gives a time frame. RL2002's tests cover the shapes in more depth.
[Trait("Signal", "TimeFrame")]
public sealed class TimeFrameTests
{
    [Theory]
    [InlineData("[|The refund reaches you within 2 business days.|]")]
    [InlineData("[|We'll update you by Friday.|]")]
    [InlineData("[|We'll update you by [Date].|]")]                 // the placeholder RL2004's fix writes
    [InlineData("[|We'll update you by {{ refund.date }}.|]")]
    [InlineData("[|The courier comes tomorrow.|]")]
    [InlineData("[|We'll call at 3 pm.|]")]
    [InlineData("[|We'll call in the next 24 hours.|]")]
    [InlineData("[|I'll update you here every 30 minutes until it's back.|]")]   // a cadence
    [InlineData("[|We post an update every 2 hours.|]")]
    [InlineData("[|The 12-week option goes live on May 12.|]")]                  // a month next to a number
    [InlineData("[|Your plan ends 3 March.|]")]
    public Task Flags_a_time_frame(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("We'll update you soon.")]
    [InlineData("By the way, the parcel is on its way.")]
    [InlineData("The fee was charged by the bank.")]
    [InlineData("We'll get back to you in due course.")]
    [InlineData("We'll fix it in the near future.")]
    [InlineData("We'll update you by [date].")]                     // lower case is no placeholder
    [InlineData("You may see a pending charge.")]                   // "may" is a verb without a number
    [InlineData("We'll keep you posted every step of the way.")]
    [InlineData("You've been charged every month since you cancelled.")]   // a habit, not a time frame
    public Task Does_not_flag_a_sentence_without_one(string text) => Verify.NoDiagnosticsAsync(text);
}
