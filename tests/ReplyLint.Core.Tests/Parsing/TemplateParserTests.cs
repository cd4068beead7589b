using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Parsing;

public sealed class TemplateParserTests
{
    private const string Realistic = """
        ---
        id: late-order
        title: "Late order"
        tags: [shipping, delay]
        intent: complaint
        ---
        Hi {{ customer.first_name | default: "there" }},

        We're **sorry** that you’re having
        that issue. Mr. Smith paid $3.50 for No. 5 today. Is it ok?

        - Use `SAVE10` at https://example.com/help.
        - Email help@example.com or [our team](https://x.com) {{!-- note --}} today
        1. [Customer Name] will call {% if vip %}soon{% endif %}.

        > You failed to ship.

        <!-- replylint-disable RL1004 -->
        ```
        you failed to read the code
        ```

            indented code, not prose
        <div>an HTML block, not prose</div>
        """;

    [Fact]
    public void Dump_pins_every_span()
    {
        var document = TemplateParser.Parse("Hi {{name}},\n\nWe're *sorry*\nit was late. Thanks!\n", "t.md");
        document.Dump().ShouldBe("""
            Paragraph (1,1,1,13) 0-12 'Hi {{name}},'
              Sentence (1,1,1,13) 0-12 'Hi {{name}},'
                hi (1,1,1,3) 0-2 'Hi'
                Placeholder:name (1,4,1,12) 3-11 '{{name}}'
            Paragraph (3,1,4,21) 14-48 'We're *sorry*\nit was late. Thanks!'
              Sentence (3,1,4,13) 14-40 'We're *sorry*\nit was late.'
                we (3,1,3,6) 14-19 'We're'
                are (3,1,3,6) 14-19 'We're'
                sorry (3,8,3,13) 21-26 'sorry'
                it (4,1,4,3) 28-30 'it'
                was (4,4,4,7) 31-34 'was'
                late (4,8,4,12) 35-39 'late'
              Sentence (4,14,4,21) 41-48 'Thanks!'
                thanks (4,14,4,20) 41-47 'Thanks'
            Placeholder DoubleBrace 'name' (1,4,1,12) 3-11 '{{name}}'

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_span_covers_the_source_text_it_stands_for(string newline)
    {
        var document = TemplateParser.Parse(Realistic.Replace("\n", newline, StringComparison.Ordinal), "t.md");
        AssertSpansRoundTrip(document);
    }

    [Fact]
    public void Crlf_and_lf_give_the_same_tokens_at_the_same_lines_and_columns()
    {
        var lf = TemplateParser.Parse(Realistic, "t.md");
        var crlf = TemplateParser.Parse(Realistic.Replace("\n", "\r\n", StringComparison.Ordinal), "t.md");
        Describe(crlf).ShouldBe(Describe(lf));

        static string[] Describe(TemplateDocument d) =>
            [.. d.Sentences.SelectMany(s => s.Tokens).Select(t => $"{t.Normalized}@{d.Text.GetLinePositionSpan(t.Span)}")];
    }

    [Fact]
    public void Code_html_comments_and_front_matter_are_not_prose()
    {
        var document = TemplateParser.Parse(Realistic, "t.md");
        var words = document.Sentences.SelectMany(s => s.Tokens).Where(t => t.Kind == WordTokenKind.Word).Select(t => t.Normalized).ToList();
        words.ShouldNotContain("code");
        words.ShouldNotContain("html");
        words.ShouldNotContain("note");
        words.ShouldNotContain("replylint");
        words.ShouldNotContain("complaint");
        words.ShouldNotContain("save10");
        words.ShouldNotContain("example");
        document.Blocks.Count(b => b.IsQuoted).ShouldBe(1);
        document.Blocks.Single(b => b.IsQuoted).Sentences[0].Text.ShouldBe("You failed to ship.");
    }

    [Fact]
    public void Records_block_kinds_links_placeholders_and_comments()
    {
        var document = TemplateParser.Parse(Realistic, "t.md");
        document.Blocks.Select(b => b.Kind).ShouldBe([ProseBlockKind.Paragraph, ProseBlockKind.Paragraph, ProseBlockKind.ListItem, ProseBlockKind.ListItem, ProseBlockKind.ListItem, ProseBlockKind.Paragraph]);
        document.Blocks[4].IsOrderedListItem.ShouldBeTrue();
        document.Links.Select(l => l.Target).ShouldBe(["https://example.com/help", "help@example.com", "https://x.com"]);
        document.Placeholders.Select(p => (p.Syntax, p.Name)).ShouldBe([
            (PlaceholderSyntax.DoubleBrace, "customer.first_name"),
            (PlaceholderSyntax.Bracket, "Customer Name"),
            (PlaceholderSyntax.Tag, "if"),
            (PlaceholderSyntax.Tag, "endif"),
        ]);
        document.Comments.Select(c => (c.Syntax, document.Text.ToString(c.ContentSpan).Trim())).ShouldBe([
            (CommentSyntax.Handlebars, "note"),
            (CommentSyntax.Html, "replylint-disable RL1004"),
        ]);
    }

    [Fact]
    public void A_phrase_broken_by_a_line_break_and_emphasis_reads_as_one_sentence()
    {
        var sentence = TemplateParser.Parse("As I **already**\nexplained, you *failed* to\nreply.", "t.md").Sentences.Single();
        sentence.Text.ShouldBe("As I already explained, you failed to reply.");
        string.Join(' ', sentence.Tokens.Select(t => t.Normalized)).ShouldBe("as i already explained you failed to reply");
    }

    [Theory]
    [InlineData("Hi there. Thanks for writing.", new[] { "Hi there.", "Thanks for writing." })]
    [InlineData("Mr. Smith and Dr. Jones agreed.", new[] { "Mr. Smith and Dr. Jones agreed." })]
    [InlineData("Apps, e.g. Mail, i.e. Outlook, work.", new[] { "Apps, e.g. Mail, i.e. Outlook, work." })]
    [InlineData("It costs 3.50 now. Pay by 10.30 am.", new[] { "It costs 3.50 now.", "Pay by 10.30 am." })]
    [InlineData("Visit https://x.com/a.b?c=1. Then log in.", new[] { "Visit https://x.com/a.b?c=1.", "Then log in." })]
    [InlineData("Well... we did try. Sorry!", new[] { "Well... we did try.", "Sorry!" })]
    [InlineData("Wait\u2026 Then retry.", new[] { "Wait\u2026", "Then retry." })]
    [InlineData("Really?! Yes.", new[] { "Really?!", "Yes." })]
    [InlineData("He said \"no.\" Then he left.", new[] { "He said \"no.\"", "Then he left." })]
    [InlineData("Order No. 5 shipped. J. Smith signed.", new[] { "Order No. 5 shipped.", "J. Smith signed." })]
    [InlineData("We work with Acme Inc. Your order is safe.", new[] { "We work with Acme Inc.", "Your order is safe." })]
    [InlineData("Is {{order.id}} yours? {{agent.name}} will check.", new[] { "Is {{order.id}} yours?", "{{agent.name}} will check." })]
    [InlineData("the U.S. team is on it", new[] { "the U.S. team is on it" })]
    public void Splits_sentences(string text, string[] expected) =>
        TemplateParser.Parse(text, "t.md").Sentences.Select(s => s.Text).ShouldBe(expected);

    [Fact]
    public void List_items_without_final_periods_are_sentences_of_their_own()
    {
        var document = TemplateParser.Parse("Next steps:\n\n- Open the app\n- Tap Settings\n- Choose Reset\n", "t.md");
        document.Sentences.Select(s => s.Text).ShouldBe(["Next steps:", "Open the app", "Tap Settings", "Choose Reset"]);
    }

    [Theory]
    [InlineData("{{ customer.first_name }}", PlaceholderSyntax.DoubleBrace, "customer.first_name", true)]
    [InlineData("{{{ order.link }}}", PlaceholderSyntax.TripleBrace, "order.link", true)]
    [InlineData("{{#if vip}}", PlaceholderSyntax.DoubleBrace, "#if", true)]
    [InlineData("{%- assign x = 1 -%}", PlaceholderSyntax.Tag, "assign", true)]
    [InlineData("[Customer Name]", PlaceholderSyntax.Bracket, "Customer Name", true)]
    [InlineData("[ORDER_ID]", PlaceholderSyntax.Bracket, "ORDER_ID", true)]
    [InlineData("{{ customer.name", PlaceholderSyntax.DoubleBrace, "customer.name", false)]
    [InlineData("{{ }}", PlaceholderSyntax.DoubleBrace, "", false)]
    public void Finds_placeholders(string placeholder, PlaceholderSyntax syntax, string name, bool wellFormed)
    {
        var text = $"Hello {placeholder} and welcome.";
        var found = TemplateParser.Parse(text, "t.md").Placeholders.ShouldHaveSingleItem();
        found.Syntax.ShouldBe(syntax);
        found.Name.ShouldBe(name);
        found.IsWellFormed.ShouldBe(wellFormed);
        if (wellFormed)
        {
            text.Substring(found.Span.Start, found.Span.Length).ShouldBe(placeholder);
        }
    }

    [Theory]
    [InlineData("Hi {{customer.first_name}, I'm sorry it is late.", "{{customer.first_name}", "customer.first_name")]
    [InlineData("Order {{order.number is sorry late.", "{{order.number", "order.number")]
    [InlineData("Hi {% if vip }, you are sorry late.", "{% if vip }", "if")]
    public void An_unclosed_placeholder_ends_where_it_was_meant_to_and_the_prose_after_it_is_read(string text, string written, string name)
    {
        var document = TemplateParser.Parse(text, "t.md");
        var placeholder = document.Placeholders.ShouldHaveSingleItem();
        placeholder.IsWellFormed.ShouldBeFalse();
        document.Text.ToString(placeholder.Span).ShouldBe(written);
        placeholder.Name.ShouldBe(name);
        document.Sentences.Single().Tokens.Select(t => t.Normalized).ShouldContain("sorry");
    }

    [Theory]
    [InlineData("See [the guide](https://x.com) now.")]
    [InlineData("Tick [x] when done.")]
    [InlineData("Tick [ ] when done.")]
    [InlineData("Read [docs][1] here.\n\n[1]: https://x.com")]
    [InlineData("This [is lower case] text.")]
    public void Brackets_that_are_links_or_lower_case_are_not_placeholders(string text) =>
        TemplateParser.Parse(text, "t.md").Placeholders.ShouldBeEmpty();

    [Fact]
    public void PlaceholderAt_finds_the_placeholder_around_an_offset()
    {
        const string text = "Hi {{ a }} and [Customer Name].";
        var document = TemplateParser.Parse(text, "t.md");
        document.PlaceholderAt(text.IndexOf("a }}", StringComparison.Ordinal))!.Name.ShouldBe("a");
        document.PlaceholderAt(text.IndexOf("Name", StringComparison.Ordinal))!.Name.ShouldBe("Customer Name");
        document.PlaceholderAt(text.IndexOf("and", StringComparison.Ordinal)).ShouldBeNull();
        document.PlaceholderAt(text.IndexOf("}}", StringComparison.Ordinal) + 2).ShouldBeNull(); // one past the end
    }

    [Fact]
    public void Liquid_comments_are_comments_not_prose()
    {
        var document = TemplateParser.Parse("Hello {% comment %}internal only{% endcomment %} there.", "t.txt");
        document.Comments.ShouldHaveSingleItem().Syntax.ShouldBe(CommentSyntax.Liquid);
        document.Sentences.Single().Tokens.Select(t => t.Normalized).ShouldBe(["hello", "there"]);
    }

    [Fact]
    public void Reads_front_matter_fields_with_their_spans()
    {
        var document = TemplateParser.Parse(Realistic, "t.md");
        var frontMatter = document.FrontMatter.ShouldNotBeNull();
        frontMatter.Id.ShouldBe("late-order");
        frontMatter.Title.ShouldBe("Late order");
        frontMatter.Intent.ShouldBe("complaint");
        frontMatter.Tags.ShouldBe(["shipping", "delay"]);
        document.Text.ToString(frontMatter.Fields["tags"].Span).ShouldBe("[shipping, delay]");
        document.Text.GetLinePosition(frontMatter.Fields["intent"].Span.Start).ShouldBe(new LinePosition(5, 9));
        document.Sentences[0].Text.ShouldStartWith("Hi ");
    }

    [Fact]
    public void Comma_separated_tags_are_a_list()
    {
        var document = TemplateParser.Parse("---\ntags: billing, refund\n---\nHello.", "t.md");
        document.FrontMatter!.Tags.ShouldBe(["billing", "refund"]);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_file_line_and_the_body_is_still_read()
    {
        var document = TemplateParser.Parse("---\nid: x\ntitle: [unclosed\nintent: complaint\n---\nWe are sorry.", "t.md");
        document.FrontMatter.ShouldBeNull();
        var error = document.FrontMatterError.ShouldNotBeNull();
        document.Text.GetLinePosition(error.Span.Start).Line.ShouldBe(3);
        error.Message.ShouldContain("line 3");
        document.Sentences.ShouldHaveSingleItem().Text.ShouldBe("We are sorry.");
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_file_line_and_column()
    {
        var document = TemplateParser.Parse("---\nid: x\ntitle: a: b\n---\nHello.", "t.md");
        var error = document.FrontMatterError.ShouldNotBeNull();
        error.Message.ShouldContain("at line 3, column");
        document.Text.GetLinePosition(error.Span.Start).Line.ShouldBe(3);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        var document = TemplateParser.Parse("---\n- a\n- b\n---\nHello.", "t.md");
        document.FrontMatterError.ShouldNotBeNull().Message.ShouldContain("not a mapping");
        document.Sentences.ShouldHaveSingleItem();
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_on_line_one()
    {
        var document = TemplateParser.Parse("---\nid: x\nWe are sorry.", "t.md");
        var error = document.FrontMatterError.ShouldNotBeNull();
        document.Text.GetLinePosition(error.Span.Start).ShouldBe(new LinePosition(1, 1));
        error.Message.ShouldContain("never closed");
    }

    [Fact]
    public void Empty_front_matter_is_fine()
    {
        var document = TemplateParser.Parse("---\n---\nHello.", "t.md");
        document.FrontMatterError.ShouldBeNull();
        document.FrontMatter.ShouldNotBeNull().Fields.ShouldBeEmpty();
    }

    [Fact]
    public void A_thematic_break_later_in_the_file_is_not_front_matter()
    {
        var document = TemplateParser.Parse("Hello.\n\n---\n\nBye.", "t.md");
        document.FrontMatter.ShouldBeNull();
        document.FrontMatterError.ShouldBeNull();
        document.Sentences.Length.ShouldBe(2);
    }

    [Fact]
    public void Plain_text_has_paragraphs_and_list_items_and_keeps_markdown_characters_as_text()
    {
        var document = TemplateParser.Parse("Hi Sam,\nthanks for *waiting*.\n\n1. Open the app\n2) Tap Reset\n- Done\n\n# not a heading", "reply.txt");
        document.Format.ShouldBe(TemplateFormat.PlainText);
        document.Blocks.Select(b => (b.Kind, b.IsOrderedListItem)).ShouldBe([
            (ProseBlockKind.Paragraph, false), (ProseBlockKind.ListItem, true), (ProseBlockKind.ListItem, true), (ProseBlockKind.ListItem, false), (ProseBlockKind.Paragraph, false),
        ]);
        document.Sentences[0].Text.ShouldBe("Hi Sam, thanks for *waiting*.");
        document.Sentences[1].Text.ShouldBe("Open the app");
        AssertSpansRoundTrip(document);
    }

    [Fact]
    public void Plain_text_quotes_are_quoted_blocks_without_their_markers()
    {
        var document = TemplateParser.Parse("Hi Sam,\n\n> You failed to ship\n> my order.\n>\n> - Item one\nThanks for waiting.\n", "reply.txt");
        document.Blocks.Select(b => (b.Kind, b.IsQuoted)).ShouldBe([
            (ProseBlockKind.Paragraph, false), (ProseBlockKind.Paragraph, true), (ProseBlockKind.ListItem, true), (ProseBlockKind.Paragraph, false),
        ]);
        document.Blocks[1].Sentences.Single().Text.ShouldBe("You failed to ship my order.");
        document.Blocks[2].Sentences.Single().Text.ShouldBe("Item one");
        document.Blocks[3].Sentences.Single().IsQuoted.ShouldBeFalse();
        AssertSpansRoundTrip(document);
    }

    [Fact]
    public void Tabs_and_non_bmp_characters_keep_utf16_columns()
    {
        var document = TemplateParser.Parse("\U0001F600 Sorry\tfor the wait.", "t.txt");
        var sorry = document.Sentences.Single().Tokens[0];
        document.Text.GetLinePosition(sorry.Span.Start).ShouldBe(new LinePosition(1, 4));
        var forToken = document.Sentences.Single().Tokens[1];
        document.Text.GetLinePosition(forToken.Span.Start).ShouldBe(new LinePosition(1, 10));
    }

    [Fact]
    public void Escapes_and_entities_map_back_to_their_source()
    {
        var document = TemplateParser.Parse("Fish \\*and\\* chips &amp; peas.", "t.md");
        var tokens = document.Sentences.Single().Tokens;
        tokens.Select(t => t.Normalized).ShouldBe(["fish", "and", "chips", "peas"]);
        document.Text.ToString(tokens[1].Span).ShouldBe("and");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("---\nid: x\n---\n")]
    [InlineData("```\ncode only\n```")]
    public void Templates_without_prose_have_no_sentences(string text) =>
        TemplateParser.Parse(text, "t.md").Sentences.ShouldBeEmpty();

    internal static void AssertSpansRoundTrip(TemplateDocument document)
    {
        var source = document.Text;
        foreach (var block in document.Blocks)
        {
            foreach (var sentence in block.Sentences)
            {
                block.Span.Contains(sentence.Span).ShouldBeTrue($"block {block.Span} holds sentence {sentence.Span}");
                foreach (var token in sentence.Tokens)
                {
                    sentence.Span.Contains(token.Span).ShouldBeTrue();
                    var written = source.ToString(token.Span);
                    sentence.Text[token.TextStart..token.TextEnd].ShouldBe(written);
                    if (token.Kind is WordTokenKind.Word or WordTokenKind.Number)
                    {
                        TextNormalizer.Normalize(written).ShouldContain(token.Normalized);
                    }
                }

                var first = sentence.Tokens[0];
                sentence.Span.Start.ShouldBeLessThanOrEqualTo(first.Span.Start);
                source.ToString(sentence.Span).ShouldEndWith(sentence.Text[^1].ToString());
            }
        }

        foreach (var placeholder in document.Placeholders.Where(p => p.IsWellFormed))
        {
            source.ToString(placeholder.Span).ShouldContain(placeholder.Name);
        }
    }
}
