using System.Text.Json.Serialization;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for every public model and for the built-in rule files of the
/// coach and the safety screen: AOT-safe and reflection-free. Strict: exact member and enum names, no duplicate
/// members, plausible dates and lengths of time. Apps reach it through <see cref="IntimacyKitJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 64,
    Converters = [typeof(PlausibleDateConverter), typeof(PlausibleDurationConverter)])]
[JsonSerializable(typeof(ContentPack))]
[JsonSerializable(typeof(Chapter))]
[JsonSerializable(typeof(Practice))]
[JsonSerializable(typeof(Principle))]
[JsonSerializable(typeof(Exercise))]
[JsonSerializable(typeof(ExerciseField))]
[JsonSerializable(typeof(ExerciseResponse))]
[JsonSerializable(typeof(FieldAnswer))]
[JsonSerializable(typeof(TextAnswer))]
[JsonSerializable(typeof(ListAnswer))]
[JsonSerializable(typeof(TableAnswer))]
[JsonSerializable(typeof(TableRow))]
[JsonSerializable(typeof(DurationAnswer))]
[JsonSerializable(typeof(TimeAnswer))]
[JsonSerializable(typeof(RatingAnswer))]
[JsonSerializable(typeof(DateAnswer))]
[JsonSerializable(typeof(PatternDescription))]
[JsonSerializable(typeof(Antidote))]
[JsonSerializable(typeof(Dance))]
[JsonSerializable(typeof(CircuitBreaker))]
[JsonSerializable(typeof(DanceRole))]
[JsonSerializable(typeof(ToolboxItem))]
[JsonSerializable(typeof(ScriptTemplate))]
[JsonSerializable(typeof(ScriptParameter))]
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(Coaching.CoachRulesDocument))]
[JsonSerializable(typeof(Coaching.VocabularyDocument))]
[JsonSerializable(typeof(Safety.SafetyRuleDocument))]
[JsonSerializable(typeof(Text.LexiconDocument))]
// Experiments.
[JsonSerializable(typeof(Experiments.ExperimentPlan))]
[JsonSerializable(typeof(Experiments.Experiment))]

// Repair.
[JsonSerializable(typeof(Repair.RepairPlan))]
[JsonSerializable(typeof(Repair.RepairRequest))]
[JsonSerializable(typeof(Repair.FollowThroughRecord))]
[JsonSerializable(typeof(Repair.ApologyRulesDocument))]

// Worksheets.
[JsonSerializable(typeof(Worksheets.ConflictChart))]
[JsonSerializable(typeof(Worksheets.FamilyPatternMap))]
[JsonSerializable(typeof(Worksheets.EscalationPlan))]
[JsonSerializable(typeof(Worksheets.TaskFairnessLedger))]
[JsonSerializable(typeof(Worksheets.CrisisSupportPlan))]

// Self-assessment.
[JsonSerializable(typeof(Assessments.Questionnaire))]
[JsonSerializable(typeof(Assessments.AssessmentAnswers))]
[JsonSerializable(typeof(Assessments.AssessmentProfile))]
[JsonSerializable(typeof(Assessments.ProfileComparison))]
[JsonSerializable(typeof(Assessments.JointSession))]
[JsonSerializable(typeof(Assessments.JointAssessment))]
[JsonSerializable(typeof(Assessments.PartnerView))]

internal sealed partial class IntimacyKitJsonContext : JsonSerializerContext;
