using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Hygiene.RL3005EmptyTemplate>;

namespace ReplyLint.Rules.Tests.Hygiene;

// RL3005 is one finding for the whole template, so every flagged case marks offset 0: {|RL3005:|}.
[Trait("Rule", "RL3005")]
public sealed class RL3005EmptyTemplateTests
{
    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL3005EmptyTemplate.Id);

    [Theory]
    [InlineData("{|RL3005:|}")]
    [InlineData("{|RL3005:|} \n\t\n   \r\n\n")]
    [InlineData("{|RL3005:|}---\nid: refund-later\ntitle: Refund (to write)\nintent: refund\n---\n")]
    [InlineData("{|RL3005:|}---\nid: refund-later\n---\n\n\n")]
    [InlineData("{|RL3005:|}<!-- The refund reply goes here. -->\n{{!-- and so does the sign-off --}}")]
    [InlineData("{|RL3005:|}```\nRefund reference: {{ refund.id }}\n```")]
    [InlineData("{|RL3005:|}    indented, but only a reference: `REF-123`")]
    public Task Flags_a_template_with_nothing_written(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL3005:|}{{ ticket.latest_comment }}")]
    [InlineData("{|RL3005:|}{{{ macro.body_html }}}\n\n{{ agent.signature }}")]
    [InlineData("{|RL3005:|}{% if order.is_gift %}{{ gift.note }}{% endif %}")]
    [InlineData("{|RL3005:|}[Customer Name]\n\n[Agent Name]")]
    [InlineData("{|RL3005:|}1. {{ step.one }}\n2. {{ step.two }}")]
    public Task Flags_a_template_of_placeholders_only(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL3005:|}> Where is my refund? It's been two weeks.")]
    [InlineData("{|RL3005:|}> Where is my refund?\n\n{{ agent.signature }}")]
    public Task Flags_a_template_that_only_quotes_the_customer(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("{|RL3005:|}<html><body><p><br></p><div>&nbsp;</div><img src=\"logo.png\"></body></html>")]
    [InlineData("{|RL3005:|}<style>p { color: red }</style><!-- The refund reply goes here. -->")]
    [InlineData("{|RL3005:|}<p>{{ ticket.latest_comment }}</p>\n<p><attribute key=\"agent.signature\"/></p>")]
    [InlineData("{|RL3005:|}<blockquote><p>Where is my refund?</p></blockquote>")]
    [InlineData("{|RL3005:|}<pre>Refund reference: {{ refund.id }}</pre>")]
    public Task Flags_an_html_template_of_tags_only(string markup) => Verify.DiagnosticsAsync(markup, "empty.html");

    [Fact]
    public Task Flags_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|RL3005:|}---\ntitle: Chat opener\n---\n{{ customer.first_name }}\n", "opener.txt");

    [Fact]
    public Task Flags_a_template_whose_front_matter_is_broken() =>
        Verify.DiagnosticsAsync("{|RL3005:|}---\ntitle: [unclosed{|RL0004:\n|}---\n");

    [Fact]
    public Task Flags_naming_the_template_by_its_title() =>
        Verify.DiagnosticsAsync("{|#0:|}---\ntitle: Refund approved\nid: refund-approved\n---\n", new ExpectedArguments(0, "Refund approved"));

    [Fact]
    public Task Flags_naming_the_template_by_its_id_then_its_file_name() =>
        Verify.DiagnosticsAsync("{|#0:|}---\nid: refund-approved\n---\n", new ExpectedArguments(0, "refund-approved"));

    [Fact]
    public void Flags_with_a_message_that_says_what_to_do()
    {
        var diagnostic = Verify.Analyze("", "replies/empty.md").ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe("'empty.md' has no text of its own for the customer to read; write the reply, or delete the template.");
        diagnostic.Location.LineSpan.Start.Line.ShouldBe(1);
        diagnostic.Fix.ShouldBeNull();
    }

    [Theory]
    [InlineData("Thanks!")]
    [InlineData("Hi {{ customer.first_name }},\n\n{{ ticket.latest_comment }}")]
    [InlineData("# Refund approved")]
    [InlineData("- Refund approved")]
    [InlineData("> Where is my refund?\n\nIt's on its way.")]
    [InlineData("<!-- note -->\nIt's on its way.")]
    public Task Does_not_flag_a_word_of_the_writer_s_own(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("<p>Hi {{ customer.first_name }},</p>\n<p>Your refund is on its way.</p>")]
    [InlineData("<div>\nYour refund is on its way.\n</div>")]
    [InlineData("<table><tr><td>Refund</td><td>{{ refund.amount }}</td></tr></table>")]
    public Task Does_not_flag_text_written_in_HTML(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    [InlineData("{|RL3005:|}<p>{{ ticket.latest_comment }}</p>")]
    [InlineData("{|RL3005:|}<!-- <p>Old text</p> -->")]
    [InlineData("{|RL3005:|}```html\n<p>Example</p>\n```")]
    public Task Flags_HTML_with_no_text_of_its_own(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("<p>Thanks!</p>")]
    [InlineData("<p>{{ ticket.requester.first_name }},</p><blockquote>Where is it?</blockquote><p>It&rsquo;s here.</p>")]
    [InlineData("<table><tr><td>Refund</td><td>{{ refund.amount }}</td></tr></table>")]
    public Task Does_not_flag_an_html_template_with_text(string text) => Verify.NoDiagnosticsAsync(text, "reply.html");

    [Fact]
    public Task Does_not_flag_a_plain_text_file_with_text() =>
        Verify.NoDiagnosticsAsync("---\ntitle: Chat opener\n---\nHi {{ customer.first_name }}, how can I help?\n", "opener.txt");

    [Fact]
    public Task Does_not_flag_html_looking_text_in_a_plain_text_file() =>
        Verify.NoDiagnosticsAsync("<p>Thanks for waiting!</p>\n", "opener.txt");

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
