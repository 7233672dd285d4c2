using System.Text;
using BenchmarkDotNet.Attributes;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// Throughput of <see cref="MessageCoach.Analyze(string)"/> and <see cref="SafetyScreen.Screen(string)"/> on a synthetic
/// English chat history of 100 KB, 1 MB and 10 MB (UTF-16 characters; the 10 MB text is the 1 MB one ten times, the
/// 100 KB one its first tenth cut at a line end), on one thread: the whole history as one string, and for the coach also
/// one call per line. The targets: ≥ 20 MB/s per core (1 MB in ≤ 50 ms), and 10× the text in ≤ 11× the time.
/// </summary>
/// <remarks>
/// The history is built from a fixed seed, so every run times the same text. Its lines mix, by share of lines: neutral
/// logistics (about 55%), appreciation and warm replies (about 20%), faux feelings and thoughts dressed as feelings
/// (about 9%), blaming lines such as "you always…" (about 5%), "you should" demands (about 4%), shouting in capitals
/// or stacked "!!!" (about 3%), figurative speech the safety screen must leave alone (about 3%), concern-level safety
/// lines (about 0.6%) and urgent ones (about 0.2%). The coach screens every message for safety first and coaches
/// none that the screen flags, so a whole history with one safety line in it gets no coaching at all: the whole-text
/// coach row reads a "calm" history built from the same seed with the safety lines replaced by logistics.
/// </remarks>
[MemoryDiagnoser]
public class CoachAndSafetyBenchmarks
{
    /// <summary>Characters in the 1 MB history (1 MB = 1,048,576 characters).</summary>
    public const int OneMegabyte = 1 << 20;

    private const int Seed = 20261127;

    private string _text = "";
    private string _calmText = "";
    private string[] _messages = [];

    /// <summary>The size of the history in KB of characters: 100 (a tenth of the 1 MB text), 1024 (1 MB) or 10240 (10 MB).</summary>
    [Params(100, 1024, 10240)]
    public int SizeKB { get; set; } = 1024;

    [GlobalSetup]
    public void Setup()
    {
        var history = ChatHistory.Build(OneMegabyte, Seed, withSafetyLines: true);
        var calm = ChatHistory.Build(OneMegabyte, Seed, withSafetyLines: false);
        _text = Sized(history);
        _calmText = Sized(calm);
        _messages = _text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Warm both (load and compile the rules) and make sure the texts exercise them; fail the run rather than time
        // a text with nothing to find.
        var coach = MessageCoach.Default.Analyze(_calmText);
        var safety = SafetyScreen.Default.Screen(_text);
        var perMessage = _messages.Sum(m => MessageCoach.Default.Analyze(m).Findings.Length);
        var withheld = _messages.Count(m => MessageCoach.Default.Analyze(m).Safety is not null);
        if (!coach.HasFindings || coach.Safety is not null || safety.Level != SafetyLevel.Urgent || perMessage == 0)
        {
            throw new InvalidOperationException(
                $"The {SizeKB} KB history gave {coach.Findings.Length} coach findings (safety {coach.Safety?.Level}), {perMessage} per message, and safety level {safety.Level}.");
        }

        Console.WriteLine(
            $"// {SizeKB} KB: {_text.Length:N0} chars, {_messages.Length:N0} messages, {safety.Findings.Length:N0} safety findings "
            + $"({safety.Findings.Count(f => f.Level == SafetyLevel.Urgent):N0} urgent); per message {perMessage:N0} coach findings, {withheld:N0} messages "
            + $"screened out; calm text {_calmText.Length:N0} chars, {coach.Findings.Length:N0} coach findings");
    }

    /// <summary>
    /// The message coach over the whole calm history (no safety lines) as one string. <see cref="MessageCoach.Analyze(string)"/>
    /// screens the message for safety first, so this is the safety screen finding nothing plus the coach's own rules.
    /// </summary>
    [Benchmark]
    public int CoachAnalyze() => MessageCoach.Default.Analyze(_calmText).Findings.Length;

    /// <summary>
    /// The message coach once per line of the history (with its safety lines), as a chat app calls it: one message at a
    /// time. A message the safety screen flags gets no coaching.
    /// </summary>
    [Benchmark]
    public int CoachAnalyzePerMessage()
    {
        var findings = 0;
        foreach (var message in _messages)
        {
            findings += MessageCoach.Default.Analyze(message).Findings.Length;
        }

        return findings;
    }

    /// <summary>The safety screen over the whole history as one string.</summary>
    [Benchmark]
    public int SafetyScreenText() => SafetyScreen.Default.Screen(_text).Findings.Length;

    private string Sized(string oneMegabyte) => SizeKB switch
    {
        100 => ChatHistory.CutAtLine(oneMegabyte, OneMegabyte / 10),
        1024 => oneMegabyte,
        10240 => string.Concat(Enumerable.Repeat(oneMegabyte, 10)),
        _ => throw new InvalidOperationException($"Unknown size {SizeKB} KB."),
    };

    /// <summary>A deterministic synthetic chat history.</summary>
    internal static class ChatHistory
    {
        private static readonly string[] s_names = ["Sam", "Alex"];

        private static readonly string[] s_neutral =
        [
            "Can you pick up milk on the way home?",
            "I'll be back around 7, traffic is slow.",
            "Dinner is in the oven, just needs 20 minutes at 180.",
            "Did you book the dentist for Thursday?",
            "The plumber is coming between 10 and 12 tomorrow.",
            "I moved the meeting with your parents to Sunday lunch.",
            "Remember the bins go out tonight.",
            "Running late, the train is delayed by 15 minutes.",
            "Do we still have batteries for the smoke alarm?",
            "I paid the electricity bill this morning.",
            "Can you grab the kids from school at 3:30?",
            "The car needs an oil change before the trip.",
            "I left the keys under the blue pot.",
            "What time is the film on Saturday?",
            "I'm at the shop, do we need anything else?",
            "Package arrived, I put it in the hall.",
            "Ok see you soon",
            "Sure, that works for me.",
            "Let's do pasta tonight and fish tomorrow.",
            "Can we talk about the holiday budget later this week?",
            "I never thought of that, good idea.",
            "I'm going to the gym after work, back by 8.",
        ];

        private static readonly string[] s_appreciation =
        [
            "Thank you for cooking tonight, it was lovely.",
            "You always make me laugh when I need it most.",
            "I really appreciated you calling my mum yesterday.",
            "Love you, have a good day at work.",
            "That was such a nice evening, thank you.",
            "You never fail to cheer me up.",
            "I feel grateful that you handled the car today.",
            "I feel so relaxed after our walk.",
            "Thanks for listening last night, it helped.",
            "I'm proud of you for the presentation!",
        ];

        private static readonly string[] s_blaming =
        [
            "You always leave the dishes for me.",
            "You never listen to a word I say.",
            "Every time I ask for help you disappear.",
            "You're so selfish, it's unbelievable.",
            "It's your fault we missed the flight.",
            "You make me so angry when you do that.",
            "Because of you we're late again.",
            "You're impossible to talk to.",
            "You never call when you say you will.",
            "You always have to have the last word.",
        ];

        private static readonly string[] s_fauxFeelings =
        [
            "I feel abandoned when you go out every weekend.",
            "I feel ignored at your family dinners.",
            "I feel like you don't care about us anymore.",
            "I feel that you never take my side.",
            "Honestly I feel manipulated by the way you talk.",
            "I feel unappreciated in this house.",
            "I feel like you're not even trying.",
            "I feel disrespected when you check your phone while I'm talking.",
            "I feel taken for granted.",
        ];

        private static readonly string[] s_demands =
        [
            "You should have told me earlier.",
            "You need to start pulling your weight.",
            "You should call your mother back.",
            "You ought to know by now how I feel about this.",
        ];

        private static readonly string[] s_shouting =
        [
            "WHY DO YOU NEVER ANSWER YOUR PHONE",
            "Are you kidding me!!!",
            "I SAID I WOULD DO IT LATER",
            "Seriously?!?! Again??",
            "STOP IGNORING ME!!!",
        ];

        private static readonly string[] s_figurative =
        [
            "This deadline is killing me.",
            "He beat me at chess again, rematch tonight.",
            "She pushed me to apply for the job and I got it!",
            "I could murder a pizza right now.",
            "The traffic is a nightmare, I'm dying here.",
            "My boss will kill me if I'm late again.",
        ];

        private static readonly string[] s_concern =
        [
            "He checks my phone every night and reads all my messages.",
            "She won't let me see my friends anymore.",
            "He took my car keys so I couldn't leave.",
            "He punched the wall next to my head last night.",
            "She controls all the money and gives me an allowance.",
            "He tracks my location all the time.",
        ];

        private static readonly string[] s_urgent =
        [
            "He hit me again last night.",
            "She said she would kill me if I left.",
            "He grabbed me by the throat and choked me.",
            "He keeps a gun in the car and showed it to me.",
            "Sometimes I think about ending my life.",
            "He hurt my daughter when she cried.",
        ];

        // Cumulative share of lines, in thousandths: 55% neutral, 20% appreciation, 9% faux feelings, 5% blaming,
        // 4% demands, 3% shouting, 3.2% figurative, 0.6% concern, 0.2% urgent.
        private static readonly (int UpTo, string[] Lines)[] s_mix =
        [
            (550, s_neutral),
            (750, s_appreciation),
            (840, s_fauxFeelings),
            (890, s_blaming),
            (930, s_demands),
            (960, s_shouting),
            (992, s_figurative),
            (998, s_concern),
            (1000, s_urgent),
        ];

        /// <summary>Builds a history of exactly <paramref name="length"/> characters, ending at a line end where it can.</summary>
        /// <param name="length">The length in characters.</param>
        /// <param name="seed">The seed of the random choices.</param>
        /// <param name="withSafetyLines">Whether to keep the concern and urgent lines; without them, their share goes to neutral logistics.</param>
        public static string Build(int length, int seed, bool withSafetyLines)
        {
            var random = new Random(seed);
            var builder = new StringBuilder(length + 200);
            var minute = 0;
            while (builder.Length < length)
            {
                var roll = random.Next(1000);
                var lines = s_mix.First(m => roll < m.UpTo).Lines;
                if (!withSafetyLines && (lines == s_concern || lines == s_urgent))
                {
                    lines = s_neutral;
                }

                var hour = 8 + (minute / 60 % 14);
                builder.Append('[').Append(hour.ToString("00")).Append(':').Append((minute % 60).ToString("00")).Append("] ")
                    .Append(s_names[random.Next(2)]).Append(": ")
                    .Append(lines[random.Next(lines.Length)])
                    .Append('\n');
                minute += 1 + random.Next(7);
            }

            return CutAtLine(builder.ToString(), length);
        }

        /// <summary>The first <paramref name="length"/> characters, cut back to the last line end before it.</summary>
        public static string CutAtLine(string text, int length)
        {
            if (text.Length <= length)
            {
                return text;
            }

            var end = text.LastIndexOf('\n', length - 1);
            return text[..(end + 1)];
        }

        /// <summary>Counts the lines.</summary>
        public static int Lines(string text) => text.AsSpan().Count('\n');
    }
}
