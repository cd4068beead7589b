using ReplyLint.Rules.Tests.Verifiers;
using ReplyLint.Rules.Tone;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1004RoboticWording>;

namespace ReplyLint.Rules.Tests.Tone;

[Trait("Rule", "RL1004")]
public sealed class RL1004RoboticWordingTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL1004RoboticWording.Id);

    [Theory]
    [InlineData("[|We apologize for any inconvenience this may have caused|].")]
    [InlineData("Again, [|we sincerely apologize for any inconvenience caused|] by the delay.")]
    [InlineData("[|I am very sorry for any inconvenience|].")]
    [InlineData("[|We apologize for the inconvenience|].")]
    [InlineData("[|Sorry for the inconvenience|]!")]
    [InlineData("[|Please accept our sincere apologies for the inconvenience|].")]
    [InlineData("[|We regret any inconvenience|] this may cause.")]
    [InlineData("[|We apologise for any inconvenience|].")]                      // British spelling
    [InlineData("[|Apologies for the inconvenience|].")]
    public Task Flags_any_inconvenience(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|We're sorry that you're having that issue|].")]
    [InlineData("[|We\u2019re sorry that you\u2019re having that issue|].")]
    [InlineData("[|We are sorry that you are having that issue|].")]
    [InlineData("[|We’re sorry you're having this problem|].")]
    [InlineData("[|I'm so sorry to hear you are experiencing these issues|].")]
    [InlineData("[|I am sorry to hear about the trouble you're having|] with the app.")]
    [InlineData("[|We're sorry for the issues you may be experiencing|].")]
    [InlineData("[|We're sorry you're experiencing issues|] with the app.")]
    [InlineData("[|Sorry to hear you're having trouble|] logging in.")]
    public Task Flags_sorry_you_are_having_that_issue(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Your call is very important to us|].")]
    [InlineData("[|Your feedback is important to us|], so thanks for writing.")]
    [InlineData("[|Your satisfaction is our top priority|].")]
    [InlineData("[|Customer satisfaction is our number one priority|].")]
    [InlineData("[|Your satisfaction is of the utmost importance|].")]
    public Task Flags_important_to_us_and_top_priority(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|We value your business|].")]
    [InlineData("[|We truly value you as a customer|].")]
    [InlineData("[|{{company.name}} values your business|].")]
    [InlineData("[|{{company.name}} truly values your business|].")]
    [InlineData("Thanks, and [|we appreciate your business|].")]
    [InlineData("[|As a valued customer|], you can return it for free.")]
    [InlineData("[|We always strive to provide the best possible customer service|].")]
    public Task Flags_value_your_business(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Please do not hesitate to contact us|].")]
    [InlineData("[|Don't hesitate to reach out to us|] any time.")]
    [InlineData("[|Please don\u2019t hesitate to let us know|] if it happens again.")]
    [InlineData("[|Never hesitate to email us|].")]
    public Task Flags_do_not_hesitate(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Thank you for your patience and understanding|].")]
    [InlineData("[|Thanks for your understanding|].")]
    [InlineData("[|We appreciate your patience in this matter|].")]
    [InlineData("[|I appreciate your understanding and patience|].")]
    public Task Flags_patience_and_understanding(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|We regret to inform you that|] the jacket is sold out.")]
    [InlineData("[|I'm sorry to inform you|] the event is cancelled.")]
    [InlineData("[|I hope this email finds you well|].")]
    [InlineData("[|Thank you for bringing this to our attention|].")]
    [InlineData("[|Is there anything else I can help you with|]?")]
    public Task Flags_stock_openers_and_closings(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|Rest assured|], we are looking into it.")]
    [InlineData("[|Please rest assured that|] your data is safe.")]
    [InlineData("[|I understand your frustration|].")]
    [InlineData("[|We completely understand your frustration|].")]
    [InlineData("[|At this point in time|] we can't offer a refund.")]
    [InlineData("We can't refund it [|at this moment in time|].")]
    public Task Flags_empty_reassurance_and_filler(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("[|We apologize for any\ninconvenience|].")]                     // across a line break
    [InlineData("[|We apologize for any\r\ninconvenience|].")]                   // across a CRLF line break
    [InlineData("[|We apologize for **any** inconvenience|].")]                  // around emphasis
    [InlineData("[|We *value* your\n_business|]_, and we mean it.")]             // both at once; the span ends with the last word
    [InlineData("Hi {{ customer.first_name }},\n\n[|We value your business|].")] // after a placeholder greeting
    [InlineData("- [|Thank you for your understanding|].\n- Your order ships today.")] // in a list item
    [InlineData("# [|We value your business|]")]                                 // in a heading
    public Task Flags_phrase_across_markup(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("<p>[|We <b>apologize</b> for any&nbsp;inconvenience|].</p>")]                      // across a tag and an entity
    [InlineData("<p>Hi {{ticket.requester.first_name}},</p>\n<p>[|We value your\n<em>business|]</em>.</p>")]    // the span ends with the last word
    [InlineData("<p>[|We&rsquo;re sorry that you&#8217;re having that issue|].</p>")]              // named and numeric apostrophes
    [InlineData("<P>[|Rest assured|], we&#39;re on it.</P>")]                                        // upper-case tags
    [InlineData("<ul><li>[|Thanks for your understanding|]</li></ul>")]                              // in a list item
    [InlineData("<h2>[|We value your business|]</h2>")]                                              // in a heading
    [InlineData("<div>Hi,<br>[|we value<span class=\"x\"> </span>your business|]</div>")]         // after a line break
    public Task Flags_phrase_across_html_tags_and_entities(string markup) => Verify.DiagnosticsAsync(markup, "reply.html");

    [Fact]
    public Task Flags_in_html_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("<p>{|#0:We <b>apologize</b> for any&nbsp;inconvenience|}.</p>", "reply.html", new ExpectedArguments(0, "We apologize for any inconvenience"));

    [Fact]
    public Task Flags_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("Hello **Sam**,\n\n[|We apologize for any inconvenience|].\n", "reply.txt");

    [Fact]
    public Task Flags_each_stock_line_once() =>
        Verify.DiagnosticsAsync("[|We apologize for any inconvenience|]. [|Your satisfaction is our top priority|].\n\n[|Rest assured|], [|we value your business|].");

    [Fact]
    public Task Flags_with_the_text_as_read_in_the_message() =>
        Verify.DiagnosticsAsync("{|#0:We apologize for **any**\ninconvenience|}.", new ExpectedArguments(0, "We apologize for any inconvenience"));

    [Theory]
    [InlineData("I'm sorry your order arrived late.")]
    [InlineData("I'm sorry you had to wait so long.")]
    [InlineData("Sorry for the late reply.")]
    [InlineData("I can see why a second charge would worry you.")]
    [InlineData("I'm sorry we charged you twice. I've refunded the second charge today.")]
    [InlineData("I understand why the frustration built up after three calls.")]
    [InlineData("I'm sorry that you're having to chase us for this.")]
    [InlineData("We value honest feedback like yours, and I've passed it to the app team.")]
    [InlineData("At this point the parcel is with the courier.")]
    public Task Does_not_flag_specific_wording(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("Type `we apologize for any inconvenience` in the search box.")]                         // inline code
    [InlineData("The old macro said:\n\n```\nWe apologize for any inconvenience.\n```\n")]                // fenced code
    [InlineData("The old macro said:\n\n    We value your business.\n")]                                  // indented code
    [InlineData("<!-- We apologize for any inconvenience. -->\nI'm sorry your order arrived late.")]      // HTML comment
    [InlineData("I'm sorry <!-- we value your business --> it arrived late.")]                             // inline comment
    [InlineData("{{!-- We value your business --}}I'm sorry your order arrived late.")]                    // Handlebars comment
    [InlineData("<div>We value your business.</div>\n\nI'm sorry your order arrived late.")]              // HTML block
    [InlineData("---\ntitle: We apologize for any inconvenience\n---\nI'm sorry your order arrived late.")] // front matter
    [InlineData("See https://example.com/we-apologize-for-any-inconvenience for details.")]               // bare URL
    [InlineData("See <https://example.com/we-value-your-business> for details.")]                         // autolink
    [InlineData("Read [the refund policy](https://example.com/we-value-your-business).")]                 // link target
    public Task Does_not_flag_what_is_not_prose(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("<p>We value your</p><p>business partners' feedback.</p>")]                                // split by a paragraph
    [InlineData("<p>We apologize for any<br><br>inconvenience-free returns.</p>")]                          // split by a blank line
    [InlineData("<pre>We apologize for any inconvenience.</pre><p>I'm sorry your order arrived late.</p>")] // pre
    [InlineData("<p>Type <code>we value your business</code> in the box.</p>")]                           // code
    [InlineData("<!-- We apologize for any inconvenience. --><p>I'm sorry your order arrived late.</p>")]  // comment
    [InlineData("<style>/* We value your business */</style><p>I'm sorry your order arrived late.</p>")]   // style
    [InlineData("<p><a title=\"We value your business\" href=\"https://x.com/we-value-your-business\">Our policy</a> has details.</p>")] // attributes
    public Task Does_not_flag_what_is_not_prose_in_html(string text) => Verify.NoDiagnosticsAsync(text, "reply.html");

    [Fact]
    public Task Does_not_flag_a_specific_apology_in_a_plain_text_file() =>
        Verify.NoDiagnosticsAsync("Hi Sam,\n\nI'm sorry your order arrived late. I've refunded the shipping fee.\n", "reply.txt");

    [Theory]
    [InlineData("[|We apologize for any inconvenience this may have caused|].", "I'm sorry for the trouble this has caused.")]
    [InlineData("Again, [|we are very sorry for any inconvenience that might have caused|].", "Again, I'm sorry for the trouble this has caused.")]
    [InlineData("[|At this point in time|] we can't", "Now we can't")]
    [InlineData("We can't refund it [|at this moment in time|].", "We can't refund it now.")]
    [InlineData("[|Please do not hesitate to contact us|].", "Please contact us.")]
    [InlineData("If it happens again, [|please don't hesitate to get in touch with us|].", "If it happens again, please contact us.")]
    [InlineData("[|Thank you for bringing this to our attention|].", "Thank you for letting us know.")]
    [InlineData("[|At this point\r\nin time|] we can't.\r\n", "Now we can't.\r\n")]
    public Task Fix_replaces_with_the_suggestion(string markup, string expected) => Verify.VerifyFixAsync(markup, expected);

    [Fact]
    public Task Fix_replaces_plain_text_between_html_tags() =>
        Verify.VerifyFixAsync("<p>[|At this point in time|] we can&#39;t.</p>", "<p>Now we can&#39;t.</p>", "reply.html");

    [Theory]
    [InlineData("<p>At <b>this</b> point in time we can't.</p>")]
    [InlineData("<p>At this point&nbsp;in time we can't.</p>")]
    public void Fix_is_not_offered_where_it_would_rewrite_html_markup(string html)
    {
        var diagnostic = Verify.Analyze(html, "reply.html").ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RL1004RoboticWording.Id);
        diagnostic.Fix.ShouldBeNull();
    }

    [Theory]
    [InlineData("We regret any inconvenience.")]
    [InlineData("Sorry for the inconvenience.")]
    [InlineData("We apologize for any inconvenience caused by the delay.")]
    [InlineData("We're sorry that you're having that issue.")]
    [InlineData("Your satisfaction is our top priority.")]
    [InlineData("Don't hesitate to reach out to us.")]
    [InlineData("Rest assured, we are on it.")]
    public void Fix_is_not_offered_for_phrases_without_a_suggestion(string text)
    {
        var diagnostic = Verify.Analyze(text).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RL1004RoboticWording.Id);
        diagnostic.Fix.ShouldBeNull();
    }

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
