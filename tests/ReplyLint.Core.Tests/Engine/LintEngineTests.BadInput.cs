using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Core.Tests.Engine;

// Bad input never crashes the engine: every case lints without an exception, within a generous hang guard (a guard,
// not a timing assertion), and the test analyzers never fail on what the parser gives them.
public sealed partial class LintEngineTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private const string NestedTooDeeply =
        "the Markdown is nested too deeply to be read (quotes, lists or brackets more than a hundred levels inside one another)";

    public static TheoryData<string, string> BadInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in BadInputNames)
        {
            data.Add(name, ".md");
            data.Add(name, ".txt");
        }

        return data;
    }

    private static readonly string[] BadInputNames =
    [
        "empty", "whitespace-only", "front-matter-only", "front-matter-unclosed", "bom-and-front-matter",
        "random-5000-lines", "quotes-500-deep", "quotes-growing-to-500", "lists-500-deep", "list-markers-500-on-one-line",
        "line-of-200000", "word-of-200000", "unbalanced-braces", "unbalanced-braces-on-one-line", "bracket-runs",
        "parenthesis-run", "colon-run", "liquid-openers", "unclosed-comments", "comments-everywhere", "emphasis-500-deep",
        "emphasis-100000-deep", "control-characters", "unicode-mix", "carriage-returns-only", "yaml-nested-10000-deep",
        "yaml-alias-cycle", "yaml-billion-laughs", "one-megabyte",
    ];

    private static string BadInput(string name) => name switch
    {
        "empty" => "",
        "whitespace-only" => " \t \n\n   \r\n\t\u00A0\u2003\n ",
        "front-matter-only" => "---\nid: refund-late\ntitle: Late refund\ntags: [refund, delay]\n---\n",
        "front-matter-unclosed" => "---\nid: x\ntitle: y\nYou failed to reply.\n",
        "bom-and-front-matter" => "\uFEFF---\ntitle: x\n---\nYou failed to reply.\n",
        "random-5000-lines" => RandomLines(5000, new Random(5000)),
        "quotes-500-deep" => new string('>', 500) + " You failed to reply.\n",
        "quotes-growing-to-500" => Repeat(500, static i => new string('>', i + 1) + " Calm down " + i.ToString(CultureInfo.InvariantCulture) + ".\n"),
        "lists-500-deep" => Repeat(500, static i => new string(' ', i * 2) + "- item " + i.ToString(CultureInfo.InvariantCulture) + " you failed to\n"),
        "list-markers-500-on-one-line" => string.Concat(Enumerable.Repeat("- ", 500)) + "you failed to\n",
        "line-of-200000" => LongLine(200_000),
        "word-of-200000" => new string('a', 200_000),
        "unbalanced-braces" => Repeat(20_000, static i => i % 3 == 0 ? "{{ {{{ x }} {%\n" : "Hi {{ name, {{{ you failed to }}\n"),
        "unbalanced-braces-on-one-line" => string.Concat(Enumerable.Repeat("{{ x {{{ y {% ", 40_000)),
        "bracket-runs" => Repeat(2_000, static _ => "[[[[[ [[[[[[[[[[ ]] [Customer [Name] [[\n") + new string('[', 100_000),
        "parenthesis-run" => "See (" + new string('(', 200_000) + "http://example.com",
        "colon-run" => "a" + string.Concat(Enumerable.Repeat("a:", 100_000)) + " x:" + new string(':', 100_000),
        "liquid-openers" => string.Concat(Enumerable.Repeat("{% comment ", 30_000)) + string.Concat(Enumerable.Repeat("{%", 150_000)),
        "unclosed-comments" => "You failed to. <!-- " + string.Concat(Enumerable.Repeat("{{! {{!-- <!-- ", 20_000)),
        "comments-everywhere" => Repeat(50_000, static i => i % 2 == 0 ? "calm <!-- c --> down {{! x }} " : "{% comment %}x{% endcomment %} you failed to\n"),
        "emphasis-500-deep" => new string('*', 500) + "you failed to" + new string('*', 500),
        "emphasis-100000-deep" => new string('*', 100_000) + "a" + new string('*', 100_000),
        "control-characters" => Repeat(2_000, static i => "You\u0001 failed\u0007 to\u001B[31m reply\u000B\u000C.\u007F\u0085\n"),
        "unicode-mix" => Repeat(2_000, static _ => "Zoë ﷺ 🙏🏽 e\u0301 \u200D\u200B you\u2028failed\u2029to \u202Ereply\u202C. 你好。\n"),
        "carriage-returns-only" => Repeat(5_000, static i => "Line " + i.ToString(CultureInfo.InvariantCulture) + " you failed to.\r"),
        "yaml-nested-10000-deep" => "---\ntags: " + new string('[', 10_000) + "\nmore: " + new string('{', 10_000) + "\n---\nYou failed to reply.\n",
        "yaml-alias-cycle" => "---\nreplylint: &loop { disable: [*loop] }\n---\nYou failed to reply.\n",
        "yaml-billion-laughs" => BillionLaughs(),
        "one-megabyte" => Megabyte(new Random(1024)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such bad input"),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_never_crashes_the_engine(string name, string extension)
    {
        var text = BadInput(name);
        var file = Write(name + extension, text);
        var engine = new LintEngine(
            [new PhraseAnalyzer(), new QuestionAnalyzer(), new DocumentAnalyzer(), new CountingAnalyzer(), new EverythingAnalyzer()],
            new LintOptions { Jobs = 2 });

        var result = await Task.Run(() => engine.Lint([file])).WaitAsync(HangGuard);

        result.Diagnostics.Where(static d => d.Id == "RL0001").ShouldBeEmpty();
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostic.Location.Path.ShouldBe(file.DisplayPath);
            diagnostic.Location.Span.Start.ShouldBeGreaterThanOrEqualTo(0);
            diagnostic.Location.Span.End.ShouldBeLessThanOrEqualTo(text.Length);
            diagnostic.Location.LineSpan.Start.Line.ShouldBeGreaterThanOrEqualTo(1);
            diagnostic.Location.LineSpan.Start.Column.ShouldBeGreaterThanOrEqualTo(1);
            if (diagnostic.Id == "RL0002")
            {
                // The only reason a readable file is not linted: Markdown nested deeper than the Markdown reader goes.
                extension.ShouldBe(".md");
                diagnostic.Message.ShouldBe($"The file was not linted: '{NestedTooDeeply}'.");
            }
        }
    }

    [Fact]
    public async Task Markdown_quotes_500_deep_give_RL0002_and_the_other_files_are_linted()
    {
        var files = new[] { Write("deep.md", BadInput("quotes-500-deep")), Write("fine.md", "You failed to reply.") };

        var result = await Task.Run(() => Engine(new PhraseAnalyzer()).Lint(files)).WaitAsync(HangGuard);

        Lines(result).ShouldBe(
        [
            $"deep.md(1,1,1,1): error RL0002: The file was not linted: '{NestedTooDeeply}'.",
            "fine.md(1,1,1,14): warning TST1001: 'You failed to' is a test phrase.",
        ]);
    }

    [Fact]
    public async Task Plain_text_quotes_500_deep_are_read_as_text()
    {
        var file = Write("deep.txt", BadInput("quotes-500-deep"));

        var result = await Task.Run(() => Engine(new PhraseAnalyzer()).Lint([file])).WaitAsync(HangGuard);

        Lines(result).ShouldBe(["deep.txt(1,502,1,515): warning TST1001: 'You failed to' is a test phrase."]);
    }

    [Theory]
    [InlineData(".md")]
    [InlineData(".txt")]
    public async Task Emphasis_nested_500_deep_is_still_read(string extension)
    {
        var file = Write("deep" + extension, BadInput("emphasis-500-deep"));

        var result = await Task.Run(() => Engine(new PhraseAnalyzer()).Lint([file])).WaitAsync(HangGuard);

        Lines(result).ShouldBe([$"deep{extension}(1,501,1,514): warning TST1001: 'you failed to' is a test phrase."]);
    }

    [Theory]
    [InlineData("yaml-nested-10000-deep", "The front matter could not be read ('collections nested more than 64 levels deep at line 2, column 70'); the body was linted without it.")]
    [InlineData("yaml-alias-cycle", "The front matter could not be read ('the alias '*loop' (aliases are not supported in front matter; write the value out) at line 2, column 30'); the body was linted without it.")]
    [InlineData("yaml-billion-laughs", "The front matter could not be read ('the alias '*l0' (aliases are not supported in front matter; write the value out) at line 3, column 15'); the body was linted without it.")]
    public async Task Pathological_front_matter_gives_RL0004_and_the_body_is_linted(string name, string message)
    {
        var file = Write(name + ".md", BadInput(name));

        var result = await Task.Run(() => Engine(new PhraseAnalyzer()).Lint([file])).WaitAsync(HangGuard);

        result.Diagnostics.Select(static d => d.Id).ShouldBe(["RL0004", "TST1001"]);
        result.Diagnostics[0].Message.ShouldBe(message);
    }

    [Fact]
    public async Task A_one_megabyte_template_is_analyzed()
    {
        var text = BadInput("one-megabyte");
        Encoding.UTF8.GetByteCount(text).ShouldBeGreaterThanOrEqualTo(1024 * 1024);
        var file = Write("big.md", text);

        var result = await Task.Run(() => Engine(new PhraseAnalyzer(), new DocumentAnalyzer()).Lint([file])).WaitAsync(HangGuard);

        result.Diagnostics.Count(static d => d.Id == "TST1001").ShouldBeGreaterThan(1000);
        result.Diagnostics.Count(static d => d.Id == "TST1003").ShouldBe(1);
    }

    [Fact]
    public async Task A_line_of_200000_characters_is_analyzed()
    {
        var file = Write("long.txt", LongLine(200_000));

        var result = await Task.Run(() => Engine(new PhraseAnalyzer()).Lint([file])).WaitAsync(HangGuard);

        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(static d => d.Location.LineSpan.Start.Line == 1);
    }

    private static string Repeat(int count, Func<int, string> line)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(line(i));
        }

        return builder.ToString();
    }

    private static string RandomLines(int lines, Random random)
    {
        const string characters = " \tabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()[]{}<>*_`~#-+=/\\|@$%^&";
        var builder = new StringBuilder();
        for (var line = 0; line < lines; line++)
        {
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
            {
                builder.Append(characters[random.Next(characters.Length)]);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string LongLine(int length)
    {
        string[] words = ["you", "failed", "to", "reply", "calm", "down", "we", "are", "sorry", "{{ name }}", "**bold**", "`code`", "why?"];
        var builder = new StringBuilder(length + 16);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(words[i % words.Length]).Append(' ');
        }

        return builder.ToString(0, length);
    }

    private static string BillionLaughs()
    {
        var builder = new StringBuilder("---\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = $"*l{(level - 1).ToString(CultureInfo.InvariantCulture)}";
            builder.Append(CultureInfo.InvariantCulture, $"l{level}: &l{level} {{ ");
            builder.AppendJoin(", ", Enumerable.Range(0, 9).Select(i => $"k{i.ToString(CultureInfo.InvariantCulture)}: {previous}"));
            builder.Append(" }\n");
        }

        return builder.Append("---\nYou failed to reply.\n").ToString();
    }

    private static string Megabyte(Random random)
    {
        string[] blocks =
        [
            "Hi {{ customer.first_name | default: \"there\" }},\n\n",
            "We're **sorry** that you failed to get the parcel. Is it late?\n\n",
            "- Calm down, [Agent Name] will call you.\n- Use `SAVE10` at https://example.com/help.\n\n",
            "> You failed to\n> reply in time.\n\n",
            "# Heading with you failed to\n\n",
            "```\nyou failed to read the code\n```\n\n",
            "<!-- replylint-disable RL1004 -->\nPlain paragraph {% if vip %}soon{% endif %}, calm *down*.\n\n",
            "1. First [link](https://x.com \"title\") you failed to.\n2. Second {{{ raw }}}.\n\n",
        ];
        var builder = new StringBuilder(1024 * 1024 + 256);
        while (builder.Length < 1024 * 1024)
        {
            builder.Append(blocks[random.Next(blocks.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>Touches everything the parser gives an analyzer, so a bad span or a broken node fails as RL0001.</summary>
    private sealed class EverythingAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule("TST1016", "test-everything")];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterSentenceAction(static c =>
            {
                var text = c.Document.Text;
                _ = text.ToString(c.Sentence.Span);
                _ = text.GetLinePositionSpan(c.Sentence.Span);
                _ = c.Sentence.WordCount;
                foreach (var token in c.Sentence.Tokens)
                {
                    _ = text.GetLinePositionSpan(token.Span);
                    _ = c.Sentence.Text[token.TextStart..token.TextEnd];
                }
            });
            context.RegisterDocumentAction(static c =>
            {
                var document = c.Document;
                _ = document.FrontMatter?.Tags;
                foreach (var block in document.Blocks)
                {
                    _ = document.Text.ToString(block.Span);
                }

                foreach (var placeholder in document.Placeholders)
                {
                    _ = document.Text.ToString(placeholder.Span);
                }

                foreach (var comment in document.Comments)
                {
                    _ = document.Text.ToString(comment.Span);
                }

                foreach (var link in document.Links)
                {
                    _ = document.Text.ToString(link.Span);
                }
            });
        }
    }
}
