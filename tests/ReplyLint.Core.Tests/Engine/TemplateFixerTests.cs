using System.Collections.Immutable;
using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Engine;

public sealed class TemplateFixerTests
{
    private static readonly TemplateFile File = new("/templates/reply.md", "reply.md");

    private static FixOutcome Fix(string text, params ReplyAnalyzer[] analyzers) =>
        TemplateFixer.Fix(new LintEngine(analyzers), File, new SourceText(text));

    [Fact]
    public void Fixing_repeats_until_no_fix_is_left()
    {
        // "xx" → "x" everywhere: overlapping findings wait for the next round, so eight x's take three rounds.
        var outcome = Fix("xxxxxxxx\n", new TextAnalyzer("xx", "x"));

        outcome.Text.Text.ShouldBe("x\n");
        outcome.Rounds.ShouldBe(3);
        outcome.FixesApplied.ShouldBe(4 + 2 + 1);
        outcome.Problem.ShouldBeNull();
        outcome.IsChanged.ShouldBeTrue();
    }

    [Fact]
    public void A_template_with_nothing_to_fix_is_left_as_it_is()
    {
        var outcome = Fix("Nothing here.\n", new TextAnalyzer("xx", "x"));

        outcome.IsChanged.ShouldBeFalse();
        outcome.Rounds.ShouldBe(0);
        outcome.FixesApplied.ShouldBe(0);
    }

    [Fact]
    public void Fixes_that_never_settle_stop_at_the_bound_with_a_problem()
    {
        var outcome = TemplateFixer.Fix(new LintEngine([new TextAnalyzer("!", "!!")]), File, new SourceText("Hi!\n"), maxRounds: 4);

        outcome.Rounds.ShouldBe(4);
        outcome.Text.Text.ShouldBe("Hi!!!!!!!!!!!!!!!!\n"); // the text of the last round
        outcome.Problem.ShouldBe("fixes were still changing the text after 4 rounds; the text of the last round is kept");
    }

    [Fact]
    public void Fixes_that_undo_one_another_stop_with_a_problem()
    {
        var outcome = Fix("ping\n", new TextAnalyzer("ping", "pong"), new TextAnalyzer("pong", "ping", "TST7102"));

        outcome.Text.Text.ShouldBe("pong\n");
        outcome.Problem.ShouldBe("fixes undo one another, bringing back an earlier text; the text before that is kept");
    }

    [Fact]
    public void A_suppressed_finding_is_not_fixed()
    {
        var outcome = Fix("<!-- replylint-disable-next-line TST7101 -->\nxx here.\n\nxx there.\n", new TextAnalyzer("xx", "x"));

        outcome.Text.Text.ShouldBe("<!-- replylint-disable-next-line TST7101 -->\nxx here.\n\nx there.\n");
    }

    [Fact]
    public void A_rule_turned_off_for_the_file_is_not_fixed()
    {
        var off = new FileSettings(ImmutableDictionary<string, DiagnosticSeverity>.Empty.Add("TST7101", DiagnosticSeverity.None), AnalyzerOptions.Empty);
        var engine = new LintEngine([new TextAnalyzer("xx", "x")], new LintOptions { SettingsFor = path => path == File.FullPath ? off : FileSettings.Default });

        TemplateFixer.Fix(engine, File, new SourceText("xx\n")).IsChanged.ShouldBeFalse();
        TemplateFixer.Fix(engine, File with { FullPath = "/elsewhere/reply.md" }, new SourceText("xx\n")).Text.Text.ShouldBe("x\n");
    }

    [Fact]
    public void The_fixed_text_keeps_the_encoding_and_byte_order_mark()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);

        var outcome = TemplateFixer.Fix(new LintEngine([new TextAnalyzer("xx", "x")]), File, new SourceText("xx\r\n", utf16, hasByteOrderMark: true));

        outcome.Text.Text.ShouldBe("x\r\n");
        outcome.Text.Encoding.ShouldBeSameAs(utf16);
        outcome.Text.HasByteOrderMark.ShouldBeTrue();
    }

    [Fact]
    public void The_file_is_never_read_while_fixing()
    {
        // The path does not exist: every round lints the text in hand.
        var outcome = TemplateFixer.Fix(new LintEngine([new TextAnalyzer("xx", "x")]), new TemplateFile("/no/such/folder/a.txt", "a.txt"), new SourceText("xx\n"));

        outcome.Text.Text.ShouldBe("x\n");
    }

    /// <summary>Reports every occurrence of a string (overlapping ones too) with a fix that replaces it.</summary>
    private sealed class TextAnalyzer(string find, string replacement, string id = "TST7101") : ReplyAnalyzer
    {
        private readonly DiagnosticDescriptor _descriptor =
            new(id, "test-text-" + id[^1], "A test rule", "'{0}' is a test finding.", RuleCategories.Hygiene, DiagnosticSeverity.Warning, true, "For the fix tests.", null);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_descriptor];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(document =>
        {
            var text = document.Document.Text.Text;
            for (var at = text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, find.Length);
                document.Report(_descriptor, span, ReplyLint.Diagnostics.Fix.Replace(span, replacement), find);
            }
        });
    }
}
