using ReplyLint.Rules.Clarity;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Clarity.RL4001LongSentence>;
using WithOptions = ReplyLint.Rules.Tests.Clarity.OptionsVerifier<ReplyLint.Rules.Clarity.RL4001LongSentence>;

namespace ReplyLint.Rules.Tests.Clarity;

[Trait("Rule", "RL4001")]
public sealed class RL4001LongSentenceTests
{
    // 31 words: one over the default limit of 30.
    private const string ThirtyOne = "We checked the order with the warehouse team this morning and they confirmed that the parcel left on Monday, but the courier has not scanned it since it reached the depot.";

    // 30 words: exactly the limit.
    private const string Thirty = "We checked the order with the warehouse team today and they confirmed that the parcel left on Monday, but the courier has not scanned it since it reached the depot.";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL4001LongSentence.Id);

    [Theory]
    [InlineData("[|" + ThirtyOne + "|]")]
    [InlineData("Hi Sam,\n\n[|" + ThirtyOne + "|]\n\nI'll call them today.")]                     // one sentence of a reply
    [InlineData("I'm sorry for the wait. [|" + ThirtyOne + "|] I'll call them today.")]           // the middle sentence only
    [InlineData("[|" + ThirtyOne + "|]\n\n[|" + ThirtyOne + "|]")]                                // each long sentence once
    [InlineData("- [|" + ThirtyOne + "|]\n- I'll call them today.")]                              // a list item is prose
    public Task Flags_a_sentence_over_thirty_words(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|We checked the order with the warehouse team this morning and they\nconfirmed that the parcel left on Monday, but the courier has not scanned\nit since it reached the depot.|]")]
    [InlineData("[|We checked the order with the warehouse team **this morning** and they confirmed that the parcel left on *Monday*, but the courier has not scanned it since it reached the depot.|]")]
    [InlineData("[|We checked the order with the [warehouse team](https://example.com/team) this morning and they confirmed that the parcel left on Monday, but the courier has not scanned it since it reached the depot.|]")]
    public Task Flags_across_line_breaks_emphasis_and_links(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    // 29 written words and two placeholders: the customer reads 31 words.
    [InlineData("[|Hi {{customer.first_name}}, we checked order {{order.number}} with the warehouse team this morning and they confirmed that the parcel left on Monday, but the courier has not scanned it since the depot.|]")]
    [InlineData("[|Hi [Customer Name], we checked order {{ order.number }} with the warehouse team this morning and they confirmed that the parcel left on Monday, but the courier has not scanned it since the depot.|]")]
    public Task Flags_counting_each_placeholder_as_a_word(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    // 31 written words, five of them contractions: each counts once.
    [InlineData("[|I'm sorry the refund hasn't reached you yet, and I know you've been waiting since the start of the month for money that should've been back on your card by now.|]")]
    [InlineData("[|I’m sorry the refund hasn’t reached you yet, and I know you’ve been waiting since the start of the month for money that should’ve been back on your card by now.|]")]
    public Task Flags_counting_contractions_once(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|We checked the order with the warehouse team this morning and they\nconfirmed that the parcel left on Monday, but the courier has not scanned\nit since it reached the depot.|]\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_opening_words_and_the_count_in_the_message() =>
        Verify.DiagnosticsAsync(
            "{|#0:" + ThirtyOne + "|}",
            new ExpectedArguments(0, "We checked the order with the warehouse team\u2026", "31", "1", "30"));

    [Fact]
    public Task Flags_with_placeholders_as_written_in_the_message() =>
        Verify.DiagnosticsAsync(
            "{|#0:Hi {{customer.first_name}}, we checked order {{order.number}} with the warehouse team this morning and they confirmed that the parcel left on Monday, but the courier has not scanned it since the depot.|}",
            new ExpectedArguments(0, "Hi {{customer.first_name}}, we checked order {{order.number}} with the\u2026", "31", "1", "30"));

    [Theory]
    [InlineData("[|I'm sorry for the wait.|]", "4")]
    [InlineData("[|" + Thirty + "|]", "29")]
    [InlineData("[|" + Thirty + "|] I'm sorry for the wait.", "20")]
    public Task Flags_over_the_configured_max_words(string markup, string maxWords) =>
        WithOptions.DiagnosticsAsync(markup, RL4001LongSentence.Id, ("max-words", maxWords));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("thirty")]
    public Task Flags_at_the_default_when_max_words_is_not_a_positive_number(string maxWords) =>
        WithOptions.DiagnosticsAsync("[|" + ThirtyOne + "|] " + Thirty, RL4001LongSentence.Id, ("max-words", maxWords));

    [Theory]
    [InlineData(Thirty)]
    [InlineData("I'm sorry for the wait. The parcel left on Monday. The courier has not scanned it since it reached the depot, so I've asked them to trace it today.")]
    [InlineData("I'm sorry the refund hasn't reached you yet, and I know you've been waiting since the start of the month for money that should have been back on your card.")] // 30 with contractions
    public Task Does_not_flag_a_sentence_of_thirty_words_or_fewer(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    // 30 words, three of them hyphenated: a hyphenated word is one word.
    [InlineData("We checked the order with the warehouse team and they confirmed that the parcel left on Monday, but the follow-up scan is not in the two-factor log since the drop-off.")]
    [InlineData("We checked the order with the warehouse team and they confirmed that the parcel left on Monday, but the follow‑up scan is not in the two‑factor log since the drop‑off.")]
    public Task Does_not_flag_hyphenated_words_as_two(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    // 30 words with Liquid tags around them: a tag prints nothing.
    [InlineData("{% if order.is_gift %}" + Thirty + "{% endif %}")]
    [InlineData("{% if order.is_gift %}We checked the order with the warehouse team today{% endif %} and they confirmed that the parcel left on Monday, but the courier has not scanned it since it reached the depot.")]
    // 23 words, a long URL and five words of inline code: code and URLs are not words to read.
    [InlineData("Please open https://help.example.com/orders/track/this-is-a-long-link and enter `ORDER NUMBER FROM YOUR EMAIL` in the box, then choose the parcel and tap the button to see where it is right now today.")]
    public Task Does_not_flag_tags_code_or_urls_as_words(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> " + ThirtyOne + "\n\nI'm sorry about that. I'll call the courier today.")]            // the customer's words
    [InlineData("You wrote:\n\n> We checked the order with the warehouse team this morning and\n> they confirmed that the parcel left on Monday, but the courier has not\n> scanned it since it reached the depot.\n\nI'll chase it today.")]
    public Task Does_not_flag_a_quote(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("# " + ThirtyOne + "\n\nI'll call the courier today.")]                                  // a heading is a label
    [InlineData("```\n" + ThirtyOne + "\n```\n\nI'll call the courier today.")]                          // code is not prose
    [InlineData("<!-- " + ThirtyOne + " -->\nI'll call the courier today.")]                             // nor is a comment
    [InlineData("<div>" + ThirtyOne + "</div>\n\nI'll call the courier today.")]                        // nor an HTML block
    public Task Does_not_flag_headings_code_comments_or_html(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("[|We checked the order with the warehouse team this morning and they confirmed that the parcel left on Monday but the courier has not scanned it since it reached the depot|]")]
    [InlineData("[|Hi Sam\nWe checked the order with the warehouse team this morning and they confirmed that the parcel left on Monday but the courier has not scanned it since it reached the depot\nThanks|]")] // the finding covers the run
    public Task Flags_a_line_that_runs_on_without_end_punctuation(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_a_sentence_that_abbreviations_do_not_end() =>
        Verify.DiagnosticsAsync("Thanks for your order. [|It ships e.g. by courier or i.e. by post, and Dr. Smith at the St. Louis depot will sign for it on Monday at 10 a.m. with the usual checks and a photo.|]");

    [Theory]
    [InlineData("Hi {{customer.first_name}},\n\n- switch between monthly and yearly billing,\n- update the card we charge,\n- turn off automatic renewal.\n\n{{agent.name}}")]
    public Task Does_not_flag_list_fragments(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    // Lines with no end punctuation: a signature and an order summary, one sentence to the parser but not to a reader.
    [InlineData("Kind regards\nSam Patel\nCustomer Support Team, Acme Home Appliances Ltd\nPhone 0800 123 4567, Monday to Friday from 8 am to 6 pm, Saturday from 9 am to 1 pm\nUnit 4, Harbour Road Industrial Estate, Bristol BS1 4AA, United Kingdom\n", "reply.txt")]
    [InlineData("Your order summary\nBlue kettle 1.7 litre in stainless steel\nSet of four mugs in assorted colours\nDescaling tablets, pack of twelve\nDelivery by courier within three working days\n", "reply.txt")]
    [InlineData("{{agent.name}}  \nCustomer Support Team, Acme Home Appliances Ltd  \nPhone 0800 123 4567, Monday to Friday from 8 am to 6 pm, Saturday from 9 am to 1 pm  \nUnit 4, Harbour Road Industrial Estate, Bristol BS1 4AA, United Kingdom\n", "reply.md")]
    public Task Does_not_flag_lines_without_end_punctuation(string text, string path) => Verify.NoDiagnosticsAsync(text, path);

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t")]
    [InlineData("---\ntitle: Empty\nchannel: email\n---\n")]
    public Task Does_not_flag_a_template_without_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("I'm sorry for the wait.", "5")]
    [InlineData(ThirtyOne, "31")]
    [InlineData(ThirtyOne, "45")]
    public Task Does_not_flag_under_a_raised_max_words(string text, string maxWords) =>
        WithOptions.DiagnosticsAsync(text, RL4001LongSentence.Id, ("max-words", maxWords));

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
