using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1002EvasiveWording>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1002")]
public sealed class RL1002EvasiveWordingTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1002EvasiveWording.Id);

    [Theory]
    [InlineData("Unfortunately [|there is nothing we can do|].")]
    [InlineData("[|There's nothing more I can do|] about the fee.")]
    [InlineData("[|There\u2019s nothing else we can do|].")]                          // curly apostrophe
    [InlineData("[|We can do nothing more|] at this stage.")]
    [InlineData("I know, but [|that's just how it is|].")]
    [InlineData("[|It is what it is|].")]
    public Task Flags_nothing_can_be_done(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("The delay is annoying, but [|it's out of our hands|].")]
    [InlineData("[|That is outside my control|].")]
    [InlineData("The fee [|is entirely out of our hands|].")]
    [InlineData("[|My hands are tied|].")]
    [InlineData("[|The system won't let me|] change the date.")]
    public Task Flags_out_of_our_hands(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|That's not my department|].")]
    [InlineData("[|That isn't our responsibility|].")]
    [InlineData("[|This is handled by another department|].")]
    [InlineData("[|I can't help you with that|].")]
    [InlineData("[|We cannot help with this|].")]
    [InlineData("[|You'll have to contact the manufacturer|] for a repair.")]
    [InlineData("[|You will have to take it up with your bank|].")]
    [InlineData("Please [|take it up with the courier|].")]
    [InlineData("[|I just work here|].")]
    public Task Flags_someone_else_s_job(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Mistakes were made|] with your order.")]
    [InlineData("[|An error was made|] when we packed it.")]
    [InlineData("[|Mistakes\nhave been **made|]**.")]                                   // across a line break and emphasis
    public Task Flags_nobody_did_it(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_every_dodge_of_a_template_with_no_way_forward() =>
        Verify.DiagnosticsAsync("[|That's not my department|]. [|You'll have to contact the store|], as [|there is nothing I can do|].");

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|There's nothing we can do|], sorry.\n", "reply.txt");

    [Fact]
    public Task Flags_a_dodge_when_the_only_alternative_is_quoted() =>
        Verify.DiagnosticsAsync("> Can't you offer me something else instead?\n\n[|There is nothing more we can do|].");

    [Theory]
    [InlineData("Unfortunately we can't refund this, but here is what I can do: a repair at no cost.")]   // the trap: a refusal, then an alternative
    [InlineData("There's nothing more I can do about the fee, but I can offer you a voucher.")]
    [InlineData("That's out of our hands, but our billing team can help on billing@example.com.")]
    [InlineData("That's not my department, so I've passed your case to our returns team.")]
    [InlineData("Mistakes were made, and I've refunded the shipping.")]
    [InlineData("There is nothing we can do about the courier. Instead, I've sent a replacement.")]
    [InlineData("My hands are tied here, so I've escalated this to my supervisor.")]
    [InlineData("You'll have to contact the bank. Would you like me to send you their number?")]
    [InlineData("Mistakes were made in the migration, and our data team has already restored 80% of your cards.")]  // a remedy done by a team
    public Task Does_not_flag_a_dodge_with_a_way_forward(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> There is nothing you can do? That's not your department?\n\nI'm sorry. I've refunded the order.")]   // the customer's words
    [InlineData("Type `there is nothing we can do` into the search box.")]                                          // code is not prose
    [InlineData("<!-- there is nothing we can do -->\nI've refunded the order.")]                                    // nor is a comment
    [InlineData("There's nothing you need to do.")]
    [InlineData("We can't refund sale items.")]                                        // a plain refusal is RL2005's business
    [InlineData("We made a mistake with your order, and I'm sorry.")]
    [InlineData("The delay was caused by the storm.")]
    [InlineData("You can contact the manufacturer for a faster repair.")]
    [InlineData("You'll have to contact us again if it happens.")]
    [InlineData("There's nothing we can do until the courier finishes the trace.")]   // a wait with a condition
    public Task Does_not_flag_other_wording(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
