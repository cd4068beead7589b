using BenchmarkDotNet.Attributes;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Rules;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Benchmarks;

/// <summary>Parsing, and parsing plus analysis, of the corpus held in memory: no disk, no discovery, one thread.
/// One operation is one template (<c>OperationsPerInvoke</c>), so Mean and Allocated are per file.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
[Config(typeof(ThroughputConfig))]
public class InMemoryBenchmarks
{
    private Template[] _templates = [];
    private LintEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _templates = [.. BenchmarkCorpus.Templates().Select(static t => new Template(t.RelativePath, t.Text, TemplateParser.FormatOf(t.RelativePath)))];
        _engine = new LintEngine(BuiltInRules.All, new LintOptions { Jobs = 1 });
    }

    /// <summary>Decoded text to syntax tree: line map, front matter, placeholders, Markdown, sentences, tokens.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkCorpus.FileCount)]
    public int Parse()
    {
        var sentences = 0;
        foreach (var template in _templates)
        {
            sentences += TemplateParser.Parse(new SourceText(template.Text), template.Path, template.Format).Sentences.Length;
        }

        return sentences;
    }

    /// <summary>The same parse, then every built-in rule through <see cref="LintEngine.Analyze"/>.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.FileCount)]
    public int ParseAndAnalyze()
    {
        var diagnostics = 0;
        foreach (var template in _templates)
        {
            var document = TemplateParser.Parse(new SourceText(template.Text), template.Path, template.Format);
            diagnostics += _engine.Analyze(document).Length;
        }

        return diagnostics;
    }

    private sealed record Template(string Path, string Text, TemplateFormat Format);
}
