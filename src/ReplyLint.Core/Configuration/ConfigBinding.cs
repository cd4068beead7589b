using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;

namespace ReplyLint.Configuration;

/// <summary>The configuration files of a run matched to the run's rules: the settings of each template, and the warnings
/// about keys that name no rule or option. Made by <see cref="ConfigResolver.Bind"/>.</summary>
/// <remarks>
/// <para>Precedence, lowest first: each rule's default; then each file of the chain from the outermost to the nearest,
/// and within one file its <c>placeholders: known</c> (as RL3002's <c>known</c>), its <c>rules</c>, then each of its
/// <c>overrides</c> whose <c>files</c> match, in order. Severity and each option are merged one by one, so a nearer file
/// that sets only <c>max-words</c> keeps the severity set further up.</para>
/// <para>Safe to use from several threads.</para>
/// </remarks>
public sealed class ConfigBinding
{
    /// <summary>The rule that <c>placeholders: known</c> feeds, and its option.</summary>
    internal const string KnownPlaceholdersRule = "RL3002";
    internal const string KnownPlaceholdersOption = "known";

    private readonly Lock _gate = new();
    private readonly ConfigResolver _resolver;
    private readonly Dictionary<string, DiagnosticDescriptor> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DiagnosticDescriptor> _descriptors;
    private readonly Dictionary<ReplyLintConfig, BoundConfig> _bound = new(ReferenceEqualityComparer.Instance);
    private readonly List<ConfigWarning> _warnings = [];

    internal ConfigBinding(ConfigResolver resolver, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        _resolver = resolver;
        _descriptors = [.. descriptors];
        foreach (var descriptor in _descriptors)
        {
            _rules.TryAdd(descriptor.Id, descriptor);
            _rules.TryAdd(descriptor.Name, descriptor);
        }

        // Every file read so far is checked now, so its errors and warnings come out before the run, whatever it lints.
        foreach (var config in resolver.Loaded)
        {
            BoundOf(config);
        }
    }

    /// <summary>Every warning of every configuration file read so far (unknown keys, rules and options), ordered by
    /// file, line and column.</summary>
    public ImmutableArray<ConfigWarning> Warnings
    {
        get
        {
            lock (_gate)
            {
                foreach (var config in _resolver.Loaded)
                {
                    BoundOf(config);
                }

                return [.. _resolver.Loaded.SelectMany(static c => c.Warnings).Concat(_warnings)
                    .OrderBy(static w => w.Source.DisplayPath, StringComparer.Ordinal)
                    .ThenBy(static w => w.Source.Line)
                    .ThenBy(static w => w.Source.Column)
                    .ThenBy(static w => w.Message, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The run-wide settings: those of the working directory's configuration (or the one file given),
    /// without <c>overrides</c>, which match files. Run actions that compare templates use these options.</summary>
    /// <exception cref="ConfigException">A configuration that applies is not valid.</exception>
    public FileSettings RunSettings => Merge(_resolver.ChainFor(_resolver.WorkingDirectory), fullPath: null);

    /// <summary>The settings of the template at <paramref name="fullPath"/>.</summary>
    /// <exception cref="ConfigException">A configuration that applies is not valid.</exception>
    public FileSettings SettingsFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var settings = Merge(_resolver.ChainFor(Path.GetDirectoryName(fullPath)!), fullPath);
        return _resolver.FormatsFor(fullPath) is { IsEmpty: false } formats ? settings.WithFormats(formats) : settings;
    }

    private FileSettings Merge(ImmutableArray<ReplyLintConfig> chain, string? fullPath)
    {
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        var options = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        for (var i = chain.Length - 1; i >= 0; i--)
        {
            var config = chain[i];
            BoundConfig bound;
            lock (_gate)
            {
                bound = BoundOf(config);
            }

            if (config.KnownPlaceholders is { } known)
            {
                OptionsOf(options, KnownPlaceholdersRule)[KnownPlaceholdersOption] = string.Join(", ", known);
            }

            Apply(bound.Rules, severities, options);
            if (fullPath is not null && ConfigResolver.RelativePath(config, fullPath) is { } relative)
            {
                foreach (var (files, rules) in bound.Overrides)
                {
                    if (files.Match(relative).HasMatches)
                    {
                        Apply(rules, severities, options);
                    }
                }
            }
        }

        return new FileSettings(
            severities.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            new AnalyzerOptions(options.ToImmutableDictionary(
                static p => p.Key,
                static p => p.Value.ToImmutableDictionary(StringComparer.Ordinal),
                StringComparer.Ordinal)));
    }

    private static void Apply(ImmutableArray<BoundRule> rules, Dictionary<string, DiagnosticSeverity> severities, Dictionary<string, Dictionary<string, string>> options)
    {
        foreach (var rule in rules)
        {
            if (rule.Severity is { } severity)
            {
                severities[rule.Id] = severity;
            }

            foreach (var (name, value) in rule.Options)
            {
                OptionsOf(options, rule.Id)[name] = value;
            }
        }
    }

    private static Dictionary<string, string> OptionsOf(Dictionary<string, Dictionary<string, string>> options, string ruleId)
    {
        if (!options.TryGetValue(ruleId, out var byName))
        {
            options[ruleId] = byName = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return byName;
    }

    // Callers hold _gate.
    private BoundConfig BoundOf(ReplyLintConfig config)
    {
        if (!_bound.TryGetValue(config, out var bound))
        {
            bound = new BoundConfig(
                BindRules(config.Rules),
                [.. config.Overrides.Select(o => (ConfigResolver.GlobMatcher(o.Files), BindRules(o.Rules)))]);
            _bound[config] = bound;
        }

        return bound;
    }

    private ImmutableArray<BoundRule> BindRules(ImmutableArray<RuleSetting> settings)
    {
        var rules = ImmutableArray.CreateBuilder<BoundRule>(settings.Length);
        foreach (var setting in settings)
        {
            if (!_rules.TryGetValue(setting.Key, out var descriptor))
            {
                _warnings.Add(new ConfigWarning(setting.Source, $"unknown rule '{setting.Key}'; it is ignored ({Suggest(setting.Key)})."));
                continue;
            }

            var options = ImmutableArray.CreateBuilder<(string, string)>(setting.Options.Length);
            foreach (var option in setting.Options)
            {
                var declared = descriptor.Options.FirstOrDefault(o => string.Equals(o.Name, option.Name, StringComparison.OrdinalIgnoreCase));
                if (declared is null)
                {
                    var takes = descriptor.Options.IsEmpty
                        ? $"{descriptor.Id} takes no options"
                        : $"{descriptor.Id} takes {Listed(descriptor.Options.Select(static o => o.Name).ToList())}";
                    _warnings.Add(new ConfigWarning(option.Source, $"unknown option '{option.Name}' for {descriptor.Id} ({descriptor.Name}); it is ignored ({takes})."));
                    continue;
                }

                if ((option.IsList && declared.Type != OptionType.NameList) || !declared.IsValid(option.Value))
                {
                    var found = option.IsList ? "a list" : ConfigLoader.Quoted(option.Value);
                    throw new ConfigException(option.ValueSource, $"option '{declared.Name}' of {descriptor.Id} ({descriptor.Name}) is {found}; expected {declared.Expected}.");
                }

                options.Add((declared.Name, declared.Type == OptionType.WholeNumber ? option.Value.Trim() : option.Value));
            }

            rules.Add(new BoundRule(descriptor.Id, setting.Severity, options.ToImmutable()));
        }

        return rules.ToImmutable();
    }

    // A near miss of a name names the rule that was probably meant (IDs are too alike for that); otherwise the message
    // says where the list is.
    private string Suggest(string key)
    {
        var best = _rules.Keys
            .Where(static candidate => candidate.Contains('-', StringComparison.Ordinal))
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(key.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(static c => c.Distance <= 2)
            .OrderBy(static c => c.Distance)
            .ThenBy(static c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is { } meant ? $"did you mean '{meant}'?" : "'replylint rules' lists the rules";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Listed(List<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];

    private sealed record BoundRule(string Id, DiagnosticSeverity? Severity, ImmutableArray<(string Name, string Value)> Options);

    private sealed record BoundConfig(ImmutableArray<BoundRule> Rules, ImmutableArray<(Matcher Files, ImmutableArray<BoundRule> Rules)> Overrides);
}
