using ReplyLint.Syntax;

namespace ReplyLint.Rules.Hygiene;

/// <summary>RL3002 unknown-placeholder: a placeholder name the help desk does not know, so it fills in nothing.</summary>
/// <remarks>
/// <para>Template problem: a misspelt name (<c>{{customer.frist_name}}</c>) renders as an empty gap, and nothing
/// warns the writer. Signals, by mode:</para>
/// <list type="bullet">
/// <item>With the option <c>known</c> (comma-separated names; <c>prefix.*</c> allows a whole object), every value
/// placeholder not on the list is reported, with the closest listed name when one is near.</item>
/// <item>Without it, the run is the reference: a name used once or twice in the whole run that is a typo's distance
/// from a name used at least three times is reported (a run action, so every template counts).</item>
/// <item>Always: a tag or block helper that is a typo's distance from a template keyword (<c>{% endfi %}</c>).</item>
/// </list>
/// <para>Bracket fill-ins (<c>[Customer Name]</c>) are typed in by the agent, not filled in by the help desk, and are
/// never checked. Nor are template keywords, loop and assigned variables, names inside a block that changes the
/// context, or broken placeholders (RL3001's).</para>
/// <para>"A typo's distance" is a Damerau-Levenshtein distance of 1 for names of 5 to 9 characters and up to 2 from 10
/// characters on, or a difference in case alone. Pairs that differ only in digits (<c>address_line1</c>,
/// <c>address_line2</c>), by a plural <c>s</c>, or in one short part (<c>order.id</c>, <c>order.ip</c>) are
/// left alone. Docs: rules/docs/RL3002.md.</para>
/// </remarks>
public sealed class RL3002UnknownPlaceholder : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL3002";

    /// <summary>The option that lists the known names (the configuration's <c>placeholders.known</c>).</summary>
    public const string KnownOption = "known";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "unknown-placeholder",
        title: "Unknown placeholder name",
        messageFormat: "'{0}' {1}; {2}.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A help desk fills a placeholder it does not know with nothing, so a misspelt name leaves a gap where the customer's name or order number should be.",
        options: [OptionDescriptor.NameList(KnownOption, "The placeholder names your help desk fills in; 'prefix.*' allows every name under an object.")]);

    // A name this common in the run is taken as right; a name this rare next to it, as a slip.
    private const int CommonUses = 3;
    private const int RareUses = 2;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(static context =>
        {
            var uses = PlaceholderUses.Of(context.Document);
            var known = KnownNames.From(context.Options);
            foreach (var use in uses)
            {
                if (use.Kind == PlaceholderUseKind.Keyword)
                {
                    ReportKeywordSlip(context, use);
                }
                else if (known is not null && !known.Contains(use.Name))
                {
                    var closest = known.Closest(use.Name);
                    var advice = closest is null
                        ? $"use a configured name, or add '{use.Name}' to the list"
                        : $"write '{PlaceholderUses.WithName(use, closest)}', or add '{use.Name}' to the list";
                    context.Report(Descriptor, use.Span, null, use.Written, "is not in the configured list of placeholders", advice);
                }
            }
        });

        context.RegisterRunAction<Summary>(
            static context =>
            {
                if (KnownNames.From(context.Options) is not null)
                {
                    return null; // the configured list decides, per template, above
                }

                var document = context.Document;
                var uses = PlaceholderUses.Of(document).Where(static u => u.Kind == PlaceholderUseKind.Value).ToList();
                return uses.Count == 0
                    ? null
                    : new Summary([.. uses.Select(u => new Use(u, Location.Create(document.Path, document.Text, u.Span)))]);
            },
            static run =>
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var template in run.Documents)
                {
                    foreach (var use in template.Summary.Uses)
                    {
                        counts[use.Placeholder.Name] = counts.GetValueOrDefault(use.Placeholder.Name) + 1;
                    }
                }

                var common = counts.Where(static c => c.Value >= CommonUses).Select(static c => c.Key).Order(StringComparer.Ordinal).ToList();
                var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var template in run.Documents)
                {
                    foreach (var use in template.Summary.Uses)
                    {
                        run.CancellationToken.ThrowIfCancellationRequested();
                        var name = use.Placeholder.Name;
                        var uses = counts[name];
                        if (uses > RareUses)
                        {
                            continue;
                        }

                        if (!verdicts.TryGetValue(name, out var meant))
                        {
                            verdicts[name] = meant = Closest(name, common, counts);
                        }

                        if (meant is not null)
                        {
                            var because = $"looks like a typo: the run uses '{meant}' {counts[meant]} times and this name {(uses == 1 ? "only once" : "only twice")}";
                            run.ReportDiagnostic(Diagnostic.Create(Descriptor, use.Location, null, use.Placeholder.Written, because, $"write '{PlaceholderUses.WithName(use.Placeholder, meant)}'"));
                        }
                    }
                }
            });
    }

    private static void ReportKeywordSlip(DocumentAnalysisContext context, PlaceholderUse use)
    {
        string? meant = null;
        var best = int.MaxValue;
        foreach (var keyword in TemplateKeywords.Suggestable.Order(StringComparer.Ordinal))
        {
            var distance = TypoDistance(use.Name, keyword, isKeyword: true);
            if (distance < best)
            {
                (meant, best) = (keyword, distance);
            }
        }

        if (meant is not null)
        {
            context.Report(Descriptor, use.Span, null, use.Written, "is not a template keyword", $"write '{PlaceholderUses.WithName(use, meant)}'");
        }
    }

    // The common name nearest to a rare one: fewest edits, then most uses, then ordinal order.
    private static string? Closest(string name, List<string> common, Dictionary<string, int> counts)
    {
        string? meant = null;
        var best = int.MaxValue;
        foreach (var candidate in common)
        {
            var distance = TypoDistance(name, candidate, isKeyword: false);
            if (distance < best || (distance == best && distance != int.MaxValue && counts[candidate] > counts[meant!]))
            {
                (meant, best) = (candidate, distance);
            }
        }

        return meant;
    }

    /// <summary>How many edits turn <paramref name="written"/> into <paramref name="meant"/> when that is few enough to
    /// be a slip (0 for a difference in case alone); <see cref="int.MaxValue"/> when the two are simply different names.</summary>
    internal static int TypoDistance(string written, string meant, bool isKeyword)
    {
        if (string.Equals(written, meant, StringComparison.Ordinal))
        {
            return int.MaxValue;
        }

        if (string.Equals(written, meant, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var shortest = Math.Min(written.Length, meant.Length);
        var allowed = shortest >= 10 ? 2 : shortest >= (isKeyword ? 4 : 5) ? 1 : 0;
        if (allowed == 0 || (!isKeyword && IsDeliberateVariant(written, meant)))
        {
            return int.MaxValue;
        }

        var distance = EditDistance.Compute(written.ToLowerInvariant(), meant.ToLowerInvariant(), allowed);
        return distance <= allowed ? distance : int.MaxValue;
    }

    // address_line1 / address_line2, order.item / order.items, order.id / order.ip: names that look alike on purpose,
    // or too short a part to tell a slip from another field.
    private static bool IsDeliberateVariant(string a, string b)
    {
        if (Strip(a, char.IsDigit) == Strip(b, char.IsDigit))
        {
            return true;
        }

        var partsA = a.Split('.');
        var partsB = b.Split('.');
        if (partsA.Length != partsB.Length)
        {
            return false;
        }

        var differing = -1;
        for (var i = 0; i < partsA.Length; i++)
        {
            if (!string.Equals(partsA[i], partsB[i], StringComparison.OrdinalIgnoreCase))
            {
                if (differing >= 0)
                {
                    return false;
                }

                differing = i;
            }
        }

        if (differing < 0)
        {
            return false;
        }

        var (x, y) = (partsA[differing], partsB[differing]);
        return (x.Length <= 3 && y.Length <= 3) || x == y + "s" || y == x + "s";
    }

    private static string Strip(string text, Func<char, bool> drop) => string.Concat(text.Where(c => !drop(c)));

    /// <summary>A template's value placeholders, with where to report them.</summary>
    internal sealed record Summary(ImmutableArray<Use> Uses);

    /// <summary>One value placeholder and its location.</summary>
    internal sealed record Use(PlaceholderUse Placeholder, Location Location);

    /// <summary>The configured names: exact names, and <c>prefix.*</c> for every name under an object.</summary>
    private sealed class KnownNames
    {
        private readonly HashSet<string> _names;
        private readonly List<string> _prefixes;

        private KnownNames(HashSet<string> names, List<string> prefixes)
        {
            _names = names;
            _prefixes = prefixes;
        }

        public static KnownNames? From(AnalyzerOptions options)
        {
            if (!options.TryGetValue(Id, KnownOption, out var text))
            {
                return null;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            var prefixes = new List<string>();
            foreach (var entry in text.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var name = entry.Trim('"', '\'', '[', ']', ' ');
                if (name.EndsWith(".*", StringComparison.Ordinal))
                {
                    prefixes.Add(name[..^1]);
                }
                else if (name.Length > 0)
                {
                    names.Add(name);
                }
            }

            return names.Count == 0 && prefixes.Count == 0 ? null : new KnownNames(names, prefixes);
        }

        public bool Contains(string name) =>
            _names.Contains(name) || _prefixes.Exists(p => name.StartsWith(p, StringComparison.Ordinal));

        public string? Closest(string name)
        {
            string? meant = null;
            var best = int.MaxValue;
            foreach (var candidate in _names.Order(StringComparer.Ordinal))
            {
                var distance = TypoDistance(name, candidate, isKeyword: false);
                if (distance < best)
                {
                    (meant, best) = (candidate, distance);
                }
            }

            return meant;
        }
    }
}
