using System.Text.Json;
using System.Text.Json.Nodes;
using IntimacyKit.Exercises;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Assessments;
using IntimacyKit.Tests.Experiments;
using IntimacyKit.Tests.Repair;
using IntimacyKit.Tests.Worksheets;

namespace IntimacyKit.Tests;

public sealed class UserDocumentTests
{
    [Fact]
    public void An_unknown_member_survives_a_round_trip_through_IntimacyKitJson_for_every_kind_of_document()
    {
        RoundTripWithUnknownMember(new ExerciseResponse { ExerciseId = "chart-exercise" }.WithAnswer("notes", new TextAnswer("Hello")));
        RoundTripWithUnknownMember(AssessmentTestData.Answers(3, 2, 1, "ana"));
        RoundTripWithUnknownMember(SamplePlans.SixWeeks);
        RoundTripWithUnknownMember(RepairTestData.Request);
        RoundTripWithUnknownMember(WorksheetSamples.Chart);
        RoundTripWithUnknownMember(WorksheetSamples.Ledger);
    }

    [Fact]
    public void Setting_AdditionalProperties_stores_a_copy_that_later_changes_to_the_source_do_not_reach()
    {
        var source = new Dictionary<string, JsonElement> { ["appVersion"] = Element("\"2.1\"") };

        UserDocument[] documents =
        [
            new ExerciseResponse { ExerciseId = "chart-exercise", AdditionalProperties = source },
            RepairTestData.Plan with { AdditionalProperties = source },
            SamplePlans.Trial with { AdditionalProperties = source },
            WorksheetSamples.Map with { AdditionalProperties = source },
        ];
        source["appVersion"] = Element("\"9.9\"");
        source["added"] = Element("true");

        foreach (var document in documents)
        {
            document.AdditionalProperties.Should().NotBeSameAs(source);
            document.AdditionalProperties.Should().ContainSingle().Which.Key.Should().Be("appVersion");
            document.AdditionalProperties!["appVersion"].GetString().Should().Be("2.1");
        }
    }

    [Fact]
    public void Setting_AdditionalProperties_to_null_leaves_none()
    {
        var request = RepairTestData.Request with { AdditionalProperties = new Dictionary<string, JsonElement> { ["x"] = Element("1") } };

        (request with { AdditionalProperties = null }).AdditionalProperties.Should().BeNull();
    }

    [Fact]
    public void Record_equality_compares_the_unknown_members_by_reference()
    {
        var members = new Dictionary<string, JsonElement> { ["x"] = Element("1") };
        var first = new ExerciseResponse { ExerciseId = "x", AdditionalProperties = members };

        (first with { }).Should().Be(first);
        new ExerciseResponse { ExerciseId = "x", AdditionalProperties = members }.Should().NotBe(first);
    }

    private static void RoundTripWithUnknownMember<T>(T document)
        where T : UserDocument
    {
        var node = JsonNode.Parse(IntimacyKitJson.Serialize(document))!.AsObject();
        node.Add("fromANewerVersion", new JsonObject { ["revisions"] = new JsonArray(1, 2, 3) });

        var read = IntimacyKitJson.Deserialize<T>(node.ToJsonString());
        var written = IntimacyKitJson.Serialize(read);

        read.AdditionalProperties.Should().NotBeNull().And.ContainKey("fromANewerVersion");
        read.AdditionalProperties!["fromANewerVersion"].GetProperty("revisions").GetArrayLength().Should().Be(3, typeof(T).Name);
        JsonNode.Parse(written)!["fromANewerVersion"]!["revisions"]!.AsArray().Count.Should().Be(3, typeof(T).Name);
        IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<T>(written)).Should().Be(written);
    }

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
