using System.Globalization;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Cli.Commands;

/// <summary>The <c>--baseline FILE</c> and <c>--update-baseline</c> steps of <c>replylint lint</c>: read the baseline
/// before the run, write it after the run when asked, and take the accepted findings out of the result before any
/// format sees it.</summary>
internal static class LintBaseline
{
    /// <summary>Reads the baseline before the run, so that a bad one fails fast. With <paramref name="update"/>, a
    /// missing file is fine and an unreadable one is replaced (it is read only to keep the entries of files this run
    /// does not lint). False when the run cannot go on; the one-line error is written.</summary>
    public static bool TryLoad(string path, bool update, TextWriter stderr, out Baseline? baseline)
    {
        baseline = null;
        try
        {
            baseline = Baseline.Load(path);
            return true;
        }
        catch (FileNotFoundException) when (update)
        {
            return true;
        }
        catch (FileNotFoundException)
        {
            stderr.WriteLine($"replylint: error: the baseline '{path}' does not exist; create it with --update-baseline");
        }
        catch (BaselineFormatException exception) when (update)
        {
            stderr.WriteLine($"replylint: warning: '{path}' is not a ReplyLint baseline ({exception.Message}); it is replaced");
            return true;
        }
        catch (BaselineFormatException exception)
        {
            stderr.WriteLine($"replylint: error: '{path}' is not a ReplyLint baseline: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"replylint: error: could not read the baseline '{path}': {exception.Message.TrimEnd('.')}");
        }

        return false;
    }

    /// <summary>After the run: writes the baseline when <paramref name="update"/> asks for it (every finding of the run,
    /// so the run then reports none), then compares the result with it. Null when the baseline could not be written;
    /// the one-line error is written.</summary>
    public static LintResult? Apply(LintResult result, string path, bool update, Baseline? baseline, bool runFailed, LintOptions options, TextWriter stderr)
    {
        if (update)
        {
            if (runFailed)
            {
                stderr.WriteLine($"replylint: error: the baseline '{path}' was not updated, because of the errors above");
                return null;
            }

            var previous = baseline;
            baseline = Baseline.Create(path, result, previous);
            try
            {
                AtomicFile.WriteAllText(path, baseline.ToJson());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"replylint: error: could not write the baseline to '{path}': {exception.Message.TrimEnd('.')}");
                return null;
            }

            var kept = baseline.Entries.Length - result.Diagnostics.Length;
            var keptNote = kept > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({kept} of them kept for files this run did not lint)") : "";
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replylint: wrote {Count(baseline.Entries.Length, "finding")} to '{path}'{keptNote}"));
        }

        return baseline!.Apply(result, options.SeverityOf(ToolDiagnostics.StaleBaselineEntry)).Result;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
