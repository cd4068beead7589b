using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Hygiene.RL3003DraftLeftover>;

namespace ReplyLint.Rules.Tests.Hygiene;

[Trait("Rule", "RL3003")]
public sealed class RL3003DraftLeftoverTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL3003DraftLeftover.Id);

    [Theory]
    [InlineData("[|TODO|]: add the refund amount.")]
    [InlineData("Your new delivery date is [|TBD|].")]
    [InlineData("Your new delivery date is [|tbd|].")]
    [InlineData("[|FIXME|] before this goes live.")]
    [InlineData("The new price is [|TBC|] until the supplier replies.")]
    [InlineData("Delivery date: [|tbc|].")]
    [InlineData("## [|TODO|]")]
    [InlineData("- Check the order\n- [|TODO|] explain the refund")]
    [InlineData("I'm sorry, **[|TODO|]** apology.")]
    [InlineData("> [|TODO|]: quote the customer here")]                        // a quote goes out too
    [InlineData("Hi Sam,\r\n[|TODO|]\r\nThanks.")]
    public Task Flags_a_marker(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Your refund of £[|XX.XX|] is on its way.")]
    [InlineData("Your refund of $[|XX|] is on its way.")]
    [InlineData("The card ending in [|XXXX|] was charged.")]
    [InlineData("It arrives within [|XX|] days.")]
    [InlineData("Order [|XXX|] has shipped.")]
    public Task Flags_a_number_left_as_Xs(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Hi [|[name]|], thanks for writing.")]
    [InlineData("Hi [|[customer name]|], thanks for writing.")]
    [InlineData("Thanks,\n[|[your name]|]")]
    [InlineData("The details are in [|[insert link to FAQ]|].")]
    [InlineData("[|[add screenshot of the settings page]|]")]
    [InlineData("Your refund of [|[amount here]|] is on its way.")]
    [InlineData("Your refund of [|[Amount Here]|] is on its way.")]
    [InlineData("Thanks, [|[Insert Agent Name]|]")]
    [InlineData("The new date is [|[TBD]|].")]
    [InlineData("Order [|[XXX]|] has shipped.")]
    [InlineData("Your refund of *[|[insert amount]|]* is on its way.")]
    [InlineData("Your refund of [|[insert the\nrefund amount]|] is on its way.")]
    [InlineData("Your refund of [|[optional: mention the fee]|] is on its way.")]
    public Task Flags_an_instruction_in_brackets(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Thanks,\n[|<your name>|]")]
    [InlineData("Your parcel arrives on [|<insert date here>|].")]
    [InlineData("Hi [|<name>|], thanks for writing.")]
    [InlineData("Hi [|<Customer Name>|], thanks for writing.")]
    [InlineData("Hi [|<customer's name>|], thanks for writing.")]               // not HTML to Markdown either
    public Task Flags_an_instruction_in_angle_brackets(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Your refund takes [|??|] days.")]
    [InlineData("The fee is [|???|].")]
    [InlineData("The fee is ([|???|]) on top.")]
    public Task Flags_question_marks_standing_in_for_a_fact(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Lorem ipsum dolor sit amet, consectetur|] adipiscing.")]
    [InlineData("[|Lorem ipsum|].")]
    [InlineData("[|Placeholder text goes here|].")]
    [InlineData("[|Note to self|]: check the price.")]
    [InlineData("[|Delete this paragraph before sending|].")]
    [InlineData("Your account is [|to be filled in later|].")]
    public Task Flags_dummy_text_and_notes_to_self(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|<!-- TODO: check the price with billing -->|]\nHi there, your refund is on its way.")]
    [InlineData("Hi there. [|<!-- XXX -->|] Your refund is on its way.")]
    [InlineData("Hi there.\n\n[|<!--\nFIXME: the old address is below\n-->|]")]
    public Task Flags_a_marker_in_an_HTML_comment(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Hi [|{{TODO}}|], thanks.")]
    [InlineData("Your refund of [|{{ XX }}|] is on its way.")]
    public Task Flags_a_placeholder_named_as_a_marker(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Thanks,\n[|<your name>|]\n\n[|TODO|]: [|[add the link]|]\n", "reply.txt");

    [Fact]
    public Task Flags_with_a_message_that_quotes_the_leftover() =>
        Verify.DiagnosticsAsync("Your refund of {|#0:[insert amount]|} is on its way.", new ExpectedArguments(0, "[insert amount]", "write the finished text, or remove the note"));

    [Fact]
    public Task Flags_an_HTML_comment_with_advice_about_template_comments() =>
        Verify.DiagnosticsAsync(
            "{|#0:<!-- TODO: check -->|}Hi.",
            new ExpectedArguments(0, "<!-- TODO: check -->", "an HTML comment is sent with the reply, so remove it, or keep the note in a template comment such as {{!-- ... --}} that the help desk strips"));

    [Fact]
    public Task Flags_a_marker_inside_a_bracket_once() =>
        Verify.DiagnosticsAsync("See [|[TODO: add the link]|].");

    [Theory]
    [InlineData("Add it to your todo list in the Todo app.")]
    [InlineData("Your code looks like XXX-XXX-XXX, and sizes run from S to XXL.")]
    [InlineData("Part X of the guide explains it.")]
    [InlineData("Really?? That shouldn't happen.")]
    [InlineData("Is it working now?")]
    public Task Does_not_flag_ordinary_words(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Hi [Customer Name], your [Order Number] has shipped.")]        // a fill-in by design
    [InlineData("Click [Add Item], then [Save Changes].")]                     // buttons
    [InlineData("Press [Insert] on your keyboard.")]
    [InlineData("He wrote \"recieve\" [sic] and the address [redacted].")]
    [InlineData("Write to help [at] example [dot] com.")]
    [InlineData("You said: \"the box [...] was crushed\".")]
    [InlineData("- [ ] Pack the item\n- [x] Print the label")]
    [InlineData("See [our refund policy](https://example.com/refunds) or [insert link](https://example.com).")]
    [InlineData("See [the refund policy][policy].\n\n[policy]: https://example.com/refunds")]
    public Task Does_not_flag_brackets_that_are_not_notes(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Hi <b>Sam</b>,<br> your order is <span class=\"x\">ready</span>.")]
    [InlineData("Tick <input disabled> and open <details open>here</details>.")]
    [InlineData("Write to <help@example.com> or see <https://example.com/help>.")]
    [InlineData("Orders of 3 < 5 > 2 items ship free.")]
    public Task Does_not_flag_HTML_and_links(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Type `TODO` in the search box, or `[insert]`.")]
    [InlineData("```\n// TODO: remove the debug flag\nprint(\"???\")\n```")]
    [InlineData("The page is https://example.com/TODO/XXX?a=??")]
    [InlineData("{{!-- TODO: the finance team owns this --}}Hi there.")]
    [InlineData("{% comment %}TODO: update in May{% endcomment %}Hi there.")]
    [InlineData("<!-- replylint-disable-next-line draft-leftover -- the brackets are a button label -->\nClick [add name] below.")]
    [InlineData("<!-- Reviewed by billing, March. -->\nHi there.")]
    [InlineData("---\ntitle: TODO\nid: xxx\n---\nHi there.")]
    public Task Does_not_flag_code_urls_comments_or_front_matter(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> Where is my refund??? ??? It's been XX days and card XXXX was charged!\n\nI'm sorry, Sam.")]
    [InlineData("> My order number is XXX.\n\nThanks, I found it.")]
    [InlineData("> My card [XXXX] was charged twice.\n\nI'm sorry, I've refunded it.")]
    public Task Does_not_flag_question_marks_and_Xs_in_the_customer_s_words(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Please do not send the item back.")]
    [InlineData("You can fill it in later, when you have the receipt.")]
    [InlineData("Remove the battery before sending the phone to us.")]
    [InlineData("Your refund needs manager approval, which I've asked for.")]
    [InlineData("More details to follow tomorrow.")]
    public Task Does_not_flag_instructions_to_the_customer(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Does_not_flag_a_finished_plain_text_file() =>
        Verify.NoDiagnosticsAsync("Hi Sam,\n\nYour refund of £12.50 is on its way. Tick <yes> to confirm.\n", "reply.txt");

    [Fact]
    public void Fix_is_never_offered()
    {
        var diagnostics = Verify.Analyze("TODO: [insert amount] <your name> ?? XX lorem ipsum");

        diagnostics.Length.ShouldBe(6);
        diagnostics.ShouldAllBe(static d => d.Fix == null);
    }

    [Fact]
    public void Flags_the_innermost_bracket_of_a_long_run_of_openers()
    {
        var text = new string('[', 50_000) + "insert amount]";

        Verify.Analyze(text, "long.txt").ShouldHaveSingleItem().Location.Span.Start.ShouldBe(49_999);
    }

    [Fact]
    public void Flags_every_note_in_one_long_sentence()
    {
        var text = string.Concat(Enumerable.Repeat("see ?? and [insert x] and <your name> ", 10_000));

        Verify.Analyze(text, "long.txt").Length.ShouldBe(30_000);
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
