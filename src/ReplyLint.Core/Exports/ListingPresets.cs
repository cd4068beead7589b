using System.Collections.Immutable;

namespace ReplyLint.Exports;

/// <summary>The built-in listings of help desks other than Zendesk, recognized by the keys only they have: Freshdesk
/// canned responses, Help Scout saved replies, Intercom macros, Front message templates, Gorgias macros and Zoho Desk
/// templates. Each is a <see cref="ListingShape"/>; a <c>formats:</c> mapping can name one with <c>preset:</c>.</summary>
internal static class ListingPresets
{
    /// <summary>Each preset: its shape, and where its items may be with the test that tells one of its items.</summary>
    private static readonly ImmutableArray<(ListingShape Shape, ImmutableArray<Candidates> Where)> All =
    [
        (new ListingShape
        {
            Name = "freshdesk",
            Kind = "Freshdesk canned responses",
            Title = ["title"],
            BodyFields = ["content_html", "content"],
            Body = ListingShape.FirstOf(("content_html", ExportBodyFormat.Html, null), ("content", ExportBodyFormat.Text, null)),
            Placeholders = "freshdesk",
        }, [new(ListOrSelf, static item => item.Has("folder_id") && (item.Has("content_html") || item.Has("content")))]),

        (new ListingShape
        {
            Name = "helpscout",
            Kind = "Help Scout saved replies",
            Title = ["name"],
            BodyFields = ["text", "chatText"],
            Body = ListingShape.FirstOf(("text", ExportBodyFormat.Html, null), ("chatText", ExportBodyFormat.Text, "chat")),
            Placeholders = "helpscout",
        }, [
            new(static root => Under(Under(root, "_embedded"), "saved-replies"), static item => item.Has("text") || item.Has("chatText")),
            new(ListOrSelf, static item => item.Has("chatText")),
        ]),

        (new ListingShape
        {
            Name = "intercom",
            Kind = "Intercom macros",
            Title = ["name"],
            BodyFields = ["body_text", "body"],
            Body = ListingShape.FirstOf(("body_text", ExportBodyFormat.Text, null), ("body", ExportBodyFormat.Html, null)),
            Placeholders = "intercom",
        }, [
            new(static root => Under(root, "data"), IsIntercomMacro),
            new(ListOrSelf, IsIntercomMacro),
        ]),

        (new ListingShape
        {
            Name = "front",
            Kind = "Front message templates",
            Title = ["name"],
            Subject = ["subject"],
            BodyFields = ["body"],
            Body = ListingShape.FirstOf(("body", ExportBodyFormat.Html, null)),
            Placeholders = "front",
        }, [
            new(static root => Under(root, "_results"), static item => item.Has("body")),
            new(ListOrSelf, static item => item.Has("body") && item.Text("id") is { } id && (id.StartsWith("rsp_", StringComparison.Ordinal) || id.StartsWith("mtpl_", StringComparison.Ordinal))),
        ]),

        (new ListingShape
        {
            Name = "gorgias",
            Kind = "Gorgias macros",
            Title = ["name"],
            Fields = [("language", "locale"), ("intent", "intent")],
            BodyFields = ["setResponseText"],
            Body = GorgiasResponse,
            Placeholders = "gorgias",
        }, [
            new(static root => Under(root, "data"), static item => ResponseAction(item) is not null),
            new(ListOrSelf, static item => ResponseAction(item) is not null),
        ]),

        (new ListingShape
        {
            Name = "zoho",
            Kind = "Zoho Desk templates",
            Id = ["templateId", "id"],
            Title = ["templateName"],
            Subject = ["subject"],
            BodyFields = ["body"],
            Body = static item => item["body"] is { } body and not DataScalar { IsNull: true }
                ? new BodyChoice(body, "body", item.Text("contentType")?.Trim().ToLowerInvariant() is "richtext" or "html" ? ExportBodyFormat.Html : ExportBodyFormat.Text)
                : null,
            Placeholders = "zoho",
        }, [
            new(static root => Under(root, "data"), static item => item.Has("templateName") && item.Has("body")),
            new(ListOrSelf, static item => item.Has("templateName") && item.Has("body")),
        ]),
    ];

    /// <summary>The names a <c>formats:</c> mapping's <c>preset:</c> takes.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(static p => p.Shape.Name)];

    /// <summary>The preset called <paramref name="name"/>, or null.</summary>
    public static ListingShape? Named(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Shape.Name, name, StringComparison.OrdinalIgnoreCase)).Shape;

    /// <summary>Reads <paramref name="root"/> with the first preset that recognizes one of its items; null when none does.</summary>
    /// <exception cref="ExportFormatException">A recognized listing has a value of the wrong type.</exception>
    public static string? TryRead(DataNode root, ExportContext context)
    {
        foreach (var (shape, where) in All)
        {
            foreach (var candidates in where)
            {
                if (candidates.Items(root) is { } items && items.OfType<DataObject>().Any(candidates.IsItem))
                {
                    shape.Read(items, context, "the listing", strict: false);
                    return shape.Kind;
                }
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="root"/> as the preset <paramref name="shape"/> (named by a mapping): its first place
    /// that holds items, whether or not they look like its own.</summary>
    /// <exception cref="ExportFormatException">No place holds items, or a value has the wrong type.</exception>
    public static void ReadAs(ListingShape shape, DataNode root, ExportContext context, string where)
    {
        foreach (var candidates in All.First(p => p.Shape.Name == shape.Name).Where)
        {
            if (candidates.Items(root) is { Count: > 0 } items)
            {
                shape.Read(items, context, where, strict: true);
                return;
            }
        }

        throw new ExportFormatException(new ReplyLint.Text.TextSpan(root.Span.Start, 0), $"{where} finds no list of {shape.Kind} in this file");
    }

    private static bool IsIntercomMacro(DataObject item) =>
        item.Text("type") == "macro" && (item.Has("body_text") || item.Has("body"));

    // Gorgias keeps the reply in an action: { "name": "setResponseText", "arguments": { "body_html", "body_text" } }.
    private static DataObject? ResponseAction(DataObject item) =>
        item["actions"] is DataArray actions
            ? actions.Items.OfType<DataObject>().FirstOrDefault(static a => a.Text("name") == "setResponseText")
            : null;

    private static BodyChoice? GorgiasResponse(DataObject item)
    {
        if (ResponseAction(item)?["arguments"] is not DataObject arguments)
        {
            return null;
        }

        var choice = ListingShape.FirstOf(("body_html", ExportBodyFormat.Html, null), ("body_text", ExportBodyFormat.Text, null))(arguments);
        return choice is { } found ? found with { Field = "arguments." + found.Field } : null;
    }

    // A listing is a list of items, or one item alone (what the API returns for one ID).
    private static IReadOnlyList<DataNode>? ListOrSelf(DataNode? root) => root switch
    {
        DataArray array => array.Items,
        DataObject obj => [obj],
        _ => null,
    };

    private static IReadOnlyList<DataNode>? Under(IReadOnlyList<DataNode>? found, string key) =>
        found is [DataObject obj] ? Under(obj, key) : null;

    private static IReadOnlyList<DataNode>? Under(DataNode? root, string key) => root is DataObject obj && obj[key] is { } value
        ? value switch
        {
            DataArray array => array.Items,
            DataObject inner => [inner],
            _ => null,
        }
        : null;

    /// <summary>Where a preset's items may be, and the test that tells one of them.</summary>
    private readonly record struct Candidates(Func<DataNode, IReadOnlyList<DataNode>?> Items, Func<DataObject, bool> IsItem);
}
