using System.Globalization;
using BenchmarkDotNet.Attributes;
using IntimacyKit.Scripts;
using Scriban;
using Scriban.Runtime;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// What one render of a short catalog script costs through <see cref="ScriptRenderer"/>, against raw Scriban at its
/// fastest (parsed template, one reused context), a naive app that parses every time, and plain string
/// interpolation. The script is the honesty formula:
/// <c>I feel {{ feeling }} when {{ behaviour }}; I'd like {{ request }}.</c>
/// </summary>
[MemoryDiagnoser]
public class ScriptRenderBenchmarks
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-US");

    // Fields, not constants, so the interpolation row cannot be folded at compile time.
    private string _feeling = "";
    private string _behaviour = "";
    private string _request = "";
    private string _source = "";
    private Template _template = null!;
    private TemplateContext _context = null!;
    private ScriptObject _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _feeling = "hurt";
        _behaviour = "plans change at the last minute";
        _request = "a heads-up the day before";
        _source = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>(HonestyFormulaArguments.Id).Source;

        _template = Template.Parse(_source);
        _context = new TemplateContext();
        _model = new ScriptObject
        {
            ["feeling"] = _feeling,
            ["behaviour"] = _behaviour,
            ["request"] = _request,
        };

        // Every row must write the same sentence; fail the run rather than time something else.
        var expected = Interpolation();
        Check(nameof(Ours), Ours(), expected);
        Check(nameof(RawScribanPrepared), RawScribanPrepared(), expected);
        Check(nameof(ParseAndRenderEveryCall), ParseAndRenderEveryCall(), expected);
    }

    /// <summary>ScriptRenderer.Default with typed arguments created per call, as an app does.</summary>
    [Benchmark(Baseline = true)]
    public string Ours() =>
        ScriptRenderer.Default.Render(new HonestyFormulaArguments(_feeling, _behaviour, _request), s_culture);

    /// <summary>Scriban's floor: a parsed template, one reused context, a model filled once and pushed per render.</summary>
    [Benchmark]
    public string RawScribanPrepared()
    {
        _context.PushGlobal(_model);
        try
        {
            return _template.Render(_context);
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    /// <summary>A naive app: parse the source, create a context and a model, render, every call.</summary>
    [Benchmark]
    public string ParseAndRenderEveryCall()
    {
        var template = Template.Parse(_source);
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject
        {
            ["feeling"] = _feeling,
            ["behaviour"] = _behaviour,
            ["request"] = _request,
        });
        return template.Render(context);
    }

    /// <summary>The physical floor: C# string interpolation.</summary>
    [Benchmark]
    public string Interpolation() => $"I feel {_feeling} when {_behaviour}; I'd like {_request}.";

    private static void Check(string row, string actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{row} wrote \"{actual}\", expected \"{expected}\".");
        }
    }
}

/// <summary>
/// Whether <see cref="ScriptRenderer.Default"/> scales across threads: a fixed batch of renders split evenly over
/// <see cref="Threads"/> workers. With near-linear scaling, 2 threads take about half the time of 1.
/// </summary>
[MemoryDiagnoser]
public class ScriptRenderScalingBenchmarks
{
    /// <summary>Renders per benchmark operation, shared out between the threads.</summary>
    public const int BatchSize = 10_000;

    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-US");

    [ThreadStatic]
    private static RawState? t_raw;

    private string _feeling = "";
    private string _behaviour = "";
    private string _request = "";
    private Template _template = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _feeling = "hurt";
        _behaviour = "plans change at the last minute";
        _request = "a heads-up the day before";
        _ = ScriptRenderer.Default;
        _template = Template.Parse(IntimacyCatalog.BuiltIn.Get<ScriptTemplate>(HonestyFormulaArguments.Id).Source);
    }

    /// <summary>10,000 renders on <see cref="Threads"/> pool threads (Parallel.For, one partition per thread).</summary>
    [Benchmark(Baseline = true)]
    public int OursBatch()
    {
        var perThread = BatchSize / Threads;
        var totals = new int[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, worker =>
        {
            var renderer = ScriptRenderer.Default;
            var length = 0;
            for (var i = 0; i < perThread; i++)
            {
                length += renderer.Render(new HonestyFormulaArguments(_feeling, _behaviour, _request), s_culture).Length;
            }

            totals[worker] = length;
        });
        return totals.Sum();
    }

    /// <summary>
    /// Control: the same batch through raw Scriban at its fastest (a parsed template shared by all threads, one
    /// context and model per thread), to tell the library's scaling apart from the machine's.
    /// </summary>
    [Benchmark]
    public int RawScribanBatch()
    {
        var perThread = BatchSize / Threads;
        var totals = new int[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, worker =>
        {
            var state = t_raw ??= new RawState(_feeling, _behaviour, _request);
            var length = 0;
            for (var i = 0; i < perThread; i++)
            {
                state.Context.PushGlobal(state.Model);
                try
                {
                    length += _template.Render(state.Context).Length;
                }
                finally
                {
                    state.Context.PopGlobal();
                }
            }

            totals[worker] = length;
        });
        return totals.Sum();
    }

    /// <summary>
    /// Control: the same batch of pure arithmetic (no allocation, no shared state, about as long as a render), to show
    /// whether the machine itself gave the run a second core.
    /// </summary>
    [Benchmark]
    public long ComputeOnlyBatch()
    {
        var perThread = BatchSize / Threads;
        var totals = new long[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, worker =>
        {
            var x = (long)worker;
            for (var i = 0; i < perThread; i++)
            {
                for (var k = 0; k < 300; k++)
                {
                    x = (x * 31) + k;
                }
            }

            totals[worker] = x;
        });
        return totals.Sum();
    }

    private sealed class RawState(string feeling, string behaviour, string request)
    {
        public TemplateContext Context { get; } = new();

        public ScriptObject Model { get; } = new()
        {
            ["feeling"] = feeling,
            ["behaviour"] = behaviour,
            ["request"] = request,
        };
    }
}
