using System.Collections.Immutable;
using ReplyLint.Configuration;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Cli.Commands;

/// <summary>Standard input, read as the template <c>--stdin-filename</c> names.</summary>
/// <param name="File">The template: the name's full path and displayed path, with the text read.</param>
/// <param name="IsExcluded">Whether the configuration excludes the name, so nothing is linted.</param>
internal sealed record StdinTemplate(TemplateFile File, bool IsExcluded)
{
    /// <summary>The text read.</summary>
    public SourceText Text => File.Text!;

    /// <summary>What the run lints: the template, or nothing when it is excluded.</summary>
    public DiscoveryResult Discovery => new(IsExcluded ? [] : [File], ImmutableArray<string>.Empty);
}

/// <summary><c>--stdin</c>: lints standard input as if it were the file <c>--stdin-filename</c> names, which need not
/// exist. The name gives the format (<c>.md</c> Markdown, anything else plain text), the configuration that applies
/// (as for a file in that folder: its <c>.replylint.yaml</c> files, overrides and excludes) and the path reported.</summary>
internal static class LintStdin
{
    /// <summary>The name standard input is linted as when <c>--stdin-filename</c> is not given.</summary>
    public const string DefaultFileName = "stdin.md";

    /// <summary>Reads standard input; null after an error (told on stderr): too large, not text, or a configuration
    /// that cannot be read.</summary>
    public static StdinTemplate? Read(ConfigResolver configs, string name, Func<Stream> open, long maxBytes, string workingDirectory, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            stderr.WriteLine("replylint: error: --stdin-filename takes a file name, not an empty string.");
            return null;
        }

        var fullPath = Path.GetFullPath(name, workingDirectory);
        var displayPath = FileDiscovery.DisplayPath(fullPath, workingDirectory);
        bool excluded;
        try
        {
            excluded = configs.IsExcluded(fullPath);
        }
        catch (ConfigException exception)
        {
            stderr.WriteLine($"replylint: error: {exception.Message}");
            return null;
        }

        byte[] bytes;
        try
        {
            using var input = open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    stderr.WriteLine($"replylint: error: standard input is over the {FileReader.FormatSize(maxBytes)} limit for a template (raise the limit with --max-file-size)");
                    return null;
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stderr.WriteLine($"replylint: error: standard input could not be read: {exception.Message.TrimEnd('.')}");
            return null;
        }

        if (!FileReader.TryDecode(bytes, out var text, out var problem))
        {
            stderr.WriteLine($"replylint: error: standard input could not be read as a template: {problem}");
            return null;
        }

        if (excluded)
        {
            stderr.WriteLine($"replylint: warning: '{displayPath}' is excluded by the configuration; standard input was not linted");
        }

        return new StdinTemplate(new TemplateFile(fullPath, displayPath) { Text = text, IsExplicit = true }, excluded);
    }

    /// <summary>Writes <paramref name="text"/> to standard output: on the console, as bytes in its own encoding with
    /// the byte-order mark it came with; to any other writer, as text.</summary>
    public static void WriteText(TextWriter stdout, SourceText text)
    {
        if (ReferenceEquals(stdout, Console.Out))
        {
            stdout.Flush();
            using var raw = Console.OpenStandardOutput();
            raw.Write(LintFixes.Encode(text));
            raw.Flush();
        }
        else
        {
            stdout.Write(text.Text);
        }
    }
}
