using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Parsing;

/// <summary>The placeholder syntaxes of the help desks: names, exact spans, fallbacks and dialects, in Markdown and in
/// plain text.</summary>
public sealed class PlaceholderDialectTests
{
    public static TheoryData<string, string, PlaceholderSyntax, PlaceholderDialect, string, string?> Forms => new()
    {
        // written, path, syntax, dialect, name, fallback
        { "{{ ticket.requester.first_name | fallback: \"there\" }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "ticket.requester.first_name", "there" },
        { "{{ customer.first_name | default: 'friend' }}", "t.txt", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "customer.first_name", "friend" },
        { "{{first_name|fallback:\"there\"}}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "first_name", "there" },
        { "{{ name | default(\"there\") }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "name", "there" },
        { "{{ first_name | fallback: \u201Cthere\u201D }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "first_name", "there" },
        { "{{ contact.first_name || 'there' }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "contact.first_name", "there" },
        { "{{contact.first_name || \"Unknown\"}}", "t.txt", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "contact.first_name", "Unknown" },
        { "{{ order.processed_at|datetime_format(\"MMM Do YY\") }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "order.processed_at", null },
        { "{{ticket.messages[-1].body_text}}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "ticket.messages[-1].body_text", null },
        { "{{ a.b[0].c | upcase | default: \"none\" }}", "t.txt", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "a.b[0].c", "none" },
        { "{{ a | default: other.value }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "a", null },
        { "{{{ Recipient.FirstName | default: \"there\" }}}", "t.md", PlaceholderSyntax.TripleBrace, PlaceholderDialect.Liquid, "Recipient.FirstName", "there" },
        { "{{ note | replace: \"|\", \"/\" | default: \"x\" }}", "t.md", PlaceholderSyntax.DoubleBrace, PlaceholderDialect.Liquid, "note", "x" },
        { "{%customer.firstName%}", "t.md", PlaceholderSyntax.TagVariable, PlaceholderDialect.HelpScout, "customer.firstName", null },
        { "{%customer.firstName,fallback=there%}", "t.txt", PlaceholderSyntax.TagVariable, PlaceholderDialect.HelpScout, "customer.firstName", "there" },
        { "{%user.jobTitle,fallback=%}", "t.md", PlaceholderSyntax.TagVariable, PlaceholderDialect.HelpScout, "user.jobTitle", "" },
        { "{%customer.firstName,fallback=\"valued customer\"%}", "t.md", PlaceholderSyntax.TagVariable, PlaceholderDialect.HelpScout, "customer.firstName", "valued customer" },
        { "${Cases.Contact Name}", "t.md", PlaceholderSyntax.DollarBrace, PlaceholderDialect.Zoho, "Cases.Contact Name", null },
        { "${Cases.CUSTOMER_PORTAL_BUTTON}", "t.txt", PlaceholderSyntax.DollarBrace, PlaceholderDialect.Zoho, "Cases.CUSTOMER_PORTAL_BUTTON", null },
        { "{!Contact.FirstName}", "t.md", PlaceholderSyntax.MergeField, PlaceholderDialect.Salesforce, "Contact.FirstName", null },
        { "{! Case.CaseNumber }", "t.txt", PlaceholderSyntax.MergeField, PlaceholderDialect.Salesforce, "Case.CaseNumber", null },
        { "{!$User.FirstName}", "t.md", PlaceholderSyntax.MergeField, PlaceholderDialect.Salesforce, "$User.FirstName", null },
        { "{!IF(ISBLANK(Contact.FirstName), \"there\", Contact.FirstName)}", "t.md", PlaceholderSyntax.MergeField, PlaceholderDialect.Salesforce, "IF", null },
        { "%{ticket.name.first}", "t.md", PlaceholderSyntax.PercentBrace, PlaceholderDialect.OsTicket, "ticket.name.first", null },
        { "%{signature}", "t.txt", PlaceholderSyntax.PercentBrace, PlaceholderDialect.OsTicket, "signature", null },
        { "#{ticket.customer.firstname}", "t.md", PlaceholderSyntax.HashBrace, PlaceholderDialect.Zammad, "ticket.customer.firstname", null },
        { "[Customer Name]", "t.txt", PlaceholderSyntax.Bracket, PlaceholderDialect.Manual, "Customer Name", null },
        { "<reporter>", "t.md", PlaceholderSyntax.AngleBracket, PlaceholderDialect.Manual, "reporter", null },
        { "<customer name>", "t.txt", PlaceholderSyntax.AngleBracket, PlaceholderDialect.Manual, "customer name", null },
        { "<customer's first name>", "t.md", PlaceholderSyntax.AngleBracket, PlaceholderDialect.Manual, "customer's first name", null },
        { "XXXXX", "t.md", PlaceholderSyntax.FillInMarker, PlaceholderDialect.Manual, "XXXXX", null },
        { "FILLIN", "t.txt", PlaceholderSyntax.FillInMarker, PlaceholderDialect.Manual, "FILLIN", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Finds_each_form_with_its_exact_span_name_fallback_and_dialect(string written, string path, PlaceholderSyntax syntax, PlaceholderDialect dialect, string name, string? fallback)
    {
        var text = $"Hello {written}, and welcome.";

        var document = TemplateParser.Parse(text, path);

        var found = document.Placeholders.ShouldHaveSingleItem();
        found.ShouldSatisfyAllConditions(
            () => found.Syntax.ShouldBe(syntax),
            () => found.Dialect.ShouldBe(dialect),
            () => found.Name.ShouldBe(name),
            () => found.IsWellFormed.ShouldBeTrue(),
            () => document.Text.ToString(found.Span).ShouldBe(written),
            () => found.Fallback.ShouldBe(fallback));
        if (fallback is not null)
        {
            document.Text.ToString(found.FallbackSpan!.Value).ShouldBe(fallback);
        }
        else
        {
            found.FallbackSpan.ShouldBeNull();
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_placeholder_is_one_token_and_its_fallback_is_no_word_of_the_sentence(string written, string path, PlaceholderSyntax syntax, PlaceholderDialect dialect, string name, string? fallback)
    {
        _ = (syntax, dialect, fallback);
        var text = $"Hello {written}, and welcome.";

        var sentence = TemplateParser.Parse(text, path).Sentences.ShouldHaveSingleItem();

        sentence.Tokens.Select(t => t.Kind == WordTokenKind.Placeholder ? "{" + t.Normalized + "}" : t.Normalized)
            .ShouldBe(["hello", "{" + name + "}", "and", "welcome"]);
        sentence.WordCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("{% if ticket.vip %}", "if")]
    [InlineData("{%if ticket.vip%}", "if")]
    [InlineData("{% elsif x %}", "elsif")]
    [InlineData("{% else %}", "else")]
    [InlineData("{%- endif -%}", "endif")]
    [InlineData("{% unless x %}", "unless")]
    [InlineData("{% endunless %}", "endunless")]
    [InlineData("{% case ticket.status %}", "case")]
    [InlineData("{% when 'open' %}", "when")]
    [InlineData("{% endcase %}", "endcase")]
    [InlineData("{% for item in order.items %}", "for")]
    [InlineData("{% endfor %}", "endfor")]
    [InlineData("{% assign greeting = 'Hi' %}", "assign")]
    [InlineData("{% capture note %}", "capture")]
    [InlineData("{% endcapture %}", "endcapture")]
    [InlineData("{% raw %}", "raw")]
    [InlineData("{% endraw %}", "endraw")]
    [InlineData("{% customer.firstName %}", "customer.firstName")]              // a space after '{%': a tag, not Help Scout
    [InlineData("{%subject%}", "subject")]                                       // not dotted: a tag
    public void Liquid_tags_stay_tags_and_print_nothing(string tag, string name)
    {
        var text = $"Hi {tag} there.";

        var found = TemplateParser.Parse(text, "t.md").Placeholders.ShouldHaveSingleItem();

        found.Syntax.ShouldBe(PlaceholderSyntax.Tag);
        found.Dialect.ShouldBe(PlaceholderDialect.Liquid);
        found.Name.ShouldBe(name);
        found.Fallback.ShouldBeNull();
        text.Substring(found.Span.Start, found.Span.Length).ShouldBe(tag);
    }

    [Fact]
    public void A_liquid_comment_is_still_a_comment()
    {
        var document = TemplateParser.Parse("Hi {% comment %}{%customer.firstName%}{% endcomment %} there.", "t.md");

        document.Placeholders.ShouldBeEmpty();
        document.Comments.ShouldHaveSingleItem().Syntax.ShouldBe(CommentSyntax.Liquid);
    }

    [Theory]
    [InlineData("Hi ${Cases.Contact Name, thanks for writing.", "${Cases.Contact Name", "Cases.Contact Name")]
    [InlineData("Hi ${Cases.Contact Name thanks for writing.", "${Cases.Contact Name", "Cases.Contact Name")]
    [InlineData("Hi {!Contact.FirstName, thanks for writing.", "{!Contact.FirstName", "Contact.FirstName")]
    [InlineData("Hi %{ticket.name.first thanks for writing.", "%{ticket.name.first", "ticket.name.first")]
    [InlineData("Hi #{ticket.customer.firstname, thanks for writing.", "#{ticket.customer.firstname", "ticket.customer.firstname")]
    [InlineData("Hi ${Cases.Contact Name\nthanks for writing.", "${Cases.Contact Name", "Cases.Contact Name")]   // never past the line
    [InlineData("Hi {!Contact.FirstName {!Case.CaseNumber} thanks.", "{!Contact.FirstName", "Contact.FirstName")] // nor past a new opener
    public void An_unclosed_single_brace_placeholder_is_malformed_and_ends_after_its_name(string text, string written, string name)
    {
        var document = TemplateParser.Parse(text, "t.md");

        var placeholder = document.Placeholders.First();
        placeholder.IsWellFormed.ShouldBeFalse();
        document.Text.ToString(placeholder.Span).ShouldBe(written);
        placeholder.Name.ShouldBe(name);
        document.Sentences.SelectMany(s => s.Tokens).Select(t => t.Normalized).ShouldContain("thanks");
    }

    [Theory]
    [InlineData("It is 50%{ off.")]
    [InlineData("Costs ${5} or ${price}.")]                          // no Module.Label
    [InlineData("Use ${ Cases.Contact Name } here.")]                 // spaced: not Zoho's
    [InlineData("Wow {! that } was fast.")]
    [InlineData("Tag #{1} and #{ x } and %{ y }.")]
    [InlineData("Ruby's #{t('x')} helper.")]
    [InlineData("Hi %{signature and more.")]                          // unclosed and not dotted: text
    public void Lookalikes_are_not_single_brace_placeholders(string text) =>
        TemplateParser.Parse(text, "t.md").Placeholders.ShouldBeEmpty();

    [Fact]
    public void Zendesk_hash_before_braces_is_a_double_brace_placeholder()
    {
        var found = TemplateParser.Parse("Ticket #{{ticket.id}} is open.", "t.md").Placeholders.ShouldHaveSingleItem();

        found.Syntax.ShouldBe(PlaceholderSyntax.DoubleBrace);
        found.Name.ShouldBe("ticket.id");
    }

    [Theory]
    [InlineData("Thanks, @<reporter>, for the report.", "<reporter>")]
    [InlineData("See #<insert issue> for the fix.", "<insert issue>")]
    [InlineData("Hi <customer name>, your order shipped.", "<customer name>")]
    [InlineData("Thanks,\n<agent name>", "<agent name>")]
    public void An_angle_fill_in_wins_over_inline_HTML_in_Markdown(string text, string written)
    {
        var document = TemplateParser.Parse(text, "t.md");

        var found = document.Placeholders.ShouldHaveSingleItem();
        document.Text.ToString(found.Span).ShouldBe(written);
        var token = document.Sentences.SelectMany(s => s.Tokens).Single(t => t.Kind == WordTokenKind.Placeholder);
        token.Span.ShouldBe(found.Span);
        document.Sentences.SelectMany(s => s.Tokens).ShouldNotContain(t => t.Kind == WordTokenKind.Opaque);
    }

    [Fact]
    public void An_angle_fill_in_alone_on_its_line_is_a_paragraph_not_an_HTML_block()
    {
        var document = TemplateParser.Parse("Thanks for writing.\n\n<agent name>\n", "t.md");

        document.Blocks.Length.ShouldBe(2);
        var sentence = document.Blocks[1].Sentences.ShouldHaveSingleItem();
        sentence.Tokens.ShouldHaveSingleItem().Kind.ShouldBe(WordTokenKind.Placeholder);
        document.Text.ToString(sentence.Span).ShouldBe("<agent name>");
    }

    [Theory]
    [InlineData("Hi <b>Sam</b>,<br> your order is <span class=\"x\">ready</span>.")]
    [InlineData("Tick <input disabled> and open <details open>here</details>.")]
    [InlineData("Write to <help@example.com> or see <https://example.com/help>.")]
    [InlineData("The <status-badge>ok</status-badge> element, and <widget> too.\n\n</widget>")] // closed somewhere: an element
    [InlineData("Hi <Customer Name>, thanks.")]                                                  // not lower case
    [InlineData("Hi <customer  name>, thanks.")]                                                 // two spaces
    [InlineData("Hi <customer name=x>, thanks.")]                                                // an attribute
    [InlineData("Use `git clone <repo url>` to start.")]                                         // code
    [InlineData("```\ngit clone <repo url>\n```\n")]
    [InlineData("Hi <a b c d e f g>, thanks.")]                                                  // too many words
    public void Real_HTML_and_code_keep_their_angle_brackets(string text) =>
        TemplateParser.Parse(text, "t.md").Placeholders.ShouldBeEmpty();

    [Fact]
    public void An_HTML_body_has_no_angle_fill_ins()
    {
        const string text = "<p>Hi <customer name>, thanks. XXXXX</p>";
        var placeholders = new List<Placeholder>();

        PlaceholderScanner.Scan(text, new TextSpan(0, text.Length), placeholders, []);

        placeholders.ShouldHaveSingleItem().Syntax.ShouldBe(PlaceholderSyntax.FillInMarker);
    }

    [Theory]
    [InlineData("Your code is XX.")]
    [InlineData("Your code looks like XXX-XXX.")]
    [InlineData("Your refund of £XXX.XX is on its way.")]
    [InlineData("Sizes run to XXXL.")]
    [InlineData("See https://example.com/TODO/XXX?a=1 now.")]
    [InlineData("Use `XXXXX` as the code.")]
    [InlineData("FILLINS and AFILLIN are words.")]
    public void Formats_words_and_code_are_not_fill_in_markers(string text) =>
        TemplateParser.Parse(text, "t.md").Placeholders.ShouldBeEmpty();

    [Fact]
    public void Placeholders_are_found_after_front_matter_in_plain_text_too()
    {
        const string text = "---\ntitle: x\nplaceholders: helpscout\n---\nHi {%customer.firstName,fallback=there%}, <reporter> XXXXX.\n";

        var document = TemplateParser.Parse(text, "t.txt");

        document.FrontMatter!.Placeholders.ShouldBe("helpscout");
        document.Placeholders.Select(p => p.Syntax).ShouldBe([PlaceholderSyntax.TagVariable, PlaceholderSyntax.AngleBracket, PlaceholderSyntax.FillInMarker]);
    }

    [Fact]
    public void The_dump_shows_a_fallback()
    {
        var dump = TemplateParser.Parse("Hi {{ name | fallback: 'there' }}.", "t.md").Dump();

        dump.ShouldContain("Placeholder DoubleBrace 'name' fallback 'there' (1,4,1,34) 3-33");
    }

    [Fact]
    public void A_reader_that_knows_better_can_set_the_dialect()
    {
        var placeholder = new Placeholder(new TextSpan(0, 5), "first_name", PlaceholderSyntax.DoubleBrace, IsWellFormed: true) { Dialect = PlaceholderDialect.Intercom };

        placeholder.Dialect.ShouldBe(PlaceholderDialect.Intercom);
        (placeholder with { Name = "x" }).Dialect.ShouldBe(PlaceholderDialect.Intercom);
        Placeholder.DialectOf(PlaceholderSyntax.TripleBrace).ShouldBe(PlaceholderDialect.Liquid);
    }

    [Fact]
    public void A_long_run_of_openers_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("${Cases.A %{a.b #{c.d {!E.F <x y XXXX ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var document = TemplateParser.Parse(text, "t.md");

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        document.Placeholders.Length.ShouldBeGreaterThan(0);
    }
}
