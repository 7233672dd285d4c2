namespace IntimacyKit.Web;

// Enum.TryParse also takes numbers and comma lists ("withdraw,engulf" combines flags, "Monday,Tuesday" is Wednesday);
// client text is taken only when it is exactly one of the names, ignoring case.
internal static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<TEnum>(name);
                return true;
            }
        }

        value = default;
        return false;
    }
}
