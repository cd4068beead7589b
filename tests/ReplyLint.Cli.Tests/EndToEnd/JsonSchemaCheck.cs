using NJsonSchema;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Validates reports against the shipped schema, <c>docs/replylint-report.schema.json</c>.</summary>
internal static class JsonSchemaCheck
{
    private static readonly Lazy<Task<JsonSchema>> Strict = new(LoadStrictAsync);

    /// <summary>The schema errors of <paramref name="json"/>, as readable lines; empty when it is valid. The schema
    /// lets readers meet fields a later release adds; here every object is closed, so a field the tool writes
    /// and the schema does not describe is an error too.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string json)
    {
        var schema = await Strict.Value;
        return [.. schema.Validate(json).Select(static e => e.ToString())];
    }

    private static async Task<JsonSchema> LoadStrictAsync()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot, "docs", "replylint-report.schema.json");
        var schema = await JsonSchema.FromFileAsync(path);
        Close(schema, new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance));
        return schema;
    }

    private static void Close(JsonSchema schema, HashSet<JsonSchema> seen)
    {
        schema = schema.ActualSchema;
        if (!seen.Add(schema))
        {
            return;
        }

        if (schema.Properties.Count > 0)
        {
            schema.AllowAdditionalProperties = false;
        }

        var children = schema.Properties.Values.Cast<JsonSchema>()
            .Concat(schema.Definitions.Values)
            .Concat(schema.OneOf)
            .Concat(schema.AnyOf)
            .Concat(schema.AllOf)
            .Concat(schema.Item is null ? [] : [schema.Item]);
        foreach (var child in children)
        {
            Close(child, seen);
        }
    }
}
