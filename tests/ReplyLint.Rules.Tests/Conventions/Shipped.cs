using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;

namespace ReplyLint.Rules.Tests.Conventions;

/// <summary>What the product ships, found by reflection: the rule classes of the rules assembly and their
/// descriptors, plus the tool's own descriptors.</summary>
internal static class Shipped
{
    /// <summary>Every concrete <see cref="ReplyAnalyzer"/> in the rules assembly, by name.</summary>
    public static IReadOnlyList<Type> AnalyzerTypes { get; } =
        [.. typeof(BuiltInRules).Assembly.GetTypes().Where(static t => t.IsSubclassOf(typeof(ReplyAnalyzer)) && !t.IsAbstract).OrderBy(static t => t.Name, StringComparer.Ordinal)];

    /// <summary>The descriptors of the tool and of every rule class that can be created, in ID order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [.. ToolDiagnostics.All.Concat(AnalyzerTypes.Where(static t => t.GetConstructor(Type.EmptyTypes) is not null).SelectMany(static t => Create(t).SupportedDiagnostics))
            .OrderBy(static d => d.Id, StringComparer.Ordinal)];

    /// <summary>The repository root: the nearest folder above the test assembly that holds ReplyLint.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static ReplyAnalyzer Create(Type type) => (ReplyAnalyzer)Activator.CreateInstance(type)!;

    public static Type AnalyzerType(string name) => AnalyzerTypes.Single(t => t.Name == name);

    public static DiagnosticDescriptor Descriptor(string id) => Descriptors.First(d => d.Id == id);

    /// <summary>"missing-next-steps" gives "MissingNextSteps".</summary>
    public static string PascalCase(string kebabName)
    {
        var builder = new StringBuilder(kebabName.Length);
        foreach (var part in kebabName.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return builder.ToString();
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReplyLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ReplyLint.sln.");
    }
}
