using System.Collections.Frozen;

namespace ReplyLint.Cli.Formatters;

/// <summary>The names <c>--format</c> accepts and the formatter each stands for.</summary>
internal static class ReportFormats
{
    public const string Default = "text";

    private static readonly FrozenDictionary<string, Func<IReportFormatter>> s_formatters = new Dictionary<string, Func<IReportFormatter>>(StringComparer.Ordinal)
    {
        ["text"] = static () => new MsBuildTextFormatter(),
        ["json"] = static () => new JsonFormatter(),
        ["github"] = static () => new GitHubAnnotationsFormatter(),
        ["gitlab"] = static () => new GitLabCodeQualityFormatter(),
        ["sarif"] = static () => new SarifFormatter(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every format name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", .. s_formatters.Keys.Where(static k => k != "text").Order(StringComparer.Ordinal)];

    public static IReportFormatter Create(string name) => s_formatters[name]();
}
