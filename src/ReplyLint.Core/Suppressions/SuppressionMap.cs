using System.Collections.Immutable;
using ReplyLint.Diagnostics;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Suppressions;

/// <summary>Which findings of one template its directives hide, and which directives hid nothing.</summary>
/// <remarks>
/// <para>A finding is hidden when it starts where a directive reaches: on the line of a line directive, between a
/// disable and the enable that ends it (or the end of the file), or anywhere for the front matter's list. A finding
/// about the whole template (no extent, at the very start) is hidden by the front matter, or by a disable that is
/// still in force at the end of the file. When several directives reach a finding, the narrowest one hides it: a
/// line directive, then a range, then the front matter; only that one counts as used.</para>
/// <para>Ranges follow each rule separately: <c>disable RL1003</c> then <c>disable</c> then <c>enable RL1004</c> leaves
/// every rule but RL1004 off; <c>enable</c> with no rules turns everything back on. RL0001, RL0002 and RL0004 are never
/// hidden, and RL0003 only by a directive that names it, never by one for every rule.</para>
/// <para>Not thread-safe: one template's map is used by one thread at a time (its analysis, then the end of the run).</para>
/// </remarks>
internal sealed class SuppressionMap
{
    private static readonly ImmutableHashSet<string> NeverHidden = ImmutableHashSet.Create(
        StringComparer.Ordinal, ToolDiagnostics.AnalyzerException.Id, ToolDiagnostics.UnreadableFile.Id, ToolDiagnostics.InvalidFrontMatter.Id);

    private static readonly string OnlyByName = ToolDiagnostics.UnusedSuppression.Id;

    private readonly string _path;
    private readonly SourceText _text;
    private readonly ImmutableArray<SuppressionDirective> _directives;
    private readonly List<Entry> _entries = [];
    private readonly int[] _firstEntry;
    private readonly bool[] _used;
    private readonly List<int>?[] _closes;
    private readonly List<int> _ranges = [];
    private readonly Dictionary<int, LineSuppressions> _byLine = [];
    private readonly Dictionary<string, int> _frontMatter = new(StringComparer.Ordinal);

    private SuppressionMap(string path, SourceText text, ImmutableArray<SuppressionDirective> directives)
    {
        _path = path;
        _text = text;
        _directives = directives;
        _firstEntry = new int[directives.Length + 1];
        for (var d = 0; d < directives.Length; d++)
        {
            var directive = directives[d];
            _firstEntry[d] = _entries.Count;
            if (directive.IsForAllRules)
            {
                _entries.Add(new Entry(d, null));
            }

            foreach (var rule in directive.Rules)
            {
                _entries.Add(new Entry(d, rule));
            }

            Index(d);
        }

        _firstEntry[directives.Length] = _entries.Count;
        _used = new bool[_entries.Count];
        _closes = new List<int>?[_entries.Count];
        FindWhatEnablesClose();
    }

    /// <summary>The directives the map was built from, in source order (front matter first).</summary>
    public ImmutableArray<SuppressionDirective> Directives => _directives;

    /// <summary>The map of <paramref name="document"/>, or null when it has no directive.</summary>
    /// <param name="document">The parsed template.</param>
    /// <param name="resolve">The ID of the rule with a given ID or name (any case), or null when the run has none.</param>
    public static SuppressionMap? Create(TemplateDocument document, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(document);
        var directives = SuppressionParser.Parse(document, resolve);
        return directives.IsEmpty ? null : new SuppressionMap(document.Path, document.Text, directives);
    }

    /// <summary>Sorts findings of this template into those that stay and those a directive hides (which then carry an
    /// in-source <see cref="Suppression"/> with the directive's reason), each in the order given, and remembers which
    /// directives were used.</summary>
    public void Apply(IReadOnlyList<Diagnostic> diagnostics, ICollection<Diagnostic> kept, ICollection<Diagnostic> suppressed)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var hiddenBy = new int[diagnostics.Count];
        var order = new int[diagnostics.Count];
        for (var i = 0; i < order.Length; i++)
        {
            hiddenBy[i] = -1;
            order[i] = i;
        }

        // Sweep the ranges once, in step with the findings in source order.
        var offsets = diagnostics.Select(static d => IsAboutWholeTemplate(d) ? int.MaxValue : d.Location.Span.Start).ToArray();
        Array.Sort(offsets.ToArray(), order);
        var state = new RangeState(this);
        var next = 0;
        foreach (var i in order)
        {
            var diagnostic = diagnostics[i];
            if (NeverHidden.Contains(diagnostic.Id))
            {
                continue;
            }

            while (next < _ranges.Count && _directives[_ranges[next]].Span.Start <= offsets[i])
            {
                state.Apply(_ranges[next++]);
            }

            var entry = LineEntry(diagnostic) ?? state.Of(diagnostic.Id) ?? FrontMatterEntry(diagnostic.Id);
            if (entry is { } found)
            {
                _used[found] = true;
                hiddenBy[i] = found;
            }
        }

        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (hiddenBy[i] < 0)
            {
                kept.Add(diagnostics[i]);
            }
            else
            {
                var justification = _directives[_entries[hiddenBy[i]].Directive].Justification;
                suppressed.Add(diagnostics[i].WithSuppression(new Suppression(SuppressionKind.InSource, justification)));
            }
        }
    }

    /// <summary>RL0003 for every directive, or every rule of a directive, that hid nothing in the findings given to
    /// <see cref="Apply"/> so far; at the directive, in source order. Directives that name RL0003 are never reported.</summary>
    public IEnumerable<Diagnostic> Unused()
    {
        for (var e = 0; e < _entries.Count; e++)
        {
            var (d, rule) = _entries[e];
            if (IsUsed(e) || rule?.Id == OnlyByName)
            {
                continue;
            }

            var directive = _directives[d];
            var location = Location.Create(_path, _text, directive.Span);
            yield return Diagnostic.Create(ToolDiagnostics.UnusedSuppression, location, null, Quote(directive, rule), Why(directive, rule, e));
        }
    }

    private bool IsUsed(int entry) =>
        _closes[entry] is { } closed ? closed.Exists(e => _used[e]) : _used[entry];

    private static bool IsAboutWholeTemplate(Diagnostic diagnostic) =>
        diagnostic.Location.Span.IsEmpty && diagnostic.Location.Span.Start == 0;

    private static string Quote(SuppressionDirective directive, RuleReference? rule) =>
        directive.Kind == DirectiveKind.FrontMatter
            ? $"replylint: {{ disable: [{rule?.Written}] }}"
            : rule is null ? directive.Keyword : $"{directive.Keyword} {rule.Written}";

    private string Why(SuppressionDirective directive, RuleReference? rule, int entry)
    {
        if (rule is { Id: null })
        {
            return $": no rule is called '{rule.Written}'; correct the name or remove it";
        }

        if (rule?.Id is { } id && NeverHidden.Contains(id))
        {
            return $": {id} findings cannot be suppressed in a template; remove it";
        }

        if (directive.Kind == DirectiveKind.Enable && _closes[entry] is [])
        {
            return rule is null ? " here: no rule is disabled before it; remove it" : $" here: {rule.Written} is not disabled before it; remove it";
        }

        if (directive.Kind == DirectiveKind.DisableNextLine && directive.Lines.IsEmpty)
        {
            return " here: no line with text follows it; remove it";
        }

        return " here; remove it";
    }

    private void Index(int d)
    {
        var directive = _directives[d];
        switch (directive.Kind)
        {
            case DirectiveKind.Disable or DirectiveKind.Enable:
                _ranges.Add(d);
                break;
            case DirectiveKind.DisableLine or DirectiveKind.DisableNextLine:
                foreach (var line in directive.Lines)
                {
                    if (!_byLine.TryGetValue(line, out var suppressions))
                    {
                        _byLine[line] = suppressions = new LineSuppressions();
                    }

                    // The first directive in source order that names a rule for the line hides its findings there; a
                    // later one that names it again is redundant, and so unused.
                    for (var e = _firstEntry[d]; e < _entries.Count; e++)
                    {
                        if (_entries[e].Rule is not { } rule)
                        {
                            suppressions.All ??= e;
                        }
                        else if (rule.Id is { } id)
                        {
                            suppressions.ById.TryAdd(id, e);
                        }
                    }
                }

                break;
            case DirectiveKind.FrontMatter:
                for (var e = _firstEntry[d]; e < _entries.Count; e++)
                {
                    if (_entries[e].Rule?.Id is { } id)
                    {
                        _frontMatter.TryAdd(id, e);
                    }
                }

                break;
        }
    }

    // An enable is used when a disable it ends was: replay the ranges once and note what each enable ends.
    private void FindWhatEnablesClose()
    {
        var state = new RangeState(this);
        foreach (var d in _ranges)
        {
            if (_directives[d].Kind == DirectiveKind.Enable)
            {
                for (var e = _firstEntry[d]; e < _firstEntry[d + 1]; e++)
                {
                    _closes[e] = _entries[e].Rule is { } rule
                        ? rule.Id is { } id && !NeverHidden.Contains(id) && state.Of(id) is { } open ? [open] : []
                        : state.Open();
                }
            }

            state.Apply(d);
        }
    }

    private int? LineEntry(Diagnostic diagnostic)
    {
        if (IsAboutWholeTemplate(diagnostic) || !_byLine.TryGetValue(diagnostic.Location.LineSpan.Start.Line, out var suppressions))
        {
            return null;
        }

        if (suppressions.ById.TryGetValue(diagnostic.Id, out var named))
        {
            return suppressions.All is { } all && all < named && diagnostic.Id != OnlyByName ? all : named;
        }

        return diagnostic.Id == OnlyByName ? null : suppressions.All;
    }

    private int? FrontMatterEntry(string id) => _frontMatter.TryGetValue(id, out var e) ? e : null;

    private readonly record struct Entry(int Directive, RuleReference? Rule);

    /// <summary>The line directives that reach one line: the first for every rule, and the first for each rule named.</summary>
    private sealed class LineSuppressions
    {
        public int? All { get; set; }

        public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Which disable entry is in force for each rule at a point of the sweep.</summary>
    private sealed class RangeState(SuppressionMap map)
    {
        private readonly Dictionary<string, int?> _byRule = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int?> _byNameOnly = new(StringComparer.Ordinal);
        private int? _all;

        public int? Of(string id) =>
            id == OnlyByName ? _byNameOnly.GetValueOrDefault(id) : _byRule.TryGetValue(id, out var entry) ? entry : _all;

        public List<int> Open()
        {
            var open = new List<int>();
            if (_all is { } all)
            {
                open.Add(all);
            }

            open.AddRange(_byRule.Values.Concat(_byNameOnly.Values).OfType<int>());
            return open;
        }

        public void Apply(int d)
        {
            var directive = map._directives[d];
            var disable = directive.Kind == DirectiveKind.Disable;
            if (directive.IsForAllRules)
            {
                // A disable for every rule leaves RL0003 alone; an enable for every rule turns everything back on.
                _all = disable ? map._firstEntry[d] : null;
                _byRule.Clear();
                if (!disable)
                {
                    _byNameOnly.Clear();
                }

                return;
            }

            for (var e = map._firstEntry[d]; e < map._firstEntry[d + 1]; e++)
            {
                if (map._entries[e].Rule?.Id is { } id && !NeverHidden.Contains(id))
                {
                    (id == OnlyByName ? _byNameOnly : _byRule)[id] = disable ? e : null;
                }
            }
        }
    }
}
