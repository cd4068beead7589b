using System.Collections.Frozen;
using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;
using ReplyLint.Exports;
using ReplyLint.Parsing;
using ReplyLint.Suppressions;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>Runs analyzers over templates. Built once per run: every analyzer is initialized once and all their
/// phrase lists are compiled into one matcher; then files are analyzed in parallel, and the report order never
/// depends on the parallelism.</summary>
public sealed class LintEngine
{
    private readonly ImmutableArray<AnalyzerRegistration> _registrations;
    private readonly ImmutableArray<(AnalyzerRegistration Owner, RunRegistration Run)> _runActions;
    private readonly PhraseMatcher _matcher;
    private readonly LintOptions _options;
    private readonly Func<string, string?> _ruleIdOf;
    private readonly FileSettings _runSettings;

    /// <summary>Initializes <paramref name="analyzers"/> and compiles their phrases.</summary>
    /// <exception cref="InvalidOperationException">An analyzer failed to initialize (the message names it).</exception>
    public LintEngine(IEnumerable<ReplyAnalyzer> analyzers, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _options = options ?? new LintOptions();
        _runSettings = new FileSettings(_options.Severities, _options.AnalyzerOptions);
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
        _runActions = [.. _registrations.SelectMany(static r => r.RunActions.Select(run => (r, run)))];
        var lists = _registrations.SelectMany(static r => r.Phrases.Select(static p => p.List)).Distinct().ToList();
        _matcher = PhraseMatcher.Compile(lists);
        Descriptors = [.. ToolDiagnostics.All.Concat(_registrations.SelectMany(static r => r.Analyzer.SupportedDiagnostics)).DistinctBy(static d => d.Id).OrderBy(static d => d.Id, StringComparer.Ordinal)];
        var ruleIds = Descriptors.Select(static d => KeyValuePair.Create(d.Id, d.Id))
            .Concat(Descriptors.Select(static d => KeyValuePair.Create(d.Name, d.Id)))
            .DistinctBy(static pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _ruleIdOf = name => ruleIds.GetValueOrDefault(name);
    }

    /// <summary>Every rule this engine can report, the tool's own included, in ID order.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The options of the run.</summary>
    public LintOptions Options => _options;

    /// <summary>The one matcher every analyzer's phrase lists were compiled into.</summary>
    internal PhraseMatcher Matcher => _matcher;

    /// <summary>Reads, parses and analyzes <paramref name="files"/> in parallel (<see cref="LintOptions.Jobs"/>), then
    /// runs the run actions that compare templates. Findings hidden by a template's own suppressions go to
    /// <see cref="LintResult.Suppressed"/>.</summary>
    public LintResult Lint(IReadOnlyList<TemplateFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var fileOutcomes = new FileOutcome[files.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Jobs), CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallelism, i => fileOutcomes[i] = LintFileCore(files[i], cancellationToken));
        var sources = ImmutableDictionary.CreateBuilder<string, SourceText>(StringComparer.Ordinal);
        var linted = ImmutableArray.CreateBuilder<TemplateFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (fileOutcomes[i].IsSkipped)
            {
                continue;
            }

            linted.Add(files[i]);
            if (fileOutcomes[i].FileSource is { } fileSource)
            {
                sources[fileSource.Path] = fileSource.Text;
            }
        }

        var (diagnostics, suppressed) = Finish([.. fileOutcomes.SelectMany(static o => o.Documents)], cancellationToken);
        return new LintResult(linted.ToImmutable(), diagnostics) { Suppressed = suppressed, Sources = sources.ToImmutable() };
    }

    /// <summary>Reads and analyzes one file, as a run of its own; a file that cannot be read or parsed gives RL0002.
    /// Findings its suppressions hide are left out.</summary>
    public ImmutableArray<Diagnostic> LintFile(TemplateFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Finish(LintFileCore(file, cancellationToken).Documents, cancellationToken).Diagnostics;
    }

    /// <summary>Analyzes a parsed template with every analyzer, as a run of its own. An analyzer that throws gives
    /// RL0001 and loses its findings for this template; the others are kept.</summary>
    public ImmutableArray<Diagnostic> Analyze(TemplateDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Analyze([document], cancellationToken);
    }

    /// <summary>Analyzes parsed templates as one run (run actions see them all, in the order given), in report order.
    /// Findings the templates' suppressions hide are left out.</summary>
    public ImmutableArray<Diagnostic> Analyze(IReadOnlyList<TemplateDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcomes = new DocumentOutcome[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            outcomes[i] = AnalyzeCore(documents[i], _runSettings, cancellationToken);
        }

        return Finish(outcomes, cancellationToken).Diagnostics;
    }

    private (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> Suppressed) Finish(DocumentOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var all = outcomes.SelectMany(static o => o.Diagnostics).ToList();
        var fileFindings = all.Count;
        RunEnd(outcomes, all, cancellationToken);
        var suppressed = outcomes.SelectMany(static o => o.Suppressed).ToList();
        SuppressAtRunEnd(outcomes, all, fileFindings, suppressed);
        MoveIntoExports(outcomes, all, suppressed);
        all.Sort(DiagnosticOrder.Instance);
        suppressed.Sort(DiagnosticOrder.Instance);
        return ([.. all], [.. suppressed]);
    }

    private FileOutcome LintFileCore(TemplateFile file, CancellationToken cancellationToken)
    {
        var settings = _options.SettingsFor?.Invoke(file.FullPath) ?? _runSettings;
        var text = file.Text;
        string? problem = null;
        if (text is null && !FileReader.TryRead(file.FullPath, _options.MaxFileBytes, out text, out problem))
        {
            return FileOutcome.Of(new DocumentOutcome(Unreadable(file, problem!, settings), null, null));
        }

        if (ExportReader.IsExportCandidate(file.FullPath) || !settings.Formats.IsEmpty)
        {
            return LintExport(file, text!, settings, cancellationToken);
        }

        TemplateDocument document;
        try
        {
            document = TemplateParser.Parse(text!, file.DisplayPath, TemplateParser.FormatOf(file.FullPath));
        }
        catch (TemplateParseException exception)
        {
            return FileOutcome.Of(new DocumentOutcome(Unreadable(file, exception.Message, settings), null, null));
        }

        return FileOutcome.Of(AnalyzeCore(document, settings, cancellationToken));
    }

    // An export holds many templates: each is parsed from its decoded text and analyzed as a template of its own (its
    // path is the file's with '#id', which run actions compare and suppressions are kept under); at the end of the run
    // every finding moves to its place in the file (MoveIntoExports). A data file of no export shape found in a folder
    // is passed over: a folder of templates may well hold a package.json.
    private FileOutcome LintExport(TemplateFile file, SourceText text, FileSettings settings, CancellationToken cancellationToken)
    {
        var source = (file.DisplayPath, text);
        var read = ExportReader.Read(text, file.FullPath, new ExportReadOptions(Path.GetFileName(file.FullPath), _options.IncludeInactive, settings.Formats));
        switch (read)
        {
            case NotAnExport notAnExport:
                return file.IsExplicit
                    ? FileOutcome.Of(new DocumentOutcome(Unreadable(file, notAnExport.Reason, settings), null, null), source)
                    : FileOutcome.Skipped;
            case ExportBroken broken when !broken.LooksLikeExport && !file.IsExplicit:
                return FileOutcome.Skipped;
            case ExportBroken broken:
                var at = Location.Create(file.DisplayPath, text, broken.Error.Span);
                var builder = ImmutableArray.CreateBuilder<Diagnostic>();
                AddIfEnabled(builder, Diagnostic.Create(ToolDiagnostics.UnreadableFile, at, null, broken.Error.Message), settings);
                return FileOutcome.Of(new DocumentOutcome(builder.ToImmutable(), null, null), source);
        }

        var found = (ExportFound)read;
        var outcomes = new List<DocumentOutcome>(found.Templates.Length);
        FileSettings? noteSettings = null;
        foreach (var template in found.Templates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var embedded = EmbeddedTemplate.Create(template, file.DisplayPath);
            var placement = new ExportPlacement(embedded, file.DisplayPath, text);
            var templateSettings = template.IsInternal ? noteSettings ??= InternalNoteSettings(settings) : settings;
            TemplateDocument document;
            try
            {
                document = embedded.Parse(template.FrontMatter());
            }
            catch (TemplateParseException exception)
            {
                var unreadable = Unreadable(new TemplateFile(file.FullPath, embedded.Path), exception.Message, templateSettings);
                outcomes.Add(new DocumentOutcome(unreadable, null, null) { Placement = placement });
                continue;
            }

            outcomes.Add(AnalyzeCore(document, templateSettings, cancellationToken) with { Placement = placement });
        }

        return new FileOutcome([.. outcomes], source, IsSkipped: false);
    }

    // An internal note is read by colleagues, not customers: the rules about the customer's experience (tone, and what a
    // reply to a customer needs) are off for it, unless configuration names them.
    private FileSettings InternalNoteSettings(FileSettings settings)
    {
        var severities = settings.Severities.ToBuilder();
        foreach (var descriptor in Descriptors)
        {
            if (descriptor.Category is RuleCategories.Tone or RuleCategories.Completeness
                && !settings.Severities.ContainsKey(descriptor.Id) && !settings.Severities.ContainsKey(descriptor.Name))
            {
                severities[descriptor.Id] = DiagnosticSeverity.None;
            }
        }

        return settings.WithSeverities(severities.ToImmutable());
    }

    // Findings on templates of exports (kept and suppressed alike) move to the export file, once run actions and
    // suppressions have seen them under the templates' own paths.
    private static void MoveIntoExports(DocumentOutcome[] outcomes, List<Diagnostic> all, List<Diagnostic> suppressed)
    {
        Dictionary<string, ExportPlacement>? placements = null;
        foreach (var outcome in outcomes)
        {
            if (outcome.Placement is { } placement)
            {
                placements ??= new Dictionary<string, ExportPlacement>(StringComparer.Ordinal);
                placements.TryAdd(placement.Template.Path, placement);
            }
        }

        if (placements is null)
        {
            return;
        }

        foreach (var list in (ReadOnlySpan<List<Diagnostic>>)[all, suppressed])
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (placements.TryGetValue(list[i].Location.Path, out var placement))
                {
                    list[i] = placement.Template.MoveToFile(list[i], placement.FilePath, placement.FileText);
                }
            }
        }
    }

    private DocumentOutcome AnalyzeCore(TemplateDocument document, FileSettings settings, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<Diagnostic>();
        if (document.FrontMatterError is { } error)
        {
            AddIfEnabled(results, Diagnostic.Create(ToolDiagnostics.InvalidFrontMatter, Location.Create(document.Path, document.Text, error.Span), null, error.Message), settings);
        }

        var matches = FindMatches(document);
        IReadOnlyList<PhraseMatch> GetMatches(PhraseList list) => matches.TryGetValue(list, out var found) ? found : [];
        var summaries = _runActions.IsEmpty ? null : new RunSummary[_runActions.Length];

        foreach (var registration in _registrations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reported = new List<Diagnostic>();
            var report = ReporterFor(registration, reported);
            try
            {
                RunAnalyzer(registration, document, settings.AnalyzerOptions, GetMatches, report, cancellationToken);
                Summarize(registration, document, settings.AnalyzerOptions, GetMatches, report, summaries, cancellationToken);
            }
            // Only the run's own cancellation stops the run: an analyzer's OperationCanceledException of its own (a
            // timeout inside it, say) is a failure on this file like any other.
            catch (Exception exception) when (IsAnalyzerFailure(exception, cancellationToken))
            {
                reported.Clear();
                ForgetSummaries(registration, summaries);
                reported.Add(AnalyzerFailed(registration, document.Path, exception, atRunEnd: false));
            }

            foreach (var diagnostic in reported)
            {
                AddIfEnabled(results, diagnostic, settings);
            }
        }

        var outcome = new DocumentOutcome(results.ToImmutable(), summaries is null ? null : new DocumentSummaries(document.Path, summaries, settings), (document.Path, document.Text)) { Settings = settings };
        return Suppress(document, outcome);
    }

    // Inline suppressions, once the file's findings are in and filtered by severity. The map stays with the outcome:
    // run actions report on this file later, and only then is it known which directives were used.
    private DocumentOutcome Suppress(TemplateDocument document, DocumentOutcome outcome)
    {
        if (SuppressionMap.Create(document, _ruleIdOf) is not { } map)
        {
            return outcome;
        }

        var kept = ImmutableArray.CreateBuilder<Diagnostic>();
        var suppressed = ImmutableArray.CreateBuilder<Diagnostic>();
        map.Apply(outcome.Diagnostics, kept, suppressed);
        return outcome with { Diagnostics = kept.ToImmutable(), Suppressed = suppressed.ToImmutable(), Suppressions = map };
    }

    // The run actions' findings (all[fileFindings..]) meet the suppressions of the file they are on; then every
    // directive that hid nothing in the whole run is RL0003, which only a directive naming RL0003 can hide.
    private void SuppressAtRunEnd(DocumentOutcome[] outcomes, List<Diagnostic> all, int fileFindings, List<Diagnostic> suppressed)
    {
        var maps = new Dictionary<string, SuppressionMap>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome is { Suppressions: { } map, Source: { } source })
            {
                maps.TryAdd(source.Path, map);
            }
        }

        if (maps.Count == 0)
        {
            return;
        }

        var runFindings = all.GetRange(fileFindings, all.Count - fileFindings);
        all.RemoveRange(fileFindings, runFindings.Count);
        foreach (var onFile in runFindings.GroupBy(static d => d.Location.Path, StringComparer.Ordinal))
        {
            if (maps.TryGetValue(onFile.Key, out var map))
            {
                map.Apply([.. onFile], all, suppressed);
            }
            else
            {
                all.AddRange(onFile);
            }
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Suppressions is { } map)
            {
                var unused = ImmutableArray.CreateBuilder<Diagnostic>();
                foreach (var diagnostic in map.Unused())
                {
                    AddIfEnabled(unused, diagnostic, outcome.Settings ?? _runSettings);
                }

                map.Apply(unused, all, suppressed);
            }
        }
    }

    private void Summarize(
        AnalyzerRegistration registration,
        TemplateDocument document,
        AnalyzerOptions options,
        Func<PhraseList, IReadOnlyList<PhraseMatch>> getMatches,
        Action<Diagnostic> report,
        RunSummary[]? summaries,
        CancellationToken cancellationToken)
    {
        if (summaries is null || registration.RunActions.Count == 0)
        {
            return;
        }

        var context = new DocumentAnalysisContext(document, options, getMatches, report, cancellationToken);
        for (var k = 0; k < _runActions.Length; k++)
        {
            if (ReferenceEquals(_runActions[k].Owner, registration))
            {
                summaries[k] = new RunSummary(_runActions[k].Run.Summarize(context));
            }
        }
    }

    private void ForgetSummaries(AnalyzerRegistration registration, RunSummary[]? summaries)
    {
        for (var k = 0; summaries is not null && k < _runActions.Length; k++)
        {
            if (ReferenceEquals(_runActions[k].Owner, registration))
            {
                summaries[k] = default;
            }
        }
    }

    // Run actions go in registration order over summaries in report order, so their findings never depend on --jobs.
    private void RunEnd(DocumentOutcome[] outcomes, List<Diagnostic> results, CancellationToken cancellationToken)
    {
        // A run action's finding takes the severity configured for the file it is on.
        Dictionary<string, FileSettings>? settingsByPath = null;
        for (var k = 0; k < _runActions.Length; k++)
        {
            var (owner, run) = _runActions[k];
            var summaries = new List<(string Path, object Summary)>();
            foreach (var outcome in outcomes)
            {
                if (outcome.Summaries is { } documentSummaries && documentSummaries.Values[k].Value is { } summary)
                {
                    summaries.Add((documentSummaries.Path, summary));
                }
            }

            if (summaries.Count == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var reported = new List<Diagnostic>();
            try
            {
                run.Run(summaries, _options.AnalyzerOptions, ReporterFor(owner, reported), cancellationToken);
            }
            catch (Exception exception) when (IsAnalyzerFailure(exception, cancellationToken))
            {
                reported.Clear();
                reported.Add(AnalyzerFailed(owner, summaries[0].Path, exception, atRunEnd: true));
            }

            settingsByPath ??= outcomes
                .Where(static o => o.Summaries is not null)
                .DistinctBy(static o => o.Summaries!.Path, StringComparer.Ordinal)
                .ToDictionary(static o => o.Summaries!.Path, static o => o.Summaries!.Settings, StringComparer.Ordinal);
            var builder = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var diagnostic in reported)
            {
                AddIfEnabled(builder, diagnostic, settingsByPath.GetValueOrDefault(diagnostic.Location.Path, _runSettings));
            }

            results.AddRange(builder);
        }
    }

    private static Action<Diagnostic> ReporterFor(AnalyzerRegistration registration, List<Diagnostic> reported) => diagnostic =>
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!registration.Supported.Contains(diagnostic.Id))
        {
            throw new InvalidOperationException($"it reported {diagnostic.Id}, which is not in its SupportedDiagnostics");
        }

        reported.Add(diagnostic);
    };

    private static bool IsAnalyzerFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OutOfMemoryException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static Diagnostic AnalyzerFailed(AnalyzerRegistration registration, string path, Exception exception, bool atRunEnd) =>
        Diagnostic.Create(
            ToolDiagnostics.AnalyzerException,
            Location.FileStart(path),
            null,
            registration.Analyzer.Name,
            exception.GetType().Name,
            atRunEnd ? "while comparing the run's templates: " + MessageText.OneLine(exception.Message).TrimEnd('.') : MessageText.OneLine(exception.Message).TrimEnd('.'));

    private static void RunAnalyzer(
        AnalyzerRegistration registration,
        TemplateDocument document,
        AnalyzerOptions options,
        Func<PhraseList, IReadOnlyList<PhraseMatch>> getMatches,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
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

    private static ImmutableArray<Diagnostic> Unreadable(TemplateFile file, string problem, FileSettings settings)
    {
        var builder = ImmutableArray.CreateBuilder<Diagnostic>();
        AddIfEnabled(builder, Diagnostic.Create(ToolDiagnostics.UnreadableFile, Location.FileStart(file.DisplayPath), null, problem), settings);
        return builder.ToImmutable();
    }

    private static void AddIfEnabled(ImmutableArray<Diagnostic>.Builder results, Diagnostic diagnostic, FileSettings settings)
    {
        var severity = settings.SeverityOf(diagnostic.Descriptor);
        if (severity is DiagnosticSeverity.None or DiagnosticSeverity.Silent)
        {
            return;
        }

        results.Add(diagnostic.WithSeverity(severity));
    }

    /// <summary>A run action's summary of one template; a struct so that "no summary" is not a null entry.</summary>
    private readonly record struct RunSummary(object? Value);

    private sealed record DocumentSummaries(string Path, RunSummary[] Values, FileSettings Settings);

    /// <summary>Where a template of an export sits: the template, and the export file its findings move to.</summary>
    private sealed record ExportPlacement(EmbeddedTemplate Template, string FilePath, SourceText FileText);

    /// <summary>What linting one file gave: one outcome per template (many for an export), the file's text for the
    /// report, and whether it was passed over (a data file that is no export).</summary>
    private readonly record struct FileOutcome(DocumentOutcome[] Documents, (string Path, SourceText Text)? FileSource, bool IsSkipped)
    {
        public static FileOutcome Skipped => new([], null, IsSkipped: true);

        public static FileOutcome Of(DocumentOutcome outcome, (string Path, SourceText Text)? fileSource = null) =>
            new([outcome], fileSource ?? outcome.Source, IsSkipped: false);
    }

    private readonly record struct DocumentOutcome(
        ImmutableArray<Diagnostic> Diagnostics,
        DocumentSummaries? Summaries,
        (string Path, SourceText Text)? Source,
        SuppressionMap? Suppressions = null)
    {
        public ImmutableArray<Diagnostic> Suppressed { get; init; } = [];

        public FileSettings? Settings { get; init; }

        /// <summary>For a template of an export: where its findings go in the file.</summary>
        public ExportPlacement? Placement { get; init; }
    }

}
