using System.Text.Json.Serialization;
using IntimacyKit.Exercises;

namespace IntimacyKit.AotSmoke;

/// <summary>An app's own document that holds an IntimacyKit model, as a journaling app might save it.</summary>
/// <param name="Title">The entry's title.</param>
/// <param name="Response">The exercise the person filled in.</param>
internal sealed record JournalEntry(string Title, ExerciseResponse Response);

/// <summary>The app's own source-generated context, combined with IntimacyKitJson.Options as the getting-started article shows.</summary>
[JsonSerializable(typeof(JournalEntry))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
