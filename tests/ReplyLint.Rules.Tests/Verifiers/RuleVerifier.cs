using System.Collections.Immutable;
using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Text;
using Xunit.Sdk;

namespace ReplyLint.Rules.Tests.Verifiers;

/// <summary>The message arguments expected of the diagnostic marked <c>{|#n:...|}</c>.</summary>
/// <param name="location">The <c>n</c> of the marker.</param>
/// <param name="arguments">The arguments, in order; <c>{0}</c> is the text found.</param>
public sealed class ExpectedArguments(int location, params string[] arguments)
{
    /// <summary>The <c>n</c> of the marker.</summary>
    public int Location { get; } = location;

    /// <summary>The arguments, in order.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;
}

/// <summary>Runs one rule through the real engine (parser, matcher, engine; the tool's own RL0xxx findings included) and
/// compares what it reports with the markup of the test input.</summary>
/// <typeparam name="TRule">The rule under test.</typeparam>
public static class RuleVerifier<TRule>
    where TRule : ReplyAnalyzer, new()
{
    /// <summary>The path a test input is parsed under unless a test gives another; it decides the format (Markdown).</summary>
    public const string DefaultPath = "test.md";

    private static readonly LintEngine Engine = new([new TRule()]);

    private static readonly ImmutableArray<DiagnosticDescriptor> Own = new TRule().SupportedDiagnostics;

    /// <summary>Checks that the rule reports exactly what <paramref name="markup"/> marks.</summary>
    public static Task DiagnosticsAsync(string markup) => Run(() => Verify(markup, DefaultPath, []));

    /// <summary>Checks that the rule reports exactly what <paramref name="markup"/> marks, parsed as <paramref name="path"/>
    /// (<c>.txt</c> for plain text).</summary>
    public static Task DiagnosticsAsync(string markup, string path) => Run(() => Verify(markup, path, []));

    /// <summary>Checks the marked diagnostics and the message arguments of those marked <c>{|#n:...|}</c>.</summary>
    public static Task DiagnosticsAsync(string markup, params ExpectedArguments[] arguments) =>
        Run(() => Verify(markup, DefaultPath, arguments));

    /// <summary>Checks the marked diagnostics and the message arguments of those marked <c>{|#n:...|}</c>, parsed as
    /// <paramref name="path"/> (<c>.html</c> for HTML).</summary>
    public static Task DiagnosticsAsync(string markup, string path, params ExpectedArguments[] arguments) =>
        Run(() => Verify(markup, path, arguments));

    /// <summary>Checks the marked diagnostics with rule options configured, as <c>rules: { RLnnnn: { option: value } }</c>
    /// does (see <see cref="Options"/>).</summary>
    public static Task DiagnosticsAsync(string markup, AnalyzerOptions options, string path = DefaultPath) =>
        Run(() => Verify(markup, path, [], EngineFor(options)));

    /// <summary>Checks several templates analyzed as one run, so that run actions compare them: each template's findings
    /// must be exactly what its own markup marks. Paths decide the format and the report order.</summary>
    public static Task DiagnosticsAsync(IReadOnlyList<(string Path, string Markup)> templates, AnalyzerOptions? options = null) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(templates);
        var parsed = templates.Select(static t => (t.Path, Markup: TestMarkup.Parse(t.Markup))).ToList();
        var actual = EngineFor(options).Analyze([.. parsed.Select(static t => TemplateParser.Parse(t.Markup.Text, t.Path))]);
        foreach (var (path, (text, marked)) in parsed)
        {
            var expected = marked.Select(static m => (Id: m.Id ?? OwnId(), m.Span)).ToList();
            Compare(text, path, expected, [.. actual.Where(d => d.Location.Path == path)]);
        }
    });

    /// <summary>What the engine reports for several templates analyzed as one run, with only this rule enabled.</summary>
    public static ImmutableArray<Diagnostic> AnalyzeRun(IReadOnlyList<(string Path, string Text)> templates, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return EngineFor(options).Analyze([.. templates.Select(static t => TemplateParser.Parse(t.Text, t.Path))]);
    }

    /// <summary>Options for the rule under test: <c>Options(("max-words", "30"))</c> is <c>rules: { RLnnnn: { max-words: 30 } }</c>.</summary>
    public static AnalyzerOptions Options(params (string Name, string Value)[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = options.ToImmutableDictionary(static o => o.Name, static o => o.Value, StringComparer.Ordinal);
        return new AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.Add(OwnId(), values));
    }

    /// <summary>Checks that <paramref name="text"/> (not markup) gets no diagnostic at all.</summary>
    public static Task NoDiagnosticsAsync(string text, string path = DefaultPath) =>
        Run(() => Compare(text, path, [], Analyze(text, path)));

    /// <summary>Checks the marked diagnostics, then applies every fix they carry and compares the result with
    /// <paramref name="expectedText"/>, character for character (line endings included).</summary>
    public static Task VerifyFixAsync(string markup, string expectedText, string path = DefaultPath) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(expectedText);
        var (text, diagnostics) = Verify(markup, path, []);
        var fixedText = ApplyFixes(text, diagnostics);
        if (fixedText != expectedText)
        {
            throw new XunitException($"""
                The fixed text differs from the expected text.
                Expected: {Literal(expectedText)}
                Actual:   {Literal(fixedText)}
                """);
        }
    });

    /// <summary>What the engine reports for <paramref name="text"/> with only this rule enabled.</summary>
    public static ImmutableArray<Diagnostic> Analyze(string text, string path = DefaultPath) =>
        Engine.Analyze(TemplateParser.Parse(text, path));

    /// <summary>Applies the fixes of <paramref name="diagnostics"/> to <paramref name="text"/>, right to left.</summary>
    public static string ApplyFixes(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var edits = diagnostics.SelectMany(static d => d.Fix?.Edits ?? []).OrderByDescending(static e => e.Span).ToList();
        var builder = new StringBuilder(text);
        var limit = text.Length;
        foreach (var edit in edits)
        {
            if (edit.Span.End > limit)
            {
                throw new XunitException($"Two fixes overlap at {edit.Span}; they cannot both be applied.");
            }

            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
            limit = edit.Span.Start;
        }

        return builder.ToString();
    }

    private static (string Text, ImmutableArray<Diagnostic> Diagnostics) Verify(string markup, string path, IReadOnlyList<ExpectedArguments> arguments, LintEngine? engine = null)
    {
        var (text, marked) = TestMarkup.Parse(markup);
        var expected = marked.Select(static m => (Id: m.Id ?? OwnId(), m.Span)).ToList();
        var actual = (engine ?? Engine).Analyze(TemplateParser.Parse(text, path));
        Compare(text, path, expected, actual);
        foreach (var argument in arguments)
        {
            var span = marked.SingleOrDefault(m => m.Location == argument.Location)
                ?? throw new ArgumentException($"Test markup error: no {{|#{argument.Location}:...|}} marker for the expected arguments.", nameof(arguments));
            var diagnostic = actual.First(d => d.Id == OwnId() && d.Location.Span == span.Span);
            if (!diagnostic.Arguments.SequenceEqual(argument.Arguments))
            {
                throw new XunitException($$"""
                    The message arguments of {|#{{argument.Location}}:...|} differ.
                    Expected: {{string.Join(", ", argument.Arguments.Select(Literal))}}
                    Actual:   {{string.Join(", ", diagnostic.Arguments.Select(Literal))}}
                    Message:  {{diagnostic.Message}}
                    """);
            }
        }

        return (text, actual);
    }

    private static LintEngine EngineFor(AnalyzerOptions? options) =>
        options is null ? Engine : new LintEngine([new TRule()], new LintOptions { AnalyzerOptions = options });

    private static void Compare(string text, string path, List<(string Id, TextSpan Span)> expected, ImmutableArray<Diagnostic> actual)
    {
        expected.Sort(Order);
        var found = actual.Select(static d => (d.Id, d.Location.Span)).ToList();
        found.Sort(Order);
        if (expected.SequenceEqual(found))
        {
            return;
        }

        var source = new SourceText(text);
        var message = new StringBuilder().Append(path).AppendLine(": the diagnostics differ from the markup.").AppendLine("Expected:");
        foreach (var (id, span) in expected)
        {
            message.AppendLine($"    {id} ({source.GetLinePositionSpan(span)}) {Literal(source.ToString(span))}");
        }

        message.AppendLine("Actual:");
        foreach (var diagnostic in actual.OrderBy(static d => d.Location.Span))
        {
            message.AppendLine($"    {diagnostic.Id} ({diagnostic.Location.LineSpan}) {Literal(source.ToString(diagnostic.Location.Span))}: {diagnostic.Message}");
        }

        var remarked = TestMarkup.Mark(text, actual.Select(static d => (d.Id == OwnId() ? null : d.Id, d.Location.Span)));
        message.AppendLine("The input marked with the actual diagnostics:").AppendLine(remarked).Append("As a C# string: ").Append(Literal(remarked));
        throw new XunitException(message.ToString());
    }

    private static int Order((string Id, TextSpan Span) x, (string Id, TextSpan Span) y)
    {
        var bySpan = x.Span.CompareTo(y.Span);
        return bySpan != 0 ? bySpan : string.CompareOrdinal(x.Id, y.Id);
    }

    // [|...|] and {|#n:...|} stand for the rule's own descriptor, so the rule must have exactly one.
    private static string OwnId() =>
        Own.Length == 1
            ? Own[0].Id
            : throw new ArgumentException($"{typeof(TRule).Name} reports {Own.Length} descriptors; name the ID in the markup, as in {{|RL1004:...|}}.");

    private static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static Task Run(Action verify)
    {
        try
        {
            verify();
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }
}
