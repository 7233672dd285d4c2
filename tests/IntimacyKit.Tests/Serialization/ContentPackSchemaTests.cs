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

    [Fact]
    public void Every_string_and_list_in_the_schema_states_its_limit()
    {
        var unlimited = new List<string>();
        Visit(JsonNode.Parse(File.ReadAllText(s_packageCopy))!, "#");
        unlimited.Should().BeEmpty("every string has a maxLength and every list a maxItems");

        void Visit(JsonNode node, string pointer)
        {
            if (node is not JsonObject schema)
            {
                return;
            }

            if ((HasType(schema, "string") && schema["maxLength"] is null) || (HasType(schema, "array") && schema["maxItems"] is null))
            {
                unlimited.Add(pointer);
            }

            foreach (var (name, child) in schema)
            {
                if (child is JsonObject)
                {
                    Visit(child, $"{pointer}/{name}");
                }
            }

            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, child) in properties)
                {
                    Visit(child!, $"{pointer}/properties/{name}");
                }
            }
        }
    }

    [Fact]
    public void Every_limit_the_schema_states_is_the_one_reading_enforces()
    {
        // Each string, list and limiting number of the built-in pack is set to the schema's limit (read) and one past it
        // (refused at its path with the limit's code), once per place in the schema.
        var schema = JsonNode.Parse(File.ReadAllText(s_packageCopy))!.AsObject();
        var pack = JsonNode.Parse(ResourceText("IntimacyKit.Content.builtin.en.json"))!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedLimits = 0;
        foreach (var (path, segments, location, pointer) in Locations(pack, schema, "$", [], "#"))
        {
            if (!seen.Add(pointer))
            {
                continue;
            }

            if (location["maxLength"] is { } maxLength)
            {
                var most = maxLength.GetValue<int>();
                Read(With(pack, segments, JsonValue.Create(new string('a', most)))).Should().BeNull($"{path} may be {most} characters long");
                Read(With(pack, segments, JsonValue.Create(new string('a', most + 1)))).Should().Be((path, "too-long"));
                checkedLimits++;
            }
            else if (location["maxItems"] is { } maxItems && Find(pack, segments) is JsonArray { Count: > 0 } list)
            {
                var most = maxItems.GetValue<int>();
                Read(With(pack, segments, Repeat(list[0]!, most))).Should().BeNull($"{path} may have {most} entries");
                Read(With(pack, segments, Repeat(list[0]!, most + 1))).Should().Be((path, "too-many-items"));
                checkedLimits++;
            }
            else if (location["maximum"] is { } maximum)
            {
                var most = maximum.GetValue<int>();
                Read(With(pack, segments, JsonValue.Create(most))).Should().BeNull($"{path} may be {most}");
                Read(With(pack, segments, JsonValue.Create(most + 1))).Should().Be((path, "out-of-range"));
                checkedLimits++;
            }
        }

        checkedLimits.Should().BeGreaterThan(40);

        static (string Path, string Code)? Read(JsonNode json)
        {
            try
            {
                ContentPack.Parse(json.ToJsonString());
                return null;
            }
            catch (ContentPackException ex)
            {
                return (ex.Problems[0].Path, ex.Problems[0].Code);
            }
        }

        static JsonArray Repeat(JsonNode item, int count) => new([.. Enumerable.Range(0, count).Select(_ => item.DeepClone())]);
    }

    private static IEnumerable<(string Path, object[] Segments, JsonObject Schema, string Pointer)> Locations(
        JsonNode node, JsonObject schema, string path, object[] segments, string pointer)
    {
        yield return (path, segments, schema, pointer);
        switch (node)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                foreach (var (name, child) in obj)
                {
                    if (child is not null && properties[name] is JsonObject childSchema)
                    {
                        foreach (var location in Locations(child, childSchema, $"{path}.{name}", [.. segments, name], $"{pointer}/properties/{name}"))
                        {
                            yield return location;
                        }
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject items:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var location in Locations(array[i]!, items, $"{path}[{i}]", [.. segments, i], $"{pointer}/items"))
                    {
                        yield return location;
                    }
                }

                break;
        }
    }

    private static JsonNode? Find(JsonNode root, object[] segments) =>
        segments.Aggregate<object, JsonNode?>(root, (node, segment) => segment is int i ? node![i] : node![(string)segment]);

    private static JsonNode With(JsonNode root, object[] segments, JsonNode value)
    {
        var copy = root.DeepClone();
        var parent = Find(copy, segments[..^1])!;
        if (segments[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)segments[^1]] = value;
        }

        return copy;
    }

    private static string GenerateSchema()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                node = WithLimits(context, node);
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

    // The schema states the limits the library enforces (DocumentLimits): the exporter knows the shapes, the library's
    // strict reader the limits. Enums have their own converter (exact names only), so their names are listed here.
    private static JsonNode WithLimits(JsonSchemaExporterContext context, JsonNode node)
    {
        if (EnumSchema(context.TypeInfo.Type) is { } enumSchema)
        {
            return enumSchema;
        }

        if (node is not JsonObject schema)
        {
            return node;
        }

        if (context.TypeInfo.ElementType is { } element && EnumSchema(element) is { } items)
        {
            schema["items"] = items;
        }

        var path = context.Path.ToArray();
        var inList = path.Length >= 2 && path[^1] == "items";
        var member = inList ? path[^2] : path.Length >= 1 ? path[^1] : null;
        if (HasType(schema, "string"))
        {
            schema["maxLength"] = StrictJson.StringLimit(member, inList);
        }
        else if (HasType(schema, "array"))
        {
            schema["maxItems"] = path.Length == 2 ? DocumentLimits.MaxSectionItems : DocumentLimits.MaxItems;
        }
        else if (HasType(schema, "integer") && StrictJson.NumberLimit(member) is { } most)
        {
            schema["maximum"] = most;
        }

        return schema;
    }

    private static JsonObject? EnumSchema(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.IsEnum)
        {
            return null;
        }

        var names = new JsonArray();
        foreach (var value in Enum.GetValues(type))
        {
            names.Add(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()!));
        }

        return new JsonObject { ["enum"] = names };
    }

    private static bool HasType(JsonObject schema, string type) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == type,
        JsonArray types => types.Any(t => t?.GetValue<string>() == type),
        _ => false,
    };

    private static string ResourceText(string resource)
    {
        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
