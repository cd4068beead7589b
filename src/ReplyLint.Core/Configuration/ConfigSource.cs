namespace ReplyLint.Configuration;

/// <summary>A place in a configuration file: the file and the 1-based line and column of a key or value.</summary>
/// <param name="FilePath">The file's absolute path.</param>
/// <param name="DisplayPath">The file's path as reported: relative to the working directory, with <c>/</c>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct ConfigSource(string FilePath, string DisplayPath, int Line, int Column)
{
    /// <summary>The place as messages print it: <c>templates/.replylint.yaml(4,3)</c>.</summary>
    public override string ToString() => $"{DisplayPath}({Line},{Column})";
}

/// <summary>A problem in a configuration file that does not stop the run, such as an unknown rule.</summary>
/// <param name="Source">Where it is.</param>
/// <param name="Message">One sentence ending with a period, such as <c>unknown rule 'RL9999'; it is ignored.</c></param>
public sealed record ConfigWarning(ConfigSource Source, string Message)
{
    /// <summary>The warning as one line: <c>{file}({line},{column}): {message}</c>.</summary>
    public override string ToString() => $"{Source}: {Message}";
}

/// <summary>A file a configuration names (a phrase pack or a plugin), resolved against the configuration's folder.</summary>
/// <param name="FullPath">The absolute path; whether it exists is for the loader of packs or plugins to say.</param>
/// <param name="Source">Where the configuration names it.</param>
public sealed record ConfigReference(string FullPath, ConfigSource Source);
