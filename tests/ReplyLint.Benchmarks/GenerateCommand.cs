using System.Diagnostics;
using System.Globalization;

namespace ReplyLint.Benchmarks;

/// <summary><c>generate &lt;folder&gt; &lt;count&gt; [seed]</c>: writes a corpus of templates to a folder, for the
/// start-up script and for trying the CLI on a large library by hand.</summary>
public static class GenerateCommand
{
    private const string Usage = "usage: generate <folder> <count> [seed]   (the folder must be new or empty)";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count is < 2 or > 3
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1)
        {
            error.WriteLine(Usage);
            return 2;
        }

        var seed = CorpusGenerator.DefaultSeed;
        if (args.Count == 3 && !int.TryParse(args[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            var stats = new CorpusGenerator(seed).WriteTo(args[0], count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {stats} (seed {seed}) in {stopwatch.Elapsed.TotalSeconds:0.0}s"));
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"generate: {exception.Message}");
            return 2;
        }
    }
}
