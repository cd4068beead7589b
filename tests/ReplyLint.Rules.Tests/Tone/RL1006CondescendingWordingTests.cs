using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1006CondescendingWording>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1006")]
public sealed class RL1006CondescendingWordingTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1006CondescendingWording.Id);

    [Theory]
    [InlineData("[|Obviously|], the refund can't start before the item arrives.")]
    [InlineData("The code [|obviously|] expires after ten minutes.")]
    [InlineData("[|As clearly stated|] on the invoice, the fee is monthly.")]
    [InlineData("The terms [|clearly explained|] the cancellation fee.")]
    [InlineData("We [|clearly told you|] the date.")]
    [InlineData("The price [|as is clearly shown|] on the page.")]
    [InlineData("[|As you can clearly see|] in the screenshot, the box is ticked.")]
    public Task Flags_obviously_and_clearly(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Simply click|] Reset and you're done.")]
    [InlineData("To fix it, [|simply log in|] and update your card.")]
    [InlineData("You can [|simply reply|] to this email.")]
    [InlineData("[|All you have to do is|] restart the app.")]
    [InlineData("[|All you needed to do was|] tick the box.")]
    public Task Flags_simply(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|As you know|], our prices changed in May.")]
    [InlineData("[|As you should know|], the code is case-sensitive.")]
    [InlineData("[|As you may be aware|], we moved warehouses.")]
    [InlineData("[|As everyone knows|], sale items are final.")]
    [InlineData("[|Surely you understand|] that we can't do that.")]
    [InlineData("[|I'm sure you can appreciate|] how busy we are.")]
    [InlineData("[|I'm sure you can manage|] from here.")]
    [InlineData("[|You need to understand that|] we can't refund it.")]
    public Task Flags_as_you_know(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Please calm down|] so I can help.")]
    [InlineData("[|Calm down|], we will sort it out.")]
    [InlineData("{{ customer.first_name }}, [|relax|], it's only a delay.")]          // after a placeholder it still opens the sentence
    [InlineData("[|You need to relax|].")]
    [InlineData("[|There's no need to get so upset|].")]
    [InlineData("[|Don't get so emotional|] about a parcel.")]
    [InlineData("[|You are overreacting|].")]
    public Task Flags_calm_down(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|It's not that hard|] to change a password.")]
    [InlineData("[|This is not complicated|].")]
    [InlineData("[|It's really self-explanatory|].")]
    [InlineData("[|It's simple, really|].")]
    [InlineData("[|It's easy, you just|] tap the button.")]
    [InlineData("[|I'm not sure how you missed|] it.")]
    [InlineData("[|With all due respect|], that is not how it works.")]
    [InlineData("[|No offense|], but the manual covers it.")]
    [InlineData("[|Let me explain this again|].")]
    public Task Flags_it_is_not_that_hard(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Simply\nclick|] Reset.")]                                             // across a line break
    [InlineData("[|Simply\r\nclick|] Reset.")]                                           // CRLF
    [InlineData("[|As you **know|]**, prices changed.")]                                 // around emphasis
    [InlineData("- [|Simply tap|] Save.\n- Then close the app.")]                        // list item
    [InlineData("[|I\u2019m sure you can understand|] why.")]                            // curly apostrophe
    public Task Flags_phrase_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|As you know|], the plan renews monthly.\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:As you\n**know|}**, it renews.", new ExpectedArguments(0, "As you know"));

    [Theory]
    [InlineData("This was obviously our mistake, and I'm sorry.")]                       // "obviously" that owns the problem
    [InlineData("A late parcel is obviously frustrating.")]
    [InlineData("That is obviously not good enough.")]
    [InlineData("It's obviously been a long week for you, and I'm sorry we added to it.")]
    [InlineData("The button is clearly labelled Export.")]                               // a how-to describing the screen
    [InlineData("The steps are clearly laid out in the attached guide.")]
    [InlineData("The fee is clearly explained in the attached PDF.")]                    // pointing to what this reply gives
    [InlineData("Obviously we want this fixed as much as you do.")]                      // "obviously" on the customer's side
    [InlineData("Let me explain this clearly.")]
    [InlineData("We didn't clearly explain the fee, and I'm sorry.")]                     // an admission
    [InlineData("The fee wasn't clearly stated on the page.")]
    [InlineData("Just click Reset and you're done.")]                                    // "just" is too common to flag
    [InlineData("It's easy to change your plan: open Settings > Plan.")]                 // a how-to may say a step is quick
    [InlineData("It's easy to miss the fee on that page.")]
    [InlineData("I know it isn't easy to start over.")]
    [InlineData("It's not hard to see why you're upset.")]
    [InlineData("Sit back and relax: we'll handle the return.")]
    [InlineData("Relax and enjoy your new headphones.")]
    [InlineData("You can relax: your data is safe.")]
    [InlineData("Things should calm down after the holidays.")]
    [InlineData("With respect to your order, it ships today.")]
    [InlineData("Could you try to relax the strap a little?")]
    [InlineData("Simply put, the payment didn't go through.")]                            // "simply" not before an instruction
    [InlineData("It's simply not good enough, and I've escalated it.")]
    public Task Does_not_flag_plain_or_owning_words(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> As you know, I ordered twice.\n\nI'm sorry, I've cancelled the second order.")] // the customer's words
    [InlineData("> Calm down? I AM calm.\n\nI'm sorry for how that came across.")]
    [InlineData("Type `obviously` in the search box.")]                                  // inline code
    [InlineData("The old macro said:\n\n```\nSimply click Reset.\n```\n")]              // fenced code
    [InlineData("<!-- obviously -->\nI've sent the label again.")]                       // comment
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("[|Simply click|] Reset.", "Click Reset.")]
    [InlineData("To fix it, [|simply log in|] again.", "To fix it, log in again.")]
    [InlineData("The code [|obviously|] expires.", "The code expires.")]
    [InlineData("[|As clearly stated|] on the invoice.", "As stated on the invoice.")]
    [InlineData("The terms [|clearly explained|] it.", "The terms explained it.")]
    [InlineData("[|Simply\r\nclick|] Reset.\r\n", "Click Reset.\r\n")]
    public Task Fix_removes_the_adverb(string markup, string expected) => Verify.VerifyFixAsync(markup, expected);

    [Theory]
    [InlineData("Obviously, the refund can't start yet.")]                               // followed by punctuation
    [InlineData("That was obviously.")]
    [InlineData("*Simply* click Reset.")]                                                // inside emphasis
    [InlineData("As you know, prices changed.")]                                         // no adverb to remove
    [InlineData("Please calm down.")]
    public void Fix_is_not_offered_where_deleting_a_word_is_not_enough(string text)
    {
        var diagnostic = Verify.Analyze(text).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RL1006CondescendingWording.Id);
        diagnostic.Fix.ShouldBeNull();
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
