using System.Collections.Immutable;
using System.Globalization;
using ReplyLint.Syntax;

namespace ReplyLint.Exports;

/// <summary>The reply text of one listing item: the value, the field it came from, and how it is written.</summary>
internal readonly record struct BodyChoice(DataNode Node, string Field, ExportBodyFormat Format, string? Channel = null);

/// <summary>How the templates of a JSON listing are read: which field holds the ID, the title, the subject and the reply.
/// The built-in presets and every <c>formats:</c> mapping are one of these, so one reader serves all of them.</summary>
internal sealed class ListingShape
{
    /// <summary>The preset's name (<c>freshdesk</c>), also its placeholder dialect by default.</summary>
    public required string Name { get; init; }

    /// <summary>What the export is, for messages and docs: <c>Freshdesk canned responses</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The fields that may hold the ID, the first present winning.</summary>
    public ImmutableArray<string> Id { get; init; } = ["id"];

    /// <summary>The fields that may hold the title.</summary>
    public ImmutableArray<string> Title { get; init; } = ["title", "name"];

    /// <summary>The fields that may hold a subject line.</summary>
    public ImmutableArray<string> Subject { get; init; } = [];

    /// <summary>Front matter keys filled from fields of the item: <c>(language, locale)</c>.</summary>
    public ImmutableArray<(string Field, string Key)> Fields { get; init; } = [];

    /// <summary>The reply of an item, or null when it has none (it is then skipped).</summary>
    public required Func<DataObject, BodyChoice?> Body { get; init; }

    /// <summary>The placeholder dialect the bodies use, for RL3002's list of known names.</summary>
    public string? Placeholders { get; init; }

    /// <summary>The reply in the first of <paramref name="fields"/> that the item has (dotted paths go into objects).</summary>
    public static Func<DataObject, BodyChoice?> FirstOf(params (string Field, ExportBodyFormat Format, string? Channel)[] fields) => item =>
    {
        foreach (var (field, format, channel) in fields)
        {
            if (Lookup(item, field) is { } node and not DataScalar { IsNull: true })
            {
                return new BodyChoice(node, field, format, channel);
            }
        }

        return null;
    };

    /// <summary>The value at a field name or a dotted path (<c>arguments.body_text</c>), or null.</summary>
    public static DataNode? Lookup(DataObject item, string field)
    {
        if (item[field] is { } direct)
        {
            return direct;
        }

        DataNode? node = item;
        foreach (var part in field.Split('.'))
        {
            node = node is DataObject obj ? obj[part] : null;
        }

        return node;
    }

    /// <summary>Reads the templates of <paramref name="items"/>. With <paramref name="strict"/> (a mapping the user wrote)
    /// an item that is not an object is an error, and so is a list where no item has the reply field.</summary>
    /// <exception cref="ExportFormatException">A value has the wrong type.</exception>
    public void Read(IReadOnlyList<DataNode> items, ExportContext context, string where, bool strict)
    {
        var withBody = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not DataObject item)
            {
                if (strict)
                {
                    throw ExportContext.WrongType(items[i], $"item {i + 1} of {where}", "an object");
                }

                continue;
            }

            if (Body(item) is not { } choice)
            {
                continue; // no reply text: nothing to lint
            }

            withBody++;
            if (context.Skips(item["active"]))
            {
                continue;
            }

            var id = FirstText(item, Id) ?? (i + 1).ToString(CultureInfo.InvariantCulture);
            var body = ExportContext.Text(choice.Node, $"'{choice.Field}' of item '{id}'") ?? (DataScalar)choice.Node;
            var fields = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.Ordinal);
            if (FirstText(item, Title) is { } title)
            {
                fields["title"] = Field.Scalar(title);
            }

            if (Placeholders is { Length: > 0 } dialect)
            {
                fields["placeholders"] = Field.Scalar(dialect);
            }

            if (choice.Channel is { } channel)
            {
                fields["channel"] = Field.Scalar(channel);
            }

            foreach (var (field, key) in Fields)
            {
                if (Lookup(item, field) is DataScalar { IsNull: false } value)
                {
                    fields[key] = Field.Scalar(value.Value);
                }
            }

            DataScalar? subject = null;
            foreach (var field in Subject)
            {
                if (ExportContext.Text(Lookup(item, field), $"'{field}' of item '{id}'") is { Value.Length: > 0 } found)
                {
                    subject = found;
                    break;
                }
            }

            context.Add(new ExportTemplate(id, body, choice.Format) { Subject = subject, Fields = fields.ToImmutable() });
        }

        if (strict && withBody == 0 && items.Count > 0)
        {
            throw new ExportFormatException(
                items[0].Span,
                $"no item of {where} has {string.Join(" or ", BodyFields.Select(static f => $"'{f}'"))}; expected the field that holds the reply text");
        }
    }

    /// <summary>The reply fields, for messages.</summary>
    public ImmutableArray<string> BodyFields { get; init; } = ["body"];

    private static string? FirstText(DataObject item, ImmutableArray<string> fields)
    {
        foreach (var field in fields)
        {
            if (Lookup(item, field) is DataScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                return scalar.Value;
            }
        }

        return null;
    }
}
