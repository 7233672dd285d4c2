using System.Text.Json;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

public sealed class WorksheetJsonTests
{
    [Fact]
    public void The_sample_crisis_plan_is_written_with_camel_case_members_and_lower_case_enums()
    {
        var json = IntimacyKitJson.Serialize(WorksheetSamples.Crisis);

        json.Should().Contain("\"schemaVersion\": 1")
            .And.Contain("\"doneBy\": \"first-partner\"")
            .And.Contain("\"day\": \"sunday\"")
            .And.Contain("\"time\": \"19:30:00\"")
            .And.Contain("\"reviewOn\": \"2026-04-12\"")
            .And.NotContain("\"heading\"", "computed members are not stored")
            .And.NotContain("helper\": null", "absent optional members are left out");
    }

    [Theory]
    [MemberData(nameof(WorksheetSamples.Names), MemberType = typeof(WorksheetSamples))]
    public void A_sample_worksheet_round_trips_without_loss(string name)
    {
        var worksheet = WorksheetSamples.ByName(name);

        var json = Serialize(worksheet);
        var back = Deserialize(worksheet.GetType(), json);

        back.Should().BeEquivalentTo(worksheet, o => Equivalence.Deep(o).RespectingRuntimeTypes());
        Serialize(back).Should().Be(json);
    }

    [Fact]
    public void Unknown_members_are_kept_and_written_back()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "rows": [ { "conflict": "Money", "moves": "I push; Sam withdraws." } ],
              "appNote": { "colour": "teal", "pinned": true },
              "sharedWithPartner": false
            }
            """;

        var chart = IntimacyKitJson.Deserialize<ConflictChart>(json);
        var written = IntimacyKitJson.Serialize(chart);

        chart.AdditionalProperties.Should().ContainKeys("appNote", "sharedWithPartner");
        chart.AdditionalProperties!["appNote"].GetProperty("colour").GetString().Should().Be("teal");
        using var document = JsonDocument.Parse(written);
        document.RootElement.GetProperty("appNote").GetProperty("pinned").GetBoolean().Should().BeTrue();
        document.RootElement.GetProperty("sharedWithPartner").GetBoolean().Should().BeFalse();
        chart.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_document_without_a_schema_version_reads_as_the_current_one_and_a_later_one_is_kept_and_reported()
    {
        var absent = IntimacyKitJson.Deserialize<EscalationPlan>("""{ "triggers": ["a", "b"], "strategy": "name-the-feeling", "whatIWillDo": "Say so." }""");
        var later = IntimacyKitJson.Deserialize<ConflictChart>("""{ "schemaVersion": 2, "rows": [] }""");

        absent.SchemaVersion.Should().Be(Worksheet.CurrentSchemaVersion);
        absent.Strategy.Should().Be(DeEscalationStrategy.NameTheFeeling);
        absent.Validate().IsValid.Should().BeTrue();
        later.SchemaVersion.Should().Be(2);
        IntimacyKitJson.Serialize(later).Should().Contain("\"schemaVersion\": 2");
        later.Validate().Problems.Should().Contain(p => p.Code == "unsupported-schema-version");
    }

    [Theory]
    [InlineData("""{ "triggers": [], "strategy": "shout", "whatIWillDo": "x" }""", "$.strategy")]
    [InlineData("""{ "triggers": [], "strategy": 1, "whatIWillDo": "x" }""", "$.strategy")]
    [InlineData("""{ "triggers": [], "strategy": "pause" }""", "$")]
    [InlineData("""{ "triggers": [], "strategy": "pause", "whatIWillDo": null }""", "$.whatIWillDo")]
    public void A_document_that_does_not_fit_is_a_JsonException_naming_the_path(string json, string path)
    {
        var act = () => IntimacyKitJson.Deserialize<EscalationPlan>(json);

        act.Should().Throw<JsonException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void A_missing_list_reads_as_empty_and_null_entries_are_kept_for_validation_to_report()
    {
        var chart = IntimacyKitJson.Deserialize<ConflictChart>("""{ "rows": [ null ] }""");
        var empty = IntimacyKitJson.Deserialize<CrisisSupportPlan>("""{ "situation": "s", "firstPartnerSupport": "a", "secondPartnerSupport": "b" }""");

        chart.Validate().Problems.Should().ContainSingle().Which.Path.Should().Be("rows[0]");
        empty.PracticalNeeds.Should().BeEmpty();
        empty.CheckIns.Should().BeEmpty();
    }

    internal static string Serialize(Worksheet worksheet) => worksheet switch
    {
        ConflictChart w => IntimacyKitJson.Serialize(w),
        FamilyPatternMap w => IntimacyKitJson.Serialize(w),
        EscalationPlan w => IntimacyKitJson.Serialize(w),
        TaskFairnessLedger w => IntimacyKitJson.Serialize(w),
        CrisisSupportPlan w => IntimacyKitJson.Serialize(w),
        _ => throw new ArgumentOutOfRangeException(nameof(worksheet)),
    };

    internal static Worksheet Deserialize(Type type, string json) =>
        type == typeof(ConflictChart) ? IntimacyKitJson.Deserialize<ConflictChart>(json)
        : type == typeof(FamilyPatternMap) ? IntimacyKitJson.Deserialize<FamilyPatternMap>(json)
        : type == typeof(EscalationPlan) ? IntimacyKitJson.Deserialize<EscalationPlan>(json)
        : type == typeof(TaskFairnessLedger) ? IntimacyKitJson.Deserialize<TaskFairnessLedger>(json)
        : type == typeof(CrisisSupportPlan) ? IntimacyKitJson.Deserialize<CrisisSupportPlan>(json)
        : throw new ArgumentOutOfRangeException(nameof(type));
}
