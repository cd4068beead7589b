using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1005NonApology>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1005")]
public sealed class RL1005NonApologyTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1005NonApology.Id);

    [Theory]
    [InlineData("[|I'm sorry if you feel|] that we let you down.")]
    [InlineData("[|We are sorry if you were|] unhappy with the service.")]
    [InlineData("[|Sorry if you thought|] the offer included shipping.")]
    [InlineData("[|I\u2019m so sorry if|] this has caused any trouble.")]                  // curly apostrophe
    [InlineData("[|We apologize if|] our reply was unclear.")]
    [InlineData("[|Apologies if|] that was not the answer you hoped for.")]
    [InlineData("[|If that came across as rude|], it was not meant to.")]
    [InlineData("[|If we have upset you|], we are sorry.")]
    [InlineData("[|If my colleague offended you|], I apologize.")]
    public Task Flags_sorry_if(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|I'm sorry you feel that way|].")]
    [InlineData("[|We're sorry that you feel this way|].")]
    [InlineData("[|Sorry to hear you feel that way|].")]
    [InlineData("[|We apologize that you felt that|] our agent was rude.")]
    [InlineData("[|We regret that you feel|] the product did not meet your expectations.")]
    [InlineData("[|We regret that you were disappointed|] with the repair.")]
    public Task Flags_sorry_you_feel_that_way(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|I'm sorry, but|] we cannot refund this order.")]
    [InlineData("[|We are very sorry, but|] the offer has ended.")]
    [InlineData("[|Sorry but|] that is not possible.")]
    [InlineData("[|We apologize, however|], the item is out of stock.")]
    [InlineData("[|Our apologies, but|] the deadline has passed.")]
    public Task Flags_sorry_but(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Sorry for any confusion|].")]
    [InlineData("[|We apologize for any confusion this may have caused|].")]
    [InlineData("[|Apologies for any misunderstanding|] about the dates.")]
    [InlineData("[|We regret any frustration|].")]
    [InlineData("[|Mistakes were made|], and we are reviewing them.")]
    [InlineData("[|Errors have been made|] in the past.")]
    [InlineData("[|It was never our intention to|] upset you.")]
    [InlineData("[|It wasn't my intention to|] confuse you.")]
    public Task Flags_hedged_apologies(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|I'm sorry\nif you feel|] that way.")]                                  // across a line break
    [InlineData("[|I'm sorry\r\nif you feel|] that way.")]                                // CRLF
    [InlineData("[|I'm **so** sorry, but|] we can't.")]                                   // around emphasis
    [InlineData("Hi {{ customer.first_name }},\n\n[|We're sorry you feel that way|].")]
    [InlineData("- [|Sorry for any confusion|].\n- Your order ships today.")]             // list item
    public Task Flags_phrase_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|I'm sorry if you feel|] let down.\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:I'm *sorry*, but|} no.", new ExpectedArguments(0, "I'm sorry, but"));

    [Theory]
    [InlineData("I'm sorry you had to wait so long.")]                                     // a real apology names the thing
    [InlineData("I'm sorry your order arrived late.")]
    [InlineData("I'm sorry we charged you twice.")]
    [InlineData("I'm sorry you were charged twice; I've refunded the second charge.")]
    [InlineData("I'm sorry for the delay, but the replacement ships today.")]              // the apology names what it is for
    [InlineData("Sorry for the late reply.")]
    [InlineData("I'm sorry for the confusion our last email caused.")]
    [InlineData("I apologize: we sent the wrong size.")]
    [InlineData("It was our mistake, and I'm sorry.")]
    [InlineData("Sorry if you've already received this reminder.")]                       // honest conditionals of bulk mail
    [InlineData("Apologies if this email reached you twice.")]
    [InlineData("If this sounds like the right option, reply yes.")]
    [InlineData("If it was confusing, here is a simpler version of the steps.")]
    [InlineData("Mistakes were made on our side, and I'm sorry for them.")]              // the passive that still says who
    public Task Does_not_flag_sincere_apologies(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> I'm sorry, but this is the third time I've asked.\n\nYou're right, and I'm sorry we made you ask again.")] // the customer's words
    [InlineData("Type `sorry if you feel` in the search box.")]                           // inline code
    [InlineData("The old macro said:\n\n```\nWe're sorry you feel that way.\n```\n")]     // fenced code
    [InlineData("<!-- sorry, but -->\nI'm sorry we missed your call.")]                   // comment
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public void Offers_no_fix()
    {
        var diagnostic = Verify.Analyze("I'm sorry, but we can't.").ShouldHaveSingleItem();

        diagnostic.Fix.ShouldBeNull();
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
