using System.Collections.Frozen;
using System.Text;
using ReplyLint.Syntax;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Rules.Hygiene;

/// <summary>The placeholder names one help desk fills in, shipped as data beside RL3002
/// (<c>RL3002UnknownPlaceholder.zendesk.yaml</c>, ...): its display name, the dialects it writes, an example for
/// messages, and its names (<c>prefix.*</c> allows every name under an object).</summary>
internal sealed class HelpDeskPlaceholders
{
    /// <summary>The ids of the shipped lists, which are also the values of front matter <c>placeholders:</c>.</summary>
    public static ImmutableArray<string> Ids { get; } =
        ["chatwoot", "freshdesk", "front", "gorgias", "helpscout", "intercom", "osticket", "salesforce", "zammad", "zendesk", "zoho"];

    private static readonly FrozenDictionary<string, HelpDeskPlaceholders> ByKey = Load();

    private readonly FrozenSet<string> _names;

    // The names in ordinal order, so that the closest of two equally near names is always the same one.
    private readonly ImmutableArray<string> _ordered;
    private readonly ImmutableArray<string> _prefixes;

    private HelpDeskPlaceholders(string id, string product, string example, FrozenSet<PlaceholderDialect> dialects, ImmutableArray<string> aliases, FrozenSet<string> names, ImmutableArray<string> prefixes)
    {
        Id = id;
        Product = product;
        Example = example;
        Dialects = dialects;
        Aliases = aliases;
        _names = names;
        _ordered = [.. names.Order(StringComparer.Ordinal)];
        _prefixes = prefixes;
    }

    /// <summary>The id, such as <c>helpscout</c>.</summary>
    public string Id { get; }

    /// <summary>The help desk's name as people write it, such as <c>Help Scout</c>.</summary>
    public string Product { get; }

    /// <summary>A placeholder as the help desk writes it, for messages: <c>{%customer.firstName,fallback=there%}</c>.</summary>
    public string Example { get; }

    /// <summary>The dialects the help desk fills in.</summary>
    public FrozenSet<PlaceholderDialect> Dialects { get; }

    /// <summary>Other names the list answers to (<c>freescout</c> for Help Scout's).</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>The list a template names (<c>zendesk</c>, <c>Help Scout</c>, <c>zoho-desk</c>: case, spaces and dashes
    /// do not matter), or null.</summary>
    public static HelpDeskPlaceholders? Find(string? name) =>
        name is null ? null : ByKey.GetValueOrDefault(Key(name));

    /// <summary>The list of the one help desk a dialect belongs to, when its syntax says which: Help Scout's
    /// <c>{%x.y%}</c>, Zoho's <c>${X.Y}</c>, Salesforce's <c>{!X.Y}</c>, osTicket's <c>%{x.y}</c>, Zammad's
    /// <c>#{x.y}</c>, Intercom's <c>&lt;attribute/&gt;</c>. Braces are written by too many help desks to tell.</summary>
    public static HelpDeskPlaceholders? For(PlaceholderDialect dialect) => dialect switch
    {
        PlaceholderDialect.HelpScout => Find("helpscout"),
        PlaceholderDialect.Zoho => Find("zoho"),
        PlaceholderDialect.Salesforce => Find("salesforce"),
        PlaceholderDialect.Intercom => Find("intercom"),
        PlaceholderDialect.OsTicket => Find("osticket"),
        PlaceholderDialect.Zammad => Find("zammad"),
        _ => null,
    };

    /// <summary>The id of the list whose id, alias or name is nearest to a name that is none (two edits at most), or null.</summary>
    public static string? Nearest(string name)
    {
        var key = Key(name);
        string? nearest = null;
        var best = 3;
        foreach (var (candidate, list) in ByKey.OrderBy(static e => e.Key, StringComparer.Ordinal))
        {
            var distance = EditDistance.Compute(key, candidate, 2);
            if (distance < best)
            {
                (nearest, best) = (list.Id, distance);
            }
        }

        return nearest;
    }

    /// <summary>What people call a dialect, for messages.</summary>
    public static string NameOf(PlaceholderDialect dialect) => dialect switch
    {
        PlaceholderDialect.HelpScout => "Help Scout",
        PlaceholderDialect.Zoho => "Zoho",
        PlaceholderDialect.Salesforce => "Salesforce",
        PlaceholderDialect.Intercom => "Intercom's HTML",
        PlaceholderDialect.OsTicket => "osTicket",
        PlaceholderDialect.Zammad => "Zammad",
        _ => "Liquid or Handlebars braces",
    };

    /// <summary>Whether the help desk fills in <paramref name="name"/>: listed, under a listed <c>prefix.*</c>, or either once
    /// its indexes are dropped (<c>ticket.messages[0].body_text</c> is <c>ticket.messages.body_text</c>).</summary>
    public bool Knows(string name)
    {
        if (IsListed(name))
        {
            return true;
        }

        var withoutIndexes = WithoutIndexes(name);
        return !ReferenceEquals(withoutIndexes, name) && IsListed(withoutIndexes);
    }

    /// <summary>The listed name a typo's distance from <paramref name="name"/> (fewest edits, then ordinal order), or null.
    /// A name with indexes is never matched: a suggestion would drop them.</summary>
    public string? Closest(string name) => Closest(name, out _);

    /// <summary>As <see cref="Closest(string)"/>, with the distance.</summary>
    public string? Closest(string name, out int distance)
    {
        distance = int.MaxValue;
        if (name.Contains('[', StringComparison.Ordinal))
        {
            return null;
        }

        string? meant = null;
        foreach (var candidate in _ordered)
        {
            var candidateDistance = RL3002UnknownPlaceholder.TypoDistance(name, candidate, isKeyword: false);
            if (candidateDistance < distance)
            {
                (meant, distance) = (candidate, candidateDistance);
            }
        }

        return meant;
    }

    private bool IsListed(string name) =>
        _names.Contains(name) || _prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    // "a.b[0].c" → "a.b.c"; the same string when there is no index.
    private static string WithoutIndexes(string name)
    {
        if (!name.Contains('[', StringComparison.Ordinal))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            depth += c == '[' ? 1 : 0;
            if (depth == 0)
            {
                builder.Append(c);
            }

            depth -= c == ']' && depth > 0 ? 1 : 0;
        }

        return builder.ToString();
    }

    private static string Key(string name) =>
        string.Concat(name.Where(static c => c is not (' ' or '-' or '_'))).ToLowerInvariant();

    private static FrozenDictionary<string, HelpDeskPlaceholders> Load()
    {
        var byKey = new Dictionary<string, HelpDeskPlaceholders>(StringComparer.Ordinal);
        foreach (var id in Ids)
        {
            var list = Read(id);
            foreach (var key in list.Aliases.Append(id).Append(list.Product))
            {
                byKey[Key(key)] = list;
            }
        }

        return byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static HelpDeskPlaceholders Read(string id)
    {
        var type = typeof(RL3002UnknownPlaceholder);
        var resourceName = $"{type.FullName}.{id}.yaml";
        using var stream = type.Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' was not found.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidOperationException($"{resourceName}: expected one document with 'product', 'example', 'dialects' and 'names'.");
        }

        var names = new List<string>();
        var prefixes = new List<string>();
        foreach (var name in Strings(root, "names", resourceName))
        {
            if (name.EndsWith('*'))
            {
                prefixes.Add(name[..^1]);
            }
            else
            {
                names.Add(name);
            }
        }

        return new HelpDeskPlaceholders(
            id,
            Scalar(root, "product", resourceName),
            Scalar(root, "example", resourceName),
            Strings(root, "dialects", resourceName).Select(d => Dialect(d, resourceName)).ToFrozenSet(),
            root.Children.ContainsKey(new YamlScalarNode("aliases")) ? [.. Strings(root, "aliases", resourceName)] : [],
            names.ToFrozenSet(StringComparer.Ordinal),
            [.. prefixes]);
    }

    private static string Scalar(YamlMappingNode root, string key, string resourceName) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new InvalidOperationException($"{resourceName}: expected a '{key}' text.");

    private static IEnumerable<string> Strings(YamlMappingNode root, string key, string resourceName)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode sequence)
        {
            throw new InvalidOperationException($"{resourceName}: expected a '{key}' list.");
        }

        return sequence.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new InvalidOperationException($"{resourceName}({item.Start.Line},{item.Start.Column}): expected a name in '{key}'."));
    }

    private static PlaceholderDialect Dialect(string name, string resourceName) => name switch
    {
        "liquid" => PlaceholderDialect.Liquid,
        "helpscout" => PlaceholderDialect.HelpScout,
        "zoho" => PlaceholderDialect.Zoho,
        "salesforce" => PlaceholderDialect.Salesforce,
        "intercom" => PlaceholderDialect.Intercom,
        "osticket" => PlaceholderDialect.OsTicket,
        "zammad" => PlaceholderDialect.Zammad,
        _ => throw new InvalidOperationException($"{resourceName}: '{name}' is no dialect."),
    };
}
