using ReplyLint.Parsing;
using ReplyLint.Rules.Clarity;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Clarity.RL4002ReadingLevel>;
using WithOptions = ReplyLint.Rules.Tests.Clarity.OptionsVerifier<ReplyLint.Rules.Clarity.RL4002ReadingLevel>;

namespace ReplyLint.Rules.Tests.Clarity;

// RL4002 is one finding for the whole template, so every flagged case marks offset 0: {|RL4002:|}.
[Trait("Rule", "RL4002")]
public sealed class RL4002ReadingLevelTests
{
    // 48 words at about grade 21.8: a reply written like a contract.
    private const string Legalese =
        "Pursuant to the applicable provisions of our subscription agreement, reimbursement of recurring charges is permissible exclusively in circumstances where the cancellation notification was submitted prior to the commencement of the subsequent billing period. " +
        "Consequently, your application for reimbursement cannot be authorized, notwithstanding the considerations described in your correspondence.";

    // 61 words at about grade 13.2: ordinary words in long sentences.
    private const string Wordy =
        "Thank you for getting in touch about your renewal. I checked your account this morning, and the subscription renewed automatically on the anniversary of your original purchase, as described in the confirmation message we sent at the time. " +
        "Unfortunately the cancellation request arrived after the renewal had already been processed, so the charge for the following year was collected as scheduled.";

    // 56 words at about grade 2.9.
    private const string Plain =
        "I'm sorry the refund hasn't reached you yet. I sent it on Monday. Banks take up to five working days to show it, so it should be on your card by Friday. " +
        "If it isn't there by then, reply to this email and I'll call the bank for you. You won't need to do anything else.";

    // 39 words at about grade 18.3: dense, but too short for the formula to mean much.
    private const string ShortAndDense =
        "Please note that, in accordance with our standard operating procedures, replacement merchandise can only be dispatched following verification of the original transaction and confirmation of the delivery address associated with your account. " +
        "We appreciate your cooperation regarding this requirement.";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL4002ReadingLevel.Id);

    [Theory]
    [InlineData("{|RL4002:|}" + Legalese)]
    [InlineData("{|RL4002:|}" + Wordy)]
    [InlineData("{|RL4002:|}Hi {{customer.first_name}},\n\n" + Legalese + "\n\nKind regards,\n{{agent.name}}")]
    [InlineData("{|RL4002:|}---\ntitle: Refund policy\nchannel: email\n---\n" + Legalese + "\n")]
    public Task Flags_dense_prose(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL4002:|}Pursuant to the applicable provisions of our subscription agreement,\nreimbursement of recurring charges is permissible *exclusively* in circumstances\nwhere the cancellation notification was submitted **prior to** the commencement of\nthe subsequent billing period. Consequently, your application for reimbursement\ncannot be authorized, notwithstanding the considerations described in your correspondence.")]
    [InlineData("{|RL4002:|}Pursuant to the applicable provisions of our [subscription agreement](https://example.com/terms), reimbursement of recurring charges is permissible exclusively in circumstances where the cancellation notification was submitted prior to the commencement of the subsequent billing period. Consequently, your application for reimbursement cannot be authorized, notwithstanding the considerations described in your correspondence.")]
    public Task Flags_across_line_breaks_emphasis_and_links(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN_us")]
    [InlineData("\"\"")]
    public Task Flags_a_template_in_english(string locale) =>
        Verify.DiagnosticsAsync("{|RL4002:|}---\nlocale: " + locale + "\n---\n" + Legalese + "\n");

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|RL4002:|}Hi Sam,\n\n" + Legalese + "\n\nCustomer Service\n", "reply.txt");

    [Theory]
    [InlineData("{|RL4002:|}> Where is my money? I want it back. You said it would be quick. It is not quick. I am still waiting. Please help.\n\n" + Legalese)]
    [InlineData("{|RL4002:|}# Refund\n\n## Your request\n\n## Our answer\n\n" + Legalese)]
    public Task Flags_without_letting_quotes_or_headings_lower_the_grade(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_with_the_grade_the_target_and_the_hardest_sentence() =>
        Verify.DiagnosticsAsync(
            "{|#0:|}" + Legalese,
            new ExpectedArguments(0, "Pursuant to the applicable provisions of our subscription\u2026", "21.8", "10"));

    [Fact]
    public Task Flags_naming_a_long_sentence_rather_than_a_short_one_of_long_words() =>
        Verify.DiagnosticsAsync(
            "{|#0:|}Unfortunately, authorization is unavailable. " + Wordy,
            new ExpectedArguments(0, "I checked your account this morning, and the\u2026", "13.3", "10"));

    [Theory]
    [InlineData("{|RL4002:|}" + Plain, "2")]
    [InlineData("{|RL4002:|}" + Wordy, "13")]
    public Task Flags_above_the_configured_max_grade(string markup, string maxGrade) =>
        WithOptions.DiagnosticsAsync(markup, RL4002ReadingLevel.Id, ("max-grade", maxGrade));

    [Theory]
    [InlineData("{|RL4002:|}" + ShortAndDense, "30")]
    [InlineData("{|RL4002:|}Consequently, your application for reimbursement cannot be authorized, notwithstanding the considerations described in your correspondence.", "10")]
    public Task Flags_short_replies_when_min_words_is_lowered(string markup, string minWords) =>
        WithOptions.DiagnosticsAsync(markup, RL4002ReadingLevel.Id, ("min-words", minWords));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("nine")]
    public Task Flags_at_the_default_when_max_grade_is_not_a_positive_number(string maxGrade) =>
        WithOptions.DiagnosticsAsync("{|RL4002:|}" + Wordy, RL4002ReadingLevel.Id, ("max-grade", maxGrade));

    [Theory]
    [InlineData(Plain)]
    [InlineData("Hi {{customer.first_name}},\n\n" + Plain + "\n\n{{agent.name}}")]
    [InlineData("Hi Sam,\n\n" + Plain + "\n\nCustomer Service\n")]
    public Task Does_not_flag_plain_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData(ShortAndDense)]
    [InlineData("Consequently, your application for reimbursement cannot be authorized, notwithstanding the considerations described in your correspondence.")]
    [InlineData(ShortAndDense + "\n\n{{agent.name}}\n{{agent.title}}\n{{company.name}}")] // a signature of placeholders is not a sentence to measure
    public Task Does_not_flag_a_reply_under_forty_words(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("You wrote:\n\n> " + Legalese + "\n\n" + Plain)]                                     // the customer's words
    [InlineData(Plain + "\n\n```\n" + Legalese + "\n```\n")]                                          // code is not prose
    [InlineData(Plain + "\n\n<!-- " + Legalese + " -->\n")]                                           // nor is a comment
    [InlineData("# " + Legalese + "\n\n" + Plain)]                                                    // a heading is a label
    public Task Does_not_flag_dense_text_outside_the_reply_s_own_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr")]
    [InlineData("es_MX")]
    public Task Does_not_flag_a_template_in_another_language(string locale) =>
        Verify.NoDiagnosticsAsync("---\nlocale: " + locale + "\n---\n" + Legalese + "\n");

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    [InlineData("---\ntitle: Empty\nchannel: email\n---\n")]
    [InlineData("{{agent.name}}\n\n{{agent.signature}}")]
    public Task Does_not_flag_a_template_without_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData(Legalese, "max-grade", "22")]
    [InlineData(Wordy, "max-grade", "14")]
    [InlineData(Legalese, "min-words", "49")]
    public Task Does_not_flag_within_configured_options(string text, string option, string value) =>
        WithOptions.DiagnosticsAsync(text, RL4002ReadingLevel.Id, (option, value));

    [Fact]
    public void Measures_the_flesch_kincaid_grade_of_one_sentence()
    {
        // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59
        var grade = RL4002ReadingLevel.Measure(TemplateParser.Parse("The cat sat on the mat."));

        grade.Grade.ShouldBe(-1.45, tolerance: 1e-9);
        (grade.Words, grade.Sentences).ShouldBe((6, 1));
    }

    [Fact]
    public void Measures_words_per_sentence_and_syllables_per_word_over_every_sentence()
    {
        // 4 + 5 words, 5 + 5 syllables, 2 sentences: 0.39 × 4.5 + 11.8 × 10 / 9 − 15.59
        var grade = RL4002ReadingLevel.Measure(TemplateParser.Parse("Refunds take five days. Your card was charged twice."));

        grade.Grade.ShouldBe((0.39 * 4.5) + (11.8 * 10 / 9) - 15.59, tolerance: 1e-9);
    }

    [Fact]
    public void Measures_a_placeholder_as_a_word_without_syllables()
    {
        // 8 words read, 7 of them written with 7 syllables: 0.39 × 8 + 11.8 × 7 / 7 − 15.59
        var grade = RL4002ReadingLevel.Measure(TemplateParser.Parse("Hi {{customer.first_name}}, the cat sat on the mat."));

        grade.Grade.ShouldBe((0.39 * 8) + 11.8 - 15.59, tolerance: 1e-9);
    }

    [Fact]
    public void Measures_a_contraction_as_one_word_of_its_spoken_syllables()
    {
        // "We're", "sure", "it's", "fine", "Couldn't" (2), "be", "better" (2): 7 words, 9 syllables.
        var grade = RL4002ReadingLevel.Measure(TemplateParser.Parse("We're sure it's fine. Couldn't be better."));

        (grade.Words, grade.Sentences).ShouldBe((7, 2));
        grade.Grade.ShouldBe((0.39 * 3.5) + (11.8 * 9 / 7) - 15.59, tolerance: 1e-9);
    }

    [Fact]
    public void Measures_nothing_in_a_template_without_written_words()
    {
        var grade = RL4002ReadingLevel.Measure(TemplateParser.Parse("{{agent.name}}\n\n> Where is my refund?\n\n# Heading"));

        grade.Hardest.ShouldBeNull();
        grade.Sentences.ShouldBe(0);
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
