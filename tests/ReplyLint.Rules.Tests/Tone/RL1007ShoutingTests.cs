using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1007Shouting>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1007")]
public sealed class RL1007ShoutingTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1007Shouting.Id);

    [Theory]
    [InlineData("[|PLEASE READ THIS|] before you reply.")]
    [InlineData("You must return it [|IMMEDIATELY|].")]                                  // one word of five letters or more
    [InlineData("[|DO NOT|] reply to this email.")]                                        // two short words
    [InlineData("We [|NEVER|] share your data.")]
    [InlineData("[|I'M VERY DISAPPOINTED|] in how this went.")]                          // a contraction is one word
    [InlineData("Send the [|FOLLOW-UP|] form.")]                                          // so is a hyphenated word
    [InlineData("[|PLEASE SEND THE PDF NOW|].")]                                          // an acronym inside a run rides along
    [InlineData("Your order is [|NOT LOST|], it is late.")]                              // two words, seven letters
    [InlineData("[|FREE RETURNS|] {{ offer.code }} [|TODAY ONLY|].")]                   // a placeholder ends a run
    [InlineData("Please reply [|IMMEDIATELY|].")]                                        // an adverb is never a keyword
    [InlineData("Reply [|CANCEL NOW|] to stop.")]                                        // nor are two words
    public Task Flags_words_in_capitals(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("Thanks[|!!|]")]
    [InlineData("It's on its way[|!!!|]")]
    [InlineData("Really[|?!?!|]")]
    [InlineData("What[|??!|]")]
    [InlineData("Great news[|\u203C|] It shipped.")]                                      // the double exclamation character
    [InlineData("Your refund is done[|!!|] It will show on Friday[|!!|]")]
    public Task Flags_repeated_exclamation_marks(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|PLEASE\nREAD|] this.")]                                                // across a line break
    [InlineData("[|PLEASE\r\nREAD|] this.")]                                              // CRLF
    [InlineData("[|DO **NOT|]** reply.")]                                               // around emphasis: the span ends with the last word
    [InlineData("- [|NEVER|] share your code.\n- Reply here.")]                           // list item
    [InlineData("Hi {{ customer.first_name }}, it's here[|!!|]")]
    [InlineData("**Thanks**[|!!|]")]
    public Task Flags_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hi Sam,\n\n[|PLEASE NOTE|]: the store is closed[|!!|]\n", "reply.txt");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:DO **NOT**\nREPLY|}.", new ExpectedArguments(0, "DO NOT REPLY"));

    [Theory]
    [InlineData("Download the PDF from the FAQ page.")]                                  // acronyms
    [InlineData("Your parcel is with UPS, not USPS or DHL.")]
    [InlineData("Use HTTPS and solve the CAPTCHA.")]                                     // long acronyms are listed
    [InlineData("The API returns a JSON file with your ID.")]
    [InlineData("Our CEO will call you ASAP, OK?")]
    [InlineData("The FAQ PDF covers it.")]                                               // two acronyms together
    [InlineData("Order ABC123 ships today.")]                                             // codes with digits
    [InlineData("I will call you at 9 AM.")]
    [InlineData("I am sorry. I know it was A lot.")]                                     // single letters
    [InlineData("Thanks!")]
    [InlineData("Really?!")]                                                              // one surprised question
    [InlineData("Are you sure???")]                                                       // no exclamation mark
    [InlineData("# ORDER SUMMARY\n\nYour order ships today.")]                            // a heading in capitals is a typographic choice
    [InlineData("Reply CANCEL to stop the renewal.")]                                    // a keyword to type
    [InlineData("Type \"CONFIRM\" in the box.")]
    [InlineData("Click the SUBMIT button.")]                                             // a label to find
    [InlineData("The word URGENT on the envelope means it came from us.")]
    [InlineData("It ships on XXX. TODO: add the link. FIXME before TBD.")]                   // draft markers are RL3003's
    public Task Does_not_flag_acronyms_and_single_marks(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("> WHERE IS MY ORDER?!?!\n\nI'm sorry it's late. It ships today.")]      // the customer's words
    [InlineData("Type `SHOUT!!` in the box.")]                                           // inline code
    [InlineData("The old macro said:\n\n```\nPLEASE READ THIS!!\n```\n")]               // fenced code
    [InlineData("<!-- NOTE!! CHECK THIS -->\nYour order ships today.")]                 // comment
    [InlineData("Hi [CUSTOMER NAME], your order ships today.")]                          // a bracket placeholder
    [InlineData("Hi {{ CUSTOMER_NAME | default: \"THERE!!\" }}, it ships today.")]       // a placeholder
    [InlineData("See https://example.com/HELP!!/PAGE for details.")]                     // a URL
    public Task Does_not_flag_what_is_not_the_reply_s_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("[|PLEASE READ THIS|] first.", "Please read this first.")]              // the sentence keeps its capital
    [InlineData("You must return it [|IMMEDIATELY|].", "You must return it immediately.")]
    [InlineData("[|I'M VERY DISAPPOINTED|].", "I'm very disappointed.")]                 // and "I" keeps its own
    [InlineData("[|PLEASE SEND THE PDF NOW|].", "Please send the PDF now.")]             // acronyms stay as they are
    [InlineData("[|DO **NOT|]** reply.", "Do **not** reply.")]                          // emphasis stays
    [InlineData("Thanks[|!!!|]", "Thanks!")]
    [InlineData("Really[|?!?!|]", "Really?")]
    [InlineData("[|DO NOT|] reply[|!!|]\r\n", "Do not reply!\r\n")]
    public Task Fix_writes_sentence_case_and_one_mark(string markup, string expected) => Verify.VerifyFixAsync(markup, expected);

    [Fact]
    public void Does_not_flag_words_listed_in_the_acronyms_option()
    {
        var options = new LintOptions
        {
            AnalyzerOptions = new AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
                .Add(RL1007Shouting.Id, ImmutableDictionary<string, string>.Empty.Add(RL1007Shouting.AcronymsOption, "ACMECO, Zenwidget"))),
        };
        var engine = new LintEngine([new RL1007Shouting()], options);

        engine.Analyze(TemplateParser.Parse("Your ACMECO and ZENWIDGET orders ship today.", "test.md")).ShouldBeEmpty();
        Verify.Analyze("Your ACMECO and ZENWIDGET orders ship today.").Length.ShouldBe(2);
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
