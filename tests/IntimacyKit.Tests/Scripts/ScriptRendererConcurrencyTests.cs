using System.Collections.Concurrent;
using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// A renderer is shared between threads: every built-in script, in several cultures, rendered from eight threads at
/// once, gives exactly what it gives on one thread, also when renders that fail and renderers with other options are
/// mixed in.
/// </summary>
public sealed class ScriptRendererConcurrencyTests
{
    private const int Renders = 6_000;

    private static readonly string[] s_cultures = ["en-US", "en-GB", "es-ES", "es-MX", "fr-FR"];

    [Fact]
    public void Every_built_in_script_renders_the_same_from_eight_threads_as_from_one()
    {
        var jobs = Jobs();
        var expected = jobs.Select(job => job.Run()).ToList();
        expected.Should().Contain(e => e.StartsWith("text:", StringComparison.Ordinal))
            .And.Contain(e => e.StartsWith("arguments:", StringComparison.Ordinal))
            .And.Contain(e => e.StartsWith("render:", StringComparison.Ordinal));
        var mismatches = new ConcurrentQueue<string>();

        Parallel.For(0, Renders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = (int)((i * 7919L) % jobs.Count);
            var actual = jobs[index].Run();
            if (actual != expected[index])
            {
                mismatches.Enqueue($"{jobs[index].Name}: expected <{expected[index]}> but got <{actual}>");
            }
        });

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public async Task Eight_threads_started_together_on_one_script_all_get_the_same_text()
    {
        using var start = new Barrier(8);
        var arguments = new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(20), new TimeOnly(19, 30));
        var expected = ScriptRenderer.Default.Render(arguments, CultureInfo.GetCultureInfo("en-US"));

        var workers = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return Enumerable.Range(0, 500).Select(_ => ScriptRenderer.Default.Render(arguments, CultureInfo.GetCultureInfo("en-US"))).ToList();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToList();
        var results = await Task.WhenAll(workers);

        results.SelectMany(r => r).Should().HaveCount(4_000).And.OnlyContain(text => text == expected);
    }

    private static List<Job> Jobs()
    {
        var renderer = ScriptRenderer.Default;
        var tight = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { MaxOutputLength = 60, MaxValueLength = 12 }).WithBuiltInTranslations();
        var jobs = new List<Job>();

        foreach (var file in GoldenFile.All())
        {
            foreach (var golden in file.Cases)
            {
                var values = golden.ValuesFor(renderer.GetTemplate(file.TemplateId, file.Culture));
                jobs.Add(new($"{file.FileName} '{golden.Name}'", () => renderer.RenderTemplate(file.TemplateId, values, file.Culture)));
                jobs.Add(new($"{file.FileName} '{golden.Name}' (tight)", () => tight.RenderTemplate(file.TemplateId, values, file.Culture)));
            }
        }

        foreach (var name in s_cultures)
        {
            var culture = CultureInfo.GetCultureInfo(name);
            jobs.Add(new($"bridge in {name}", () => renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(25), new TimeOnly(18, 10)), culture)));
            jobs.Add(new($"boundary in {name}", () => renderer.Render(new AssertiveBoundaryArguments("the laundry", DayOfWeek.Thursday) { AvailableTime = new TimeOnly(8, 0) }, culture)));
            jobs.Add(new($"calm space in {name}", () => renderer.Render(new CalmSpaceArguments("tense", TimeSpan.FromMinutes(75), new TimeOnly(22, 45)), culture)));
            jobs.Add(new($"custom in {name}", () => renderer.RenderCustom(
                CustomScript.Parse("{{ who | string.capitalize }}: {{ day }} at {{ at }} for {{ length }}."),
                new Dictionary<string, object?> { ["who"] = "sam", ["day"] = DayOfWeek.Friday, ["at"] = new TimeOnly(17, 0), ["length"] = TimeSpan.FromHours(2) },
                culture)));
            jobs.Add(new($"missing values in {name}", () => renderer.RenderTemplate("honesty-formula-script", new Dictionary<string, object?> { ["feeling"] = "x" }, culture)));
            jobs.Add(new($"output bomb in {name}", () => renderer.RenderCustom(CustomScript.Parse("{{ 'x' * 4000 }}{{ 'y' * 4000 }}"), new Dictionary<string, object?>(), culture)));
        }

        return jobs;
    }

    /// <summary>One render and how it ended, as text that compares by value.</summary>
    private sealed record Job(string Name, Func<string> Render)
    {
        public string Run()
        {
            try
            {
                return "text:" + Render();
            }
            catch (ScriptArgumentException ex)
            {
                return "arguments:" + string.Join(",", ex.Problems.Select(p => $"{p.Path}/{p.Code}"));
            }
            catch (ScriptRenderException ex)
            {
                return $"render:{ex.Code}:{ex.Message}";
            }
        }
    }
}
