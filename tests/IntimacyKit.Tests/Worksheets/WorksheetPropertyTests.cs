using System.Text.Json;
using CsCheck;
using IntimacyKit.Tests.Serialization;
using IntimacyKit.Worksheets;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Worksheets;

/// <summary>Thousands of generated worksheets of every kind (see <see cref="WorksheetGenerators"/>).</summary>
public sealed class WorksheetPropertyTests(ITestOutputHelper output)
{
    private const int Iterations = 2000;

    [Fact]
    public void Every_worksheet_round_trips_without_loss_or_is_refused_with_a_path_that_Validate_reports()
    {
        var valid = 0;
        var total = 0;
        var refused = 0;
        new WorksheetGenerators(wild: false).Any.Sample(worksheet =>
        {
            var json = WorksheetJsonTests.Serialize(worksheet);
            var back = StrictReading.ReadBackOrRefused(json, j => WorksheetJsonTests.Deserialize(worksheet.GetType(), j), worksheet.Validate);
            Interlocked.Increment(ref total);
            if (back is null)
            {
                Interlocked.Increment(ref refused);
                return;
            }

            WorksheetJsonTests.Serialize(back).Should().Be(json);
            back.Should().BeEquivalentTo(worksheet, o => Equivalence.Deep(o).RespectingRuntimeTypes().Excluding(w => w.AdditionalProperties));
            back.AdditionalProperties?.Keys.Should().BeEquivalentTo(worksheet.AdditionalProperties!.Keys);
            foreach (var (name, value) in worksheet.AdditionalProperties ?? new Dictionary<string, JsonElement>())
            {
                JsonElement.DeepEquals(back.AdditionalProperties![name], value).Should().BeTrue($"unknown member {name} keeps its value");
            }

            (back.AdditionalProperties is null).Should().Be(worksheet.AdditionalProperties is null);
            back.Validate().Problems.Should().Equal(worksheet.Validate().Problems);
            if (back.Validate().IsValid)
            {
                Interlocked.Increment(ref valid);
            }
        }, iter: Iterations, threads: 1);

        output.WriteLine($"{total} generated worksheets: {total - refused} round-tripped ({valid} of them valid), {refused} refused with a path.");
        total.Should().Be(Iterations);
    }

    [Fact]
    public void Validation_never_throws_and_rendering_refuses_only_what_validation_refuses_whatever_the_worksheet_holds()
    {
        var problems = 0;
        var refused = 0;
        new WorksheetGenerators(wild: true).Any.Sample(worksheet =>
        {
            var result = worksheet.Validate();
            problems += result.Problems.Length;
            result.Problems.Where(p => p.Path.Length == 0 || p.Code.Length == 0 || p.Message.Length == 0).Should().BeEmpty();
            try
            {
                worksheet.ToMarkdown(System.Globalization.CultureInfo.InvariantCulture).Should().StartWith("# ");
                worksheet.ToPlainText(System.Globalization.CultureInfo.InvariantCulture).Should().EndWith("not therapy.\n");
            }
            catch (DocumentLimitException ex)
            {
                // Rendering refuses only what Validate refuses.
                result.Problems.Select(p => StrictReading.Normalised(p.Path)).Should().Contain(ex.Problems.Select(p => StrictReading.Normalised(p.Path)));
                refused++;
            }
        }, iter: Iterations, threads: 1);

        output.WriteLine($"{Iterations} wild worksheets validated and rendered; {problems} problems reported; {refused} over a limit not rendered.");
        problems.Should().BePositive();
    }

    [Fact]
    public void A_generated_ledger_has_the_same_shares_and_rendering_after_a_round_trip()
    {
        new WorksheetGenerators(wild: false).Ledger.Sample(ledger =>
        {
            var json = WorksheetJsonTests.Serialize(ledger);
            if (StrictReading.ReadBackOrRefused(json, j => WorksheetJsonTests.Deserialize(typeof(TaskFairnessLedger), j), ledger.Validate) is not TaskFairnessLedger back)
            {
                return;
            }

            back.GetShare().Should().Be(ledger.GetShare());
            back.ToMarkdown(System.Globalization.CultureInfo.InvariantCulture).Should().Be(ledger.ToMarkdown(System.Globalization.CultureInfo.InvariantCulture));
        }, iter: 500, threads: 1);
    }
}
