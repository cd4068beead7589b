using System.Collections.Immutable;
using ReplyLint.Configuration;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Engine;
using ReplyLint.Exports;
using ReplyLint.Text;
using static ReplyLint.Core.Tests.Exports.ZendeskExportTests;

namespace ReplyLint.Core.Tests.Exports;

public sealed class ListingExportTests : IDisposable
{
    // One listing per preset, in the shape each help desk's API documents (data written for these tests).
    public static TheoryData<string, string, string> Presets => new()
    {
        {
            "freshdesk",
            """
            [
              { "id": 11, "title": "Password reset", "folder_id": 3,
                "content": "Hi {{ticket.requester.firstname}}, we apologize.",
                "content_html": "<div>Hi {{ticket.requester.firstname}}, we apologize.</div>" },
              { "id": 12, "title": "Plain only", "folder_id": 3, "content": "Thanks, we apologize." }
            ]
            """,
            "#11|Html|placeholders=freshdesk; title=Password reset;#12|PlainText|placeholders=freshdesk; title=Plain only"
        },
        {
            "helpscout",
            """
            { "_embedded": { "saved-replies": [
              { "id": 77, "name": "Shipping delay",
                "text": "<p>Hi {%customer.firstName,fallback=there%},</p><p>we apologize.</p>",
                "chatText": "Hi {%customer.firstName,fallback=there%}, we apologize." },
              { "id": 78, "name": "Chat only", "chatText": "Hi, we apologize." } ] },
              "page": { "size": 50, "totalElements": 2 } }
            """,
            "#77|Html|placeholders=helpscout; title=Shipping delay;#78|PlainText|channel=chat; placeholders=helpscout; title=Chat only"
        },
        {
            "intercom",
            """
            { "type": "list", "data": [
              { "type": "macro", "id": "501", "name": "Order shipped",
                "body": "<p>Hi <attribute key=\"first_name\" default=\"there\"/>, we apologize.</p>",
                "body_text": "Hi {{first_name | fallback: \"there\"}}, we apologize.",
                "visible_to": "everyone", "available_on": ["inbox"] } ] }
            """,
            "#501|PlainText|placeholders=intercom; title=Order shipped"
        },
        {
            "front",
            """
            { "_results": [ { "id": "mtpl_1", "name": "Follow-up", "subject": "Checking in",
              "body": "<p>Hi {{recipient.first_name}}, we apologize.</p>" } ],
              "_pagination": { "next": null } }
            """,
            "#mtpl_1|Html|placeholders=front; title=Follow-up"
        },
        {
            "gorgias",
            """
            [ { "id": 42, "name": "WISMO", "language": "en",
                "actions": [ { "name": "addTags", "arguments": { "tags": "wismo" } },
                             { "name": "setResponseText", "type": "user",
                  "arguments": { "body_text": "Hi {{ticket.customer.firstname}},\n\nwe apologize.",
                                 "body_html": "<div>Hi {{ticket.customer.firstname}},</div><div>we apologize.</div>" } } ] },
              { "id": 43, "name": "Tag only", "actions": [ { "name": "addTags", "arguments": { "tags": "x" } } ] } ]
            """,
            "#42|Html|locale=en; placeholders=gorgias; title=WISMO"
        },
        {
            "zoho",
            """
            { "data": [ { "templateId": "5000000012345", "templateName": "Ticket received",
              "subject": "Re: ${Cases.Subject}", "contentType": "richtext",
              "body": "<div>Dear ${Cases.Contact Name}, we apologize.</div>",
              "folder": { "folderName": "Replies", "folderId": "1" } } ] }
            """,
            "#5000000012345|Html|placeholders=zoho; title=Ticket received"
        },
    };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TemplateFile Write(string relativePath, string text, bool isExplicit = false) =>
        new(_folder.Write(relativePath, text), relativePath) { IsExplicit = isExplicit };

    private static LintResult Lint(IReadOnlyList<TemplateFile> files, LintOptions? options = null) =>
        new LintEngine([new ExportTestRules.SorryAnalyzer(), new ExportTestRules.FieldsAnalyzer()], options ?? new LintOptions { Jobs = 2 }).Lint(files);

    [Theory]
    [MemberData(nameof(Presets))]
    public void Each_help_desk_s_listing_is_recognized_by_its_keys_and_linted_template_by_template(string preset, string json, string templates)
    {
        var result = Lint([Write(preset + ".json", json)]);

        var fields = result.Diagnostics.Where(static d => d.Id == "TST6005").Select(static d => d.Arguments[0]).ToList();
        string.Join(";", fields.Select(Brief)).ShouldBe(templates);

        // Every "we apologize" of a linted body is found where it is written, whatever the body's field.
        var sorry = result.Diagnostics.Where(static d => d.Id == "TST6002").ToList();
        sorry.Count.ShouldBe(fields.Count);
        var source = result.Sources[preset + ".json"];
        sorry.ShouldAllBe(d => source.ToString(d.Location.Span) == "we apologize");
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_s_listing_shows_a_key_that_folder_discovery_looks_for(string preset, string json, string templates)
    {
        _ = (preset, templates);
        ExportMarks.Appear(json).ShouldBeTrue();
    }

    [Fact]
    public void The_HTML_of_a_listing_is_preferred_to_its_plain_text_and_Intercom_s_plain_text_to_its_HTML()
    {
        var freshdesk = Lint([Write("f.json", Presets.Select(static p => (string)p[1]).First())]);
        var first = freshdesk.Diagnostics.First(static d => d.Id == "TST6002");
        var text = freshdesk.Sources["f.json"].Text;
        text.LastIndexOf("<div>", first.Location.Span.Start, StringComparison.Ordinal).ShouldBeGreaterThan(text.IndexOf("content_html", StringComparison.Ordinal));

        var intercom = Lint([Write("i.json", (string)Presets.ElementAt(2)[1])]);
        var found = intercom.Diagnostics.Single(static d => d.Id == "TST6002");
        intercom.Sources["i.json"].Text[..found.Location.Span.Start].ShouldEndWith("\"Hi {{first_name | fallback: \\\"there\\\"}}, ");
    }

    [Fact]
    public void The_subject_of_a_Front_or_Zoho_template_is_linted_with_it()
    {
        const string json = "{ \"_results\": [ { \"id\": \"mtpl_2\", \"name\": \"Sorry\", \"subject\": \"we apologize\", \"body\": \"<p>Fixed.</p>\" } ] }";
        var result = Lint([Write("front.json", json)]);
        result.Diagnostics.Where(static d => d.Id == "TST6002").Select(static d => d.Location.LineSpan.ToString()).ShouldBe([At(json, "we apologize")]);
    }

    [Fact]
    public void A_format_mapping_reads_a_listing_of_any_shape_and_wins_over_detection()
    {
        const string json = """
            { "results": { "items": [
              { "key": "a-1", "label": "First", "html": "<p>we apologize</p>" },
              { "key": "a-2", "label": "Second", "text": "we apologize" },
              { "key": "a-3", "label": "No reply" } ] } }
            """;
        var file = Write("custom/listing.json", json);
        var mapping = Mapping(items: "$.results.items[*]", id: ["key"], title: ["label"], body: ["html", "text"], bodyFormat: ExportBodyFormat.Html, placeholders: "zendesk");
        var result = Lint([file], With(mapping));

        result.Diagnostics.Where(static d => d.Id == "TST6005").Select(static d => d.Arguments[0]).ShouldBe([
            "custom/listing.json#a-1|Html|audience=public; id=a-1; placeholders=zendesk; title=First",
            "custom/listing.json#a-2|Html|audience=public; id=a-2; placeholders=zendesk; title=Second",
        ]);
        result.Diagnostics.Where(static d => d.Id == "TST6002").Select(static d => d.Location.LineSpan.ToString())
            .ShouldBe([At(json, "we apologize", 1), At(json, "we apologize", 2)]);
    }

    [Fact]
    public void A_mapping_can_name_a_preset_for_a_file_detection_would_not_recognize()
    {
        const string json = "[{ \"id\": 1, \"title\": \"No folder\", \"content_html\": \"<div>we apologize</div>\" }]";
        var file = Write("fd.json", json);
        Lint([file]).Files.ShouldBeEmpty(); // no folder_id: not recognizably Freshdesk

        var result = Lint([file], With(Mapping(preset: "freshdesk")));
        result.Diagnostics.Where(static d => d.Id == "TST6002").Select(static d => d.Location.LineSpan.ToString()).ShouldBe([At(json, "we apologize")]);
    }

    [Theory]
    [InlineData("{\"data\": []}", "$.results[*]", "the items path '$.results[*]' (formats at .replylint.yaml(3,5)) finds nothing in this file")]
    [InlineData("[{\"id\": 1, \"text\": \"x\"}]", null, "no item of '$[*]' (formats at .replylint.yaml(3,5)) has 'html'; expected the field that holds the reply text")]
    [InlineData("[1, 2]", null, "item 1 of '$[*]' (formats at .replylint.yaml(3,5)) is a number; expected an object")]
    [InlineData("[{\"id\": 1, \"html\": 7}]", null, "'html' of item '1' is a number; expected a string")]
    public void A_file_that_does_not_fit_its_mapping_is_RL0002_naming_the_mapping(string json, string? items, string problem)
    {
        var result = Lint([Write("m.json", json)], With(Mapping(items: items, body: ["html"])));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RL0002");
        diagnostic.Message.ShouldBe($"The file was not linted: '{problem}'.");
    }

    [Theory]
    [InlineData("$", 1)]
    [InlineData("$[*]", 2)]
    [InlineData("$.a", 1)]
    [InlineData("$.a[*]", 3)]
    [InlineData("$['a'][1]", 1)]
    [InlineData("$[\"b\"].c[*]", 2)]
    [InlineData("$.missing[*]", 0)]
    public void An_items_path_selects_what_JSONPath_would(string path, int count)
    {
        var root = JsonDataReader.Read(new SourceText("{\"a\": [1, 2, 3], \"b\": {\"c\": [{}, {}]}}"));
        ItemsPath.TryParse(path, out var parsed, out var error).ShouldBeTrue(error);
        parsed!.Select(root).Count.ShouldBe(count);
    }

    [Theory]
    [InlineData("data[*]", "it does not start with '$' (the file's value)")]
    [InlineData("$.", "a '.' at position 2 is not followed by a name")]
    [InlineData("$[*", "the '[' at position 2 is never closed")]
    [InlineData("$[?(@.x)]", "'[?(@.x)]' is not [*], an index such as [0], or a quoted name such as ['saved-replies']")]
    public void A_bad_items_path_says_what_is_wrong(string path, string error)
    {
        ItemsPath.TryParse(path, out _, out var problem).ShouldBeFalse();
        problem.ShouldBe(error);
    }

    // "freshdesk.json#11|PlainText|audience=public; id=11; placeholders=freshdesk; title=Password reset" →
    // "#11|Html|placeholders=freshdesk; title=Password reset": the ID and audience every template has are left out.
    private static string Brief(string fields)
    {
        var parts = fields[fields.IndexOf('#', StringComparison.Ordinal)..].Split('|');
        var kept = parts[2].Split("; ").Where(static f => !f.StartsWith("audience=", StringComparison.Ordinal) && !f.StartsWith("id=", StringComparison.Ordinal));
        return $"{parts[0]}|{parts[1]}|{string.Join("; ", kept)}";
    }

    private static FormatMapping Mapping(
        string? preset = null,
        string? items = null,
        ImmutableArray<string> id = default,
        ImmutableArray<string> title = default,
        ImmutableArray<string> body = default,
        ExportBodyFormat? bodyFormat = null,
        string? placeholders = null)
    {
        ItemsPath? path = null;
        if (items is not null)
        {
            ItemsPath.TryParse(items, out path, out _).ShouldBeTrue();
        }

        return new FormatMapping(["**/*.json"], preset, path, id.IsDefault ? [] : id, title.IsDefault ? [] : title, body.IsDefault ? [] : body, [], bodyFormat, placeholders, ".replylint.yaml(3,5)");
    }

    private static LintOptions With(FormatMapping mapping) => new()
    {
        Jobs = 1,
        SettingsFor = _ => FileSettings.Default.WithFormats([mapping]),
    };
}
