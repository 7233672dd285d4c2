using System.Text;
using BenchmarkDotNet.Attributes;
using IntimacyKit.Repair;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// What <see cref="ApologyReviewer.Review(string)"/> costs on a long apology letter of 1,000 words (the case) and
/// on a short apology of 80 words, on one thread. Review screens the text for safety first, so both rows include the
/// safety screen.
/// </summary>
/// <remarks>
/// The letter is built from a fixed list of sentences (every step, vague changes, a non-apology, neutral narrative)
/// repeated in order until it reaches 1,000 words, so every run times the same text. A short job: the machine is shared.
/// </remarks>
[ShortRunJob]
[MemoryDiagnoser]
public class RepairBenchmarks
{
    /// <summary>The number of words in the long letter.</summary>
    public const int LetterWords = 1_000;

    private static readonly string[] s_sentences =
    [
        "I have been thinking about last Friday for most of the week.",
        "I cancelled our plans at the last minute again, and I know it was not the first time.",
        "I'm sorry, and I regret how let down you must have felt when you had already booked the table.",
        "You told me how much you had been looking forward to it, and I brushed it off.",
        "That was unfair of me.",
        "From now on, I will tell you by Thursday evening if my weekend plans change, starting this week.",
        "I know I said I would do better before.",
        "I'll try harder.",
        "Sorry if that sounds like an excuse.",
        "To start making it right, I'd like to cook dinner for us on Saturday.",
        "The kids can stay with my sister, and we can eat in the garden if the weather holds.",
        "Can we check in next Sunday to see how it's going?",
        "I want you to be able to count on what I say.",
    ];

    private string _letter = "";
    private string _short = "";

    [GlobalSetup]
    public void Setup()
    {
        _letter = Letter(LetterWords);
        _short = string.Join(' ', s_sentences[1], s_sentences[2], s_sentences[5], s_sentences[9], s_sentences[11]);
        var review = ApologyReviewer.Default.Review(_letter);
        if (review.Safety is not null || review.Steps.Length < 50 || !review.HasVagueChange || !review.IsNonApology)
        {
            throw new InvalidOperationException($"The letter should exercise every rule kind: {review.Steps.Length} step spans, vague {review.HasVagueChange}, non-apology {review.IsNonApology}, safety {review.Safety?.Level}.");
        }

        Console.WriteLine($"// letter: {_letter.Length:N0} chars, {Words(_letter):N0} words, {review.Steps.Length:N0} step spans, {review.Findings.Length:N0} findings; short: {Words(_short)} words");
    }

    /// <summary>Reviews the 1,000-word letter.</summary>
    [Benchmark]
    public int ReviewLetter() => ApologyReviewer.Default.Review(_letter).Findings.Length;

    /// <summary>Reviews the short apology (80 words, all five steps).</summary>
    [Benchmark(Baseline = true)]
    public int ReviewShortApology() => ApologyReviewer.Default.Review(_short).Steps.Length;

    /// <summary>Builds the letter: the sentences in order, repeated, cut at <paramref name="words"/> words.</summary>
    internal static string Letter(int words)
    {
        var builder = new StringBuilder();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            foreach (var word in s_sentences[i % s_sentences.Length].Split(' '))
            {
                if (count == words)
                {
                    break;
                }

                builder.Append(count == 0 ? "" : " ").Append(word);
                count++;
            }
        }

        return builder.Append('.').ToString();
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
