using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using ReplyLint.Engine;
using ReplyLint.Fixes;
using ReplyLint.Parsing;
using ReplyLint.Text;

namespace ReplyLint.Rules.Tests.Fixes;

/// <summary>Properties of fixing, over templates put together from fragments: sentences with fixable wording (stock
/// lines, vague time frames, shouting, condescending adverbs, broken placeholders), sentences with none, placeholders,
/// comments, code, front matter; LF or CRLF, with or without a byte-order mark and a final line break.</summary>
public sealed class FixPropertyTests
{
    // Modest, so the suite stays fast; each sample is a few lint rounds of a small template.
    private const int Iterations = 150;

    private static readonly LintEngine Engine = new(BuiltInRules.All);

    // Whole sentences, each fixable by one rule or another (RL1004 lines with a suggest:, RL2004 at a clause end,
    // RL1007, RL1006, RL3001).
    private static readonly string[] Fixable =
    [
        "We apologize for any inconvenience this may have caused.",
        "Please do not hesitate to contact us.",
        "Thank you for bringing this to our attention.",
        "We can't change the plan at this point in time.",
        "Our warehouse will ship it as soon as possible.",
        "The courier will call you shortly.",
        "We'll get back to you.",
        "PLEASE MAKE SURE someone is at home.",
        "Your parcel is here!!",
        "Thanks so much!!!",
        "Simply click **Export** to download it.",
        "The steps are clearly explained in the guide.",
        "Hi {{customer.first_name},",
    ];

    // Sentences no rule fixes; some are flagged, none has a fix.
    private static readonly string[] Plain =
    [
        "I'm sorry your order {{ order.number }} is late.",
        "I've refunded the second charge today.",
        "Reply STOP to stop these messages.",
        "Your parcel left the depot this morning.",
        "You can follow it on the [tracking page](https://example.com/track).",
        "We value your business.",
        "[Agent Name] will call you on Friday.",
    ];

    // Things that are never prose, holding wording that would be fixed if it were.
    private static readonly string[] Comments =
    [
        "<!-- We apologize for any inconvenience this may have caused!! -->",
        "{{!-- PLEASE do not hesitate to contact us --}}",
    ];

    private static readonly string[] InlineCode = ["`Please do not hesitate to contact us!!`", "`{{ order.number }`"];

    private static readonly Gen<Piece> FixableSentence = Gen.OneOf(Fixable).Select(static s => new Piece(s, true));
    private static readonly Gen<Piece> PlainSentence = Gen.OneOf(Plain).Select(static s => new Piece(s, false));
    private static readonly Gen<Piece> Comment = Gen.OneOf(Comments).Select(static s => new Piece(s, false));

    private static readonly Gen<Template> Templates =
        Gen.Select(Gen.Bool, Gen.OneOf("\n", "\r\n"), Gen.Bool, Gen.Bool, Gen.Bool, Paragraphs())
            .Select(static (markdown, lineBreak, bom, finalLineBreak, frontMatter, paragraphs) =>
                Template.Create(markdown, lineBreak, bom, finalLineBreak, frontMatter, paragraphs));

    [Fact]
    public void Fixing_twice_gives_what_fixing_once_gives() =>
        Templates.Sample(
            template =>
            {
                var once = Fix(template);
                once.Problem.ShouldBeNull();
                var twice = TemplateFixer.Fix(Engine, template.File, once.Text);
                twice.IsChanged.ShouldBeFalse();
                twice.Problem.ShouldBeNull();
            },
            iter: Iterations,
            print: static t => t.ToString());

    [Fact]
    public void A_fixed_template_has_no_fixable_finding_left() =>
        Templates.Sample(
            template =>
            {
                var outcome = Fix(template);
                var left = Engine.LintFile(template.File with { Text = outcome.Text });
                var application = FixApplier.Apply(TemplateParser.Parse(outcome.Text, template.File.DisplayPath, template.Format), left);
                application.Applied.ShouldBeEmpty();

                // What is left with a fix is what lies where fixes never go (code, comments, placeholders).
                application.Deferred.ShouldBeEmpty();
                left.Where(d => d.Fix is not null).ShouldAllBe(d => application.Refused.Contains(d));
            },
            iter: Iterations,
            print: static t => t.ToString());

    [Fact]
    public void Fixing_changes_nothing_but_the_fixable_sentences() =>
        Templates.Sample(
            template =>
            {
                var fixedText = Fix(template).Text.Text;

                // The fixed text is the template with each fixable sentence replaced by something, and every other piece
                // (front matter, code, comments, placeholders, other sentences, spaces and line breaks) as it was.
                var pattern = new StringBuilder("^");
                foreach (var piece in template.Pieces)
                {
                    pattern.Append(piece.Fixable ? "(?s:.*?)" : Regex.Escape(piece.Text));
                }

                Regex.IsMatch(fixedText, pattern.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(10))
                    .ShouldBeTrue($"text outside the fixable sentences changed:\n{Escape(fixedText)}");
            },
            iter: Iterations,
            print: static t => t.ToString());

    [Fact]
    public void Fixing_keeps_the_byte_order_mark_the_line_breaks_and_the_final_line_break() =>
        Templates.Sample(
            template =>
            {
                var text = Fix(template).Text;
                text.HasByteOrderMark.ShouldBe(template.Bom);
                text.Encoding.ShouldBeSameAs(template.Source.Encoding);
                text.Text.EndsWith(template.LineBreak, StringComparison.Ordinal).ShouldBe(template.FinalLineBreak);
                var lone = template.LineBreak == "\n" ? Regex.IsMatch(text.Text, "\r") : Regex.IsMatch(text.Text, "\r(?!\n)|(?<!\r)\n");
                lone.ShouldBeFalse($"a line break other than the template's own:\n{Escape(text.Text)}");
            },
            iter: Iterations,
            print: static t => t.ToString());

    private static FixOutcome Fix(Template template) => TemplateFixer.Fix(Engine, template.File, template.Source);

    // A paragraph: one to three sentences, soft-wrapped or not, or (in Markdown) a code block.
    private static Gen<Paragraph[]> Paragraphs()
    {
        var sentences = Gen.Frequency((3, FixableSentence), (2, PlainSentence), (1, Comment), (1, Gen.OneOf(InlineCode).Select(static s => new Piece(s, false))));
        var paragraph = Gen.Select(sentences.Array[1, 3], Gen.Bool, static (items, wrap) => new Paragraph(items, wrap));
        var codeBlock = Gen.Const(new Paragraph([new Piece("```\nWe apologize for any inconvenience this may have caused!!\n```", false)], false));
        return Gen.Frequency((6, paragraph), (1, codeBlock)).Array[1, 5];
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n\n", StringComparison.Ordinal);

    /// <summary>A piece of a generated template, and whether fixing may change it.</summary>
    private sealed record Piece(string Text, bool Fixable);

    /// <summary>The sentences (or code block) of a paragraph, and whether a line break or a space separates them.</summary>
    private sealed record Paragraph(Piece[] Items, bool Wrap);

    /// <summary>A generated template: its pieces (line breaks already the template's own) and how it is written.</summary>
    private sealed record Template(Piece[] Pieces, bool Markdown, string LineBreak, bool Bom, bool FinalLineBreak)
    {
        public string Text => string.Concat(Pieces.Select(static p => p.Text));

        public TemplateFile File => new(Markdown ? "/generated/reply.md" : "/generated/reply.txt", Markdown ? "reply.md" : "reply.txt");

        public ReplyLint.Syntax.TemplateFormat Format => Markdown ? ReplyLint.Syntax.TemplateFormat.Markdown : ReplyLint.Syntax.TemplateFormat.PlainText;

        // Decoded from bytes, as a file is, so the encoding and byte-order mark are the reader's own.
        public SourceText Source
        {
            get
            {
                var bytes = Encoding.UTF8.GetBytes(Text);
                FileReader.TryDecode(Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes, out var source, out var problem).ShouldBeTrue(problem);
                return source!;
            }
        }

        public static Template Create(bool markdown, string lineBreak, bool bom, bool finalLineBreak, bool frontMatter, Paragraph[] paragraphs)
        {
            var pieces = new List<Piece>();
            if (frontMatter)
            {
                pieces.Add(new Piece("---\ntitle: We apologize for any inconvenience this may have caused\ntags: [SHOUTING, soon]\n---\n", false));
            }

            for (var i = 0; i < paragraphs.Length; i++)
            {
                // Code and inline code are Markdown's; in a plain-text template they would be prose.
                var items = markdown ? paragraphs[i].Items : [.. paragraphs[i].Items.Where(static p => !p.Text.Contains('`', StringComparison.Ordinal))];
                if (items.Length == 0)
                {
                    continue;
                }

                // In Markdown a line that opens with an HTML comment starts an HTML block, where backticks are not code and
                // a broken placeholder may rightly be mended: a comment never opens a line here.
                var opensHtml = (Piece item) => markdown && item.Text.StartsWith("<!--", StringComparison.Ordinal);
                if (opensHtml(items[0]))
                {
                    items = [new Piece(Plain[3], false), .. items];
                }

                if (pieces.Count > 0 && !(frontMatter && pieces.Count == 1))
                {
                    pieces.Add(new Piece("\n\n", false));
                }

                for (var k = 0; k < items.Length; k++)
                {
                    if (k > 0)
                    {
                        pieces.Add(new Piece(paragraphs[i].Wrap && !opensHtml(items[k]) ? "\n" : " ", false));
                    }

                    pieces.Add(items[k]);
                }
            }

            // A template of front matter alone would end in its closing line's break whatever the case says.
            if (pieces.Count == 0 || (frontMatter && pieces.Count == 1))
            {
                pieces.Add(new Piece(Plain[1], false));
            }

            if (finalLineBreak)
            {
                pieces.Add(new Piece("\n", false));
            }

            var written = pieces.Select(p => p with { Text = p.Text.Replace("\n", lineBreak, StringComparison.Ordinal) }).ToArray();
            return new Template(written, markdown, lineBreak, bom, finalLineBreak);
        }

        public override string ToString() =>
            $"{(Markdown ? "reply.md" : "reply.txt")}, {(LineBreak == "\n" ? "LF" : "CRLF")}, {(Bom ? "BOM" : "no BOM")}, {(FinalLineBreak ? "final line break" : "no final line break")}:\n{Escape(Text)}";
    }
}
