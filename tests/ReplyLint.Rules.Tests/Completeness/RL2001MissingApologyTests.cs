using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Completeness.RL2001MissingApology>;

namespace ReplyLint.Rules.Tests.Completeness;

// RL2001 is one finding for the whole template, so every flagged case marks offset 0: {|RL2001:|}.
[Trait("Rule", "RL2001")]
public sealed class RL2001MissingApologyTests
{
    private const string Complaint = "---\nintent: complaint\n---\n";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL2001MissingApology.Id);

    [Theory]
    [InlineData("Hi Sam,\n\nYour replacement ships tomorrow.")]
    [InlineData("Hi Sam,\n\nThank you for your message. Your replacement ships tomorrow.")]
    [InlineData("Hi Sam,\n\nThat was our mistake. Your replacement ships tomorrow.")]
    [InlineData("# Your order\n\nYour replacement ships tomorrow.")]
    public Task Flags_a_complaint_reply_with_no_apology(string body) =>
        Verify.DiagnosticsAsync("{|RL2001:|}" + Complaint + body);

    [Theory]
    [InlineData("We apologize for any inconvenience this may have caused. Your replacement ships tomorrow.")]
    [InlineData("We're sorry that you're having that issue. Your replacement ships tomorrow.")]
    [InlineData("I’m sorry for any inconvenience. Your replacement ships tomorrow.")]            // curly apostrophe
    [InlineData("We regret to inform you that the item is sold out.")]
    [InlineData("Please accept our apologies for the inconvenience.")]
    public Task Flags_a_stock_apology_alone(string body) =>
        Verify.DiagnosticsAsync("{|RL2001:|}" + Complaint + body);

    [Theory]
    [InlineData("I'm sorry, but the sale items can't be refunded.")]
    [InlineData("We apologize, but refunds close after 30 days.")]
    [InlineData("I'm sorry if you feel let down by the delay.")]
    [InlineData("We're sorry you feel that way. Mistakes were made.")]
    [InlineData("We're sorry.")]                                                                   // the company's bare "we're sorry"
    public Task Flags_a_non_apology_alone(string body) =>
        Verify.DiagnosticsAsync("{|RL2001:|}" + Complaint + body);

    [Theory]
    [InlineData("> I'm sorry to say I'm furious.\n\nYour replacement ships tomorrow.")]              // the customer's apology is not ours
    [InlineData("Your replacement ships tomorrow.\n\n```\nI'm sorry\n```")]                        // code is not prose
    [InlineData("<!-- add: I'm sorry for the delay -->\nYour replacement ships tomorrow.")]        // nor is a comment
    public Task Flags_an_apology_that_is_not_the_reply_s_own(string body) =>
        Verify.DiagnosticsAsync("{|RL2001:|}" + Complaint + body);

    [Fact]
    public Task Flags_naming_the_intent_as_the_evidence() =>
        Verify.DiagnosticsAsync("{|#0:|}---\nintent: refund\n---\nYour refund is on its way.\n", new ExpectedArguments(0, "intent: refund"));

    [Fact]
    public Task Flags_naming_the_tag_as_the_evidence() =>
        Verify.DiagnosticsAsync("{|#0:|}---\ntags: [chat, outage]\n---\nThe service is back.\n", new ExpectedArguments(0, "tags: outage"));

    [Fact]
    public Task Flags_naming_the_problem_wording_as_the_evidence() =>
        Verify.DiagnosticsAsync("{|#0:|}We charged your card twice. The refund is on its way.\n", new ExpectedArguments(0, "charged your card twice"));

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|RL2001:|}Hi Sam,\nyour order arrived damaged. A new one ships tomorrow.\n", "reply.txt");

    [Theory]
    [InlineData("I'm sorry your parcel is late. It ships tomorrow.")]
    [InlineData("I’m so sorry we charged you twice.")]
    [InlineData("We're sorry for the mix-up with your order.")]
    [InlineData("We apologize for the missing parts.")]
    [InlineData("Sorry for the wait, Sam!")]
    [InlineData("I apologize. Your replacement ships tomorrow.")]
    [InlineData("My apologies: the parcel went to the wrong depot.")]
    [InlineData("I'm *really*\nsorry about the delay.")]                                              // across emphasis and a line break
    [InlineData("We apologize for any inconvenience. I'm sorry we sent the wrong size.")]            // a real apology next to a stock one
    [InlineData("I'm sorry that isn't the answer you wanted.")]
    [InlineData("I'm sorry for the trouble this has caused.")]                                  // what RL1004's fix writes
    [InlineData("Apologies for the delay on this one.")]
    public Task Does_not_flag_a_sincere_apology(string body) => Verify.NoDiagnosticsAsync(Complaint + body);

    [Theory]
    [InlineData("---\nintent: information\n---\nHere's how to reset your password: open Settings and tap Reset.\n")]
    [InlineData("---\nintent: thanks\n---\nThank you for the lovely review!\n")]
    [InlineData("---\nintent: boundary\ntags: [refund]\n---\nI need this chat to stay respectful.\n")]
    [InlineData("---\nintent: cancellation\n---\nYour plan ends on {{ plan.end_date }}.\n")]
    [InlineData("Here's how to reset your password. If the email hasn't arrived within 10 minutes, check your spam folder.")]
    [InlineData("Thank you for your kind words about our team!")]
    public Task Does_not_flag_a_template_that_answers_no_problem(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("")]
    [InlineData("---\nintent: complaint\n---\n")]
    [InlineData("---\nintent: complaint\n---\n> My parcel never arrived!\n")]
    [InlineData("---\nintent: complaint\n---\n<!-- to do -->\n")]
    public Task Does_not_flag_a_template_without_prose_of_its_own(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Does_not_flag_a_sincere_apology_in_a_plain_text_file() =>
        Verify.NoDiagnosticsAsync("Hi Sam,\nI'm sorry your order arrived damaged. A new one ships tomorrow.\n", "reply.txt");

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
