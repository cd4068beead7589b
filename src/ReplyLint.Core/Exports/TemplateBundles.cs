using System.Collections.Immutable;
using System.Globalization;
using ReplyLint.Syntax;

namespace ReplyLint.Exports;

/// <summary>Template bundles: many templates in one YAML or JSON file, under <c>templates:</c> (with the fields a
/// template file has in front matter) or <c>replies:</c> (<c>name</c> and <c>body</c>, the <c>.github/replies.yml</c>
/// convention, linted as it is).</summary>
/// <remarks>A template's fields: <c>id</c>, <c>title</c> (or <c>name</c>), <c>body</c>, <c>format</c> (<c>markdown</c>, the
/// default, <c>html</c> or <c>text</c>), <c>subject</c>, <c>channel</c>, <c>intent</c>, <c>tags</c>, <c>locale</c>,
/// <c>audience</c> (<c>internal</c> for a note to colleagues), <c>active</c>, <c>placeholders</c> (the help desk whose
/// placeholders the body uses; also settable for the whole bundle) and <c>replylint:</c> (<c>disable</c> and <c>reason</c>,
/// as in front matter).</remarks>
internal static class TemplateBundles
{
    public const string Kind = "template bundle";

    private static readonly ImmutableArray<string> Copied = ["channel", "intent", "tags", "locale", "audience", "category", "description"];

    /// <summary>Reads the templates of a bundle into <paramref name="context"/>; false when <paramref name="root"/> is no bundle.</summary>
    /// <exception cref="ExportFormatException">It is a bundle with a value of the wrong type.</exception>
    public static bool TryRead(DataNode root, ExportContext context)
    {
        if (root is not DataObject bundle)
        {
            return false;
        }

        var key = bundle["templates"] is DataArray ? "templates" : bundle["replies"] is DataArray ? "replies" : null;
        if (key is null || bundle[key] is not DataArray list || !IsBundleList(list))
        {
            return false;
        }

        var placeholders = bundle.Text("placeholders");
        for (var i = 0; i < list.Items.Count; i++)
        {
            var what = $"item {i + 1} of '{key}'";
            if (list.Items[i] is not DataObject item)
            {
                throw ExportContext.WrongType(list.Items[i], what, "an object with 'body'");
            }

            ReadTemplate(item, what, (i + 1).ToString(CultureInfo.InvariantCulture), placeholders, context);
        }

        return true;
    }

    // A list under 'templates' in some other YAML (a tool's configuration) is not a bundle: one of a bundle's items
    // has a body.
    private static bool IsBundleList(DataArray list) =>
        list.Items.Count == 0 || list.Items.Any(static item => item is DataObject obj && obj.Has("body"));

    private static void ReadTemplate(DataObject item, string what, string position, string? placeholders, ExportContext context)
    {
        if (context.Skips(item["active"]))
        {
            return;
        }

        var title = item.Text("title") ?? item.Text("name");
        var id = item.Text("id") ?? title ?? position;
        var named = $"template '{id}'";
        if (item["body"] is not { } bodyNode)
        {
            throw new ExportFormatException(item.Span, $"{what} has no 'body'; expected the reply text under 'body'");
        }

        // 'body:' with nothing after it is YAML's null: an empty template, which RL3005 reports where the key's value is.
        var body = ExportContext.Text(bodyNode, $"'body' of {named}") ?? (DataScalar)bodyNode;
        var format = item["format"] switch
        {
            null or DataScalar { IsNull: true } => ExportBodyFormat.Markdown,
            DataScalar { Value: var name } scalar => name.Trim().ToLowerInvariant() switch
            {
                "markdown" or "md" => ExportBodyFormat.Markdown,
                "html" => ExportBodyFormat.Html,
                "text" or "plain" or "plaintext" => ExportBodyFormat.Text,
                _ => throw new ExportFormatException(scalar.Span, $"'format' of {named} is '{name}'; expected markdown, html or text"),
            },
            var other => throw ExportContext.WrongType(other, $"'format' of {named}", "markdown, html or text"),
        };

        var fields = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.Ordinal);
        if (title is not null)
        {
            fields["title"] = Field.Scalar(title);
        }

        foreach (var name in Copied)
        {
            if (item[name] is { } value and not DataScalar { IsNull: true })
            {
                fields[name] = Field.From(value);
            }
        }

        if ((item.Text("placeholders") ?? placeholders) is { Length: > 0 } dialect)
        {
            fields["placeholders"] = Field.Scalar(dialect);
        }

        if (item["replylint"] is DataObject settings)
        {
            fields["replylint"] = Field.From(settings);
        }

        context.Add(new ExportTemplate(id, body, format)
        {
            Subject = ExportContext.Text(item["subject"], $"'subject' of {named}") is { Value.Length: > 0 } subject ? subject : null,
            IsInternal = string.Equals(item.Text("audience")?.Trim(), "internal", StringComparison.OrdinalIgnoreCase),
            Fields = fields.ToImmutable(),
        });
    }
}
