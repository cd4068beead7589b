using System.Collections.Immutable;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>How the body of a template inside an export is written.</summary>
internal enum ExportBodyFormat
{
    Text,
    Markdown,
    Html,
}

/// <summary>One template found inside an export: where its body (and subject) are in the file, and the fields that
/// stand for its front matter.</summary>
internal sealed class ExportTemplate
{
    public ExportTemplate(string id, DataScalar body, ExportBodyFormat format)
    {
        Id = id;
        Body = body;
        Format = format;
    }

    /// <summary>The template's ID in the export (a macro's <c>id</c>), unique within the file.</summary>
    public string Id { get; set; }

    /// <summary>The body: the reply text.</summary>
    public DataScalar Body { get; }

    /// <summary>How the body is written.</summary>
    public ExportBodyFormat Format { get; }

    /// <summary>A subject line sent with the body, linted as the template's heading.</summary>
    public DataScalar? Subject { get; init; }

    /// <summary>An internal note (not sent to the customer): the customer-tone rules are off unless configured.</summary>
    public bool IsInternal { get; init; }

    /// <summary>The fields a template file would hold in front matter: <c>title</c>, <c>channel</c>, <c>placeholders</c>...</summary>
    public ImmutableDictionary<string, FrontMatterValue> Fields { get; init; } = ImmutableDictionary<string, FrontMatterValue>.Empty;

    /// <summary>The template's front matter: its fields, with <c>id</c> and <c>audience</c>, at the start of the text.</summary>
    public FrontMatter FrontMatter()
    {
        var fields = Fields.SetItem("id", Field.Scalar(Id));
        if (!fields.ContainsKey("audience"))
        {
            fields = fields.SetItem("audience", Field.Scalar(IsInternal ? "internal" : "public"));
        }

        return new FrontMatter(new TextSpan(0, 0), fields);
    }
}

/// <summary>Front matter values made from an export's fields rather than read from YAML: they have no span of their own
/// in the template's text, so they sit at its start.</summary>
internal static class Field
{
    public static FrontMatterValue Scalar(string value) => new(
        default,
        value,
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        ImmutableDictionary<string, FrontMatterValue>.Empty);

    public static FrontMatterValue List(IEnumerable<string> items) => new(
        default,
        null,
        [.. items],
        ImmutableDictionary<string, FrontMatterValue>.Empty);

    /// <summary>A value of the export as front matter: scalars, lists of scalars and objects of those.</summary>
    public static FrontMatterValue From(DataNode node) => node switch
    {
        DataScalar scalar => Scalar(scalar.Value),
        DataArray array => List(array.Items.OfType<DataScalar>().Where(static s => !s.IsNull).Select(static s => s.Value)),
        DataObject obj => new FrontMatterValue(
            default,
            null,
            [],
            obj.Members.GroupBy(static m => m.Name, StringComparer.Ordinal).ToImmutableDictionary(static g => g.Key, static g => From(g.Last().Value), StringComparer.Ordinal)),
        _ => Scalar(string.Empty),
    };
}
