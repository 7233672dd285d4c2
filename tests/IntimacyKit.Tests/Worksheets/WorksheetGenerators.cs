using System.Collections.Immutable;
using System.Text.Json;
using CsCheck;
using IntimacyKit.Experiments;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

/// <summary>
/// CsCheck generators of worksheets. A <em>tame</em> worksheet is anything a JSON document can hold: any text
/// (blank, huge, markup, line breaks, any Unicode), lists of any length, defined enum values, unknown members, any
/// schema version. A <em>wild</em> one adds what only code can build: nulls in non-nullable members and in lists,
/// undefined enum values, default arrays.
/// </summary>
internal sealed class WorksheetGenerators(bool wild)
{
    private static readonly Gen<string> s_text = Gen.Frequency(
        (6, Gen.String[0, 24]),
        (2, Gen.String[Gen.Char["|*#_-+=>`\\[]<>&~ \n\r\tabc1."], 0, 24]),
        (1, Gen.OneOf<string>("", " ", "\n", "Sam", "Laundry", "laundry ", new string('x', Worksheet.MaxTextLength + 1))));

    private static readonly Gen<IReadOnlyDictionary<string, JsonElement>?> s_unknown = Gen.Frequency(
        (3, Gen.Const((IReadOnlyDictionary<string, JsonElement>?)null)),
        (1, Gen.Select(Gen.String[Gen.Char["abcxyz"], 1, 6], Gen.Int, Gen.String[0, 10], (name, number, text) =>
            (IReadOnlyDictionary<string, JsonElement>?)new Dictionary<string, JsonElement>
            {
                ["x-" + name] = JsonSerializer.SerializeToElement(number),
                ["x-" + name + "-text"] = JsonSerializer.SerializeToElement(new[] { text }),
            })));

    private static readonly Gen<int> s_schemaVersion = Gen.Frequency((8, Gen.Const(1)), (1, Gen.Const(0)), (1, Gen.Int[2, 9]));

    public Gen<string> Text => wild ? s_text.Null(0.1)! : s_text;

    public Gen<string?> OptionalText => s_text.Null(0.4)!;

    public Gen<ConflictChart> Chart => Gen.Select(s_schemaVersion, Items(Gen.Select(Text, Text, (c, m) => new ConflictChartRow { Conflict = c, Moves = m })), s_unknown,
        (version, rows, unknown) => new ConflictChart { SchemaVersion = version, Rows = rows, AdditionalProperties = unknown });

    public Gen<FamilyPatternMap> Map => Gen.Select(
        s_schemaVersion, Text, Items(Gen.Select(Text, Text, (p, r) => new FamilyRole { Person = p, Role = r })), Text, Text, OptionalText, s_unknown,
        (version, pattern, roles, origin, now, practice, unknown) => new FamilyPatternMap
        {
            SchemaVersion = version, Pattern = pattern, FamilyRoles = roles, OriginStory = origin, ShowsUpNow = now,
            NewPractice = practice, AdditionalProperties = unknown,
        });

    public Gen<EscalationPlan> Plan => Gen.Select(
        s_schemaVersion, Items(Text), Enum<DeEscalationStrategy>(), Text, Gen.Int[-5, 1500].Nullable(0.4), OptionalText, OptionalText, s_unknown,
        (version, triggers, strategy, action, minutes, phrase, question, unknown) => new EscalationPlan
        {
            SchemaVersion = version, Triggers = triggers, Strategy = strategy, WhatIWillDo = action, ReturnAfterMinutes = minutes,
            EscalatingPhrase = phrase, CalmerQuestion = question, AdditionalProperties = unknown,
        });

    public Gen<TaskFairnessLedger> Ledger => Gen.Select(
        s_schemaVersion, OptionalText, OptionalText,
        Items(Gen.Select(Gen.OneOf(Text, Gen.OneOf<string>("Laundry", "Dinners", "Bins"))!, Enum<TaskKind>(), Enum<Carrier>(), Enum<Carrier>(), Enum<Carrier>(),
            (name, kind, c, p, d) => new FairnessTask { Name = name, Kind = kind, Conception = c, Planning = p, Doing = d })),
        Gen.Select(
            Items(Gen.Select(Gen.OneOf(Text, Gen.OneOf<string>("laundry", "Dinners ", "Bins"))!, Enum<TaskRole>(), Enum<Carrier>(), Gen.Int[-1, 9].Nullable(0.5),
                (task, role, to, times) => new TaskMove { Task = task, Role = role, To = to, TimesPerWeek = times })),
            Gen.DateOnly.Nullable(0.3),
            Gen.Select(Enum<MeasureKind>(), Text, Gen.Int[-2, 12], Gen.Int[-2, 12],
                (kind, description, baseline, target) => new GoalMeasure { Kind = kind, Description = description, Baseline = baseline, Target = target }).Null(0.4),
            (moves, start, measure) => new RedistributionTrial { Moves = moves, StartsOn = start, Measure = measure }).Null(0.3),
        s_unknown,
        (version, first, second, tasks, trial, unknown) => new TaskFairnessLedger
        {
            SchemaVersion = version, FirstPartnerName = first, SecondPartnerName = second, Tasks = tasks, Trial = trial,
            AdditionalProperties = unknown,
        });

    public Gen<CrisisSupportPlan> Crisis => Gen.Select(
        s_schemaVersion, OptionalText, OptionalText, Text,
        Items(Gen.Select(Text, Enum<Carrier>().Nullable(0.3), OptionalText, (need, by, helper) => new PracticalNeed { Need = need, DoneBy = by, Helper = helper })),
        Items(Gen.Select(Enum<DayOfWeek>().Nullable(0.3), Gen.TimeOnly.Nullable(0.3), Text, (day, time, focus) => new AgreedCheckIn { Day = day, Time = time, Focus = focus })),
        Text, Text, Gen.DateOnly.Nullable(0.5), s_unknown,
        (version, first, second, situation, needs, checkIns, firstSupport, secondSupport, review, unknown) => new CrisisSupportPlan
        {
            SchemaVersion = version, FirstPartnerName = first, SecondPartnerName = second, Situation = situation, PracticalNeeds = needs,
            CheckIns = checkIns, FirstPartnerSupport = firstSupport, SecondPartnerSupport = secondSupport, ReviewOn = review,
            AdditionalProperties = unknown,
        });

    public Gen<Worksheet> Any => Gen.OneOf(
        Chart.Select(w => (Worksheet)w), Map.Select(w => (Worksheet)w), Plan.Select(w => (Worksheet)w), Ledger.Select(w => (Worksheet)w), Crisis.Select(w => (Worksheet)w));

    private Gen<T> Enum<T>()
        where T : struct, Enum =>
        wild ? Gen.Frequency((4, Gen.Enum<T>()), (1, Gen.Int[-2, 12].Select(i => (T)(object)i))) : Gen.Enum<T>();

    private Gen<ImmutableArray<T>> Items<T>(Gen<T> item)
        where T : class
    {
        var array = (wild ? item.Null(0.1)! : item).Array[0, 5].Select(a => ImmutableArray.Create(a!));
        return wild ? Gen.Frequency((9, array), (1, Gen.Const(default(ImmutableArray<T>)))) : array;
    }
}
