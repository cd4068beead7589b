using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>A file to lint: where it is, and the path it is reported under.</summary>
/// <param name="FullPath">The absolute path. It decides the format and the configuration that applies, so it may name a
/// file that does not exist when <see cref="Text"/> is given.</param>
/// <param name="DisplayPath">The path as reported: relative to the working directory, with <c>/</c>.</param>
public sealed record TemplateFile(string FullPath, string DisplayPath)
{
    /// <summary>The text to lint instead of the file's content (standard input, or a template being fixed); null to
    /// read the file.</summary>
    public SourceText? Text { get; init; }

    /// <summary>Whether the file was named on its own, not found in a folder or by a pattern. A named data file
    /// (<c>.json</c>, <c>.yml</c>, <c>.yaml</c>) that is no template export is reported as RL0002; one found in a folder is
    /// passed over, since a folder of templates may hold other data files.</summary>
    public bool IsExplicit { get; init; }
}
