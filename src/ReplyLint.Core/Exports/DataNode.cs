using System.Text;
using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>A value of a JSON or YAML export, with its span in the file's <see cref="SourceText"/>. JSON and YAML are
/// read into this one model, so that each export shape is recognized by one piece of code whatever the syntax.</summary>
internal abstract class DataNode(TextSpan span)
{
    /// <summary>The whole value in the file: a string with its quotes, an object from brace to brace.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>What the value is, for messages: <c>a list</c>, <c>an object</c>, <c>a number</c>...</summary>
    public abstract string Describe();
}

/// <summary>An object (a JSON object, a YAML mapping): members in file order.</summary>
internal sealed class DataObject(TextSpan span, IReadOnlyList<DataMember> members) : DataNode(span)
{
    public IReadOnlyList<DataMember> Members { get; } = members;

    /// <summary>The value of the member <paramref name="name"/> (the last one written, as JSON readers do), or null.</summary>
    public DataNode? this[string name]
    {
        get
        {
            for (var i = Members.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Members[i].Name, name, StringComparison.Ordinal))
                {
                    return Members[i].Value;
                }
            }

            return null;
        }
    }

    public bool Has(string name) => this[name] is not null;

    /// <summary>The text of a scalar member (a string, number or boolean), or null when it is missing, null or not a scalar.</summary>
    public string? Text(string name) => this[name] is DataScalar { IsNull: false } scalar ? scalar.Value : null;

    public override string Describe() => "an object";
}

/// <summary>One member of an object.</summary>
internal sealed record DataMember(string Name, TextSpan NameSpan, DataNode Value);

/// <summary>A list (a JSON array, a YAML sequence).</summary>
internal sealed class DataArray(TextSpan span, IReadOnlyList<DataNode> items) : DataNode(span)
{
    public IReadOnlyList<DataNode> Items { get; } = items;

    public override string Describe() => "a list";
}

/// <summary>What kind of scalar a value is.</summary>
internal enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A scalar: its decoded value, and how to map the decoded text back to the file.</summary>
internal abstract class DataScalar(TextSpan span, ScalarKind kind, string value) : DataNode(span)
{
    public ScalarKind Kind { get; } = kind;

    /// <summary>The decoded value (for a number or boolean, its text as written).</summary>
    public string Value { get; } = value;

    public bool IsNull => Kind == ScalarKind.Null;

    /// <summary>Whether the value can stand for text: a JSON string; in YAML any scalar but null, since a plain
    /// <c>404</c> or <c>true</c> there is as much text as a quoted one.</summary>
    public virtual bool IsText => Kind == ScalarKind.String;

    /// <summary>Whether the value is true: the JSON or YAML boolean, or the string "true" (help desks write both).</summary>
    public bool? AsBoolean() => Value.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>Appends the decoded value to <paramref name="text"/> and its source to <paramref name="map"/>, which must
    /// be in step (<see cref="OffsetMap.Builder.DecodedLength"/> equal to the text's length).</summary>
    public abstract void Decode(StringBuilder text, OffsetMap.Builder map);

    /// <summary>How <paramref name="replacement"/> is written inside this scalar so that it decodes to itself, or null when
    /// it cannot be written there safely (a quote in a quoted scalar, a line break in a block scalar...).</summary>
    public abstract string? Encode(string replacement);

    public override string Describe() => Kind switch
    {
        ScalarKind.String => "a string",
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "a boolean",
        _ => "null",
    };
}
