namespace ReplyLint.Engine;

/// <summary>A file to lint: where it is, and the path it is reported under.</summary>
/// <param name="FullPath">The absolute path.</param>
/// <param name="DisplayPath">The path as reported: relative to the working directory, with <c>/</c>.</param>
public sealed record TemplateFile(string FullPath, string DisplayPath);
