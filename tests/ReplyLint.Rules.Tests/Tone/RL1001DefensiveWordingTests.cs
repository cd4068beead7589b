using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1001DefensiveWording>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1001")]
public sealed class RL1001DefensiveWordingTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1001DefensiveWording.Id);

    [Theory]
    [InlineData("[|As I already explained|], the refund window is 30 days.")]
    [InlineData("[|As I've already explained|], the refund window is 30 days.")]
    [InlineData("[|As I\u2019ve previously mentioned|], the plan renews monthly.")]      // curly apostrophe
    [InlineData("[|As {{agent.name}} already explained|], the fee is non-refundable.")]   // a placeholder as the actor
    [InlineData("[|As [Agent Name] previously stated|], we ship on weekdays only.")]      // a bracket placeholder
    [InlineData("[|As my colleague already told you|], the order has shipped.")]
    [InlineData("[|As we have said several times|], the offer has ended.")]
    [InlineData("[|As I said before|], the warehouse is closed on Sundays.")]
    [InlineData("[|I have already explained this|].")]
    [InlineData("[|I've told you this twice|] now.")]
    public Task Flags_as_i_already_explained(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|As per my last email|], the invoice is attached.")]
    [InlineData("[|Per my previous message|], the item is out of stock.")]
    [InlineData("[|Please refer back to my previous email|].")]
    [InlineData("[|As stated in our terms of service|], refunds take 14 days.")]
    [InlineData("[|As clearly outlined in the FAQ|], gift cards cannot be refunded.")]
    [InlineData("[|As mentioned in our previous email|], your plan ends today.")]
    [InlineData("[|As our refund policy clearly states|], sale items are final.")]
    [InlineData("The fee [|is clearly stated in our terms and conditions|].")]
    [InlineData("The size [|was clearly shown on the product page|].")]
    public Task Flags_pointing_at_what_the_customer_was_told(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Per our policy, we cannot|] refund opened items.")]
    [InlineData("[|In line with our policy, we are unable to|] reissue the code.")]
    [InlineData("Unfortunately, [|that's our policy|].")]
    [InlineData("I'm sorry, but [|this is company policy|].")]
    [InlineData("[|Rules are rules|].")]
    [InlineData("[|This is in line with our terms of service|].")]
    [InlineData("[|We're just following company policy|] here.")]
    [InlineData("[|As per the terms and conditions you accepted|], a fee applies.")]
    [InlineData("[|As you should know from your contract|], speeds are not guaranteed.")]
    [InlineData("We replied within the two days [|stated in our support policy|].")]
    [InlineData("So [|the ticket was handled as expected|].")]
    public Task Flags_hiding_behind_the_policy(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Our system is working correctly|], so the charge stands.")]
    [InlineData("[|Our servers were functioning as intended|] at the time.")]
    [InlineData("[|Everything is working fine on our end|].")]
    [InlineData("[|There is no error on our side|].")]
    [InlineData("[|There's no problem on our end|], so please check your settings.")]
    [InlineData("[|Nothing went wrong on our side|].")]
    [InlineData("[|The delay was not on our end|].")]
    [InlineData("The delay [|was not caused by us|].")]
    public Task Flags_it_is_not_us(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|This is not our fault|].")]
    [InlineData("[|It's not our fault|] that the courier was late.")]
    [InlineData("[|That isn't our responsibility|].")]
    [InlineData("[|We are not responsible for|] lost parcels.")]
    [InlineData("[|We're not liable for|] delays caused by customs.")]
    [InlineData("[|{{company.name}} is not responsible for|] third-party fees.")]
    [InlineData("[|We cannot be held responsible|] for bank fees.")]
    [InlineData("[|We do not accept any liability|] for this.")]
    [InlineData("[|We did nothing wrong|].")]
    [InlineData("[|We haven't done anything wrong|].")]
    [InlineData("[|Our driver acted correctly|] and left the parcel in a safe place.")]
    [InlineData("[|The courier followed the procedure to the letter|].")]
    public Task Flags_not_our_fault(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|As I already\nexplained|], the fee stays.")]                           // across a line break
    [InlineData("[|As I already\r\nexplained|], the fee stays.")]                         // across a CRLF line break
    [InlineData("[|As I **already** explained|], the fee stays.")]                       // around emphasis
    [InlineData("- [|This is not our fault|].\n- The courier lost it.")]                   // in a list item
    [InlineData("Hi {{ customer.first_name }},\n\n[|As stated in our policy|], no refunds.")]
    public Task Flags_phrase_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|As I already explained|], the refund window is 30 days.\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:As {{agent.name}} **already**\nexplained|}, it ships Monday.", new ExpectedArguments(0, "As {{agent.name}} already explained"));

    [Theory]
    [InlineData("As I mentioned, your refund is on its way.")]
    [InlineData("As I already said to the courier, the parcel must be signed for.")]        // told to someone else                             // a plain pointer back, no "already"
    [InlineData("The refund window is 30 days, and your order is inside it.")]
    [InlineData("It is our policy to refund within one business day.")]                   // policy as good news, not as the last word
    [InlineData("That's our policy for opened items, but I've made an exception for you.")]
    [InlineData("Our site is working correctly again, so you can place the order now.")]   // the good news after a fix
    [InlineData("Our app is now working properly after this morning's fix.")]
    [InlineData("This is our fault, and I'm sorry.")]
    [InlineData("It's not your fault: the courier left it at the wrong door.")]
    [InlineData("You are not responsible for the return postage.")]
    [InlineData("We take full responsibility for the delay.")]
    [InlineData("The steps are in our FAQ, which I've linked below.")]
    [InlineData("Per our policy, refunds go back to the original card.")]                  // information, not a refusal
    public Task Does_not_flag_plain_information(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> As I already explained, I never received it.\n\nI'm sorry, I'll send a new one today.")] // the customer's words
    [InlineData("Type `as I already explained` in the search box.")]                      // inline code
    [InlineData("The old macro said:\n\n```\nThis is not our fault.\n```\n")]             // fenced code
    [InlineData("<!-- As per my last email -->\nYour refund is on its way.")]              // HTML comment
    [InlineData("See https://example.com/this-is-not-our-fault for details.")]            // bare URL
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public void Offers_no_fix()
    {
        var diagnostic = Verify.Analyze("As I already explained, the fee stays.").ShouldHaveSingleItem();

        diagnostic.Fix.ShouldBeNull();
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
