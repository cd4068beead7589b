using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>Runs analyzers over templates. Built once per run: every analyzer is initialized once and all their
/// phrase lists are compiled into one matcher; then files are analyzed in parallel, and the report order never
/// depends on the parallelism.</summary>
public sealed class LintEngine
{
    private readonly ImmutableArray<AnalyzerRegistration> _registrations;
    private readonly PhraseMatcher _matcher;
    private readonly LintOptions _options;

    /// <summary>Initializes <paramref name="analyzers"/> and compiles their phrases.</summary>
    /// <exception cref="InvalidOperationException">An analyzer failed to initialize (the message names it).</exception>
    public LintEngine(IEnumerable<ReplyAnalyzer> analyzers, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _options = options ?? new LintOptions();
        var registrations = ImmutableArray.CreateBuilder<AnalyzerRegistration>();
        foreach (var analyzer in analyzers)
        {
            var registration = new AnalyzerRegistration(analyzer);
            try
            {
                analyzer.Initialize(registration);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"analyzer '{analyzer.Name}' failed to initialize: {exception.Message}", exception);
            }

            registrations.Add(registration);
        }

        _registrations = registrations.ToImmutable();
        var lists = _registrations.SelectMany(static r => r.Phrases.Select(static p => p.List)).Distinct().ToList();
        _matcher = PhraseMatcher.Compile(lists);
        Descriptors = [.. ToolDiagnostics.All.Concat(_registrations.SelectMany(static r => r.Analyzer.SupportedDiagnostics)).DistinctBy(static d => d.Id).OrderBy(static d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every rule this engine can report, the tool's own included, in ID order.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The options of the run.</summary>
    public LintOptions Options => _options;

    /// <summary>Reads, parses and analyzes <paramref name="files"/> in parallel (<see cref="LintOptions.Jobs"/>).</summary>
    public LintResult Lint(IReadOnlyList<TemplateFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var perFile = new ImmutableArray<Diagnostic>[files.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Jobs), CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallelism, i => perFile[i] = LintFile(files[i], cancellationToken));
        var all = perFile.SelectMany(static d => d).ToList();
        all.Sort(DiagnosticOrder.Instance);
        return new LintResult([.. files], [.. all]);
    }

    /// <summary>Reads and analyzes one file; a file that cannot be read or parsed gives RL0002.</summary>
    public ImmutableArray<Diagnostic> LintFile(TemplateFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!FileReader.TryRead(file.FullPath, _options.MaxFileBytes, out var text, out var problem))
        {
            return Unreadable(file, problem!);
        }

        TemplateDocument document;
        try
        {
            document = TemplateParser.Parse(text!, file.DisplayPath, TemplateParser.FormatOf(file.FullPath));
        }
        catch (TemplateParseException exception)
        {
            return Unreadable(file, exception.Message);
        }

        return Analyze(document, cancellationToken);
    }

    /// <summary>Analyzes a parsed template with every analyzer. An analyzer that throws gives RL0001 and loses its
    /// findings for this template; the others are kept.</summary>
    public ImmutableArray<Diagnostic> Analyze(TemplateDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var results = ImmutableArray.CreateBuilder<Diagnostic>();
        if (document.FrontMatterError is { } error)
        {
            AddIfEnabled(results, Diagnostic.Create(ToolDiagnostics.InvalidFrontMatter, Location.Create(document.Path, document.Text, error.Span), null, error.Message));
        }

        var matches = FindMatches(document);
        IReadOnlyList<PhraseMatch> GetMatches(PhraseList list) => matches.TryGetValue(list, out var found) ? found : [];

        foreach (var registration in _registrations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reported = new List<Diagnostic>();
            void Report(Diagnostic diagnostic)
            {
                if (!registration.Supported.Contains(diagnostic.Id))
                {
                    throw new InvalidOperationException($"it reported {diagnostic.Id}, which is not in its SupportedDiagnostics");
                }

                reported.Add(diagnostic);
            }

            try
            {
                RunAnalyzer(registration, document, GetMatches, Report, cancellationToken);
            }
            // Only the run's own cancellation stops the run: an analyzer's OperationCanceledException of its own (a
            // timeout inside it, say) is a failure on this file like any other.
            catch (Exception exception) when (exception is not OutOfMemoryException
                && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                reported.Clear();
                reported.Add(Diagnostic.Create(
                    ToolDiagnostics.AnalyzerException,
                    Location.FileStart(document.Path),
                    null,
                    registration.Analyzer.Name,
                    exception.GetType().Name,
                    OneLine(exception.Message)));
            }

            foreach (var diagnostic in reported)
            {
                AddIfEnabled(results, diagnostic);
            }
        }

        return results.ToImmutable();
    }

    private void RunAnalyzer(
        AnalyzerRegistration registration,
        TemplateDocument document,
        Func<PhraseList, IReadOnlyList<PhraseMatch>> getMatches,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        var options = _options.AnalyzerOptions;
        foreach (var (list, action) in registration.Phrases)
        {
            if (action is null)
            {
                continue;
            }

            foreach (var match in getMatches(list))
            {
                action(new PhraseMatchContext(document, match, options, report, cancellationToken));
            }
        }

        if (registration.SentenceActions.Count > 0)
        {
            foreach (var sentence in document.Sentences)
            {
                foreach (var action in registration.SentenceActions)
                {
                    action(new SentenceAnalysisContext(document, sentence, options, report, cancellationToken));
                }
            }
        }

        foreach (var action in registration.DocumentActions)
        {
            action(new DocumentAnalysisContext(document, options, getMatches, report, cancellationToken));
        }
    }

    private Dictionary<PhraseList, List<PhraseMatch>> FindMatches(TemplateDocument document)
    {
        var byList = new Dictionary<PhraseList, List<PhraseMatch>>(ReferenceEqualityComparer.Instance);
        var found = new List<PhraseMatch>();
        foreach (var sentence in document.Sentences)
        {
            _matcher.FindMatches(sentence, found);
        }

        foreach (var match in found)
        {
            if (!byList.TryGetValue(match.List, out var list))
            {
                byList[match.List] = list = [];
            }

            list.Add(match);
        }

        return byList;
    }

    private ImmutableArray<Diagnostic> Unreadable(TemplateFile file, string problem)
    {
        var builder = ImmutableArray.CreateBuilder<Diagnostic>();
        AddIfEnabled(builder, Diagnostic.Create(ToolDiagnostics.UnreadableFile, Location.FileStart(file.DisplayPath), null, problem));
        return builder.ToImmutable();
    }

    private void AddIfEnabled(ImmutableArray<Diagnostic>.Builder results, Diagnostic diagnostic)
    {
        var severity = _options.SeverityOf(diagnostic.Descriptor);
        if (severity is DiagnosticSeverity.None or DiagnosticSeverity.Silent)
        {
            return;
        }

        results.Add(diagnostic.WithSeverity(severity));
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.');
}
