using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace IntimacyKit.AotSmoke;

/// <summary>That the checks run where they mean to: native code, with culture data.</summary>
internal static class RuntimeChecks
{
    public static void Run(SmokeRun run)
    {
        // PublishAot also turns dynamic code off for the JIT build (RuntimeFeature.IsDynamicCodeSupported is false
        // under dotnet run too), so ask the JIT itself: under Native AOT it has compiled nothing.
        run.Check("runs as Native AOT code: the JIT compiled no method (run the published binary)", () =>
            Expect.Equal(JitInfo.GetCompiledMethodCount(), 0, "methods compiled by the JIT")
            && Expect.True(!RuntimeFeature.IsDynamicCodeSupported, "no dynamic code support"));

        run.Check("culture data is available, as in an app that keeps globalization on", () =>
            Expect.Equal(CultureInfo.GetCultureInfo("es-MX", predefinedOnly: true).Name, "es-MX", "the es-MX culture's name"));
    }
}
