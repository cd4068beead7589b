using System.Globalization;
using System.Text;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Cli.Commands;

/// <summary>One template's fixes: what was read, and what fixing made of it.</summary>
/// <param name="File">The template.</param>
/// <param name="Bytes">The bytes read (the expected content when the file is replaced).</param>
/// <param name="Outcome">The fixed text and how it was reached.</param>
internal sealed record TemplateFix(TemplateFile File, byte[] Bytes, FixOutcome Outcome);

/// <summary>How many fixes were made, in how many files, and whether a file could not be written.</summary>
internal sealed record FixTotals(int Fixes, int Files, bool Failed);

/// <summary><c>--fix</c> and <c>--fix-dry-run</c>: fixes every template until no fix is left (<see cref="TemplateFixer"/>),
/// then writes the files that changed, or prints the changes as a diff.</summary>
internal static class LintFixes
{
    /// <summary>Reads and fixes <paramref name="files"/> (those that hold a text already are not read), several at once,
    /// in file order. A file that cannot be read or decoded is left out: the lint that follows reports it (RL0002).</summary>
    public static List<TemplateFix> Compute(LintEngine engine, IReadOnlyList<TemplateFile> files, CancellationToken cancellationToken)
    {
        var fixes = new TemplateFix?[files.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, engine.Options.Jobs), CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallelism, i =>
        {
            var file = files[i];
            var (text, bytes) = file.Text is { } given ? (given, Encode(given)) : Read(file.FullPath, engine.Options.MaxFileBytes);
            if (text is not null)
            {
                fixes[i] = new TemplateFix(file, bytes!, TemplateFixer.Fix(engine, file with { Text = null }, text, cancellationToken: cancellationToken));
            }
        });

        return [.. fixes.OfType<TemplateFix>()];
    }

    /// <summary>Says on <paramref name="stderr"/> where fixing stopped early; those texts are still used.</summary>
    public static void WarnUnsettled(IEnumerable<TemplateFix> fixes, TextWriter stderr)
    {
        foreach (var fix in fixes)
        {
            if (fix.Outcome.Problem is { } problem)
            {
                stderr.WriteLine($"replylint: warning: fixing '{fix.File.DisplayPath}' stopped early: {problem}");
            }
        }
    }

    /// <summary>Writes every changed file in place, atomically, in its own encoding. A read-only file, or one that cannot
    /// be written, is an error (the others are still written); a file that changed since it was read is left alone with
    /// a warning.</summary>
    /// <param name="fixes">The fixes, from <see cref="Compute"/>.</param>
    /// <param name="stderr">Where problems are told.</param>
    /// <param name="beforeWrite">Called with a file's full path just before it is written (tests change the file there).</param>
    public static FixTotals Write(IEnumerable<TemplateFix> fixes, TextWriter stderr, Action<string>? beforeWrite = null)
    {
        int fixCount = 0, fileCount = 0;
        var failed = false;
        foreach (var fix in fixes)
        {
            if (!fix.Outcome.IsChanged)
            {
                continue;
            }

            var path = fix.File.DisplayPath;
            try
            {
                if (AtomicFile.IsReadOnly(fix.File.FullPath))
                {
                    var count = fix.Outcome.FixesApplied;
                    stderr.WriteLine($"replylint: error: '{path}' is read-only; {Count(count, "fix", "fixes")} {(count == 1 ? "was" : "were")} not written to it");
                    failed = true;
                    continue;
                }

                beforeWrite?.Invoke(fix.File.FullPath);
                if (AtomicFile.Replace(fix.File.FullPath, Encode(fix.Outcome.Text), fix.Bytes) == ReplaceOutcome.ChangedOnDisk)
                {
                    stderr.WriteLine($"replylint: warning: '{path}' changed on disk while it was being fixed; left as it is");
                    continue;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EncoderFallbackException)
            {
                stderr.WriteLine($"replylint: error: could not write the fixes to '{path}': {exception.Message.TrimEnd('.')}");
                failed = true;
                continue;
            }

            fixCount += fix.Outcome.FixesApplied;
            fileCount++;
        }

        return new FixTotals(fixCount, fileCount, failed);
    }

    /// <summary>Writes the changes as a unified diff, file by file, then the line <c>would apply N fixes in M files</c>.</summary>
    public static FixTotals WriteDiff(IEnumerable<TemplateFix> fixes, TextWriter writer)
    {
        int fixCount = 0, fileCount = 0;
        foreach (var fix in fixes)
        {
            if (fix.Outcome.IsChanged)
            {
                UnifiedDiff.Write(writer, fix.File.DisplayPath, fix.Outcome.Original.Text, fix.Outcome.Text.Text);
                fixCount += fix.Outcome.FixesApplied;
                fileCount++;
            }
        }

        writer.Write($"would apply {Count(fixCount, "fix", "fixes")} in {Count(fileCount, "file", "files")}\n");
        return new FixTotals(fixCount, fileCount, false);
    }

    /// <summary>The text as bytes in its own encoding, with the byte-order mark it was read with.</summary>
    /// <exception cref="EncoderFallbackException">The text holds a lone surrogate, which its encoding cannot write.</exception>
    public static byte[] Encode(SourceText text)
    {
        var preamble = text.HasByteOrderMark ? text.Encoding.GetPreamble() : [];
        if (text.HasByteOrderMark && preamble.Length == 0 && text.Encoding is UTF8Encoding)
        {
            preamble = [0xEF, 0xBB, 0xBF];
        }

        var body = text.Encoding.GetBytes(text.Text);
        return [.. preamble, .. body];
    }

    /// <summary>"1 fix", "3 fixes".</summary>
    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    private static (SourceText? Text, byte[]? Bytes) Read(string path, long maxBytes)
    {
        try
        {
            if (new FileInfo(path).Length > maxBytes)
            {
                return (null, null);
            }

            var bytes = File.ReadAllBytes(path);
            return FileReader.TryDecode(bytes, out var text, out _) ? (text, bytes) : (null, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, null);
        }
    }
}
