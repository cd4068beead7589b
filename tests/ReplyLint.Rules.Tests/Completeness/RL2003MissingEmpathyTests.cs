using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Completeness.RL2003MissingEmpathy>;

namespace ReplyLint.Rules.Tests.Completeness;

// RL2003 is one finding for the whole template, so every flagged case marks offset 0: {|RL2003:|}.
[Trait("Rule", "RL2003")]
public sealed class RL2003MissingEmpathyTests
{
    private const string Complaint = "---\nintent: complaint\n---\n";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL2003MissingEmpathy.Id);

    [Theory]
    [InlineData("Hi Sam,\n\nYour replacement ships tomorrow.")]
    [InlineData("Thank you for your message. Your replacement ships tomorrow.")]
    [InlineData("That was our mistake, and your replacement ships tomorrow.")]
    public Task Flags_a_complaint_reply_with_no_acknowledgement(string body) =>
        Verify.DiagnosticsAsync("{|RL2003:|}" + Complaint + body);

    [Theory]
    [InlineData("I apologize. Your replacement ships tomorrow.")]
    [InlineData("My apologies! Your replacement ships tomorrow.")]
    [InlineData("I'm so sorry. Your replacement ships tomorrow.")]
    [InlineData("Sorry about that! Your replacement ships tomorrow.")]
    public Task Flags_an_apology_that_names_nothing(string body) =>
        Verify.DiagnosticsAsync("{|RL2003:|}" + Complaint + body);

    [Theory]
    [InlineData("I understand your frustration. Your replacement ships tomorrow.")]                // RL1004's stock line is not empathy
    [InlineData("We completely understand your frustration.")]
    [InlineData("Thank you for your patience and understanding.")]
    [InlineData("We appreciate your patience in this matter.")]
    [InlineData("We apologize for any inconvenience this may have caused.")]
    [InlineData("We're sorry that you're experiencing this issue.")]
    [InlineData("I'm sorry, but the sale items can't be refunded.")]                              // a non-apology
    public Task Flags_stock_lines_and_non_apologies(string body) =>
        Verify.DiagnosticsAsync("{|RL2003:|}" + Complaint + body);

    [Fact]
    public Task Flags_empathy_that_is_only_in_the_customer_s_quoted_words() =>
        Verify.DiagnosticsAsync("{|RL2003:|}" + Complaint + "> I know how frustrating this must be for you, but I need it today!\n\nYour replacement ships tomorrow.");

    [Fact]
    public Task Flags_naming_the_evidence() =>
        Verify.DiagnosticsAsync("{|#0:|}---\nintent: outage\n---\nThe service is back.\n", new ExpectedArguments(0, "intent: outage"));

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|RL2003:|}Hi Sam,\nwe charged you twice. The refund is on its way.\n", "reply.txt");

    [Theory]
    [InlineData("I can see why a second charge would worry you.")]
    [InlineData("I can completely understand why you're upset.")]
    [InlineData("I understand how frustrating this is.")]
    [InlineData("That must have been so frustrating.")]
    [InlineData("This would be stressful for anyone.")]
    [InlineData("What a frustrating start to your holiday.")]
    [InlineData("I would feel the same in your position.")]
    [InlineData("I know how important this order was.")]
    [InlineData("I know you were counting on it for Saturday.")]
    [InlineData("I hear you.")]
    [InlineData("Thank you for your patience while we fixed it.")]
    [InlineData("You deserve better than three different answers.")]
    [InlineData("That should never have happened.")]
    [InlineData("Your frustration is completely understandable.")]
    [InlineData("That **must have\nbeen** worrying.")]                                            // across emphasis and a line break
    [InlineData("I understand your frustration, and I can see why: you asked three times.")]     // a stock line next to a real one
    public Task Does_not_flag_an_empathy_phrase(string body) => Verify.NoDiagnosticsAsync(Complaint + body);

    [Theory]
    [InlineData("I'm sorry your parcel is three weeks late.")]
    [InlineData("I’m so sorry we charged you twice.")]
    [InlineData("We're sorry for the mix-up with your order.")]
    [InlineData("Sorry for the wait, Sam!")]
    [InlineData("I'm sorry: our dashboard has been down since 09:40.")]
    [InlineData("I'm sorry that isn't the answer you wanted.")]
    [InlineData("I'm sorry for the trouble this has caused.")]                                  // what RL1004's fix writes
    public Task Does_not_flag_an_apology_that_names_the_problem(string body) => Verify.NoDiagnosticsAsync(Complaint + body);

    [Theory]
    [InlineData("---\nintent: information\n---\nHere's how to reset your password: open Settings and tap Reset.\n")]
    [InlineData("---\nintent: thanks\n---\nThank you for the lovely review!\n")]
    [InlineData("---\nintent: marketing\n---\nOur spring sale starts on Monday.\n")]
    [InlineData("Thank you for your kind words about our team!")]
    [InlineData("")]
    [InlineData("---\nintent: complaint\n---\n> My parcel never arrived!\n")]
    public Task Does_not_flag_a_template_that_answers_no_problem_or_has_no_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Does_not_flag_empathy_in_a_plain_text_file() =>
        Verify.NoDiagnosticsAsync("Hi Sam,\nwe charged you twice, and I can see why that would worry you.\n", "reply.txt");

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
