using System.Collections.Immutable;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Cli.Tests.EndToEnd;

public sealed class TextFormatterTests
{
    private static readonly DiagnosticDescriptor Rule = new("RL9001", "test-rule", "Test", "'{0}' found.", RuleCategories.Tone, DiagnosticSeverity.Warning, true, "", null);

    private static string Format(DiagnosticSeverity severity, bool useColor)
    {
        var location = new Location("a/b.md", new TextSpan(0, 3), new LinePositionSpan(new LinePosition(2, 5), new LinePosition(2, 8)));
        var diagnostic = new Diagnostic(Rule, location, severity, "'abc' found.", ["abc"], null);
        var result = new LintResult([new TemplateFile("/x/a/b.md", "a/b.md")], [diagnostic]);
        var writer = new StringWriter();
        new MsBuildTextFormatter().Write(new LintReport(result, TimeSpan.FromMilliseconds(1234), useColor), writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, "error", "1 error, 0 warnings, 0 suggestions")]
    [InlineData(DiagnosticSeverity.Warning, "warning", "0 errors, 1 warning, 0 suggestions")]
    [InlineData(DiagnosticSeverity.Suggestion, "info", "0 errors, 0 warnings, 1 suggestion")]
    public void Writes_msbuild_canonical_lines_and_a_summary(DiagnosticSeverity severity, string word, string counts) =>
        Format(severity, useColor: false).ShouldBe($"a/b.md(2,5,2,8): {word} RL9001: 'abc' found.\n1 file linted: {counts} (1.23s)\n");

    [Fact]
    public void Suppressed_findings_are_not_printed_but_their_number_is_told()
    {
        var location = new Location("a/b.md", new TextSpan(0, 3), new LinePositionSpan(new LinePosition(2, 5), new LinePosition(2, 8)));
        var hidden = new Diagnostic(Rule, location, DiagnosticSeverity.Error, "'abc' found.", ["abc"], null).WithSuppression(new Suppression(SuppressionKind.InSource, "why"));
        var result = new LintResult([new TemplateFile("/x/a/b.md", "a/b.md")], []) { Suppressed = [hidden, hidden] };
        var writer = new StringWriter();

        new MsBuildTextFormatter().Write(new LintReport(result, TimeSpan.FromMilliseconds(1234), false), writer);

        writer.ToString().ShouldBe("1 file linted: 0 errors, 0 warnings, 0 suggestions, 2 suppressed (1.23s)\n");
    }

    [Fact]
    public void Colours_only_when_asked()
    {
        Format(DiagnosticSeverity.Error, useColor: true).ShouldContain("\u001b[31merror\u001b[0m RL9001");
        Format(DiagnosticSeverity.Error, useColor: false).ShouldNotContain("\u001b[");
    }
}
