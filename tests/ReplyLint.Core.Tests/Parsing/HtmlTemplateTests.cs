using System.Globalization;
using System.Text;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Parsing;

/// <summary>HTML bodies (<c>.html</c>, <c>.htm</c>) are read as a reader sees them: tags dropped, blocks kept apart,
/// entities decoded, and every word still at its exact place in the HTML.</summary>
public sealed class HtmlTemplateTests
{
    // A help-desk macro as a rich-text editor writes it, with everything the reader has to know about.
    private const string Macro = """
        ---
        title: Refund delayed
        ---
        <html><head><title>Refund</title><style>p { margin: 0 }</style></head>
        <body>
        <h2>Your refund</h2>
        <p>Hi <span class="atwho-inserted" data-atwho-at-query="{{">{{ticket.requester.first_name}}</span>&zwj;,</p>
        <blockquote><p>Where is my money?</p></blockquote>
        <!-- replylint-disable-next-line RL1004 -->
        <p>We apologize for any inconvenience.</p>
        <ol><li>Open <code>Settings</code></li><li>Tap <b>Refunds</b></li></ol>
        <pre>We apologize for any inconvenience.</pre>
        <p>Thanks, <attribute key="user.first_name" default="there"/>!</p>
        </body></html>
        """;

    private static TemplateDocument Parse(string html, string path = "t.html") => TemplateParser.Parse(html, path);

    private static string[] Sentences(string html) => [.. Parse(html).Sentences.Select(static s => s.Text)];

    private static string[] Words(TemplateDocument document) =>
        [.. document.Sentences.SelectMany(static s => s.Tokens).Where(static t => t.Kind == WordTokenKind.Word).Select(static t => t.Normalized)];

    [Theory]
    [InlineData("reply.html")]
    [InlineData("reply.HTM")]
    [InlineData("exports/macro.htm")]
    public void Html_and_htm_files_are_read_as_html(string path) =>
        TemplateParser.FormatOf(path).ShouldBe(TemplateFormat.Html);

    [Fact]
    public void Dump_pins_every_span_of_an_html_body()
    {
        var document = Parse("<p>Hi {{ticket.requester.first_name}},</p>\n<p>We <b>apologize</b> for any&nbsp;inconvenience.<br>It&rsquo;s on its way.</p>\n<ul><li>Track it <a href=\"{{ticket.url}}\">here</a></li></ul>\n");

        document.Dump().ShouldBe("""
            Paragraph (1,4,1,39) 3-38 'Hi {{ticket.requester.first_name}},'
              Sentence (1,4,1,39) 3-38 'Hi {{ticket.requester.first_name}},'
                hi (1,4,1,6) 3-5 'Hi'
                Placeholder:ticket.requester.first_name (1,7,1,38) 6-37 '{{ticket.requester.first_name}}'
            Paragraph (2,4,2,77) 46-119 'We <b>apologize</b> for any&nbsp;inconvenience.<br>It&rsq...'
              Sentence (2,4,2,51) 46-93 'We <b>apologize</b> for any&nbsp;inconvenience.'
                we (2,4,2,6) 46-48 'We'
                apologize (2,10,2,19) 52-61 'apologize'
                for (2,24,2,27) 66-69 'for'
                any (2,28,2,31) 70-73 'any'
                inconvenience (2,37,2,50) 79-92 'inconvenience'
              Sentence (2,55,2,77) 97-119 'It&rsquo;s on its way.'
                it (2,55,2,65) 97-107 'It&rsquo;s'
                is (2,55,2,65) 97-107 'It&rsquo;s'
                on (2,66,2,68) 108-110 'on'
                its (2,69,2,72) 111-114 'its'
                way (2,73,2,76) 115-118 'way'
            ListItem (3,9,3,47) 132-170 'Track it <a href="{{ticket.url}}">here'
              Sentence (3,9,3,47) 132-170 'Track it <a href="{{ticket.url}}">here'
                track (3,9,3,14) 132-137 'Track'
                it (3,15,3,17) 138-140 'it'
                here (3,43,3,47) 166-170 'here'
            Placeholder DoubleBrace 'ticket.requester.first_name' (1,7,1,38) 6-37 '{{ticket.requester.first_name}}'
            Placeholder DoubleBrace 'ticket.url' (3,27,3,41) 150-164 '{{ticket.url}}'
            Link {{ticket.url}} (3,18,3,51) 141-174 '<a href="{{ticket.url}}">here</a>'

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Dump_pins_a_whole_macro_with_head_quote_lists_code_and_placeholders()
    {
        Parse(Macro).Dump().ShouldBe("""
            FrontMatter (1,1,4,1) 0-30 '---\ntitle: Refund delayed\n---\n'
              Field title (2,8,2,22) 11-25 'Refund delayed'
            Heading (6,5,6,16) 112-123 'Your refund'
              Sentence (6,5,6,16) 112-123 'Your refund'
                your (6,5,6,9) 112-116 'Your'
                refund (6,10,6,16) 117-123 'refund'
            Paragraph (7,4,7,105) 132-233 'Hi <span class="atwho-inserted" data-atwho-at-query="{{">...'
              Sentence (7,4,7,105) 132-233 'Hi <span class="atwho-inserted" data-atwho-at-query="{{">...'
                hi (7,4,7,6) 132-134 'Hi'
                Placeholder:ticket.requester.first_name (7,61,7,92) 189-220 '{{ticket.requester.first_name}}'
            Paragraph(quoted) (8,16,8,34) 253-271 'Where is my money?'
              Sentence (8,16,8,34) 253-271 'Where is my money?'
                where (8,16,8,21) 253-258 'Where'
                is (8,22,8,24) 259-261 'is'
                my (8,25,8,27) 262-264 'my'
                money (8,28,8,33) 265-270 'money'
            Paragraph (10,4,10,39) 336-371 'We apologize for any inconvenience.'
              Sentence (10,4,10,39) 336-371 'We apologize for any inconvenience.'
                we (10,4,10,6) 336-338 'We'
                apologize (10,7,10,16) 339-348 'apologize'
                for (10,17,10,20) 349-352 'for'
                any (10,21,10,24) 353-356 'any'
                inconvenience (10,25,10,38) 357-370 'inconvenience'
            ListItem(ordered) (11,9,11,28) 384-403 'Open <code>Settings'
              Sentence (11,9,11,28) 384-403 'Open <code>Settings'
                open (11,9,11,13) 384-388 'Open'
                Opaque:Settings (11,20,11,28) 395-403 'Settings'
            ListItem(ordered) (11,44,11,58) 419-433 'Tap <b>Refunds'
              Sentence (11,44,11,58) 419-433 'Tap <b>Refunds'
                tap (11,44,11,47) 419-422 'Tap'
                refunds (11,51,11,58) 426-433 'Refunds'
            Paragraph (13,4,13,63) 498-557 'Thanks, <attribute key="user.first_name" default="there"/>!'
              Sentence (13,4,13,63) 498-557 'Thanks, <attribute key="user.first_name" default="there"/>!'
                thanks (13,4,13,10) 498-504 'Thanks'
                Placeholder:user.first_name (13,12,13,62) 506-556 '<attribute key="user.first_name" default="there"/>'
            Placeholder DoubleBrace 'ticket.requester.first_name' (7,61,7,92) 189-220 '{{ticket.requester.first_name}}'
            Placeholder HtmlElement 'user.first_name' fallback 'there' (13,12,13,62) 506-556 '<attribute key="user.first_name" default="there"/>'
            Comment Html (9,1,9,44) 289-332 '<!-- replylint-disable-next-line RL1004 -->'

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_prose_character_maps_to_exactly_the_source_that_produced_it(string newline)
    {
        AssertProseMapsToSource(Macro.Replace("\n", newline, StringComparison.Ordinal));
        AssertProseMapsToSource("<P>Caf&eacute; &amp; cr&#232;me &#x2019;n&#146; &nbsp;&nbsp; more&hellip;<BR/>Line\ttwo &unknown; &amp\u00A0x\u200Bz</P>");
        AssertProseMapsToSource("<div>Use <kbd>Ctrl</kbd>+<kbd>S</kbd>, <img src=x>then <!-- note --> wait\u2026 <attribute key=\"a\"\n default=\"b\"/>.</div>");
    }

    [Fact]
    public void Crlf_and_lf_give_the_same_tokens_at_the_same_lines_and_columns()
    {
        Describe(Parse(Macro.Replace("\n", "\r\n", StringComparison.Ordinal))).ShouldBe(Describe(Parse(Macro)));

        static string[] Describe(TemplateDocument d) =>
            [.. d.Sentences.SelectMany(s => s.Tokens).Select(t => $"{t.Normalized}@{d.Text.GetLinePositionSpan(t.Span)}")];
    }

    [Fact]
    public void A_phrase_written_across_inline_tags_and_entities_reads_as_one_sentence()
    {
        const string html = "<p>We <b>sincerely</b> <em>apologize</em> for <span style=\"color:red\">any</span>&nbsp;incon<i>ven</i>ience.</p>";
        var sentence = Parse(html).Sentences.Single();

        sentence.Text.ShouldBe("We sincerely apologize for any inconvenience.");
        sentence.Tokens.Select(static t => t.Normalized).ShouldBe(["we", "sincerely", "apologize", "for", "any", "inconvenience"]);
        html.Substring(sentence.Tokens[^1].Span.Start, sentence.Tokens[^1].Span.Length).ShouldBe("incon<i>ven</i>ience");
    }

    [Theory]
    [InlineData("<p>Thanks for waiting</p><p>Your parcel left today.</p>")]
    [InlineData("<div>Thanks for waiting</div>Your parcel left today.")]
    [InlineData("<h3>Thanks for waiting</h3><p>Your parcel left today.</p>")]
    [InlineData("<ul><li>Thanks for waiting</li><li>Your parcel left today.</li></ul>")]
    [InlineData("<table><tr><td>Thanks for waiting</td><td>Your parcel left today.</td></tr></table>")]
    [InlineData("Thanks for waiting<hr>Your parcel left today.")]
    [InlineData("Thanks for waiting<br><br>Your parcel left today.")]
    [InlineData("Thanks for waiting<br>\n  <br/>Your parcel left today.")]
    [InlineData("<section>Thanks for waiting</section><footer>Your parcel left today.</footer>")]
    public void Block_elements_end_sentences(string html) =>
        Sentences(html).ShouldBe(["Thanks for waiting", "Your parcel left today."]);

    [Fact]
    public void One_line_break_keeps_the_block_and_separates_words()
    {
        var document = Parse("<p>Hi Sam,<br>thanks for<BR>waiting.</p>");

        document.Blocks.ShouldHaveSingleItem();
        document.Sentences.Single().Text.ShouldBe("Hi Sam, thanks for waiting.");
    }

    [Fact]
    public void Blocks_take_their_kind_from_headings_lists_and_quotes()
    {
        var document = Parse("""
            <h1>Title</h1>
            <p>Intro</p>
            <ol><li>First<ul><li>Nested</li></ul></li><li>Second</li></ol>
            <ul><li>Bullet<li>Implicitly closed</ul>
            <blockquote><p>Their words</p><ul><li>Their item</li></ul></blockquote>
            <p>After the quote</p>
            """);

        document.Blocks.Select(static b => $"{b.Kind}{(b.IsOrderedListItem ? "(ordered)" : "")}{(b.IsQuoted ? "(quoted)" : "")}:{b.Sentences[0].Text}").ShouldBe(
        [
            "Heading:Title",
            "Paragraph:Intro",
            "ListItem(ordered):First",
            "ListItem:Nested",
            "ListItem(ordered):Second",
            "ListItem:Bullet",
            "ListItem:Implicitly closed",
            "Paragraph(quoted):Their words",
            "ListItem(quoted):Their item",
            "Paragraph:After the quote",
        ]);
    }

    [Theory]
    [InlineData("A&amp;B", "A&B")]
    [InlineData("it&#39;s", "it's")]
    [InlineData("it&#x2019;s", "it\u2019s")]
    [InlineData("it&#X2019s", "it\u2019s")]
    [InlineData("it&#146;s", "it\u2019s")]
    [InlineData("it&rsquo;s", "it\u2019s")]
    [InlineData("caf&eacute;", "caf\u00E9")]
    [InlineData("wait&hellip;", "wait\u2026")]
    [InlineData("&ldquo;ok&rdquo; &mdash; fine", "\u201Cok\u201D \u2014 fine")]
    [InlineData("5&euro; or 4&pound;", "5\u20AC or 4\u00A3")]
    [InlineData("smile &#128512;", "smile \U0001F600")]
    [InlineData("Fish &amp chips", "Fish & chips")]
    [InlineData("Fish & chips", "Fish & chips")]
    [InlineData("an &unknown; entity", "an &unknown; entity")]
    [InlineData("no &#; &#x; number", "no &#; &#x; number")]
    [InlineData("soft&shy;hyphen", "softhyphen")]
    public void Character_references_are_decoded(string html, string expected) =>
        Parse($"<p>{html}</p>").Sentences.Single().Text.ShouldBe(expected);

    [Fact]
    public void A_decoded_reference_maps_to_its_whole_source()
    {
        const string html = "<p>We&rsquo;re caf&eacute;&nbsp;staff.</p>";
        var tokens = Parse(html).Sentences.Single().Tokens;

        tokens.Select(static t => (t.Normalized, html.Substring(t.Span.Start, t.Span.Length))).ShouldBe(
        [
            ("we", "We&rsquo;re"),
            ("are", "We&rsquo;re"),
            ("caf\u00E9", "caf&eacute;"),
            ("staff", "staff"),
        ]);
    }

    [Fact]
    public void Zero_width_characters_are_dropped_and_a_no_break_space_is_a_space()
    {
        var sentence = Parse("<p>Sor\u200Bry\u200D for\u00A0the&nbsp;&#8203;wait\uFEFF and\u2060 delay.</p>").Sentences.Single();

        sentence.Text.ShouldBe("Sorry for the wait and delay.");
        sentence.Tokens.Select(static t => t.Normalized).ShouldBe(["sorry", "for", "the", "wait", "and", "delay"]);
    }

    [Fact]
    public void Style_script_and_title_are_skipped_and_recorded_as_code()
    {
        const string html = "<title>We apologize</title><style>.a { color: red }</style><p>Hello <script>var x = \"We apologize\";</script>there.</p><SCRIPT>never closed";
        var document = Parse(html);

        document.Sentences.Select(static s => s.Text).ShouldBe(["Hello there."]);
        document.Code.Select(span => html.Substring(span.Start, span.Length)).ShouldBe(
        [
            "<title>We apologize</title>",
            "<style>.a { color: red }</style>",
            "<script>var x = \"We apologize\";</script>",
            "<SCRIPT>never closed",
        ]);
    }

    [Fact]
    public void Pre_and_code_are_code_not_prose()
    {
        const string html = "<p>Use <code>We apologize</code> as the code.</p><pre>\nWe apologize\n  for any inconvenience\n</pre><p>Done.</p>";
        var document = Parse(html);

        document.Sentences.Select(static s => s.Text).ShouldBe(["Use We apologize as the code.", "Done."]);
        Words(document).ShouldBe(["use", "as", "the", "code", "done"]);
        document.Code.Select(span => html.Substring(span.Start, span.Length)).ShouldBe(
            ["<code>We apologize</code>", "<pre>\nWe apologize\n  for any inconvenience\n</pre>"]);
    }

    [Fact]
    public void An_unclosed_pre_or_code_is_read_as_prose()
    {
        var document = Parse("<p>Type <code>SAVE10 at checkout.</p><pre>We shipped it.");

        document.Code.ShouldBeEmpty();
        document.Sentences.Select(static s => s.Text).ShouldBe(["Type SAVE10 at checkout.", "We shipped it."]);
    }

    [Fact]
    public void Html_comments_are_comments_and_not_prose()
    {
        var document = Parse("<p>Hello <!-- replylint-disable RL1004 -- legal wording -->there.</p>\n<!-- a\nmulti-line note -->\n<p>Bye{{!-- internal --}} now.</p>");

        document.Comments.Select(static c => c.Syntax).ShouldBe([CommentSyntax.Html, CommentSyntax.Html, CommentSyntax.Handlebars]);
        document.Sentences.Select(static s => s.Text).ShouldBe(["Hello there.", "Bye now."]);
        Words(document).ShouldNotContain("replylint");
        Words(document).ShouldNotContain("internal");
    }

    [Fact]
    public void A_comment_or_bracket_inside_an_attribute_value_is_neither_a_comment_nor_a_placeholder()
    {
        var document = Parse("<p><img alt=\"<!-- logo -->\" title=\"[Company Logo]\">Hello [Customer Name], thanks.</p>");

        document.Comments.ShouldBeEmpty();
        document.Placeholders.ShouldHaveSingleItem().Name.ShouldBe("Customer Name");
        document.Sentences.Single().Text.ShouldBe("Hello [Customer Name], thanks.");
    }

    [Fact]
    public void A_placeholder_in_an_attribute_value_is_recorded_but_is_not_prose()
    {
        const string html = "<p>Follow <a href=\"{{ticket.url}}\" title='{{ ticket.title | default: \"your ticket\" }}'>your ticket</a> online.</p>";
        var document = Parse(html);

        document.Placeholders.Select(static p => (p.Name, p.IsWellFormed)).ShouldBe([("ticket.url", true), ("ticket.title", true)]);
        document.Sentences.Single().Tokens.Select(static t => t.Normalized).ShouldBe(["follow", "your", "ticket", "online"]);
        document.Links.ShouldHaveSingleItem().Target.ShouldBe("{{ticket.url}}");
    }

    [Fact]
    public void A_whole_placeholder_in_a_tag_never_ends_the_tag_or_its_attribute_value()
    {
        const string html = "<p {% if vip > 1 %}class=\"vip\"{% endif %} title=\"{{ name | default: \"you\" }}\">Welcome back.</p>";
        var document = Parse(html);

        document.Sentences.Single().Text.ShouldBe("Welcome back.");
        document.Placeholders.Select(static p => p.Name).ShouldBe(["if", "endif", "name"]);
    }

    [Fact]
    public void An_editor_span_around_a_placeholder_leaves_it_one_token()
    {
        const string html = "<p>Hi <span class=\"atwho-inserted\" data-atwho-at-query=\"{{\" contenteditable=\"false\">{{ticket.requester.first_name}}</span>\u200D, your order is late.</p>";
        var document = Parse(html);

        var placeholder = document.Placeholders.ShouldHaveSingleItem();
        placeholder.Name.ShouldBe("ticket.requester.first_name");
        placeholder.IsWellFormed.ShouldBeTrue();
        document.Sentences.Single().Text.ShouldBe("Hi {{ticket.requester.first_name}}, your order is late.");
        document.Sentences.Single().Tokens[1].ShouldBe(new WordToken("ticket.requester.first_name", placeholder.Span, WordTokenKind.Placeholder, 3, 34));
        document.DataAttributes.Select(span => html.Substring(span.Start, span.Length)).ShouldBe(["{{"]);
    }

    [Fact]
    public void Intercoms_attribute_element_is_a_placeholder_with_its_fallback()
    {
        const string html = "<p>Hi <attribute key=\"user.first_name\" default=\"valued&nbsp;customer\"/>, and <ATTRIBUTE key='company.name'></ATTRIBUTE> too.</p>";
        var document = Parse(html);

        document.Placeholders.Select(static p => (p.Syntax, p.Name, p.Fallback)).ShouldBe(
        [
            (PlaceholderSyntax.HtmlElement, "user.first_name", "valued\u00A0customer"),
            (PlaceholderSyntax.HtmlElement, "company.name", null),
        ]);
        var first = document.Placeholders[0];
        html.Substring(first.Span.Start, first.Span.Length).ShouldBe("<attribute key=\"user.first_name\" default=\"valued&nbsp;customer\"/>");
        html.Substring(first.FallbackSpan!.Value.Start, first.FallbackSpan.Value.Length).ShouldBe("valued&nbsp;customer");
        document.Sentences.Single().Tokens.Select(static t => $"{t.Kind}:{t.Normalized}").ShouldBe(
            ["Word:hi", "Placeholder:user.first_name", "Word:and", "Placeholder:company.name", "Word:too"]);
    }

    [Fact]
    public void An_attribute_element_without_a_key_is_an_ordinary_tag()
    {
        var document = Parse("<p>An <attribute name=\"x\">odd</attribute> tag.</p>");

        document.Placeholders.ShouldBeEmpty();
        document.Sentences.Single().Text.ShouldBe("An odd tag.");
    }

    [Fact]
    public void Links_are_recorded_with_their_decoded_target()
    {
        const string html = "<p>See <a href=\"https://example.com/?a=1&amp;b=2\">the guide</a> or <A HREF=mailto:help@example.com>write</A>.</p>";
        var document = Parse(html);

        document.Links.Select(static l => l.Target).ShouldBe(["https://example.com/?a=1&b=2", "mailto:help@example.com"]);
        document.Links.Select(l => html.Substring(l.Span.Start, l.Span.Length)).ShouldBe(
            ["<a href=\"https://example.com/?a=1&amp;b=2\">the guide</a>", "<A HREF=mailto:help@example.com>write</A>"]);
    }

    [Fact]
    public void Front_matter_is_read_before_the_html_body()
    {
        var document = Parse("---\nid: shipped\ntitle: Order shipped\n---\n<p>Your order shipped.</p>\n");

        document.FrontMatter.ShouldNotBeNull().Id.ShouldBe("shipped");
        document.Sentences.Single().Text.ShouldBe("Your order shipped.");
    }

    [Theory]
    [InlineData("If a < b and c > d, then stop.", new[] { "If a < b and c > d, then stop." })]
    [InlineData("I <3 you. Empty <> tag.", new[] { "I <3 you.", "Empty <> tag." })]
    [InlineData("Less than at the end <", new[] { "Less than at the end <" })]
    [InlineData("Thanks for waiting<p", new[] { "Thanks for waiting" })]
    [InlineData("Thanks for waiting</p", new[] { "Thanks for waiting" })]
    [InlineData("Before<p class=\"never closed>Lost", new[] { "Before" })]
    [InlineData("Before <!-- never closed", new[] { "Before" })]
    [InlineData("</p>Stray end tags</span> are ignored</li></ol>", new[] { "Stray end tags are ignored" })]
    [InlineData("<a title=\"a > b\" href='x'>Link text</a> works.", new[] { "Link text works." })]
    [InlineData("<P>Upper</P><DIV>Case</DIV>", new[] { "Upper", "Case" })]
    [InlineData("<b>Bold <i>mixed</b> up</i> nesting", new[] { "Bold mixed up nesting" })]
    [InlineData("<![CDATA[hidden]]>Shown <!DOCTYPE html><?xml version=\"1.0\"?>text", new[] { "Shown text" })]
    [InlineData("<p>One<p>Two", new[] { "One", "Two" })]
    [InlineData("Break</br>here", new[] { "Break here" })]
    [InlineData("<br><br><p><br></p>Only this", new[] { "Only this" })]
    [InlineData("<o:p>Word</o:p> <custom-element>tags</custom-element> are inline", new[] { "Word tags are inline" })]
    [InlineData("Tail &", new[] { "Tail &" })]
    [InlineData("Tail &#", new[] { "Tail &#" })]
    [InlineData("Big &#99999999999999; number", new[] { "Big \uFFFD number" })]
    public void Malformed_html_is_read_as_a_browser_would_and_never_throws(string html, string[] expected) =>
        Sentences(html).ShouldBe(expected);

    [Fact]
    public void A_body_of_tags_only_has_no_prose()
    {
        var document = Parse("<html><body><p><br></p><div>&nbsp;</div><img src=\"logo.png\"><!-- nothing --></body></html>");

        document.Blocks.ShouldBeEmpty();
        document.Sentences.ShouldBeEmpty();
    }

    // No timings: each input must simply be read, in one pass, with the outcome it should have.
    [Theory]
    [InlineData("<b ", 0)]
    [InlineData("<code>x ", 1)]
    [InlineData("<pre>x ", 1)]
    [InlineData("&#x41 &# ", 1)]
    [InlineData("<!-- a --> b ", 1)]
    [InlineData("<span data-x=\"{{\">{{a}}</span> ", 1)]
    [InlineData("<p title=\"{{ a }}\">x</p>", 1)]
    [InlineData("x</p ", 1)]
    [InlineData("a<", 1)]
    public void A_megabyte_of_repeated_markup_is_read(string unit, int tokensPerUnit)
    {
        var repeats = 1024 * 1024 / unit.Length;
        var html = string.Concat(Enumerable.Repeat(unit, repeats));

        var document = Parse(html);

        var tokens = document.Sentences.Sum(static s => s.Tokens.Length);
        if (tokensPerUnit == 0)
        {
            tokens.ShouldBe(0);
        }
        else if (unit is "x</p " or "a<")
        {
            tokens.ShouldBe(1); // the first unclosed tag runs to the end
        }
        else
        {
            tokens.ShouldBe(repeats * tokensPerUnit);
        }
    }

    [Fact]
    public void Deep_nesting_and_stray_end_tags_are_read_in_one_pass()
    {
        var html = new StringBuilder()
            .Append(string.Concat(Enumerable.Repeat("<blockquote><ol><li>", 50_000)))
            .Append("Deep")
            .Append(string.Concat(Enumerable.Repeat("</ul></h2>", 50_000)))
            .ToString();

        var block = Parse(html).Blocks.ShouldHaveSingleItem();

        block.IsQuoted.ShouldBeTrue();
        block.IsOrderedListItem.ShouldBeTrue();
    }

    [Fact]
    public void A_megabyte_macro_is_read()
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < 1024 * 1024; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<h2>Order {i}</h2><p>Hi <span class=\"atwho-inserted\" data-atwho-at-query=\"{{{{\">{{{{ticket.requester.first_name}}}}</span>&zwj;,</p>")
                .Append("<p>We&rsquo;re <b>sorry</b> your parcel is late.<br>It ships today.</p><!-- reviewed -->")
                .Append(CultureInfo.InvariantCulture, $"<ul><li>Track it <a href=\"https://example.com/{i}\">here</a></li></ul>\n");
        }

        var document = Parse(builder.ToString());

        document.Blocks.Length.ShouldBe(document.Sentences.Count(static s => s.Text.StartsWith("Order ", StringComparison.Ordinal)) * 4);
        document.Placeholders.Length.ShouldBe(document.Links.Length);
    }

    // Each prose character stands for exactly the source it came from: itself; a decoded reference (the whole of it);
    // or, for a space, white space, a tag (<br>, <img>, a comment) or a reference that decodes to white space.
    private static void AssertProseMapsToSource(string text)
    {
        var body = new TextSpan(0, text.Length);
        var placeholders = new List<Placeholder>();
        var comments = new List<TemplateComment>();
        PlaceholderScanner.Scan(text, body, placeholders, comments);
        var blocks = new List<BlockDraft>();
        HtmlProseReader.Read(text, body, blocks, [], [], [], placeholders, comments);
        blocks.ShouldNotBeEmpty();
        var previous = 0;
        foreach (var block in blocks)
        {
            var prose = block.Prose;
            for (var i = 0; i < prose.Length; i++)
            {
                var (start, end) = (prose.SourceStart(i), prose.SourceEnd(i));
                start.ShouldBeGreaterThanOrEqualTo(previous, "prose runs in source order");
                previous = start;
                var written = text[start..end];
                var c = prose[i];
                var why = $"prose '{c}' at {i} of '{prose}' stands for '{written}'";
                if (written.Length == 1 && written[0] == c)
                {
                    continue;
                }

                if (written.StartsWith('&'))
                {
                    HtmlEntities.DecodeAll(text, start, end).ShouldContain(c == ' ' ? '\u00A0' : c, why);
                    continue;
                }

                c.ShouldBe(' ', why);
                if (written.Length == 0)
                {
                    prose.IsOpaque(i - 1).ShouldBeTrue(why); // the space that keeps two code spans apart
                }
                else if (written.StartsWith('<'))
                {
                    written.ShouldEndWith(">", Case.Sensitive, why);
                }
                else
                {
                    written.ShouldAllBe(static w => char.IsWhiteSpace(w), why);
                }
            }
        }
    }
}
