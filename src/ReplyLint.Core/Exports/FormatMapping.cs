using System.Collections.Immutable;
using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>One entry under <c>formats:</c> in <c>.replylint.yaml</c>: how the templates of the JSON (or YAML) listings
/// its <c>files</c> match are found. A <c>preset</c> names a built-in listing; the other keys say it field by field, or
/// change a preset's fields.</summary>
/// <param name="Files">The globs, relative to the configuration's folder.</param>
/// <param name="Preset">The built-in listing to read the files as, or null.</param>
/// <param name="Items">Where the templates are (<c>$[*]</c> by default), or null to take the preset's places.</param>
/// <param name="Id">The fields that may hold a template's ID, the first present winning; empty for the default.</param>
/// <param name="Title">The fields that may hold its title.</param>
/// <param name="Body">The fields that may hold its reply text.</param>
/// <param name="Subject">The fields that may hold a subject line.</param>
/// <param name="BodyFormat">How the reply text is written (plain text by default).</param>
/// <param name="Placeholders">The placeholder dialect of the bodies.</param>
/// <param name="Where">Where the entry is written, <c>file(line,column)</c>, for messages.</param>
internal sealed record FormatMapping(
    ImmutableArray<string> Files,
    string? Preset,
    ItemsPath? Items,
    ImmutableArray<string> Id,
    ImmutableArray<string> Title,
    ImmutableArray<string> Body,
    ImmutableArray<string> Subject,
    ExportBodyFormat? BodyFormat,
    string? Placeholders,
    string Where)
{
    /// <summary>The keys of an entry, in the order the docs list them.</summary>
    public static ImmutableArray<string> Keys { get; } = ["files", "preset", "items", "id", "title", "body", "subject", "body-format", "placeholders"];

    /// <summary>The listing shape this entry describes: its preset's, with the fields it sets instead.</summary>
    public ListingShape Shape()
    {
        var preset = Preset is null ? null : ListingPresets.Named(Preset);
        var format = BodyFormat ?? ExportBodyFormat.Text;
        var shape = preset ?? new ListingShape
        {
            Name = "mapping",
            Kind = "mapped listing",
            Body = static _ => null,
        };

        return new ListingShape
        {
            Name = shape.Name,
            Kind = shape.Kind,
            Id = Id.IsDefaultOrEmpty ? shape.Id : Id,
            Title = Title.IsDefaultOrEmpty ? shape.Title : Title,
            Subject = Subject.IsDefaultOrEmpty ? shape.Subject : Subject,
            Fields = shape.Fields,
            BodyFields = Body.IsDefaultOrEmpty ? shape.BodyFields : Body,
            Body = Body.IsDefaultOrEmpty
                ? (BodyFormat is { } given ? item => shape.Body(item) is { } choice ? choice with { Format = given } : null : shape.Body)
                : ListingShape.FirstOf([.. Body.Select(field => (field, format, (string?)null))]),
            Placeholders = Placeholders ?? shape.Placeholders,
        };
    }
}

/// <summary>Reads a file the way a <c>formats:</c> mapping says.</summary>
internal static class FormatMappings
{
    /// <exception cref="ExportFormatException">The mapping's items are not in the file, or a value has the wrong type.</exception>
    public static string Read(DataNode root, FormatMapping mapping, ExportContext context)
    {
        var shape = mapping.Shape();
        if (mapping.Items is null && mapping.Preset is not null)
        {
            ListingPresets.ReadAs(shape, root, context, $"the preset '{mapping.Preset}' (formats at {mapping.Where})");
            return shape.Kind;
        }

        // Without 'items', the file is a list of templates, or one template alone.
        var path = mapping.Items;
        var where = $"'{path?.Text ?? "$[*]"}' (formats at {mapping.Where})";
        var items = path?.Select(root) ?? (root is DataArray list ? [.. list.Items] : [root]);
        if (items.Count == 1 && items[0] is DataArray array && path is not null && !path.Text.EndsWith("[*]", StringComparison.Ordinal))
        {
            items = [.. array.Items]; // "$.data" means the items of the list there
        }

        if (items.Count == 0)
        {
            throw new ExportFormatException(new TextSpan(root.Span.Start, 0), $"the items path {where} finds nothing in this file");
        }

        shape.Read(items, context, where, strict: true);
        return shape.Kind;
    }
}
