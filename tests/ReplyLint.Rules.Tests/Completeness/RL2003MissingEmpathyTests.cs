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

    // An apology is RL2001's business: even one that names the problem says sorry, not what it meant for the customer.
    [Theory]
    [InlineData("I'm sorry your parcel is three weeks late.")]
    [InlineData("I’m so sorry we charged you twice.")]
    [InlineData("We're sorry for the mix-up with your order.")]
    [InlineData("Sorry about the mix-up with your sneakers arriving in the wrong size.")]
    [InlineData("Sorry for the disruption. Service will be back by 4pm.")]
    [InlineData("I'm sorry: our dashboard has been down since 09:40.")]
    [InlineData("I'm sorry for the trouble this has caused.")]                                  // what RL1004's fix writes
    public Task Flags_an_apology_that_names_the_problem_but_no_empathy(string body) =>
        Verify.DiagnosticsAsync("{|RL2003:|}" + Complaint + body);

    [Theory]
    [InlineData("Finding a week of cards gone must have been alarming.")]                       // the situation as the subject
    [InlineData("Going back and forth for a week sounds exhausting.")]
    [InlineData("An unexpected jump in a bill is unsettling.")]
    [InlineData("Being stuck at a till like that is embarrassing and stressful.")]
    [InlineData("Finding that on your statement is a nasty surprise.")]
    [InlineData("That's a miserable way to start a holiday.")]
    [InlineData("After a long day, a cancelled room is the last thing anyone needs.")]
    [InlineData("Gem packs you didn't buy would worry anyone.")]
    [InlineData("I'd be fed up too after a day at the port.")]
    [InlineData("I know that's a pain before a connection.")]
    [InlineData("We know it's disruptive.")]
    [InlineData("We know how frustrating it is to get kicked mid-game.")]
    [InlineData("I know how irritating it is to find nothing working.")]
    [InlineData("I know that stalls your whole morning.")]
    [InlineData("I know you need the parcel before you move out on Friday.")]
    [InlineData("I know you were hoping to have this sorted before your trip.")]
    [InlineData("It's a real let-down that the license didn't suit your laptop.")]
    [InlineData("Waiting on money you're owed is no fun.")]
    [InlineData("Being left out of pocket that long isn't fair on you.")]
    [InlineData("Being charged more than you agreed to is a fair reason to be annoyed.")]
    [InlineData("You shouldn't have to chase us for it.")]
    [InlineData("The box was crushed in transit, and that's on us, not you.")]                  // not your fault
    [InlineData("It came from our update, not from anything in your account.")]
    [InlineData("This is not your fault.")]
    [InlineData("You did nothing wrong.")]
    public Task Does_not_flag_plain_words_for_what_it_meant(string body) => Verify.NoDiagnosticsAsync(Complaint + body);

    [Theory]
    [InlineData("Your password must be hard to guess.")]                                        // "must be" without a feeling word
    [InlineData("This plan is not right for you, so we suggest the Basic plan.")]
    [InlineData("I know you have a question about your invoice.")]
    [InlineData("We know it's Friday, so the courier comes on Monday.")]
    [InlineData("The delivery fee is on us.")]                                                 // a gift, not a word about the customer
    public Task Flags_words_that_only_look_like_empathy(string body) =>
        Verify.DiagnosticsAsync("{|RL2003:|}" + Complaint + body);

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
