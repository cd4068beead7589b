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
}
