using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.ConsoleCoach;

/// <summary>Reads what a person types for one script parameter.</summary>
internal static class ScriptInput
{
    // Examples are written in invariant form (00:20:00, 19:30, Saturday); people may also type minutes or a local time.
    public static bool TryRead(ScriptParameterKind kind, string text, out object? value)
    {
        value = null;
        text = text.Trim();
        switch (kind)
        {
            case ScriptParameterKind.Duration:
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.CurrentCulture, out var minutes) && minutes > 0)
                {
                    value = TimeSpan.FromMinutes(minutes);
                }
                else if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero)
                {
                    value = duration;
                }

                break;
            case ScriptParameterKind.ClockTime:
                if (TimeOnly.TryParse(text, CultureInfo.CurrentCulture, out var time) || TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out time))
                {
                    value = time;
                }

                break;
            case ScriptParameterKind.Day:
                if (Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _))
                {
                    value = day;
                }

                break;
            default:
                value = string.IsNullOrWhiteSpace(text) ? null : text;
                break;
        }

        return value is not null;
    }

    public static string Expected(ScriptParameterKind kind) => kind switch
    {
        ScriptParameterKind.Duration => "a number of minutes or a duration such as 00:20:00",
        ScriptParameterKind.ClockTime => "a clock time such as 19:30",
        ScriptParameterKind.Day => "a day of the week such as Saturday",
        _ => "some words",
    };
}
