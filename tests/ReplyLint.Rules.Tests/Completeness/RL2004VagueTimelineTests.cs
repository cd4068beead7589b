using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Completeness.RL2004VagueTimeline>;

namespace ReplyLint.Rules.Tests.Completeness;

[Trait("Rule", "RL2004")]
public sealed class RL2004VagueTimelineTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL2004VagueTimeline.Id);

    [Theory]
    [InlineData("The courier will contact you [|shortly|].")]
    [InlineData("Your refund will arrive [|soon|].")]
    [InlineData("We'll have an answer [|very soon|]!")]
    [InlineData("We'll fix it [|as soon as possible|].")]
    [InlineData("We'll fix it [|ASAP|].")]
    [InlineData("Your case will be reviewed [|in due course|].")]
    [InlineData("We'll add dark mode [|at some point|].")]
    [InlineData("We plan to support it [|in the near future|].")]
    [InlineData("We'll call you [|at the earliest opportunity|].")]
    [InlineData("Refunds are handled [|in a timely manner|].")]
    [InlineData("It will be back [|before long|].")]
    [InlineData("The part should arrive [|any day now|].")]
    [InlineData("You'll [|soon|] receive an email.")]                                    // flagged, but no fix: see Fix_ tests
    public Task Flags_a_vague_time_word(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("We'll reply [|when we can|].")]
    [InlineData("I'll call you back [|as soon as I can|].")]
    [InlineData("We'll update the page [|whenever we get a chance|].")]
    [InlineData("We'll update you [|when possible|].")]
    public Task Flags_a_vague_clause_ending(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|We'll get back to you|].")]
    [InlineData("[|Someone will be in touch|].")]
    [InlineData("[|{{ agent.name }} will contact you|] with an update.")]
    [InlineData("[|Our team will reach out|] about your claim.")]
    [InlineData("[|I’ll let you know|].")]                                                // curly apostrophe
    [InlineData("[|We'll email you|] about it.")]                                         // no thing sent, no time
    [InlineData("Thanks for the photos; [|we'll let you know|] what we find.")]            // no event opens the sentence
    [InlineData("As promised, [|we'll be in touch|].")]
    public Task Flags_a_promise_to_be_in_touch_with_no_time(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("We'll get back to you [|shortly|].")]                                    // one finding: the vague word
    [InlineData("Someone will be in touch [|as soon as possible|].")]
    [InlineData("We'll reply [|in due course|], and someone will contact you later.")]
    public Task Flags_the_vague_word_and_not_its_promise(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("We'll fix it **[|soon|]**.")]                                            // inside emphasis
    [InlineData("We'll fix it [|as soon\nas possible|].")]                                 // across a line break
    public Task Flags_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\nWe'll be in touch [|shortly|].\n", "reply.txt");

    [Theory]
    [InlineData("We'll be in touch soon, and by Friday at the latest.")]                 // a time frame in the same sentence
    [InlineData("We'll fix it as soon as possible, within 2 business days.")]
    [InlineData("We'll get back to you by 3 pm.")]
    [InlineData("Someone will contact you tomorrow.")]
    [InlineData("We'll get back to you by {{ case.due_date }}.")]
    [InlineData("We'll get back to you by [Date].")]
    [InlineData("We'll get back to you in the next 24 hours.")]
    [InlineData("Longer pauses are coming soon, with a 12-week option going live on May 12.")]
    [InlineData("I'll update you here every 30 minutes until it's back.")]
    public Task Does_not_flag_a_sentence_with_a_time_frame(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("We'll email you as soon as the parcel arrives.")]
    [InlineData("I'll let you know when it ships.")]
    [InlineData("We'll be in touch once the courier replies.")]
    [InlineData("We'll contact you if anything changes.")]
    [InlineData("We'll ship it when we can confirm the address.")]                     // "when we can" names an event here
    [InlineData("The email arrives shortly after you order.")]
    [InlineData("If the licensing changes, I'll let you know at this address.")]       // the event comes first
    [InlineData("Once the courier replies, we'll be in touch.")]
    [InlineData("As soon as the part arrives, someone will contact you.")]
    public Task Does_not_flag_a_time_tied_to_an_event(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Speak soon!")]
    [InlineData("Hope to hear from you soon.")]
    [InlineData("Get well soon, Sam.")]
    [InlineData("How soon do you need it?")]
    [InlineData("It's too soon to say.")]
    [InlineData("I'm sorry it broke so soon.")]
    [InlineData("I'll keep you updated.")]
    [InlineData("Please reply at your earliest convenience.")]
    [InlineData("Start the return from Orders and we'll email you a prepaid label.")]  // sends something, like "send you"
    [InlineData("We'll email you {{ label.url }} with the form.")]
    public Task Does_not_flag_goodbyes_questions_and_the_like(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> You said you'd refund me soon!\n\nI've refunded you today.")]          // the customer's words
    [InlineData("Run `deploy --soon` to schedule it.")]                                    // code is not prose
    [InlineData("<!-- reply soon -->\nI've refunded you today.")]                          // nor is a comment
    [InlineData("The sooner we hear from you, the better.")]
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("We'll be in touch [|shortly|].", "We'll be in touch by [Date].")]
    [InlineData("We'll fix it [|as soon as possible|]!", "We'll fix it by [Date]!")]
    [InlineData("We'll fix it [|ASAP|].", "We'll fix it by [Date].")]
    [InlineData("[|Soon|], you'll get a new card.", "By [Date], you'll get a new card.")]
    [InlineData("Your case is reviewed [|in due course|]; we'll email you.", "Your case is reviewed by [Date]; we'll email you.")]
    [InlineData("We'll fix it **[|soon|]**.", "We'll fix it **by [Date]**.")]
    [InlineData("We'll reply [|when we can|].\r\n", "We'll reply by [Date].\r\n")]
    [InlineData("We'll be in touch [|soon|]\nThanks", "We'll be in touch by [Date]\nThanks")]
    public Task Fix_replaces_the_vague_words_with_a_date_to_fill_in(string markup, string expected) =>
        Verify.VerifyFixAsync(markup, expected);

    [Theory]
    [InlineData("[|We'll get back to you|].", "We'll get back to you by [Date].")]
    [InlineData("[|Someone will be in touch|]!", "Someone will be in touch by [Date]!")]
    public Task Fix_adds_a_date_to_a_promise(string markup, string expected) => Verify.VerifyFixAsync(markup, expected);

    [Theory]
    [InlineData("You'll [|soon|] receive an email.")]
    [InlineData("[|We'll get back to you|] with an update.")]
    public Task Fix_is_not_offered_where_the_words_would_not_read(string markup) =>
        Verify.VerifyFixAsync(markup, Verifiers.TestMarkup.Parse(markup).Text);

    [Fact]
    public void Fix_writes_the_configured_date_placeholder()
    {
        var options = new AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
            .Add(RL2004VagueTimeline.Id, ImmutableDictionary<string, string>.Empty.Add(RL2004VagueTimeline.DatePlaceholderOption, "{{ ticket.due_date }}")));
        var engine = new LintEngine([new RL2004VagueTimeline()], new LintOptions { AnalyzerOptions = options });
        const string text = "We'll be in touch shortly.";

        var diagnostics = engine.Analyze(TemplateParser.Parse(text, "test.md"));

        Verify.ApplyFixes(text, diagnostics).ShouldBe("We'll be in touch by {{ ticket.due_date }}.");
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
