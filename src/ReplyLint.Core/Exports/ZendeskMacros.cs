using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReplyLint.Syntax;

namespace ReplyLint.Exports;

/// <summary>Zendesk macros, in every shape they are kept in: an API list page (<c>{"macros": [...]}</c>), one macro as the
/// API returns it (<c>{"macro": {...}}</c>), a bare macro object (one file per macro, as backup scripts write them), a
/// bare array of macros, and a bare array of actions (backups that keep only the actions).</summary>
/// <remarks>The reply is the action whose <c>field</c> is <c>comment_value</c> (a string, or <c>["channel:all", text]</c>)
/// or <c>comment_value_html</c> (HTML); the first of them in the list is the body. <c>subject</c> is the template's
/// subject line, <c>comment_mode_is_public: false</c> makes it an internal note. A macro with no comment action only
/// changes ticket fields and is skipped, as is one with <c>active: false</c> unless inactive macros are included.</remarks>
internal static partial class ZendeskMacros
{
    public const string Kind = "Zendesk macros";

    /// <summary>The placeholder dialect of Zendesk's Liquid placeholders.</summary>
    public const string Placeholders = "zendesk";

    /// <summary>Reads the macros of <paramref name="root"/> into <paramref name="context"/>; false when it is no Zendesk shape.</summary>
    /// <exception cref="ExportFormatException">It is a Zendesk shape with a value of the wrong type.</exception>
    public static bool TryRead(DataNode root, ExportContext context)
    {
        switch (root)
        {
            // A page of the API: its list, or (with the page's own keys) whatever stands where the list should be.
            case DataObject obj when obj["macros"] is { } macros && (macros is DataArray || obj.Has("next_page") || obj.Has("count")):
                if (macros is not DataArray list)
                {
                    throw ExportContext.WrongType(macros, "'macros'", "a list of macros");
                }

                ReadList(list, context);
                return true;
            case DataObject obj when obj["macro"] is DataObject macro && IsMacro(macro):
                ReadMacro(macro, context.FileStem, context);
                return true;
            case DataObject obj when IsMacro(obj):
                ReadMacro(obj, context.FileStem, context);
                return true;
            case DataArray array when array.Items.Any(static item => item is DataObject macro && IsMacro(macro)):
                ReadList(array, context);
                return true;
            case DataArray array when array.Items.Count > 0 && array.Items.All(static item => item is DataObject action && IsAction(action)):
                ReadActions(array, context.FileStem, null, null, context);
                return true;
            default:
                return false;
        }
    }

    // Gorgias macros have "actions" too, but theirs are { name, arguments }: a Zendesk macro's actions are objects with
    // "field" (or none, with a title). Other JSON with an "actions" key is no macro.
    private static bool IsMacro(DataObject obj) =>
        obj["actions"] is DataArray actions
        && (actions.Items.Count == 0
            ? obj.Has("title")
            : actions.Items.All(static a => a is DataObject action && action.Has("field")));

    private static bool IsAction(DataObject obj) => obj.Has("field") && obj.Has("value");

    private static void ReadList(DataArray list, ExportContext context)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not DataObject macro)
            {
                throw ExportContext.WrongType(list.Items[i], $"macro {i + 1} of the list", "an object with 'title' and 'actions'");
            }

            ReadMacro(macro, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), context);
        }
    }

    private static void ReadMacro(DataObject macro, string fallbackId, ExportContext context)
    {
        if (context.Skips(macro["active"]))
        {
            return;
        }

        var id = macro.Text("id") ?? fallbackId;
        switch (macro["actions"])
        {
            case null or DataScalar { IsNull: true }:
                return; // nothing to send
            case DataArray actions:
                ReadActions(actions, id, macro.Text("title") ?? macro.Text("raw_title"), macro, context);
                return;
            case var other:
                throw ExportContext.WrongType(other, $"'actions' of macro '{id}'", "a list of actions, each with 'field' and 'value'");
        }
    }

    private static void ReadActions(DataArray actions, string id, string? title, DataObject? macro, ExportContext context)
    {
        DataScalar? body = null;
        DataScalar? subject = null;
        var format = ExportBodyFormat.Text;
        var isInternal = false;
        foreach (var item in actions.Items)
        {
            if (item is not DataObject action)
            {
                throw ExportContext.WrongType(item, $"an action of macro '{id}'", "an object with 'field' and 'value'");
            }

            var value = action["value"];
            switch (action.Text("field"))
            {
                case "comment_value" when body is null:
                    body = CommentValue(value, id);
                    format = ExportBodyFormat.Text;
                    break;
                case "comment_value_html" when body is null:
                    body = ExportContext.Text(value, $"'comment_value_html' of macro '{id}'");
                    format = ExportBodyFormat.Html;
                    break;
                case "comment_mode_is_public":
                    isInternal = value is DataScalar scalar && scalar.AsBoolean() == false;
                    break;
                case "subject" when subject is null:
                    subject = ExportContext.Text(value, $"'subject' of macro '{id}'");
                    break;
            }
        }

        if (body is null)
        {
            return; // a macro that only sets ticket fields
        }

        var fields = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.Ordinal);
        fields["placeholders"] = Field.Scalar(Placeholders);
        if (title is not null)
        {
            fields["title"] = Field.Scalar(title);

            // "Billing::Refund::Approved" files the macro under Billing::Refund.
            var last = title.LastIndexOf("::", StringComparison.Ordinal);
            if (last > 0)
            {
                fields["category"] = Field.Scalar(title[..last].Trim());
            }
        }

        if (macro?.Text("description") is { Length: > 0 } description)
        {
            fields["description"] = Field.Scalar(description);
        }

        context.Add(new ExportTemplate(id, body, format)
        {
            Subject = subject is { Value.Length: > 0 } ? subject : null,
            IsInternal = isInternal,
            Fields = fields.ToImmutable(),
        });
    }

    // A string, or the older ["channel:all", "text"]; a one-element list is the text alone.
    private static DataScalar? CommentValue(DataNode? value, string id)
    {
        var what = $"'comment_value' of macro '{id}'";
        if (value is not DataArray list)
        {
            return ExportContext.Text(value, what);
        }

        return list.Items switch
        {
            [] => null,
            [var text] => ExportContext.Text(text, what),
            [DataScalar { IsText: true } channel, var text] when ChannelSelector().IsMatch(channel.Value) => ExportContext.Text(text, what),
            _ => throw ExportContext.WrongType(list, what, "a string, or a list such as [\"channel:all\", \"the reply\"]"),
        };
    }

    [GeneratedRegex(@"^channel:\w+$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelSelector();
}
