namespace ReplyLint.Benchmarks;

/// <summary>The corpus every throughput benchmark runs over: the first <see cref="FileCount"/> templates of
/// <see cref="CorpusGenerator.DefaultSeed"/>, the same in memory and on disk.</summary>
public static class BenchmarkCorpus
{
    /// <summary>How many templates; every throughput benchmark counts one operation per template.</summary>
    public const int FileCount = 10_000;

    private static readonly Lazy<CorpusStats> LazyStats = new(static () => CorpusStats.Of(Templates()));

    /// <summary>Sizes of the corpus, for the MB/s column (computed once, in whichever process asks).</summary>
    public static CorpusStats Stats => LazyStats.Value;

    /// <summary>The templates, generated in memory.</summary>
    public static IEnumerable<GeneratedTemplate> Templates() => new CorpusGenerator().Generate(FileCount);

    /// <summary>Writes the corpus to a new folder under the temporary folder and returns its path.</summary>
    public static string WriteToTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "replylint-bench-" + Guid.NewGuid().ToString("N")[..12]);
        new CorpusGenerator().WriteTo(folder, FileCount);
        return folder;
    }
}
