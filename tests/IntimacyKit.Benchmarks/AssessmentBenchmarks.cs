using System.Globalization;
using BenchmarkDotNet.Attributes;
using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Serialization;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// What the self-assessment costs per person: validating and scoring fifteen answers with recommendations from the
/// built-in catalog, comparing two profiles, a partner's view of a joint session, a profile's JSON round trip and its
/// Markdown summary. A short job: the figures are indicative, taken on a shared machine.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private readonly SelfAssessment _assessment = SelfAssessment.Default;
    private AssessmentAnswers _answers = null!;
    private AssessmentProfile _profile = null!;
    private AssessmentAnswers _other = null!;
    private JointSession _session = null!;
    private string _profileJson = "";

    [GlobalSetup]
    public void Setup()
    {
        _answers = Fill(i => 1 + (i * 7 % 5));
        _profile = _assessment.Evaluate(_answers);
        _other = Fill(i => 5 - (i * 7 % 5));
        _profileJson = IntimacyKitJson.Serialize(_profile);
        var response = new ExerciseResponse { ExerciseId = "closeness-fears" }
            .WithAnswer("paragraph", new TextAnswer("What I fear losing is my quiet time."))
            .WithAnswer("default-response", new TextAnswer("I go quiet."));
        _session = new JointSession { ExerciseId = "closeness-fears", FirstPartnerId = "a", SecondPartnerId = "b" }
            .Submit("a", response, ["default-response"])
            .Submit("b", response);
    }

    /// <summary>Checks a full set of answers (nothing wrong).</summary>
    [Benchmark]
    public bool Validate() => _assessment.Validate(_answers).IsValid;

    /// <summary>Validates, scores and picks the recommendations from the catalog.</summary>
    [Benchmark(Baseline = true)]
    public AssessmentProfile Evaluate() => _assessment.Evaluate(_answers);

    /// <summary>Scores two partners' answers side by side and reads their dances with the evidence.</summary>
    [Benchmark]
    public ProfileComparison Compare() => _assessment.Compare(_answers, _other);

    /// <summary>One partner's view of a joint session, the other's private answer removed.</summary>
    [Benchmark]
    public PartnerView ViewFor() => _session.ViewFor("b");

    /// <summary>Writes a profile (with copies of its recommended catalog items) as JSON and reads it back.</summary>
    [Benchmark]
    public AssessmentProfile ProfileJsonRoundTrip() => IntimacyKitJson.Deserialize<AssessmentProfile>(IntimacyKitJson.Serialize(_profile));

    /// <summary>Reads a saved profile.</summary>
    [Benchmark]
    public AssessmentProfile ProfileJsonRead() => IntimacyKitJson.Deserialize<AssessmentProfile>(_profileJson);

    /// <summary>The Markdown summary of a profile.</summary>
    [Benchmark]
    public string ProfileSummary() => _profile.ToMarkdown(CultureInfo.InvariantCulture);

    private AssessmentAnswers Fill(Func<int, int> value)
    {
        var answers = _assessment.StartAnswers();
        var questions = _assessment.Questionnaire.Questions;
        for (var i = 0; i < questions.Length; i++)
        {
            answers = answers.WithAnswer(questions[i].Id, value(i));
        }

        return answers;
    }
}
