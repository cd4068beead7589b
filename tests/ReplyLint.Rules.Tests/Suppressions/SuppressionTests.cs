using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Rules.Clarity;
using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;

namespace ReplyLint.Rules.Tests.Suppressions;

/// <summary>Suppressions with the real rules, through the verifier (which runs the engine, suppressions included): what
/// a directive hides is not reported, a directive that hides nothing is RL0003, and no rule ever reads a directive as
/// the reply's text.</summary>
public sealed class SuppressionTests
{
    [Theory]
    [InlineData("<!-- replylint-disable-next-line RL1004 -- our legal team requires this wording -->\nWe apologize for any inconvenience.\n", "test.md")]
    [InlineData("{{! replylint-disable-next-line robotic-wording }}\r\n\r\nWe apologize for any inconvenience.\r\n", "test.txt")]
    [InlineData("{% comment %} replylint-disable RL1004 {% endcomment %}\nWe apologize for any inconvenience.\n{% comment %} replylint-enable RL1004 {% endcomment %}\n", "test.txt")]
    [InlineData("We apologize for any inconvenience. {{!-- replylint-disable-line RL1004 --}}\n", "test.md")]
    [InlineData("---\nreplylint: { disable: [RL1004] }\n---\nWe apologize for any inconvenience.\n", "test.md")]
    public Task A_directive_hides_a_phrase_finding(string text, string path) =>
        RuleVerifier<RL1004RoboticWording>.DiagnosticsAsync(text, path);

    [Fact]
    public Task A_directive_hides_only_what_it_reaches() =>
        RuleVerifier<RL1004RoboticWording>.DiagnosticsAsync(
            "<!-- replylint-disable-next-line RL1004 -->\nWe apologize for any inconvenience.\n[|We apologize for any inconvenience|].\n");

    [Fact]
    public Task A_directive_that_hides_nothing_is_RL0003() =>
        RuleVerifier<RL1004RoboticWording>.DiagnosticsAsync(
            "{|RL0003:<!-- replylint-disable-next-line RL1004 -->|}\nI'm sorry the charge went through twice.\n");

    [Fact]
    public Task A_directive_in_code_is_not_a_directive() =>
        RuleVerifier<RL1004RoboticWording>.DiagnosticsAsync(
            "Write `<!-- replylint-disable-next-line RL1004 -->` above the line.\n[|We apologize for any inconvenience|].\n");

    [Theory]
    [InlineData("---\nintent: complaint\nreplylint: { disable: [RL2001] }\n---\nYour replacement ships tomorrow.\n")]
    [InlineData("---\nintent: complaint\nreplylint:\n  disable:\n    - missing-apology\n---\nYour replacement ships tomorrow.\n")]
    [InlineData("---\nintent: complaint\n---\n<!-- replylint-disable RL2001 -- the apology is in the ticket's first reply -->\nYour replacement ships tomorrow.\n")]
    public Task Front_matter_or_a_disable_to_the_end_hides_a_finding_about_the_whole_template(string text) =>
        RuleVerifier<RL2001MissingApology>.DiagnosticsAsync(text);

    [Fact]
    public Task Front_matter_hides_a_channel_length_finding() =>
        RuleVerifier<RL4003TooLongForChannel>.DiagnosticsAsync(
            "---\nchannel: sms\nreplylint: { disable: [too-long-for-channel] }\n---\n" + string.Concat(Enumerable.Repeat("Your replacement ships tomorrow morning. ", 10)));

    [Fact]
    public Task A_template_of_nothing_but_a_suppression_comment_is_still_empty() =>
        RuleVerifier<RL3005EmptyTemplate>.DiagnosticsAsync("{|RL3005:|}{|RL0003:<!-- replylint-disable-next-line empty-template -->|}\n");

    [Theory]
    [InlineData("<!-- replylint-disable RL3005 -->\n", "test.md")]
    [InlineData("{{!-- replylint-disable empty-template -- filled in by the help desk --}}\n{{ ticket.latest_comment }}\n", "test.txt")]
    public Task An_empty_template_can_say_it_is_empty_on_purpose(string text, string path) =>
        RuleVerifier<RL3005EmptyTemplate>.DiagnosticsAsync(text, path);

    [Theory]
    [InlineData("test.md")]
    [InlineData("test.txt")]
    public Task Directive_words_are_not_draft_leftovers(string path) =>
        RuleVerifier<RL3003DraftLeftover>.DiagnosticsAsync(
            "{|RL0003:<!-- replylint-disable-next-line RL3003 -- [insert reason] <your name> ?? -->|}\n"
            + "{|RL0003:{|RL0003:{{!-- replylint-disable draft-leftover, XXX --}}|}|}\n"
            + "{|RL0003:{% comment %} replylint-enable TBD {% endcomment %}|}\nHi there.\n",
            path);

    [Fact]
    public Task A_draft_leftover_hidden_by_a_reasoned_directive_is_not_reported() =>
        RuleVerifier<RL3003DraftLeftover>.DiagnosticsAsync(
            "<!-- replylint-disable-next-line RL3003 -- the brackets are a button label -->\nTap [add note] in the app.\n");

    [Fact]
    public Task Directive_words_do_not_make_a_sentence_longer() =>
        RuleVerifier<RL4001LongSentence>.DiagnosticsAsync(
            "Please reply with your order number so that I can look into the missing parcel for you today "
            + "{|RL0003:<!-- replylint-disable-line RL4001 -- a very long reason that would push this sentence far over the limit if anyone counted its many words -->|}"
            + " and tell you what happened.\n",
            RuleVerifier<RL4001LongSentence>.Options(("max-words", "25")));

    [Fact]
    public Task A_directive_hides_a_long_sentence_that_starts_on_its_next_line() =>
        RuleVerifier<RL4001LongSentence>.DiagnosticsAsync(
            "<!-- replylint-disable-next-line long-sentence -->\nPlease reply with your order number so that I can look into the missing parcel for you today and tell you what happened.\n",
            RuleVerifier<RL4001LongSentence>.Options(("max-words", "10")));

    [Fact]
    public Task A_duplicate_is_hidden_in_the_template_that_says_so() =>
        RuleVerifier<RL3004DuplicateTemplate>.DiagnosticsAsync(
        [
            ("a-late.md", "I'm sorry your parcel arrived late. I've refunded the shipping fee today.\n"),
            ("b-late-chat.md", "<!-- replylint-disable duplicate-template -- the chat copy of a-late.md, kept apart on purpose -->\nI'm sorry your parcel arrived late. I've refunded the shipping fee today.\n"),
            ("c-late-copy.md", "{|RL3004:|}I'm sorry your parcel arrived late. I've refunded the shipping fee today.\n"),
            ("d-other.md", "{|RL0003:<!-- replylint-disable RL3004 -->|}\nYour replacement ships tomorrow morning by courier.\n"),
        ]);

    [Fact]
    public void Every_built_in_rule_can_be_named_by_ID_or_name()
    {
        var engine = new LintEngine(BuiltInRules.All);
        var names = engine.Descriptors.Where(static d => !d.Id.StartsWith("RL000", StringComparison.Ordinal)).ToList();
        var text = string.Join('\n', names.Select(static (d, i) => i % 2 == 0 ? $"<!-- replylint-disable {d.Id} -->" : $"{{{{! replylint-disable {d.Name} }}}}")) + "\nHi.\n";

        var diagnostics = engine.Analyze(TemplateParser.Parse(text, "all.md"));

        // Nothing else is reported: each rule that flags "Hi." is hidden by its own directive. The other directives are
        // unused, but none for want of a rule of that name.
        diagnostics.ShouldAllBe(static d => d.Id == "RL0003");
        diagnostics.Length.ShouldBeGreaterThan(names.Count / 2);
        diagnostics.ShouldAllBe(static d => d.Message.EndsWith("suppresses nothing here; remove it.", StringComparison.Ordinal));
    }
}
