using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Builds small plugin assemblies from C# source, so each way a plugin can go wrong gets an assembly of its
/// own without a project per case.</summary>
internal static class TestPlugins
{
    /// <summary>The sample plugin (samples/Acme.ReplyRules), built with the tests and copied beside them.</summary>
    public static string SamplePlugin { get; } = Path.Combine(AppContext.BaseDirectory, "sample-plugin", "Acme.ReplyRules.dll");

    /// <summary>The usings every plugin source starts with.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Immutable;
        using ReplyLint.Analysis;
        using ReplyLint.Diagnostics;

        """;

    // The framework and ReplyLint.Core, as the test host loaded them: what a real plugin compiles against.
    private static readonly Lazy<MetadataReference[]> HostReferences = new(static () =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. paths
            .Where(static p => Path.GetFileNameWithoutExtension(p) is var name
                && (name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "ReplyLint.Core"))
            .Select(static p => MetadataReference.CreateFromFile(p))];
    });

    /// <summary>Compiles <paramref name="source"/> into <c>{folder}/{assemblyName}.dll</c> and returns its path.</summary>
    /// <param name="references">Further assemblies it references, by path (not copied beside it).</param>
    /// <param name="withCore">False to compile without the host's ReplyLint.Core (to reference a stand-in instead).</param>
    public static string Compile(string folder, string assemblyName, string source, string[]? references = null, bool withCore = true)
    {
        var syntaxTree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var hostReferences = withCore
            ? HostReferences.Value
            : HostReferences.Value.Where(static r => !r.Display!.EndsWith("ReplyLint.Core.dll", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [syntaxTree],
            [.. hostReferences, .. (references ?? []).Select(static r => MetadataReference.CreateFromFile(r))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, assemblyName + ".dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(
                    $"The test plugin {assemblyName} does not compile:\n" + string.Join('\n', result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        return path;
    }

    /// <summary>The source of an analyzer class: a descriptor with <paramref name="id"/> and <paramref name="name"/>,
    /// reported on every document at line 1, after <paramref name="body"/> runs in the document action;
    /// <paramref name="constructor"/> and <paramref name="initialize"/> run first in their methods.</summary>
    public static string Analyzer(string className, string id, string name, string body = "", string constructor = "", string initialize = "") => $$"""
        public sealed class {{className}} : ReplyAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "{{id}}", "{{name}}", "A test rule", "Test finding of {{className}}.", RuleCategories.Tone,
                DiagnosticSeverity.Warning, true, "A rule of a test plugin.", null);

            public {{className}}() { {{constructor}} }

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                {{initialize}}
                context.RegisterDocumentAction(document =>
                {
                    {{body}}
                    document.ReportDocument(Rule);
                });
            }
        }

        """;
}
