using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IntimacyKit.Safety;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// <see cref="SafetyScreen.Screen(string)"/> (the built-in English rules on the token engine of <c>IntimacyKit.Text</c>)
/// on varied chat text at 10 KB, 100 KB and 1 MB, with and without its safety lines, and on adversarial 1 MB inputs:
/// one word, one symbol, one letter, and short danger phrases repeated. The issue's targets: at least 100 MB/s on
/// varied chat text, 10× the text in at most 11× the time, and each adversarial 1 MB input in under 50 ms.
/// </summary>
/// <remarks>
/// The chat texts are <see cref="CoachAndSafetyBenchmarks.ChatHistory"/> from the same seed as
/// <see cref="CoachAndSafetyBenchmarks"/>: the 1 MB history, its first tenth and its first hundredth, each cut at a line
/// end. Sizes are in UTF-16 characters, all ASCII (1 MB = 2^20 characters). The <c>MB/s</c> column is the input's
/// length divided by the mean. A short job (one launch, 3 warm-up and 10 measured iterations), because the machine is
/// small and shared and the slowest rows take about a second per operation. Setup checks each result and fails the run
/// if it is implausible, so a row cannot time a screen that found nothing where it must find something.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class SafetyEngineBenchmarks
{
    private const int OneMegabyte = 1 << 20;
    private const int Seed = 20261127;

    private string _text = "";

    /// <summary>The inputs.</summary>
    public enum Input
    {
        /// <summary>The chat history with its safety lines, first hundredth of 1 MB (cut at a line end).</summary>
        Chat10KB,

        /// <summary>The chat history with its safety lines, first tenth of 1 MB.</summary>
        Chat100KB,

        /// <summary>The chat history with its safety lines, 1 MB.</summary>
        Chat1MB,

        /// <summary>The same history with the safety lines replaced by logistics, 10 KB.</summary>
        Calm10KB,

        /// <summary>The calm history, 100 KB.</summary>
        Calm100KB,

        /// <summary>The calm history, 1 MB.</summary>
        Calm1MB,

        /// <summary><c>"hit "</c> repeated to 1 MB: a trigger word with no sentence end.</summary>
        HitRepeated1MB,

        /// <summary><c>"!"</c> repeated to 1 MB.</summary>
        BangRepeated1MB,

        /// <summary><c>"a"</c> repeated to 1 MB: one word of a million letters.</summary>
        LetterRun1MB,

        /// <summary><c>"he hit "</c> repeated to 1 MB.</summary>
        HeHitRepeated1MB,

        /// <summary><c>"you always "</c> repeated to 1 MB: a common phrase of no rule, with no sentence end.</summary>
        YouAlwaysRepeated1MB,

        /// <summary><c>"he hit me "</c> repeated to 1 MB: a finding every ten characters.</summary>
        HeHitMeRepeated1MB,
    }

    /// <summary>The input screened.</summary>
    [ParamsAllValues]
    public Input Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Texts.Get(Case);
        var result = SafetyScreen.Default.Screen(_text);
        var findings = result.Findings.Length;
        var urgent = result.Findings.Count(f => f.Level == SafetyLevel.Urgent);
        var rules = string.Join(", ", result.Findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Key} ×{g.Count()}"));
        Console.WriteLine($"// {Case}: {_text.Length:N0} chars, level {result.Level}, {findings:N0} findings ({urgent:N0} urgent){(rules.Length > 0 ? ": " + rules : "")}");

        // Plausibility: fail the run rather than time a screen that missed what the text plainly holds. In the chat
        // history, every safety line must get a finding of its level starting inside it. The calm history is not
        // required to be safe: the screen's false positives on it are part of what is measured (and recorded).
        var problem = Case switch
        {
            Input.Chat10KB or Input.Chat100KB or Input.Chat1MB => MissedSafetyLines(result),
            Input.HeHitMeRepeated1MB when result.Level != SafetyLevel.Urgent || findings < _text.Length / "he hit me ".Length / 2
                => "\"he hit me\" repeated must give an urgent finding for at least every other repeat",
            Input.BangRepeated1MB or Input.LetterRun1MB when findings != 0
                => "a run of one symbol or letter holds nothing to find",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException($"{Case}: {problem}; got level {result.Level} with {findings:N0} findings ({urgent:N0} urgent).");
        }
    }

    /// <summary>The built-in safety screen over the whole input as one string.</summary>
    [Benchmark]
    public int Screen() => SafetyScreen.Default.Screen(_text).Findings.Length;

    /// <summary>Why the result misses a safety line of the chat history, or <see langword="null"/> when it finds them all.</summary>
    private string? MissedSafetyLines(SafetyResult result)
    {
        if (result.Level != SafetyLevel.Urgent)
        {
            return "the chat history with its safety lines must be urgent";
        }

        var seen = 0;
        foreach (var (line, level) in Texts.SafetyLines)
        {
            var occurrences = 0;
            for (var at = _text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(line, at + line.Length, StringComparison.Ordinal))
            {
                occurrences++;
                if (!result.Findings.Any(f => f.Start >= at && f.Start < at + line.Length && f.Level == level))
                {
                    return $"no {level} finding in \"{line}\" at {at:N0}";
                }
            }

            seen += occurrences;
            if (occurrences == 0 && Case == Input.Chat1MB)
            {
                return $"the line \"{line}\" is not in the 1 MB history: the list here no longer matches ChatHistory";
            }
        }

        Console.WriteLine($"// {Case}: all {seen} safety lines found at their level");
        return null;
    }

    /// <summary>Builds the inputs, the same in the host process (for the columns) and in the benchmark process.</summary>
    internal static class Texts
    {
        private static readonly Dictionary<Input, string> s_cache = [];

        public static string Get(Input input)
        {
            lock (s_cache)
            {
                if (!s_cache.TryGetValue(input, out var text))
                {
                    text = Build(input);
                    s_cache[input] = text;
                }

                return text;
            }
        }

        /// <summary>The history's concern and urgent lines (a copy of the lists in <see cref="CoachAndSafetyBenchmarks.ChatHistory"/>) with the level each must get.</summary>
        public static readonly (string Line, SafetyLevel Level)[] SafetyLines =
        [
            ("He checks my phone every night and reads all my messages.", SafetyLevel.Concern),
            ("She won't let me see my friends anymore.", SafetyLevel.Concern),
            ("He took my car keys so I couldn't leave.", SafetyLevel.Concern),
            ("He punched the wall next to my head last night.", SafetyLevel.Concern),
            ("She controls all the money and gives me an allowance.", SafetyLevel.Concern),
            ("He tracks my location all the time.", SafetyLevel.Concern),
            ("He hit me again last night.", SafetyLevel.Urgent),
            ("She said she would kill me if I left.", SafetyLevel.Urgent),
            ("He grabbed me by the throat and choked me.", SafetyLevel.Urgent),
            ("He keeps a gun in the car and showed it to me.", SafetyLevel.Urgent),
            ("Sometimes I think about ending my life.", SafetyLevel.Urgent),
            ("He hurt my daughter when she cried.", SafetyLevel.Urgent),
        ];

        private static string Build(Input input) => input switch
        {
            Input.Chat10KB => CoachAndSafetyBenchmarks.ChatHistory.CutAtLine(Get(Input.Chat1MB), OneMegabyte / 100),
            Input.Chat100KB => CoachAndSafetyBenchmarks.ChatHistory.CutAtLine(Get(Input.Chat1MB), OneMegabyte / 10),
            Input.Chat1MB => CoachAndSafetyBenchmarks.ChatHistory.Build(OneMegabyte, Seed, withSafetyLines: true),
            Input.Calm10KB => CoachAndSafetyBenchmarks.ChatHistory.CutAtLine(Get(Input.Calm1MB), OneMegabyte / 100),
            Input.Calm100KB => CoachAndSafetyBenchmarks.ChatHistory.CutAtLine(Get(Input.Calm1MB), OneMegabyte / 10),
            Input.Calm1MB => CoachAndSafetyBenchmarks.ChatHistory.Build(OneMegabyte, Seed, withSafetyLines: false),
            Input.HitRepeated1MB => Repeat("hit "),
            Input.BangRepeated1MB => Repeat("!"),
            Input.LetterRun1MB => Repeat("a"),
            Input.HeHitRepeated1MB => Repeat("he hit "),
            Input.YouAlwaysRepeated1MB => Repeat("you always "),
            Input.HeHitMeRepeated1MB => Repeat("he hit me "),
            _ => throw new InvalidOperationException($"Unknown input {input}."),
        };

        /// <summary>The unit repeated as many whole times as fit in 1 MB of characters.</summary>
        private static string Repeat(string unit)
        {
            var builder = new StringBuilder(OneMegabyte);
            for (var i = 0; i < OneMegabyte / unit.Length; i++)
            {
                builder.Append(unit);
            }

            return builder.ToString();
        }
    }

    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
            AddColumn(new InputColumn(throughput: false), new InputColumn(throughput: true));
        }
    }

    /// <summary>The input's length in characters, or its throughput in MB/s (2^20 characters per second) from the mean.</summary>
    private sealed class InputColumn(bool throughput) : IColumn
    {
        public string Id => throughput ? "SafetyEngine.MBps" : "SafetyEngine.Chars";

        public string ColumnName => throughput ? "MB/s" : "Chars";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => throughput ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => throughput
            ? "Input length / mean, in MB (2^20 characters, all ASCII) per second"
            : "Input length in UTF-16 characters";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Parameters[nameof(Case)] is not Input input)
            {
                return "?";
            }

            var length = Texts.Get(input).Length;
            if (!throughput)
            {
                return length.ToString("N0", CultureInfo.InvariantCulture);
            }

            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0
                ? (length / (double)OneMegabyte / (mean.Value / 1e9)).ToString("N2", CultureInfo.InvariantCulture)
                : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
