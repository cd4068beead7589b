using System.Collections.Immutable;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Builds a <see cref="LintReport"/> by hand, for formatter tests that need findings the sample library
/// does not have: hostile text, or more of one kind than a format shows.</summary>
internal sealed class ReportBuilder
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL9001", "test-rule", "Test rule", "'{0}' found.", RuleCategories.Tone, DiagnosticSeverity.Warning, true, "", new Uri("https://example.com/rules/RL9001.md"));

    private readonly List<TemplateFile> _files = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, SourceText> _sources = new(StringComparer.Ordinal);

    public ReportBuilder File(string path, string text)
    {
        _files.Add(new TemplateFile("/project/" + path, path));
        _sources[path] = new SourceText(text);
        return this;
    }

    /// <summary>A finding on the <paramref name="length"/> code units at <paramref name="start"/> of a file added before.</summary>
    public ReportBuilder Finding(string path, int start, int length, DiagnosticSeverity severity = DiagnosticSeverity.Warning, string? message = null, Fix? fix = null, DiagnosticDescriptor? rule = null)
    {
        var source = _sources[path];
        var span = new TextSpan(start, length);
        var found = source.ToString(span);
        var location = new Location(path, span, source.GetLinePositionSpan(span));
        _diagnostics.Add(new Diagnostic(rule ?? Rule, location, severity, message ?? $"'{found}' found.", [found], fix));
        return this;
    }

    /// <summary><paramref name="count"/> findings at <paramref name="severity"/>, one a line of a file of that many lines.</summary>
    public ReportBuilder Many(string path, int count, DiagnosticSeverity severity)
    {
        var text = string.Concat(Enumerable.Range(1, count).Select(static i => $"line {i:000}\n"));
        File(path, text);
        for (var i = 0; i < count; i++)
        {
            Finding(path, i * 9, 8, severity);
        }

        return this;
    }

    public LintReport Build(IReadOnlyDictionary<string, string>? environment = null, TextWriter? errorOutput = null)
    {
        var diagnostics = _diagnostics.ToList();
        diagnostics.Sort(DiagnosticOrder.Instance);
        var files = _files.OrderBy(static f => f.DisplayPath, StringComparer.Ordinal).ToImmutableArray();
        var result = new LintResult(files, [.. diagnostics])
        {
            Sources = _sources.ToImmutableDictionary(StringComparer.Ordinal),
        };
        return new LintReport(result, TimeSpan.FromMilliseconds(1234), UseColor: false)
        {
            WorkingDirectory = "/project",
            ProjectRoot = "/project",
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
            ErrorOutput = errorOutput ?? TextWriter.Null,
        };
    }

    public static string Format(IReportFormatter formatter, LintReport report)
    {
        var writer = new StringWriter();
        formatter.Write(report, writer);
        return writer.ToString();
    }
}
