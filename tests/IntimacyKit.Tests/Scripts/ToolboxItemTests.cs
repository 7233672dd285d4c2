using IntimacyKit.Exercises;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// The built-in toolbox: four scripts with their exact wording, and the five-step repair checklist, each naming the
/// script template that renders it (see <see cref="ScriptRendererGoldenTests"/> for the rendered wording).
/// </summary>
public sealed class ToolboxItemTests
{
    private static IntimacyCatalog Catalog => IntimacyCatalog.BuiltIn;

    public static TheoryData<string, string, string> Scripts => new()
    {
        { "bridge-sentence", "I need about 20 minutes to collect myself; I care about this and I'll come back to it at [time].", "bridge-sentence-script" },
        { "assertive-boundary", "I can't do [X] right now. I'm available on [Y day/time].", "assertive-boundary-script" },
        { "de-escalation", "I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 30 minutes?", "de-escalation-script" },
        { "honesty-formula", "I feel [feeling] when [behavior]; I'd like [concrete request].", "honesty-formula-script" },
    };

    [Fact]
    public void The_toolbox_has_the_four_scripts_then_the_repair_checklist()
    {
        Catalog.Toolbox.Select(t => (t.Id, t.Kind)).Should().Equal(
            ("bridge-sentence", ToolboxItemKind.Script),
            ("assertive-boundary", ToolboxItemKind.Script),
            ("de-escalation", ToolboxItemKind.Script),
            ("honesty-formula", ToolboxItemKind.Script),
            ("repair-checklist", ToolboxItemKind.Checklist));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Each_script_has_the_exact_wording_and_names_its_template(string id, string text, string scriptId)
    {
        var script = Catalog.Get<ToolboxItem>(id);

        script.Kind.Should().Be(ToolboxItemKind.Script);
        script.Text.Should().Be(text);
        script.ScriptId.Should().Be(scriptId);
        Catalog.TryGet<ScriptTemplate>(scriptId, out _).Should().BeTrue();
        script.Steps.Should().BeEmpty();
        script.Name.Should().NotBeNullOrWhiteSpace();
        script.Purpose.Should().NotBeNullOrWhiteSpace();
        Catalog.TryGet<Chapter>(script.ChapterId, out _).Should().BeTrue();
    }

    [Fact]
    public void The_repair_checklist_has_its_five_steps_in_order()
    {
        var checklist = Catalog.Get<ToolboxItem>("repair-checklist");

        checklist.Kind.Should().Be(ToolboxItemKind.Checklist);
        checklist.Steps.Should().Equal("Acknowledge", "Express remorse", "State specific change", "Offer small reparative act", "Agree on follow-up");
        checklist.Text.Should().NotBeNullOrWhiteSpace();
        checklist.ScriptId.Should().Be("repair-statement-script");
        Catalog.TryGet<Chapter>(checklist.ChapterId, out _).Should().BeTrue();
    }
}
