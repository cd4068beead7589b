using System.Collections.Immutable;
using ReplyLint.Diagnostics;
using ReplyLint.Rules;

namespace ReplyLint.Cli.Commands;

/// <summary>Every rule the tool ships (its own and the built-in ones), in ID order, and their docs pages.</summary>
internal static class RuleCatalog
{
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [.. ToolDiagnostics.All.Concat(BuiltInRules.All.SelectMany(static a => a.SupportedDiagnostics)).DistinctBy(static d => d.Id).OrderBy(static d => d.Id, StringComparer.Ordinal)];

    public static DiagnosticDescriptor? Find(string idOrName) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Id, idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The docs page shipped inside the tool, or null when the rule has none.</summary>
    public static string? DocsPage(string id)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream($"docs/{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
