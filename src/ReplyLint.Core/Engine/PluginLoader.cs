using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using ReplyLint.Analysis;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>A plugin assembly's analyzers, one instance of each.</summary>
/// <param name="Path">The assembly's path as reported.</param>
/// <param name="Analyzers">The analyzers, ordered by their type's full name.</param>
internal sealed record LoadedPlugin(string Path, ImmutableArray<ReplyAnalyzer> Analyzers)
{
    /// <summary>How messages name one of the plugin's analyzers: <c>plugins/Acme.dll (Acme.Rules.PolicyWording)</c>.</summary>
    public string Describe(ReplyAnalyzer analyzer) => $"{Path} ({analyzer.GetType().FullName})";
}

/// <summary>A plugin could not be loaded. The message is one line that starts with the plugin's path.</summary>
internal sealed class PluginLoadException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>Loads the analyzers of third-party assemblies. Reflection is allowed here and nowhere else: a plugin is
/// found and created by reflection, so the native binary, which has no JIT and no reflection metadata to spare,
/// cannot load one and says so (<see cref="IsSupported"/>).</summary>
internal static class PluginLoader
{
    /// <summary>Why plugin loading is not trim- or AOT-safe, for the attributes.</summary>
    public const string Why = "Plugins are .NET assemblies loaded and instantiated by reflection at run time.";

    /// <summary>Whether this build of the tool can load plugins: the JIT-compiled .NET tool can, the native AOT binary
    /// cannot. It is a constant false in the AOT compiler's eyes, so the loading code behind it is removed there.</summary>
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>Loads the assembly at <paramref name="fullPath"/> in a load context of its own and creates one
    /// instance of each public, non-abstract <see cref="ReplyAnalyzer"/> in it.</summary>
    /// <param name="fullPath">Where the assembly is.</param>
    /// <param name="displayPath">The path messages quote.</param>
    /// <exception cref="PluginLoadException">The file is missing or not a .NET assembly, a dependency is missing, it
    /// holds no analyzer, or an analyzer cannot be created; the message says which, on one line.</exception>
    [RequiresUnreferencedCode(Why)]
    [RequiresDynamicCode(Why)]
    public static LoadedPlugin Load(string fullPath, string displayPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayPath);
        if (!File.Exists(fullPath))
        {
            throw Fail(displayPath, Directory.Exists(fullPath) ? "is a folder" : "no such file", "the path of a plugin assembly (.dll)");
        }

        Assembly assembly;
        try
        {
            _ = AssemblyName.GetAssemblyName(fullPath);
            assembly = new PluginLoadContext(fullPath).LoadFromAssemblyPath(fullPath);
        }
        catch (BadImageFormatException exception)
        {
            throw Fail(displayPath, "not a .NET assembly", "a .dll built from a project that references ReplyLint.Core", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PluginLoadException($"{displayPath}: could not be read: {MessageText.OneLine(exception.Message)}.", exception);
        }

        CheckCoreVersion(assembly, displayPath);
        var analyzers = new List<ReplyAnalyzer>();
        foreach (var type in AnalyzerTypes(assembly, displayPath))
        {
            analyzers.Add(Create(type, displayPath));
        }

        if (analyzers.Count == 0)
        {
            throw Fail(
                displayPath,
                "holds no public, non-abstract ReplyAnalyzer class",
                "at least one, with a public parameterless constructor");
        }

        return new LoadedPlugin(displayPath, [.. analyzers]);
    }

    // A plugin built against a later ReplyLint.Core may call what this one lacks, and fail deep inside a run with a
    // MissingMethodException; say so up front instead.
    [RequiresUnreferencedCode(Why)]
    private static void CheckCoreVersion(Assembly assembly, string displayPath)
    {
        var host = typeof(ReplyAnalyzer).Assembly.GetName();
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (string.Equals(reference.Name, host.Name, StringComparison.OrdinalIgnoreCase)
                && reference.Version is { } wanted && host.Version is { } have && wanted > have)
            {
                throw Fail(
                    displayPath,
                    $"built against {host.Name} {wanted}, newer than this replylint's {have}",
                    "a newer replylint, or the plugin built against this version");
            }
        }
    }

    [RequiresUnreferencedCode(Why)]
    private static IEnumerable<Type> AnalyzerTypes(Assembly assembly, string displayPath)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception exception) when (exception is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw LoadFailure(displayPath, exception);
        }

        return types
            .Where(static t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(ReplyAnalyzer).IsAssignableFrom(t))
            .OrderBy(static t => t.FullName, StringComparer.Ordinal);
    }

    [RequiresUnreferencedCode(Why)]
    private static ReplyAnalyzer Create(Type type, string displayPath)
    {
        var constructor = type.GetConstructor(Type.EmptyTypes);
        if (constructor is null)
        {
            throw Fail(displayPath, $"'{type.FullName}' has no public parameterless constructor", "one, because replylint creates each analyzer itself");
        }

        ReplyAnalyzer analyzer;
        try
        {
            analyzer = (ReplyAnalyzer)constructor.Invoke(null);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw inner is FileNotFoundException or FileLoadException or TypeLoadException
                ? LoadFailure(displayPath, inner)
                : new PluginLoadException(
                    $"{displayPath}: the constructor of '{type.FullName}' threw {inner.GetType().Name}: {MessageText.OneLine(inner.Message)}.", inner);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw LoadFailure(displayPath, exception);
        }

        CheckDescriptors(analyzer, type, displayPath);
        return analyzer;
    }

    [RequiresUnreferencedCode(Why)]
    private static void CheckDescriptors(ReplyAnalyzer analyzer, Type type, string displayPath)
    {
        ImmutableArray<Diagnostics.DiagnosticDescriptor> descriptors;
        try
        {
            descriptors = analyzer.SupportedDiagnostics;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new PluginLoadException(
                $"{displayPath}: SupportedDiagnostics of '{type.FullName}' threw {exception.GetType().Name}: {MessageText.OneLine(exception.Message)}.", exception);
        }

        if (descriptors.IsDefaultOrEmpty || descriptors.Any(static d => d is null))
        {
            throw Fail(displayPath, $"'{type.FullName}' declares no diagnostics, or a null one", "at least one DiagnosticDescriptor in SupportedDiagnostics");
        }
    }

    // A dependency the plugin's folder lacks shows up as the first type that needs it fails to load.
    private static PluginLoadException LoadFailure(string displayPath, Exception exception)
    {
        var cause = exception is ReflectionTypeLoadException { LoaderExceptions: var loaderExceptions }
            ? loaderExceptions.FirstOrDefault(static e => e is not null) ?? exception
            : exception;
        return cause switch
        {
            FileNotFoundException { FileName: { } missing } => Fail(
                displayPath,
                $"needs '{missing}', which could not be found",
                "the plugin's dependencies in its folder ('dotnet publish' puts them there)",
                exception),
            FileLoadException { FileName: { } unloadable } => Fail(
                displayPath,
                $"needs '{unloadable}', which could not be loaded: {MessageText.OneLine(cause.Message).TrimEnd('.')}",
                "the version of it the plugin was built against, in the plugin's folder",
                exception),
            _ => new PluginLoadException($"{displayPath}: a type could not be loaded: {MessageText.OneLine(cause.Message).TrimEnd('.')}.", exception),
        };
    }

    private static PluginLoadException Fail(string displayPath, string problem, string expected, Exception? innerException = null) =>
        new($"{displayPath}: {problem}; expected {expected}.", innerException);

}
