#region usings
using System.Text.Json;
using IntimacyKit;
using IntimacyKit.Exercises;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;
#endregion

namespace DocsSnippets;

public sealed class LimitsSnippets : SnippetTest
{
    [Fact]
    public void Reading_refuses_a_value_over_a_limit_with_its_path()
    {
        #region reading-refuses
        string json = $$"""
            { "exerciseId": "conflict-chart", "respondentId": "{{new string('x', DocumentLimits.MaxIdLength + 1)}}", "answers": {} }
            """;

        try
        {
            IntimacyKitJson.Deserialize<ExerciseResponse>(json);
        }
        catch (JsonException ex)
        {
            Console.WriteLine(ex.Path);   // $.respondentId
        }
        #endregion

        Output.Should().Be("$.respondentId\n");
    }

    [Fact]
    public void Validate_and_rendering_refuse_what_reading_refuses()
    {
        #region validate-and-render
        var chart = new ConflictChart
        {
            Rows = [new ConflictChartRow { Conflict = new string('c', DocumentLimits.MaxTextLength + 1), Moves = "We both go quiet." }],
        };

        foreach (ValidationProblem problem in chart.Validate().Problems)
        {
            Console.WriteLine($"{problem.Path} {problem.Code}");   // rows[0].conflict too-long
        }

        try
        {
            chart.ToMarkdown();
        }
        catch (DocumentLimitException ex)
        {
            Console.WriteLine(ex.Problems[0].Path);   // rows[0].conflict
        }
        #endregion

        Output.Should().Be("rows[0].conflict too-long\nrows[0].conflict\n");
    }
}
