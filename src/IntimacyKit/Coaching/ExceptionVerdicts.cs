using System.Runtime.InteropServices;

namespace IntimacyKit.Coaching;

/// <summary>
/// Decides, for one analysis, whether a rule's good-practice exceptions apply around a match, remembering the verdict
/// for each window of text so that repetitive text (the same line pasted many times) is checked once per distinct window.
/// </summary>
internal sealed class ExceptionVerdicts
{
    /// <summary>The most windows remembered per rule and side, so that memory stays bounded on long text.</summary>
    private const int MaxRemembered = 4096;

    private readonly Dictionary<(CoachRule Rule, bool Before), Dictionary<string, bool>> _verdicts = [];

    /// <summary>Gets whether the text after the match start (to the sentence end) or the sentence before it shows good practice.</summary>
    public bool IsException(CoachRule rule, string text, int start, int length)
    {
        if (rule.Unless is { } unless)
        {
            var end = TextScan.SentenceEnd(text, start + length);
            if (Check(rule, before: false, unless, text.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        if (rule.UnlessBefore is { } unlessBefore)
        {
            var from = TextScan.SentenceStart(text, start);
            if (Check(rule, before: true, unlessBefore, text.AsSpan(from, start - from)))
            {
                return true;
            }
        }

        return false;
    }

    private bool Check(CoachRule rule, bool before, System.Text.RegularExpressions.Regex regex, ReadOnlySpan<char> window)
    {
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_verdicts, (rule, before), out _);
        known ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(window, out var verdict))
        {
            return verdict;
        }

        verdict = regex.IsMatch(window);
        if (known.Count < MaxRemembered)
        {
            lookup[window] = verdict;
        }

        return verdict;
    }
}
