using System.Globalization;

namespace IntimacyKit.Scripts;

/// <summary>Checks the values a script is rendered with, and writes them as text for a culture.</summary>
internal static class ScriptValues
{
    private static readonly string[] s_dayNames = Enum.GetNames<DayOfWeek>();

    public static string Describe(ScriptParameterKind kind) => kind switch
    {
        ScriptParameterKind.Duration => "duration (a TimeSpan; invariant form 00:20:00)",
        ScriptParameterKind.ClockTime => "clock time (a TimeOnly; invariant form 19:30)",
        ScriptParameterKind.Day => "day of the week (a DayOfWeek; invariant form Saturday)",
        _ => "text (a string)",
    };

    /// <summary>Reads a default or example value written in invariant form.</summary>
    public static bool TryParseInvariant(ScriptParameterKind kind, string text, out object? value)
    {
        value = null;
        switch (kind)
        {
            case ScriptParameterKind.Duration when TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero:
                value = duration;
                return true;
            case ScriptParameterKind.ClockTime when TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                value = time;
                return true;
            // Exactly a day's name: Enum.TryParse also takes " Saturday", "+6" and "Monday, Tuesday" (flags: Wednesday).
            case ScriptParameterKind.Day when Array.IndexOf(s_dayNames, text) >= 0:
                value = Enum.Parse<DayOfWeek>(text);
                return true;
            case ScriptParameterKind.Text or ScriptParameterKind.Feeling or ScriptParameterKind.Behaviour or ScriptParameterKind.Request when !string.IsNullOrWhiteSpace(text):
                value = text;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The kind a value of a custom script (which declares no parameters) is treated as, from its .NET type.</summary>
    public static ScriptParameterKind? KindOf(object value) => value switch
    {
        string => ScriptParameterKind.Text,
        TimeSpan => ScriptParameterKind.Duration,
        TimeOnly => ScriptParameterKind.ClockTime,
        DayOfWeek => ScriptParameterKind.Day,
        _ => null,
    };

    /// <summary>Checks a value against its kind and writes it for the culture; on a problem returns its code and message.</summary>
    public static string? Format(ScriptParameterKind kind, object value, CultureInfo culture, ScriptRenderOptions options, out (string Code, string Message)? problem)
    {
        problem = null;
        switch (kind, value)
        {
            case (ScriptParameterKind.Duration, TimeSpan duration):
                if (duration <= TimeSpan.Zero)
                {
                    problem = ("out-of-range", "A duration must be longer than zero.");
                    return null;
                }

                return options.FormatDuration?.Invoke(duration, culture) ?? FormatDuration(duration, culture);
            case (ScriptParameterKind.ClockTime, TimeOnly time):
                // ICU writes a narrow no-break space before AM/PM; a script is plain text a person may copy.
                return time.ToString("t", culture).Replace('\u202F', ' ').Replace('\u00A0', ' ');
            case (ScriptParameterKind.Day, DayOfWeek day) when Enum.IsDefined(day):
                return culture.DateTimeFormat.GetDayName(day);
            case (ScriptParameterKind.Day, DayOfWeek day):
                problem = ("out-of-range", $"{(int)day} is not a day of the week.");
                return null;
            case (ScriptParameterKind.Text or ScriptParameterKind.Feeling or ScriptParameterKind.Behaviour or ScriptParameterKind.Request, string text):
                if (string.IsNullOrWhiteSpace(text))
                {
                    problem = ("empty", "The value is empty; write something or leave it out if it is optional.");
                    return null;
                }

                var maxLength = Math.Min(options.MaxValueLength, options.MaxStringLength);
                if (text.Length > maxLength)
                {
                    problem = ("too-long", string.Create(CultureInfo.InvariantCulture,
                        $"The value is {text.Length} characters long; the limit is {maxLength}."));
                    return null;
                }

                return text.Trim();
            default:
                problem = ("wrong-type", $"Expected a {Describe(kind)}; the value given is of type {value.GetType().Name}.");
                return null;
        }
    }

    /// <summary>
    /// Writes a duration naturally: "20 minutes", "1 hour", "1 hour and 30 minutes" in English, "1 hora y 30 minutos"
    /// in Spanish, rounded to whole minutes. Other languages use English words unless
    /// <see cref="ScriptRenderOptions.FormatDuration"/> is set.
    /// </summary>
    public static string FormatDuration(TimeSpan duration, CultureInfo culture)
    {
        var words = culture.TwoLetterISOLanguageName == "es" ? s_spanish : s_english;
        var totalMinutes = Math.Max(1, (long)Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero));
        var hours = totalMinutes / 60;
        var minutes = totalMinutes % 60;

        string Count(long n, string one, string many) => string.Create(culture, $"{n:N0} {(n == 1 ? one : many)}");

        return (hours, minutes) switch
        {
            (0, _) => Count(minutes, words.Minute, words.Minutes),
            (_, 0) => Count(hours, words.Hour, words.Hours),
            _ => $"{Count(hours, words.Hour, words.Hours)} {words.And} {Count(minutes, words.Minute, words.Minutes)}",
        };
    }

    private static readonly DurationWords s_english = new("minute", "minutes", "hour", "hours", "and");
    private static readonly DurationWords s_spanish = new("minuto", "minutos", "hora", "horas", "y");

    private sealed record DurationWords(string Minute, string Minutes, string Hour, string Hours, string And);
}
