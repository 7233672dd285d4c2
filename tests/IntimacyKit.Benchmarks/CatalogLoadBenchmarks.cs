using BenchmarkDotNet.Attributes;
using IntimacyKit.Patterns;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// What it costs to load the built-in catalog (once per process in an app), and what its lookups cost
/// afterwards (on every request).
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private const string BuiltInResource = "IntimacyKit.Content.builtin.en.json";
    private byte[] _builtInJson = [];
    private IntimacyCatalog _catalog = IntimacyCatalog.Empty;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"Resource {BuiltInResource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _builtInJson = copy.ToArray();
        _catalog = IntimacyCatalog.BuiltIn;
    }

    /// <summary>Reads the embedded JSON and builds a validated catalog: the work behind IntimacyCatalog.BuiltIn.</summary>
    [Benchmark(Baseline = true)]
    public IntimacyCatalog LoadBuiltInCatalog()
    {
        using var stream = new MemoryStream(_builtInJson, writable: false);
        return IntimacyCatalog.Empty.WithContentPack(ContentPack.Load(stream));
    }

    /// <summary>Only the JSON deserialization, through the source-generated context.</summary>
    [Benchmark]
    public ContentPack ParseContentPack()
    {
        using var stream = new MemoryStream(_builtInJson, writable: false);
        return ContentPack.Load(stream);
    }

    /// <summary>A lookup by id on the loaded catalog.</summary>
    [Benchmark]
    public ICatalogItem GetById() => _catalog.Get<ICatalogItem>("conflict-chart");

    /// <summary>Exercises for one pattern on the loaded catalog.</summary>
    [Benchmark]
    public int ExercisesForPattern() => _catalog.GetExercisesForPattern(AnxietyResponse.Withdraw).Length;
}
