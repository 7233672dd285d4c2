using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit;

/// <summary>
/// Adds a <see cref="ContentPack"/> to a catalog's content, checking everything about the pack that
/// its JSON shape cannot say: ids, duplicates, references, blank texts and field definitions.
/// Every problem is collected, with the JSON path of the pack member at fault, before anything is thrown.
/// </summary>
internal sealed partial class CatalogMerge
{
    private const int MaxEstimatedMinutes = 600;

    private static readonly bool s_cultureDataAvailable = HasCultureData();

    private readonly List<ValidationProblem> _problems = [];
    private readonly Dictionary<string, string> _packIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ICatalogItem> _existing;
    private readonly bool _isTranslation;

    private CatalogMerge(CatalogContent current, ContentPack pack)
    {
        _existing = current.AllItems().ToDictionary(i => i.Id, StringComparer.Ordinal);
        _isTranslation = current.Language is not null
            && !string.Equals(current.Language, pack.Language, StringComparison.OrdinalIgnoreCase);
    }

    public static CatalogContent Merge(CatalogContent current, ContentPack pack)
    {
        var merge = new CatalogMerge(current, pack);
        merge.CheckPackHeader(pack);

        var merged = current with
        {
            Language = merge._isTranslation || current.Language is null ? pack.Language : current.Language,
            PackNames = current.PackNames.Add(pack.Name ?? ""),
            Attributions = string.IsNullOrWhiteSpace(pack.Attribution) ? current.Attributions : current.Attributions.Add(pack.Attribution),
            Chapters = merge.MergeSection(current.Chapters, pack.Chapters, "chapters", merge.CheckChapter),
            Patterns = merge.MergeSection(current.Patterns, pack.Patterns, "patterns", merge.CheckPattern),
            Dances = merge.MergeSection(current.Dances, pack.Dances, "dances", merge.CheckDance),
            Practices = merge.MergeSection(current.Practices, pack.Practices, "practices", merge.CheckPractice),
            Exercises = merge.MergeSection(current.Exercises, pack.Exercises, "exercises", merge.CheckExercise),
            Principles = merge.MergeSection(current.Principles, pack.Principles, "principles", merge.CheckPrinciple),
            Toolbox = merge.MergeSection(current.Toolbox, pack.Toolbox, "toolbox", merge.CheckToolboxItem),
            Scripts = merge.MergeSection(current.Scripts, pack.Scripts, "scripts", merge.CheckScript),
        };

        new ReferenceCheck(merged, merge._problems).Check(pack);
        var problems = Serialization.StrictJson.With(merge._problems, pack, rooted: true).ToList();

        if (problems.Count > 0)
        {
            throw new ContentPackException(string.IsNullOrWhiteSpace(pack.Name) ? "(unnamed)" : pack.Name, problems);
        }

        return merged;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CultureNameShape();

    [GeneratedRegex("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SnakeCase();

    private void CheckPackHeader(ContentPack pack)
    {
        if (pack.SchemaVersion != ContentPack.CurrentSchemaVersion)
        {
            Add("$.schemaVersion", "unsupported-schema-version", string.Create(CultureInfo.InvariantCulture,
                $"Schema version {pack.SchemaVersion} is not supported; this version of IntimacyKit reads version {ContentPack.CurrentSchemaVersion}."));
        }

        CheckKebab(pack.Name, "$.name", "The pack's name");

        if (string.IsNullOrWhiteSpace(pack.Language) || !IsCultureName(pack.Language))
        {
            Add("$.language", "invalid-language", $"'{pack.Language}' is not a culture name such as 'en' or 'es-MX'.");
        }
    }

    private static bool IsCultureName(string name)
    {
        if (!s_cultureDataAvailable)
        {
            // Apps that run with InvariantGlobalization have no culture data to look names up in: check the shape only.
            return CultureNameShape().IsMatch(name);
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is { Name.Length: > 0 };
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("en-US", predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private ImmutableArray<T> MergeSection<T>(ImmutableArray<T> current, ImmutableArray<T> incoming, string section, Action<T, string> check)
        where T : class, ICatalogItem
    {
        var result = current.ToBuilder();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < current.Length; i++)
        {
            positions[current[i].Id] = i;
        }

        for (var i = 0; i < incoming.Length; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.{section}[{i}]");
            var item = incoming[i];
            if (item is null)
            {
                Add(path, "null-value", $"Entry {i} of '{section}' is null; each entry is a JSON object.");
                continue;
            }

            check(item, path);
            if (!CheckKebab(item.Id, $"{path}.id", "The id"))
            {
                continue;
            }

            if (_packIds.TryGetValue(item.Id, out var firstPath))
            {
                Add($"{path}.id", "duplicate-id", $"Id '{item.Id}' is used twice in this pack; it is first used at {firstPath}.");
                continue;
            }

            _packIds[item.Id] = $"{path}.id";
            if (!_existing.TryGetValue(item.Id, out var old))
            {
                result.Add(item);
            }
            else if (!_isTranslation)
            {
                Add($"{path}.id", "duplicate-id",
                    $"Id '{item.Id}' is already in the catalog ({CatalogNouns.WithArticle(old.GetType())}). Ids must be unique; a pack in another language may replace items to translate them.");
            }
            else if (old is not T || !positions.TryGetValue(item.Id, out var position))
            {
                Add($"{path}.id", "type-mismatch",
                    $"Id '{item.Id}' belongs to {CatalogNouns.WithArticle(old.GetType())} in the catalog; a translation cannot make it {CatalogNouns.WithArticle(typeof(T))}.");
            }
            else
            {
                if (old is ScriptTemplate original && item is ScriptTemplate translated)
                {
                    CheckSameParameters(original, translated, path);
                }

                if (old is Dance originalDance && item is Dance translatedDance)
                {
                    CheckSameMeasures(originalDance.First, translatedDance.First, $"{path}.first");
                    CheckSameMeasures(originalDance.Second, translatedDance.Second, $"{path}.second");
                }

                if (old is IPartnerInvolving was && item is IPartnerInvolving now && was.PartnerInvolvement != now.PartnerInvolvement)
                {
                    Add($"{path}.partnerInvolvement", "partner-involvement-mismatch",
                        $"A translation keeps what the original asks of a person with their partner ('{Kebab(was.PartnerInvolvement)}'); this one says '{Kebab(now.PartnerInvolvement)}'.");
                }

                result[position] = item;
            }
        }

        return result.ToImmutable();
    }

    private void CheckChapter(Chapter chapter, string path)
    {
        if (chapter.Number is { } number && number < 1)
        {
            Add($"{path}.number", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"Chapter number {number} is not positive; leave it out for a conclusion or introduction."));
        }

        Text(chapter.Title, $"{path}.title");
        Text(chapter.Theme, $"{path}.theme");
        Texts(chapter.KeyIdeas, $"{path}.keyIdeas");
        Defined(chapter.Patterns, $"{path}.patterns");
    }

    private void CheckPattern(PatternDescription pattern, string path)
    {
        Defined(pattern.Response, $"{path}.response");
        Text(pattern.Name, $"{path}.name");
        Text(pattern.Summary, $"{path}.summary");
        Texts(pattern.Signs, $"{path}.signs", atLeastOne: true);
        Text(pattern.UnderlyingFear, $"{path}.underlyingFear");
        Text(pattern.EffectOnPartner, $"{path}.effectOnPartner");
        Text(pattern.HowItFeedsThePartner, $"{path}.howItFeedsThePartner");
        Involving(pattern.Antidotes, $"{path}.antidotes", a => a.Text);
    }

    private void CheckDance(Dance dance, string path)
    {
        Text(dance.Name, $"{path}.name");
        Text(dance.Summary, $"{path}.summary");
        CheckRole(dance.First, $"{path}.first");
        CheckRole(dance.Second, $"{path}.second");
        Involving(dance.CircuitBreakers, $"{path}.circuitBreakers", c => c.Text);
    }

    private void CheckRole(DanceRole? role, string path)
    {
        if (role is null)
        {
            Add(path, "required", "A dance names both partners' roles.");
            return;
        }

        Text(role.Name, $"{path}.name");
        if (role.Response is { } response)
        {
            Defined(response, $"{path}.response");
        }

        Defined(role.Moves, $"{path}.moves");

        Text(role.Move, $"{path}.move");
        Text(role.FeedsTheOther, $"{path}.feedsTheOther");
    }

    private void CheckPractice(Practice practice, string path)
    {
        Text(practice.Title, $"{path}.title");
        Text(practice.Description, $"{path}.description");
        Defined(practice.Patterns, $"{path}.patterns");
        Involvement(practice, path);
    }

    private void CheckPrinciple(Principle principle, string path) => Text(principle.Text, $"{path}.text");

    private void CheckToolboxItem(ToolboxItem item, string path)
    {
        Text(item.Name, $"{path}.name");
        Defined(item.Kind, $"{path}.kind");
        Text(item.Purpose, $"{path}.purpose");
        Text(item.Text, $"{path}.text");
        Texts(item.Steps, $"{path}.steps", atLeastOne: item.Kind == ToolboxItemKind.Checklist);
        Involvement(item, path);
        if (item.Kind == ToolboxItemKind.Script && !item.Steps.IsEmpty)
        {
            Add($"{path}.steps", "unexpected-member", "A script has no steps; make it a checklist or leave the steps out.");
        }
    }

    private void CheckScript(ScriptTemplate script, string path)
    {
        Text(script.Title, $"{path}.title");
        Text(script.Purpose, $"{path}.purpose");
        Text(script.WhenToUse, $"{path}.whenToUse");
        Defined(script.Patterns, $"{path}.patterns");
        Involvement(script, path);

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < script.Parameters.Length; i++)
        {
            var parameterPath = string.Create(CultureInfo.InvariantCulture, $"{path}.parameters[{i}]");
            if (script.Parameters[i] is not { } parameter)
            {
                Add(parameterPath, "null-value", "A parameter is a JSON object, not null.");
                continue;
            }

            if (parameter.Name is null || !SnakeCase().IsMatch(parameter.Name))
            {
                Add($"{parameterPath}.name", "invalid-name", $"Parameter name '{parameter.Name}' is not lower snake_case (such as 'return_time').");
            }
            else if (!names.Add(parameter.Name))
            {
                Add($"{parameterPath}.name", "duplicate-name", $"Parameter '{parameter.Name}' is declared twice.");
            }

            Text(parameter.Description, $"{parameterPath}.description");
            Defined(parameter.Kind, $"{parameterPath}.kind");
            Text(parameter.Example, $"{parameterPath}.example");
            if (parameter.Example is not null && !ScriptValues.TryParseInvariant(parameter.Kind, parameter.Example, out _))
            {
                Add($"{parameterPath}.example", "wrong-type", $"'{parameter.Example}' is not a {ScriptValues.Describe(parameter.Kind)} in invariant form.");
            }

            if (parameter.Default is not null)
            {
                if (!parameter.IsOptional)
                {
                    Add($"{parameterPath}.default", "unexpected-member", "Only an optional parameter has a default.");
                }
                else if (!ScriptValues.TryParseInvariant(parameter.Kind, parameter.Default, out _))
                {
                    Add($"{parameterPath}.default", "wrong-type", $"'{parameter.Default}' is not a {ScriptValues.Describe(parameter.Kind)} in invariant form.");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(script.Source))
        {
            Add($"{path}.source", "required", "This text is required and cannot be blank.");
            return;
        }

        var source = ScriptSource.For(script);
        foreach (var problem in source.Problems)
        {
            Add($"{path}.source", problem.Code, $"Line {problem.Line}, column {problem.Column}: {problem.Message}");
        }

        foreach (var placeholder in source.Placeholders.Where(p => !names.Contains(p)))
        {
            Add($"{path}.source", "undeclared-parameter", $"The source uses '{placeholder}', which is not a declared parameter.");
        }

        if (source.IsValid)
        {
            foreach (var unused in names.Where(n => !source.Placeholders.Contains(n)).Order(StringComparer.Ordinal))
            {
                Add($"{path}.parameters", "unused-parameter", $"Parameter '{unused}' is declared but the source never uses it.");
            }
        }
    }

    // The self-assessment reads a role from its response and moves, so a translation keeps them.
    private void CheckSameMeasures(DanceRole? original, DanceRole? translated, string path)
    {
        if (original is null || translated is null
            || (original.Response == translated.Response && original.Moves.SequenceEqual(translated.Moves)))
        {
            return;
        }

        Add(path, "role-measure-mismatch",
            $"A translation keeps the role's 'response' and 'moves', which the self-assessment reads the role from; the original has response '{(original.Response is { } r ? Kebab(r) : "none")}' and moves [{string.Join(", ", original.Moves.Select(m => Kebab(m)))}].");
    }

    private void CheckSameParameters(ScriptTemplate original, ScriptTemplate translated, string path)
    {
        static string Signature(ScriptTemplate script) => string.Join(", ", script.Parameters
            .Where(p => p is not null)
            .Select(p => $"{p.Name}: {JsonNamingPolicy.KebabCaseLower.ConvertName(p.Kind.ToString())}{(p.IsOptional ? " (optional)" : "")}")
            .Order(StringComparer.Ordinal));

        var expected = Signature(original);
        var actual = Signature(translated);
        if (expected != actual)
        {
            Add($"{path}.parameters", "parameter-mismatch",
                $"A translation keeps the original's parameters ({expected}); this one declares ({actual}).");
        }
    }

    private void CheckExercise(Exercise exercise, string path)
    {
        Text(exercise.Title, $"{path}.title");
        Defined(exercise.Kind, $"{path}.kind");
        Text(exercise.Instructions, $"{path}.instructions");
        if (exercise.EstimatedMinutes is < 1 or > MaxEstimatedMinutes)
        {
            Add($"{path}.estimatedMinutes", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"Estimated minutes must be from 1 to {MaxEstimatedMinutes}; it is {exercise.EstimatedMinutes}."));
        }

        Defined(exercise.Patterns, $"{path}.patterns");
        Involvement(exercise, path);

        var fields = exercise.Fields;
        if (fields.IsEmpty)
        {
            Add($"{path}.fields", "required", "An exercise has at least one field to fill in.");
        }

        var fieldIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            var fieldPath = string.Create(CultureInfo.InvariantCulture, $"{path}.fields[{i}]");
            var field = fields[i];
            if (field is null)
            {
                Add(fieldPath, "null-value", "A field is a JSON object, not null.");
                continue;
            }

            if (CheckKebab(field.Id, $"{fieldPath}.id", "A field id") && !fieldIds.Add(field.Id))
            {
                Add($"{fieldPath}.id", "duplicate-id", $"Field id '{field.Id}' is used twice in this exercise.");
            }

            CheckField(field, fieldPath);
        }
    }

    private void CheckField(ExerciseField field, string path)
    {
        Text(field.Label, $"{path}.label");
        Defined(field.Type, $"{path}.type");
        if (field.MaxLength is < 1 or > DocumentLimits.MaxTextLength)
        {
            Add($"{path}.maxLength", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"The maximum length must be from 1 to {DocumentLimits.MaxTextLength} (DocumentLimits.MaxTextLength)."));
        }

        var isMany = field.Type is FieldType.List or FieldType.TwoColumnTable;
        if (!isMany && (field.MinItems is not null || field.MaxItems is not null))
        {
            Add(path, "unexpected-member", "Only list and two-column-table fields take minItems and maxItems.");
        }

        if (field.MinItems is < 0)
        {
            Add($"{path}.minItems", "out-of-range", "The minimum number of items cannot be negative.");
        }

        if (field.MinItems is > DocumentLimits.MaxItems)
        {
            Add($"{path}.minItems", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"The minimum number of items cannot be more than {DocumentLimits.MaxItems} (DocumentLimits.MaxItems)."));
        }

        if (field.MaxItems is { } max && (max < 1 || max < (field.MinItems ?? 1) || max > DocumentLimits.MaxItems))
        {
            Add($"{path}.maxItems", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"The maximum number of items must be at least 1, at least the minimum and at most {DocumentLimits.MaxItems} (DocumentLimits.MaxItems)."));
        }

        if (field.Type != FieldType.Rating && (field.MinRating is not null || field.MaxRating is not null))
        {
            Add(path, "unexpected-member", "Only rating fields take minRating and maxRating.");
        }

        if ((field.MinRating ?? 1) >= (field.MaxRating ?? 10))
        {
            Add($"{path}.maxRating", "out-of-range", "A rating scale's maximum must be greater than its minimum.");
        }

        var isTable = field.Type == FieldType.TwoColumnTable;
        if (isTable)
        {
            Text(field.LeftColumn, $"{path}.leftColumn");
            Text(field.RightColumn, $"{path}.rightColumn");
        }
        else if (field.LeftColumn is not null || field.RightColumn is not null)
        {
            Add(path, "unexpected-member", "Only two-column-table fields take leftColumn and rightColumn.");
        }
    }

    private bool CheckKebab(string? id, string path, string what)
    {
        if (string.IsNullOrEmpty(id) || !KebabCase().IsMatch(id))
        {
            Add(path, "invalid-id", $"{what} '{id}' is not lower-kebab-case (letters a-z, digits and single hyphens, such as 'conflict-chart').");
            return false;
        }

        return true;
    }

    private void Text(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "required", "This text is required and cannot be blank.");
        }
    }

    private void Texts(ImmutableArray<string> values, string path, bool atLeastOne = false)
    {
        if (atLeastOne && values.IsEmpty)
        {
            Add(path, "required", "At least one entry is required.");
        }

        for (var i = 0; i < values.Length; i++)
        {
            Text(values[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
        }
    }

    // An item that asks something of a person with their partner carries a safety note, so that an app can always show
    // one next to it; a note given to an item that asks nothing is kept, but it cannot be blank.
    private void Involvement(IPartnerInvolving item, string path)
    {
        Defined(item.PartnerInvolvement, $"{path}.partnerInvolvement");
        if (item.PartnerInvolvement != PartnerInvolvement.None && string.IsNullOrWhiteSpace(item.SafetyNote))
        {
            Add($"{path}.safetyNote", "missing-safety-note", string.Create(CultureInfo.InvariantCulture,
                $"An item whose partnerInvolvement is '{Kebab(item.PartnerInvolvement)}' needs a short safety note, such as 'If raising this could put you in danger, skip it: your safety comes first.'"));
        }
        else if (item.SafetyNote is not null)
        {
            Text(item.SafetyNote, $"{path}.safetyNote");
        }
    }

    private void Involving<T>(ImmutableArray<T> items, string path, Func<T, string?> text)
        where T : class, IPartnerInvolving
    {
        if (items.IsEmpty)
        {
            Add(path, "required", "At least one entry is required.");
        }

        for (var i = 0; i < items.Length; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is not { } item)
            {
                Add(itemPath, "null-value", "An entry is a JSON object with a text, not null.");
                continue;
            }

            Text(text(item), $"{itemPath}.text");
            Involvement(item, itemPath);
        }
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private void Defined<TEnum>(TEnum value, string path)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(path, "invalid-value", $"'{value}' is not a known {typeof(TEnum).Name} value.");
        }
    }

    private void Defined<TEnum>(ImmutableArray<TEnum> values, string path)
        where TEnum : struct, Enum
    {
        for (var i = 0; i < values.Length; i++)
        {
            Defined(values[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
        }
    }

    private void Add(string path, string code, string message) => _problems.Add(new ValidationProblem(path, code, message));
}
