using System.Buffers;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>How a text that a search must read whole is cut into blocks.</summary>
public sealed class SafetyPrefilterBlocksTests
{
    private static readonly SearchValues<char> s_stops = SearchValues.Create(".\n");

    [Fact]
    public void A_long_text_is_cut_at_stop_characters_after_each_block_and_loses_only_those_characters()
    {
        var text = string.Concat(Enumerable.Repeat("You always leave the dishes. ", 3_000));

        var blocks = TriggerPrefilter.Blocks(text, s_stops);

        blocks.Should().HaveCountGreaterThan(1);
        blocks[0].Start.Should().Be(0);
        blocks[^1].End.Should().Be(text.Length);
        for (var i = 0; i < blocks.Count; i++)
        {
            (blocks[i].End - blocks[i].Start).Should().BeGreaterThan(0);
            if (i > 0)
            {
                blocks[i].Start.Should().Be(blocks[i - 1].End + 1, "only the stop character between two blocks is left out");
                text[blocks[i - 1].End].Should().Be('.');
                (blocks[i - 1].End - blocks[i - 1].Start).Should().BeGreaterThanOrEqualTo(TriggerPrefilter.BlockLength);
            }
        }
    }

    [Fact]
    public void A_text_without_stop_characters_or_a_search_without_any_is_one_block()
    {
        var text = new string('a', 100_000);

        TriggerPrefilter.Blocks(text, s_stops).Should().Equal((0, text.Length));
        TriggerPrefilter.Blocks("short. text.", null).Should().Equal((0, 12));
    }
}
