using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Web.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Web.Tests;

public sealed class ExperimentStoreTests : WebAppTests
{
    private Experiment NewExperiment()
    {
        var goal = new ExperimentGoal
        {
            Change = "Calmer when we disagree",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How calm I stayed (1-10)", Baseline = 3, Target = 7 },
        };
        var plan = ExperimentPlan.FromPractices(goal, IntimacyCatalog.BuiltIn.Practices.Take(1));
        return Experiment.Create(plan, App.Clock.Today);
    }

    [Fact]
    public async Task Of_two_updates_from_the_same_version_only_the_first_is_kept()
    {
        var store = App.Services.GetRequiredService<ExperimentStore>();
        var stored = await store.AddAsync(NewExperiment(), CancellationToken.None);
        var mine = stored.Experiment.Start(App.Clock, "first writer");
        var theirs = stored.Experiment.Start(App.Clock, "second writer");
        mine.Succeeded.Should().BeTrue(mine.ToString());

        var first = await store.TryUpdateAsync(stored.Id, stored.Version, mine.Experiment, CancellationToken.None);
        var second = await store.TryUpdateAsync(stored.Id, stored.Version, theirs.Experiment, CancellationToken.None);

        first.Should().NotBeNull();
        second.Should().BeNull();
        var kept = (await store.FindAsync(stored.Id, CancellationToken.None))!;
        kept.Version.Should().Be(stored.Version + 1);
        kept.Experiment.Events.Should().ContainSingle().Which.Note.Should().Be("first writer");
    }

    [Fact]
    public async Task The_row_holds_the_librarys_own_json_document()
    {
        var store = App.Services.GetRequiredService<ExperimentStore>();
        var experiment = NewExperiment();
        var stored = await store.AddAsync(experiment, CancellationToken.None);

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = App.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM experiments WHERE id = $id";
        command.Parameters.AddWithValue("$id", stored.Id);
        var document = (string)(await command.ExecuteScalarAsync())!;

        document.Should().Be(IntimacyKitJson.Serialize(experiment));
    }

    [Fact]
    public async Task A_cancelled_request_stops_before_touching_the_database()
    {
        var store = App.Services.GetRequiredService<ExperimentStore>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var add = () => store.AddAsync(NewExperiment(), cancelled.Token);

        await add.Should().ThrowAsync<OperationCanceledException>();
        File.Exists(App.DatabasePath).Should().BeFalse();
    }
}
