using BenchmarkDotNet.Attributes;
using ReplyLint.Analysis;
using ReplyLint.Engine;
using ReplyLint.Rules;
using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Tone;

namespace ReplyLint.Benchmarks;

/// <summary>What a run pays once before the first file: building the engine (every analyzer's Initialize, and all
/// phrase patterns expanded and compiled into one matcher), and reading the built-in phrase lists from their
/// embedded YAML (done once per process, in the rules' static initializers, so not part of the first).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
[MinColumn]
[MedianColumn]
public class EngineBenchmarks
{
    [Benchmark]
    public LintEngine ConstructEngine() => new(BuiltInRules.All, new LintOptions { Jobs = 1 });

    [Benchmark]
    public int LoadBuiltInPhraseLists() =>
        PhraseList.FromEmbeddedYaml<RL1004RoboticWording>("phrases.yaml").Entries.Length
        + PhraseList.FromEmbeddedYaml<RL2002MissingNextSteps>("phrases.yaml").Entries.Length;
}
