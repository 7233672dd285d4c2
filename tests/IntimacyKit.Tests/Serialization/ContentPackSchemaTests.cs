using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using IntimacyKit.Serialization;
using Json.Schema;

namespace IntimacyKit.Tests.Serialization;

/// <summary>
/// The JSON Schema for content packs is generated from the source-generated JSON context, so it cannot
/// drift from the models. The copies shipped in the package and in docs/ must equal the generated one;
/// run the tests with INTIMACYKIT_UPDATE_SCHEMA=1 to rewrite them after a model change.
/// </summary>
public sealed class ContentPackSchemaTests
{
    private static readonly string s_packageCopy = Path.Combine(RepositoryFiles.Root, "src", "IntimacyKit", "Content", "content-pack.schema.json");
    private static readonly string s_docsCopy = Path.Combine(RepositoryFiles.Root, "docs", "schemas", "content-pack.schema.json");

    // The generated schema, which the first test proves equal to the shipped copies. Parsed once:
    // JsonSchema.Net registers a schema's $id globally and refuses to register it twice.
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(GenerateSchema()));

    [Fact]
    public void The_shipped_schemas_match_the_models()
    {
        var expected = GenerateSchema();
        if (Environment.GetEnvironmentVariable("INTIMACYKIT_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(s_packageCopy, expected);
            File.WriteAllText(s_docsCopy, expected);
        }

        File.ReadAllText(s_packageCopy).ReplaceLineEndings("\n").Should().Be(expected, "the package's schema is regenerated with INTIMACYKIT_UPDATE_SCHEMA=1");
        File.ReadAllText(s_docsCopy).ReplaceLineEndings("\n").Should().Be(expected, "docs/schemas is regenerated with INTIMACYKIT_UPDATE_SCHEMA=1");
    }

    [Theory]
    [InlineData("IntimacyKit.Content.builtin.en.json")]
    [InlineData("IntimacyKit.Content.builtin.es.json")]
    public void The_built_in_content_is_valid_against_the_schema(string resource)
    {
        var schema = s_schema.Value;
        using var content = JsonDocument.Parse(ResourceText(resource));

        var result = schema.Evaluate(content.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join(Environment.NewLine, (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_rejects_a_pack_with_an_unknown_member_and_a_wrong_enum_value()
    {
        var schema = s_schema.Value;
        using var pack = JsonDocument.Parse("""
            { "name": "extras", "colour": "blue",
              "exercises": [ { "id": "x", "chapterId": "chapter-1", "title": "X", "kind": "dance-off",
                               "instructions": "Do it.", "estimatedMinutes": 5 } ] }
            """);

        schema.Evaluate(pack.RootElement).IsValid.Should().BeFalse();
    }

    private static string GenerateSchema()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (context.Path.IsEmpty && node is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "$id", "https://github.com/IntimacyKit/IntimacyKit/blob/main/docs/schemas/content-pack.schema.json");
                    root.Insert(2, "title", "IntimacyKit content pack");
                    root.Insert(3, "description",
                        "Catalog content for IntimacyKit: chapters, patterns, dances, practices, exercises, principles and toolbox items. "
                        + "Ids are lower-kebab-case and unique across the catalog.");
                }

                return node;
            },
        };

        var schema = IntimacyKitJsonContext.Default.ContentPack.GetJsonSchemaAsNode(options);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static string ResourceText(string resource)
    {
        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
