using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Rules.Tests.Verifiers;

namespace ReplyLint.Rules.Tests.Clarity;

/// <summary>Runs one rule with rule options set, as <c>rules: RLnnnn: { option: value }</c> would, and compares its
/// findings with the markup; the rule's own findings may be marked <c>[|...|]</c>.</summary>
/// <typeparam name="TRule">The rule under test.</typeparam>
internal static class OptionsVerifier<TRule>
    where TRule : ReplyAnalyzer, new()
{
    public static Task DiagnosticsAsync(string markup, string ruleId, params (string Option, string Value)[] options) =>
        DiagnosticsAsync(markup, RuleVerifier<TRule>.DefaultPath, ruleId, options);

    public static Task DiagnosticsAsync(string markup, string path, string ruleId, params (string Option, string Value)[] options)
    {
        var (text, marked) = TestMarkup.Parse(markup);
        var byOption = options.ToImmutableDictionary(static o => o.Option, static o => o.Value, StringComparer.Ordinal);
        var analyzerOptions = new AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.Add(ruleId, byOption));
        var engine = new LintEngine([new TRule()], new LintOptions { AnalyzerOptions = analyzerOptions });

        var actual = engine.Analyze(TemplateParser.Parse(text, path));

        actual.Select(static d => $"{d.Id} {d.Location.Span}").Order(StringComparer.Ordinal).ShouldBe(
            marked.Select(m => $"{m.Id ?? ruleId} {m.Span}").Order(StringComparer.Ordinal),
            $"with {string.Join(", ", options.Select(static o => $"{o.Option}: {o.Value}"))}: {string.Join(" | ", actual.Select(static d => d.Message))}");
        return Task.CompletedTask;
    }
}
