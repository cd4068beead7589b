using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>RL3002 unknown-placeholder: a placeholder name the help desk does not know, so it fills in nothing.</summary>
/// <remarks>
/// <para>Template problem: a misspelt name (<c>{{customer.frist_name}}</c>) renders as an empty gap, and nothing
/// warns the writer. Signals, by mode:</para>
/// <list type="bullet">
/// <item>With the option <c>known</c> (comma-separated names; <c>prefix.*</c> allows a whole object), every value
/// placeholder not on the list (nor on the help desk's own list, below) is reported, with the closest name when one
/// is near.</item>
/// <item>With a help desk's list: the template's front matter <c>placeholders: zendesk</c> (an export reader sets
/// it too) picks one of the lists shipped beside this rule (<c>RL3002UnknownPlaceholder.zendesk.yaml</c>, ...);
/// without it, a syntax only one help desk writes picks that desk's list (Help Scout's <c>{%customer.firstName%}</c>,
/// Zoho's <c>${Cases.Contact Name}</c>, Salesforce's <c>{!Contact.FirstName}</c>, osTicket's <c>%{ticket.number}</c>,
/// Zammad's <c>#{ticket.title}</c>). A name a typo's distance from a listed one is reported with it ("did you
/// mean"); other unlisted names are the account's own fields, left to the run. A placeholder in a syntax the named
/// help desk does not fill in is reported, and so is a <c>placeholders:</c> value that names no known help desk.</item>
/// <item>Without either, the run is the reference: a name used once or twice in the whole run that is a typo's
/// distance from a name used at least three times is reported (a run action, so every template counts).</item>
/// <item>Always: a tag or block helper that is a typo's distance from a template keyword (<c>{% endfi %}</c>).</item>
/// </list>
/// <para>Manual fill-ins (<c>[Customer Name]</c>, <c>&lt;reporter&gt;</c>, <c>XXXXX</c>) are typed in by the agent, not
/// filled in by the help desk, and are never checked (RL3003 judges the ones that read as notes to self). Nor are
/// template keywords, loop and assigned variables, names inside a block that changes the context, Salesforce
/// formulas, or broken placeholders (RL3001's).</para>
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

    /// <summary>The front matter key that names the help desk a template is written for (<c>placeholders: zendesk</c>).</summary>
    public const string PlaceholdersKey = "placeholders";

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
            var judgement = Judge(context.Document, KnownNames.From(context.Options));
            foreach (var finding in judgement.Findings)
            {
                context.Report(Descriptor, finding.Span, null, finding.Written, finding.Because, finding.Advice);
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
                var values = Judge(document, null).Values;
                return values.Count == 0
                    ? null
                    : new Summary([.. values.Select(v => new Use(v.Use, Location.Create(document.Path, document.Text, v.Use.Span), v.IsJudged))]);
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
                        if (uses > RareUses || use.IsJudged)
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

    // What the template says about its own placeholders: findings to report, and the value placeholders with whether a
    // list has already judged them (known to the help desk, or reported), which the comparison across the run leaves alone.
    private static Judgement Judge(TemplateDocument document, KnownNames? configured)
    {
        var findings = new List<Finding>();
        var values = new List<(PlaceholderUse Use, bool IsJudged)>();
        var declared = DeclaredHelpDesk(document, findings);
        foreach (var use in PlaceholderUses.Of(document))
        {
            if (use.Kind == PlaceholderUseKind.Keyword)
            {
                if (KeywordSlip(use) is { } slip)
                {
                    findings.Add(slip);
                }

                continue;
            }

            if (declared is not null && !declared.Dialects.Contains(use.Dialect))
            {
                findings.Add(new Finding(
                    use.Span,
                    use.Written,
                    $"is written for {HelpDeskPlaceholders.NameOf(use.Dialect)}, which {declared.Product} does not fill in",
                    $"write a {declared.Product} placeholder such as '{declared.Example}'"));
                values.Add((use, true));
                continue;
            }

            var list = declared ?? HelpDeskPlaceholders.For(use.Dialect);
            var isListed = list?.Knows(use.Name) ?? false;
            if (configured is not null)
            {
                if (!isListed && !configured.Contains(use.Name))
                {
                    var meant = configured.Closest(use.Name, out var distance);
                    if (list?.Closest(use.Name, out var listDistance) is { } listed && listDistance < distance)
                    {
                        meant = listed;
                    }

                    var advice = meant is null
                        ? $"use a configured name, or add '{use.Name}' to the list"
                        : $"write '{PlaceholderUses.WithName(use, meant)}', or add '{use.Name}' to the list";
                    findings.Add(new Finding(use.Span, use.Written, "is not in the configured list of placeholders", advice));
                }

                continue;
            }

            if (list is not null && !isListed && list.Closest(use.Name) is { } nearest)
            {
                findings.Add(new Finding(use.Span, use.Written, $"is not one of {list.Product}'s placeholders", $"write '{PlaceholderUses.WithName(use, nearest)}', the nearest name it fills in"));
                values.Add((use, true));
                continue;
            }

            values.Add((use, isListed));
        }

        return new Judgement(findings, values);
    }

    // The help desk the front matter names (placeholders: zendesk); a name that is none is reported on the value.
    private static HelpDeskPlaceholders? DeclaredHelpDesk(TemplateDocument document, List<Finding> findings)
    {
        if (document.FrontMatter?.Fields.GetValueOrDefault(PlaceholdersKey) is not { Scalar: { } written } value || written.Trim().Length == 0)
        {
            return null;
        }

        if (HelpDeskPlaceholders.Find(written.Trim()) is { } found)
        {
            return found;
        }

        var advice = HelpDeskPlaceholders.Nearest(written.Trim()) is { } nearest
            ? $"write '{nearest}'"
            : $"write one of {string.Join(", ", HelpDeskPlaceholders.Ids.Select(static id => $"'{id}'"))}, or leave the key out";
        findings.Add(new Finding(value.Span, written.Trim(), "names no help desk whose placeholders ReplyLint knows", advice));
        return null;
    }

    private static Finding? KeywordSlip(PlaceholderUse use)
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

        return meant is null ? null : new Finding(use.Span, use.Written, "is not a template keyword", $"write '{PlaceholderUses.WithName(use, meant)}'");
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

    /// <summary>One value placeholder and its location; <paramref name="IsJudged"/> when a help desk's list already
    /// decided it, so that the run only counts it.</summary>
    internal sealed record Use(PlaceholderUse Placeholder, Location Location, bool IsJudged);

    private sealed record Finding(TextSpan Span, string Written, string Because, string Advice);

    private sealed record Judgement(List<Finding> Findings, List<(PlaceholderUse Use, bool IsJudged)> Values);

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

        public string? Closest(string name, out int best)
        {
            string? meant = null;
            best = int.MaxValue;
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
