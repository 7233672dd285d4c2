using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// The feelings vocabulary checks the feeling parameters of the scripts: a thought or an accusation given as the
/// honesty formula's or the feeling statement's feeling gets a warning that names it, says why and offers feelings,
/// and the script still renders with the person's words.
/// </summary>
public sealed class ScriptFeelingWarningTests
{
    private static readonly CultureInfo s_english = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("abandoned")]
    [InlineData("ignored")]
    [InlineData("manipulated")]
    public void A_faux_feeling_gets_a_warning_with_the_feelings_beneath_it_and_still_renders(string feeling)
    {
        var arguments = new HonestyFormulaArguments(feeling, "plans change at the last minute", "a heads-up the day before");

        var warning = ScriptRenderer.Default.Check(arguments, s_english).Should().ContainSingle().Subject;

        warning.Parameter.Should().Be("feeling");
        warning.Code.Should().Be(ScriptWarning.NotAFeeling);
        warning.Message.Should().Contain($"\"{feeling}\"").And.Contain("accusation");
        warning.Alternatives.Should().Equal(FeelingsVocabulary.Default.FauxFeelings[feeling]);
        warning.Message.Should().Contain(warning.Alternatives[0]);
        ScriptRenderer.Default.Render(arguments, s_english).Should().Contain(feeling);
    }

    [Theory]
    [InlineData("that you don't care")]
    [InlineData("like you never listen")]
    [InlineData("like you're ignoring me")]
    public void A_thought_given_as_a_feeling_gets_a_warning_that_names_it(string feeling)
    {
        var arguments = new FeelingStatementArguments(feeling, "we eat in front of the TV");

        var warning = ScriptRenderer.Default.Check(arguments, s_english).Should().ContainSingle().Subject;

        warning.Parameter.Should().Be("feeling");
        warning.Message.Should().Contain(feeling).And.Contain("thought");
        warning.Alternatives.Should().NotBeEmpty();
        ScriptRenderer.Default.Render(arguments, s_english).Should().Contain(feeling);
    }

    [Theory]
    [InlineData("hurt")]
    [InlineData("lonely and worried")]
    [InlineData("really frustrated")]
    public void A_feeling_gets_no_warning(string feeling)
    {
        ScriptRenderer.Default.Check(new HonestyFormulaArguments(feeling, "plans change", "a heads-up"), s_english).Should().BeEmpty();
    }

    [Fact]
    public void Only_feeling_parameters_are_checked()
    {
        // "abandoned" in the behaviour or the request is the person's description, not a feeling.
        var arguments = new HonestyFormulaArguments("sad", "I feel abandoned at parties", "that you don't leave me alone");

        ScriptRenderer.Default.Check(arguments, s_english).Should().BeEmpty();
    }

    [Fact]
    public void Values_by_name_are_checked_the_same_way()
    {
        var values = new Dictionary<string, object?> { ["feeling"] = "like you don't care", ["behaviour"] = "plans change" };

        ScriptRenderer.Default.CheckTemplate(FeelingStatementArguments.Id, values, s_english)
            .Should().ContainSingle().Which.Should().BeEquivalentTo(
                ScriptRenderer.Default.Check(new FeelingStatementArguments("like you don't care", "plans change"), s_english)[0]);
    }

    [Fact]
    public void A_script_rendered_from_a_translated_template_gets_no_english_warnings()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        ScriptRenderer.Default.Languages.Should().Contain("es");

        ScriptRenderer.Default.Check(new HonestyFormulaArguments("abandonado", "cambias los planes", "un aviso"), spanish).Should().BeEmpty();
    }

    [Fact]
    public void Missing_values_are_left_to_the_render_to_report()
    {
        ScriptRenderer.Default.CheckTemplate(HonestyFormulaArguments.Id, new Dictionary<string, object?>(), s_english).Should().BeEmpty();
        FluentActions.Invoking(() => ScriptRenderer.Default.Check(null!)).Should().Throw<ArgumentNullException>();
    }
}
