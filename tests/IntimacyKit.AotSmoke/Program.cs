// The Native AOT smoke test: uses IntimacyKit the way an app would, without reflection, and checks the
// results. One line per check ("ok: ..." or "FAIL: ..."); the exit code is 1 when any check fails.
//
//   dotnet publish tests/IntimacyKit.AotSmoke -c Release -r linux-x64 -o /tmp/aot-out && /tmp/aot-out/IntimacyKit.AotSmoke
using IntimacyKit.AotSmoke;

CheckGroup[] groups =
[
    new("runtime", RuntimeChecks.Run),
    new("catalog", CatalogChecks.Run),
    new("exercises", ExerciseChecks.Run),
    new("json", JsonChecks.Run),
    new("content packs", ContentPackChecks.Run),
    new("scripts", ScriptChecks.Run),
    new("coach and safety", CoachAndSafetyChecks.Run),
    new("repair", RepairChecks.Run),
    new("self-assessment", AssessmentChecks.Run),
    new("experiments", ExperimentChecks.Run),
    new("worksheets", WorksheetChecks.Run),
    new("dependency injection", DependencyInjectionChecks.Run),
];

var run = new SmokeRun(Console.Out);
foreach (var group in groups)
{
    run.RunGroup(group);
}

return run.Finish();
