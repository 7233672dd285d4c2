namespace IntimacyKit.Scripts;

/// <summary>Values for the repair statement built from the five steps of the repair checklist (chapter 8): acknowledge, express remorse, state the specific change, offer a small reparative act, agree on follow-up.</summary>
/// <param name="Acknowledgement">What you did, said plainly, such as <c>cancelled our plans at the last minute again</c>.</param>
/// <param name="Remorse">What you regret about its effect, such as <c>how let down you must have felt</c>.</param>
/// <param name="Change">The specific change you will make, such as <c>tell you by Thursday if my weekend plans change</c>.</param>
/// <param name="ReparativeAct">A small act to start making it right, such as <c>cook dinner for us on Saturday</c>.</param>
/// <param name="FollowUp">When you will check in together, such as <c>next Sunday evening</c>.</param>
public sealed record RepairStatementArguments(string Acknowledgement, string Remorse, string Change, string ReparativeAct, string FollowUp) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>repair-statement-script</c></summary>
    public const string Id = "repair-statement-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    internal override object? GetValue(string name) => name switch
    {
        "acknowledgement" => Acknowledgement,
        "remorse" => Remorse,
        "change" => Change,
        "reparative_act" => ReparativeAct,
        "follow_up" => FollowUp,
        _ => null,
    };
}
