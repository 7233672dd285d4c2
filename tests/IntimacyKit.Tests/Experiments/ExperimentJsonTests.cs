using System.Text.Json;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Experiments;

/// <summary>How experiments read and write through <see cref="IntimacyKitJson"/>.</summary>
public sealed class ExperimentJsonTests
{
    private const string Document = """
        {
          "plan": {
            "title": "Small no's",
            "goal": { "change": "Say no", "measure": { "kind": "count", "description": "No's a week", "baseline": 0, "target": 2 } },
            "practices": [ { "id": "no", "description": "Say one small no", "timesPerWeek": 1 } ]
          },
          "startDate": "2026-03-02",
          "events": [ { "date": "2026-03-02", "move": "start" }, { "date": "2026-03-20", "move": "return-to-practice", "note": "back" } ],
          "practiceLogs": [ { "date": "2026-03-03", "practiceId": "no", "times": 2 } ],
          "measurements": [ { "date": "2026-03-08", "value": 1 } ],
          "checkIns": [ { "kind": "midpoint", "date": "2026-03-22", "whatWorked": "Early", "whatToAdjust": "", "decision": "keep" } ],
          "syncedAt": "2026-03-22T10:00:00Z"
        }
        """;

    [Fact]
    public void A_hand_written_experiment_document_is_read_as_the_current_schema_version_and_keeps_unknown_members()
    {
        var experiment = IntimacyKitJson.Deserialize<Experiment>(Document);

        experiment.SchemaVersion.Should().Be(Experiment.CurrentSchemaVersion);
        experiment.Plan.DurationWeeks.Should().Be(6);
        experiment.State.Should().Be(ExperimentState.Active);
        experiment.PracticeLogs.Should().Equal(new PracticeLog(new DateOnly(2026, 3, 3), "no", 2));
        experiment.Measurements.Should().Equal(new Measurement(new DateOnly(2026, 3, 8), 1));
        experiment.AdditionalProperties!["syncedAt"].GetString().Should().Be("2026-03-22T10:00:00Z");
        experiment.Validate().IsValid.Should().BeTrue(experiment.Validate().ToString());
        IntimacyKitJson.Serialize(experiment).Should().Contain("\"syncedAt\"").And.Contain("\"schemaVersion\": 1");
    }

    [Theory]
    [InlineData("\"practiceId\": \"no\", ", "")]
    [InlineData("\"date\": \"2026-03-03\", ", "")]
    [InlineData("\"practiceId\": \"no\"", "\"practiceId\": null")]
    [InlineData("\"times\": 2", "\"times\": 2, \"mood\": 3")]
    [InlineData("\"value\": 1", "\"note\": \"no value\"")]
    public void A_log_or_reading_with_a_missing_null_or_unknown_member_is_a_JsonException_with_its_path(string member, string replacement)
    {
        var json = Document.Replace(member, replacement, StringComparison.Ordinal);

        var read = () => IntimacyKitJson.Deserialize<Experiment>(json);

        read.Should().Throw<JsonException>().Which.Path.Should().MatchRegex(@"^\$\.(practiceLogs|measurements)");
    }
}
