using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Completeness.RL2002MissingNextSteps>;

namespace ReplyLint.Rules.Tests.Completeness;

// RL2002 is one finding for the whole template, so every flagged case marks offset 0: {|RL2002:|}.
[Trait("Rule", "RL2002")]
public sealed class RL2002MissingNextStepsTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL2002MissingNextSteps.Id);

    [Theory]
    [InlineData("{|RL2002:|}We will look into it.")]
    [InlineData("{|RL2002:|}Thanks for your message. We'll get back to you.")]
    [InlineData("{|RL2002:|}Our team is aware of the problem and we will look into it.")]
    [InlineData("{|RL2002:|}Thank you for contacting us about your invoice. Your concerns have been noted\nand will be reviewed by the relevant department.")]
    [InlineData("{|RL2002:|}We are working on it. Someone will be in touch.")]
    public Task Flags_vague_promises(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL2002:|}Thank you for contacting us. We appreciate your feedback and value your business.")]
    [InlineData("{|RL2002:|}Hi {{ customer.first_name }},\n\nThank you for your message!\n\nKind regards,\n{{ agent.name }}")]
    [InlineData("{|RL2002:|}Thanks!")]
    public Task Flags_a_pure_thank_you(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL2002:|}Unfortunately we can't offer a refund on sale items. Our policy does not allow it.")]
    [InlineData("{|RL2002:|}I'm sorry, but this order is outside the return window, so there is nothing more we can do.")]
    public Task Flags_a_refusal_with_no_alternative(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL2002:|}We will look into it. Is there anything else I can help you with?")]
    [InlineData("{|RL2002:|}We will look into it. Is there anything else you need?")]
    [InlineData("{|RL2002:|}Why would that happen? We will look into it.")]                  // a question, but not to the customer
    public Task Flags_questions_that_do_not_move_the_case_on(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL2002:|}We'll get back to you soon.")]
    [InlineData("{|RL2002:|}We will look into it shortly.")]
    [InlineData("{|RL2002:|}We'll get back to you as soon as possible.")]
    [InlineData("{|RL2002:|}We will look into it in due course.")]
    public Task Flags_vague_timing(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL2002:|}Thanks for your order!\n\n- It ships from our warehouse.")]
    [InlineData("{|RL2002:|}Thanks for your order!\n\n1. It ships from our warehouse.")]
    [InlineData("{|RL2002:|}Hi Sam,\n\n- It ships from our warehouse.\n", "reply.txt")]
    public Task Flags_a_single_list_item(string markup, string path = Verify.DefaultPath) => Verify.DiagnosticsAsync(markup, path);

    [Theory]
    [InlineData("{|RL2002:|}> Could you refund me by Friday? See https://example.com/orders/1.\n\nWe will look into it.")] // the customer's words
    [InlineData("{|RL2002:|}We will look into it.\n\n> - Open the app\n> - Tap Reset")]                  // a quoted list
    [InlineData("{|RL2002:|}We will look into it.\n\n```\nOpen the app and tap Reset.\n```")]           // code is not prose
    [InlineData("{|RL2002:|}<!-- {{ order.tracking_url }} -->\nWe will look into it.")]                 // nor is a comment
    public Task Flags_next_steps_that_are_only_quoted_code_or_comments(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|RL2002:|}Hi Sam,\n\nWe will look into it.\n", "reply.txt");

    [Fact]
    public Task Flags_naming_the_template_by_its_title() =>
        Verify.DiagnosticsAsync("{|#0:|}---\ntitle: Invoice query\n---\nWe will look into it.\n", new ExpectedArguments(0, "Invoice query"));

    [Fact]
    public Task Flags_naming_the_template_by_its_file_name() =>
        Verify.DiagnosticsAsync("{|#0:|}We will look into it.\n", new ExpectedArguments(0, "test.md"));

    [Theory]
    [InlineData("I've issued a refund.")]
    [InlineData("We have refunded the second charge.")]
    [InlineData("I've escalated this to our engineers.")]
    [InlineData("I've contacted the courier about it.")]
    [InlineData("Your refund has been processed.")]
    [InlineData("I'm refunding the charge now.")]
    [InlineData("We've covered your night at the Marina Suites in full.")]
    [InlineData("We've dispatched your replacement card.")]
    [InlineData("I'm bringing in {{supervisor.name}}, who can approve the waiver.")]
    public Task Does_not_flag_a_done_commitment(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("{{agent.name}} will call you.")]
    [InlineData("Our billing team will refund the charge.")]
    [InlineData("We will ship the replacement.")]
    [InlineData("A manager will call you back.")]
    [InlineData("I'll keep you updated.")]
    [InlineData("You will receive a confirmation email.")]
    [InlineData("I can offer store credit instead.")]
    [InlineData("Here's what happens next.")]
    [InlineData("They'll join this chat in about 5 minutes.")]
    [InlineData("You keep access until {{subscription.end_date}}.")]
    [InlineData("Is there anything you'd like to export before then?")]
    public Task Does_not_flag_a_promise_with_an_actor(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("The refund reaches your card within 2 business days.")]
    [InlineData("We will look into it in the next 24 hours.")]
    [InlineData("We will look into it in a couple of days.")]
    [InlineData("We will look into it next week.")]
    [InlineData("We will look into it by Friday.")]
    [InlineData("The refund is due by {{refund.date}}.")]
    [InlineData("The courier comes by 5 June.")]
    [InlineData("We will look into it by the end of the week.")]
    [InlineData("We will look into it tomorrow.")]
    [InlineData("We will look into it at 3 pm.")]
    [InlineData("The courier arrives at 15:00.")]
    [InlineData("By the way, the parcel arrives tomorrow.")]                               // "by the way" is no deadline, "tomorrow" is
    [InlineData("The fee was charged by the bank, and the refund arrives tomorrow.")]
    public Task Does_not_flag_a_time_frame(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("We can't refund it. What I can do is pass your case to our customer relations team.")]
    [InlineData("Here is what I can do instead.")]
    [InlineData("Alternatively, an exchange is possible.")]
    [InlineData("I'd be happy to arrange a repair.")]
    [InlineData("My supervisor can approve exceptions.")]
    [InlineData("If you'd like a second look, you can appeal the decision.")]
    [InlineData("I've forwarded it to our billing team.")]
    public Task Does_not_flag_an_alternative_or_an_escalation_path(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("{|RL2002:|}Our billing team is aware of it, and we will look into it.")]          // a team named, nothing promised
    [InlineData("{|RL2002:|}A specialist looks after these cases.")]
    [InlineData("{|RL2002:|}> Can I speak to a manager instead?\n\nWe will look into it.")]        // the customer's words
    [InlineData("{|RL2002:|}I'm sorry, but we can't refund this.")]                               // "but we can" is no offer when "not" follows
    public Task Flags_a_team_mention_or_a_quoted_way_forward(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Here is the plan:\n\n- The courier collects the parcel.\n- The warehouse checks it.")]
    [InlineData("Here is the plan:\n\n1. The courier collects the parcel.\n2. The warehouse checks it.")]
    public Task Does_not_flag_a_list_of_steps(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("The details are on [our status page](https://status.example.com).")]
    [InlineData("The details are at https://status.example.com.")]
    [InlineData("The details are at <https://status.example.com>.")]
    [InlineData("Our billing team is at billing@example.com.")]
    [InlineData("Your parcel is on its way: {{order.tracking_url}}")]
    [InlineData("Your parcel is on its way: {{ order.tracking_link }}")]
    [InlineData("> My parcel https://example.com/track/1 never came.\n\nThe new one is at https://example.com/track/2.")]
    public Task Does_not_flag_a_link_or_address(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Could you send the order number?")]
    [InlineData("We will look into it. What is your order number?")]
    [InlineData("Would you like a refund or a replacement?")]
    public Task Does_not_flag_a_question_to_the_customer(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Open the app and tap Reset.")]
    [InlineData("Head to Settings and tap Reset.")]
    [InlineData("Please reply with a photo of the label.")]
    [InlineData("You can track the parcel in the app.")]
    [InlineData("Check your spam folder for the receipt.")]
    [InlineData("All you have to do is open the report and click **Export**.")]     // what --fix leaves of "... and simply click"
    public Task Does_not_flag_an_instruction(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t\n")]
    [InlineData("---\nid: empty\ntitle: Empty\n---\n")]
    [InlineData("```\nWe will look into it.\n```\n")]
    [InlineData("<!-- We will look into it. -->\n")]
    public Task Does_not_flag_a_template_without_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> We will look into it.\n> I want a refund!")]
    [InlineData("---\ntitle: Quote only\n---\n> Thanks for nothing.\n")]
    public Task Does_not_flag_a_template_whose_only_prose_is_a_quote(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Does_not_flag_a_list_of_steps_in_a_plain_text_file() =>
        Verify.NoDiagnosticsAsync("Hi Sam,\n\nHere is the plan:\n- The courier collects the parcel.\n- The warehouse checks it.\n", "reply.txt");

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
