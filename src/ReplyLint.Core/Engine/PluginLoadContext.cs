using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;

namespace ReplyLint.Engine;

/// <summary>The load context of one plugin assembly: the plugin's own dependencies come from its folder (as its
/// <c>.deps.json</c> lists them), while ReplyLint.Core, the framework and whatever else the host ships come from the
/// host, so that the plugin's analyzers derive from the very <see cref="Analysis.ReplyAnalyzer"/> type the engine
/// runs and return the same <c>ImmutableArray</c> it reads.</summary>
[RequiresUnreferencedCode(PluginLoader.Why)]
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly string SharedAssembly = typeof(PluginLoadContext).Assembly.GetName().Name!;

    // The assemblies the default context resolves: the framework and the host's own dependencies.
    private static readonly Lazy<HashSet<string>> HostAssemblies = new(static () =>
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SharedAssembly };
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string paths)
        {
            foreach (var path in paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }
        }

        return names;
    });

    private readonly string _directory;
    private readonly AssemblyDependencyResolver? _resolver;

    public PluginLoadContext(string pluginPath)
        : base($"replylint plugin {Path.GetFileName(pluginPath)}")
    {
        _directory = Path.GetDirectoryName(pluginPath)!;
        try
        {
            _resolver = new AssemblyDependencyResolver(pluginPath);
        }
        catch (InvalidOperationException)
        {
            // A .deps.json the host cannot read: fall back to the plugin's folder alone.
            _resolver = null;
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Null sends the request to the default context: ReplyLint.Core must be the host's copy, never one the
        // plugin ships, or its analyzers would derive from a ReplyAnalyzer the engine has never heard of.
        if (assemblyName.Name is null || HostAssemblies.Value.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            var candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
            path = File.Exists(candidate) ? candidate : null;
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
