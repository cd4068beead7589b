using ReplyLint.Engine;

namespace ReplyLint.Cli.Formatters;

/// <summary>Writes a run's findings in one output format.</summary>
internal interface IReportFormatter
{
    void Write(LintReport report, TextWriter writer);
}

/// <summary>What a formatter reports: the result, how long it took, and whether colour is wanted.</summary>
internal sealed record LintReport(LintResult Result, TimeSpan Elapsed, bool UseColor);
