using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Patterns;

namespace IntimacyKit.Demo;

// The self-assessment: asks the questions on a terminal, or answers them as someone who leans towards
// `lean` would when no terminal is attached, and shows the profile.
internal static class DemoAssessment
{
    public static AssessmentProfile Run(AnxietyResponse lean, bool interactive)
    {
        var assessment = SelfAssessment.Default;
        var questionnaire = assessment.Questionnaire;
        Console.WriteLine(questionnaire.Title);
        if (interactive)
        {
            // Show the disclaimer before the questions; the profile's summary repeats it.
            Console.WriteLine($"  {questionnaire.Disclaimer}");
        }
        else
        {
            Console.WriteLine($"  (No terminal attached: answering as someone who leans towards {lean.ToString().ToLowerInvariant()}.)");
        }

        var scale = questionnaire.Scale;
        var answers = assessment.StartAnswers();
        foreach (var question in questionnaire.Questions)
        {
            var value = interactive ? AskOnScale(question.Text, scale) : question.Response == lean ? 4 : 2;
            answers = answers.WithAnswer(question.Id, value);
        }

        // Validate reports every unanswered or off-scale question at once; the answers themselves are kept.
        var check = assessment.Validate(answers);
        if (!check.IsValid)
        {
            foreach (var problem in check.Problems)
            {
                Console.WriteLine($"  {problem}");
            }
        }

        var profile = assessment.Evaluate(answers);
        Console.WriteLine();
        foreach (var line in profile.ToPlainText(CultureInfo.CurrentCulture).Split('\n'))
        {
            Console.WriteLine($"  {line.TrimEnd('\r')}");
        }

        return profile;
    }

    // One answer on the questionnaire's scale; asks again until the answer is a number on it. At the end of
    // the input (Ctrl+D) it takes the middle of the scale.
    private static int AskOnScale(string question, IReadOnlyList<ScalePoint> scale)
    {
        var labels = string.Join(", ", scale.Select(p => $"{p.Value} {p.Label}"));
        while (true)
        {
            Console.Write($"  {question} ({labels}): ");
            var line = Console.ReadLine();
            if (line is null)
            {
                return scale[scale.Count / 2].Value;
            }

            if (int.TryParse(line.Trim(), NumberStyles.Integer, CultureInfo.CurrentCulture, out var value) && scale.Any(p => p.Value == value))
            {
                return value;
            }

            Console.WriteLine("  Please type a number from the scale.");
        }
    }
}
