using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ReplyLint.Engine;
using ReplyLint.Rules;

namespace ReplyLint.Benchmarks;

/// <summary>The whole engine pipeline from disk, <see cref="LintEngine.Lint"/>: read, decode, parse, analyze and
/// sort, in parallel over <see cref="Jobs"/> workers. The corpus is written once per process in the global setup
/// and discovered there, so the iterations read it from a warm file cache. One operation is one template.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    private string _folder = string.Empty;
    private ImmutableArray<TemplateFile> _files = [];
    private LintEngine _engine = null!;

    /// <summary>One worker, and one per processor (the CLI's default).</summary>
    public static IEnumerable<int> JobCounts => new[] { 1, Environment.ProcessorCount }.Distinct();

    [ParamsSource(nameof(JobCounts))]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchmarkCorpus.WriteToTemporaryFolder();
        _files = FileDiscovery.Discover([_folder], _folder).Files;
        if (_files.Length != BenchmarkCorpus.FileCount)
        {
            throw new InvalidOperationException($"discovery found {_files.Length} templates, expected {BenchmarkCorpus.FileCount}");
        }

        _engine = new LintEngine(BuiltInRules.All, new LintOptions { Jobs = Jobs });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.FileCount)]
    public int Lint() => _engine.Lint(_files).Diagnostics.Length;
}
