using System.Diagnostics;
using System.Globalization;
using System.Text;
using IntimacyKit.Scripts;
using Scriban.Runtime;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// Custom scripts written to hurt the host: loops, recursion, huge strings and output, file includes, reflection,
/// regular expressions, deep nesting, the clock, writes to shared state and very long sources. Each is rejected by
/// <see cref="CustomScript.Parse(string)"/> or stopped by the renderer with one of our exceptions, quickly, and
/// leaves the renderer as it was.
/// </summary>
public sealed class HostileScriptTests
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");

    private static readonly TimeSpan s_safetyBound = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Name, source and the outcome: <c>template:code</c> when Check and Parse reject the source with that problem
    /// code first, <c>render:code</c> when rendering stops with a <see cref="ScriptRenderException"/> of that code.
    /// </summary>
    public static TheoryData<string, string, string> Corpus => new()
    {
        // Loops, direct and through builtins that iterate.
        { "an infinite while loop", "{{ while true }}{{ end }}", "template:not-allowed" },
        { "a loop over a huge range", "{{ for i in 1..100000000 }}x{{ end }}", "template:not-allowed" },
        { "a tablerow over a huge range", "{{ tablerow i in 1..100000000 }}{{ i }}{{ end }}", "template:not-allowed" },
        { "a huge range counted by a builtin", "{{ 1..100000000 | array.size }}", "render:limit-exceeded" },
        { "a range joined into a string", "{{ 1..1000 | array.join ',' }}", "render:limit-exceeded" },
        { "an insert far past the end of an array", "{{ name | string.split '' | array.insert_at 200000000 'x' | array.size }}", "render:limit-exceeded" },
        { "an array multiplied a thousand times", "{{ (name | string.split '') * 1000 }}", "render:limit-exceeded" },

        // Recursion.
        { "a recursive function", "{{ func f; ret f; end; f }}", "template:not-allowed" },
        { "an anonymous function", "{{ (do; ret 1; end) }}", "template:not-allowed" },
        { "a return at the top level", "{{ ret name }}", "template:not-allowed" },

        // Huge strings and output.
        { "a string multiplied a hundred million times", "{{ 'x' * 100000000 }}", "render:limit-exceeded" },
        { "a string padded to a hundred million characters", "{{ name | string.pad_left 100000000 }}", "render:limit-exceeded" },
        { "nested replacements that grow ninefold each", "{{ 'xxxxxxxxx'" + string.Concat(Enumerable.Repeat(" | string.replace 'x' 'xxxxxxxxx'", 8)) + " }}", "render:limit-exceeded" },
        { "a number formatted with a million decimals", "{{ 1 | math.format 'N999999' }}", "render:limit-exceeded" },
        { "output of two strings that each fit", "{{ 'x' * 4000 }}{{ 'x' * 4000 }}", "render:limit-exceeded" },
        { "output of padded values", "{{ name | string.pad_right 4000 }}{{ name | string.pad_right 4000 }}", "render:limit-exceeded" },
        { "a long source within the limit whose output is too long", string.Concat(Enumerable.Repeat("{{ name | string.pad_left 40 }}", 300)), "render:limit-exceeded" },
        { "a bit shift to a million-bit integer", "{{ 1 << 1048576 }}", "template:not-allowed" },
        { "a right shift", "{{ name | string.size >> 1 }}", "template:not-allowed" },
        { "a product of integer literals too long to write out", "{{ " + ProductTree(9) + " }}", "render:limit-exceeded" },
        { "an integer literal of nine thousand digits", "{{ 1" + new string('0', 9000) + " }}", "template:not-allowed" },
        { "a text literal of five thousand characters", "{{ '" + new string('x', 5000) + "' }}", "template:not-allowed" },
        { "a random number, which would make output vary", "{{ math.random 1 10 }}", "template:unknown-function" },
        { "a fresh uuid, which would make output vary", "{{ math.uuid }}", "template:unknown-function" },

        // Files, reflection, evaluation, the clock.
        { "an include of a local file", "{{ include '/etc/passwd' }}", "template:not-allowed" },
        { "an include_join of local files", "{{ include_join '/etc/passwd' '/etc/shadow' }}", "template:not-allowed" },
        { "the runtime type of a value", "{{ name.runtime_type }}", "render:runtime-error" },
        { "the assembly location of a value's type", "{{ name.runtime_type.assembly.location }}", "render:runtime-error" },
        { "a prototype-like member of a builtin", "{{ string.__proto__ }}", "template:unknown-function" },
        { "a constructor-like member of a builtin", "{{ math.constructor }}", "template:unknown-function" },
        { "the GetType method of a value", "{{ name.get_type() }}", "render:runtime-error" },
        { "this", "{{ this }}", "template:not-allowed" },
        { "the members of this", "{{ this.name }}", "template:not-allowed" },
        { "the arguments of a function", "{{ $0 }}", "template:not-allowed" },
        { "a local variable", "{{ $name }}", "template:not-allowed" },
        { "object.eval", "{{ object.eval '1 + 2' }}", "template:not-allowed" },
        { "object.eval_template", "{{ object.eval_template 'hi {{ 6 * 7 }}' }}", "template:not-allowed" },
        { "object.to_json of a value", "{{ name | object.to_json }}", "template:not-allowed" },
        { "date.now", "{{ date.now }}", "template:not-allowed" },
        { "date.parse with a culture", "{{ date.parse '2026-01-01' culture:'fr-FR' }}", "template:not-allowed" },
        { "timespan", "{{ timespan.from_hours 2 }}", "template:not-allowed" },
        { "a .NET namespace", "{{ System.IO.File }}", "render:runtime-error" },
        { "a catastrophic regular expression", "{{ regex.match ('a' * 40 + '!') '^(a+)+$' }}", "template:not-allowed" },
        { "a regular expression escape", "{{ regex.escape name }}", "template:not-allowed" },

        // Deep nesting.
        { "ten thousand opening parentheses", "{{ " + new string('(', 10_000) + "1" + new string(')', 10_000) + " }}", "template:too-long" },
        { "two thousand opening parentheses", "{{ " + new string('(', 2_000) + "1" + new string(')', 2_000) + " }}", "template:syntax-error" },
        { "two thousand opening brackets", "{{ " + new string('[', 2_000) + "1" + new string(']', 2_000) + " }}", "template:syntax-error" },
        { "four hundred nested ifs", string.Concat(Enumerable.Repeat("{{ if name }}", 400)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 400)), "template:syntax-error" },
        { "a member chain of three thousand links", "{{ name" + string.Concat(Enumerable.Repeat(".a", 3_000)) + " }}", "template:syntax-error" },
        { "a pipe of a thousand stages", "{{ name" + string.Concat(Enumerable.Repeat(" | string.upcase", 500)) + " }}", "template:syntax-error" },
        { "a thousand negations", "{{ " + new string('!', 1_000) + "true }}", "template:syntax-error" },
        { "a cascade of broken statements", string.Concat(Enumerable.Repeat("{{ name ; ", 900)), "template:syntax-error" },

        // Writes to shared state.
        { "an assignment to a builtin function", "{{ string.upcase = 1 }}", "template:not-allowed" },
        { "a new member on a builtin", "{{ string.evil = 'leaked' }}", "template:not-allowed" },
        { "an assignment to a builtin", "{{ string = 1 }}", "template:not-allowed" },
        { "an assignment to a value", "{{ name = 'other' }}", "template:not-allowed" },
        { "a capture into a global", "{{ capture leaked }}x{{ end }}", "template:not-allowed" },
        { "an increment", "{{ name++ }}", "template:not-allowed" },
        { "an import of a builtin into the globals", "{{ import string }}", "template:not-allowed" },
        { "a with block on a builtin", "{{ with math }}{{ pi = 3 }}{{ end }}", "template:not-allowed" },

        // Long sources and runtime errors.
        { "a source one character too long", new string('x', CustomScript.MaxSourceLength + 1), "template:too-long" },
        { "a source of a million characters", new string('x', 1_000_000), "template:too-long" },
        { "a division by zero", "{{ name | string.size // 0 }}", "render:runtime-error" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_hostile_script_is_rejected_or_stopped_with_our_exception_within_the_safety_bound(string name, string source, string expected)
    {
        var run = Task.Run(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            var outcome = Outcome(ScriptRenderer.Default, source);
            return (Outcome: outcome, stopwatch.Elapsed);
        });

        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        first.Should().BeSameAs(run, $"'{name}' must not hang");
        var (outcome, elapsed) = await run;
        outcome.Should().Be(expected, name);
        elapsed.Should().BeLessThan(s_safetyBound, name);
    }

    [Fact]
    public void The_corpus_has_at_least_twenty_five_hostile_scripts_that_all_differ()
    {
        var sources = Corpus.Select(row => (string)row[1]).ToList();

        sources.Should().HaveCountGreaterThanOrEqualTo(25).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_renderer_s_builtins_are_the_kept_ones_and_frozen_all_the_way_down()
    {
        var builtins = ScriptSource.Builtins;

        builtins.Keys.Should().BeEquivalentTo(["array", "blank", "empty", "html", "math", "string"]);
        builtins.Keys.Should().NotContain(["regex", "include", "include_join", "object", "date", "timespan"]);
        AllObjects(builtins).Should().OnlyContain(o => o.IsReadOnly);

        static IEnumerable<ScriptObject> AllObjects(ScriptObject root) =>
            new[] { root }.Concat(root.Values.OfType<ScriptObject>().SelectMany(AllObjects));
    }

    [Fact]
    public void A_script_that_tries_to_change_shared_state_is_rejected_and_later_renders_are_unaffected()
    {
        var before = ScriptRenderer.Default.Render(new HonestyFormulaArguments("hurt", "plans change", "a heads-up"), s_enUs);
        string[] attempts =
        [
            "{{ string.upcase = 1 }}", "{{ string.evil = 'leaked' }}", "{{ math.pi = 3 }}", "{{ empty = 'full' }}",
            "{{ feeling = 'great' }}", "{{ capture behaviour }}nothing{{ end }}", "{{ import math }}",
        ];

        foreach (var attempt in attempts)
        {
            FluentActions.Invoking(() => CustomScript.Parse(attempt)).Should().Throw<ScriptTemplateException>(attempt)
                .Which.Problems.Should().Contain(p => p.Code == "not-allowed");
        }

        ScriptRenderer.Default.Render(new HonestyFormulaArguments("hurt", "plans change", "a heads-up"), s_enUs).Should().Be(before)
            .And.Be("I feel hurt when plans change; I'd like a heads-up.");
        ScriptRenderer.Default.RenderCustom(CustomScript.Parse("{{ x | string.upcase }}"), new Dictionary<string, object?> { ["x"] = "ok" }, s_enUs)
            .Should().Be("OK");
        CustomScript.Check("{{ string.evil }}").Problems.Should().ContainSingle().Which.Code.Should().Be("unknown-function");
    }

    [Fact]
    public void Values_of_one_render_are_not_visible_to_the_next()
    {
        var renderer = ScriptRenderer.Default;
        renderer.RenderCustom(CustomScript.Parse("{{ secret }}"), new Dictionary<string, object?> { ["secret"] = "s3cr3t" }, s_enUs).Should().Be("s3cr3t");
        renderer.Render(new HonestyFormulaArguments("hurt", "x", "y"), s_enUs);

        // The second script names the first one's value but is given none: it must not see the old one.
        var act = () => renderer.RenderCustom(CustomScript.Parse("{{ secret }}"), new Dictionary<string, object?>(), s_enUs);
        act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be("required");

        var other = () => renderer.RenderCustom(CustomScript.Parse("{{ if feeling }}leak{{ end }}"), new Dictionary<string, object?>(), s_enUs);
        other.Should().Throw<ScriptArgumentException>("'feeling' of the honesty formula is not carried over");
    }

    [Fact]
    public void A_render_that_was_stopped_leaves_the_renderer_usable()
    {
        var bomb = CustomScript.Parse("{{ 'x' * 4000 }}{{ 'x' * 4000 }}");
        var broken = CustomScript.Parse("{{ name.runtime_type }}");

        for (var i = 0; i < 3; i++)
        {
            FluentActions.Invoking(() => ScriptRenderer.Default.RenderCustom(bomb, new Dictionary<string, object?>(), s_enUs))
                .Should().Throw<ScriptRenderException>().Which.Code.Should().Be("limit-exceeded");
            FluentActions.Invoking(() => ScriptRenderer.Default.RenderCustom(broken, new Dictionary<string, object?> { ["name"] = "n" }, s_enUs))
                .Should().Throw<ScriptRenderException>().Which.Code.Should().Be("runtime-error");
            ScriptRenderer.Default.Render(new DefusingLineArguments(), s_enUs).Should().Be("I'm getting overwhelmed - can we pause and come back to this?");
            ScriptRenderer.Default.RenderCustom(CustomScript.Parse("{{ 'x' * 10 }}"), new Dictionary<string, object?>(), s_enUs).Should().Be("xxxxxxxxxx");
        }
    }

    [Fact]
    public void A_script_that_runs_past_its_time_budget_is_stopped_with_a_time_budget_error()
    {
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions
        {
            TimeBudget = TimeSpan.FromMilliseconds(1),
            MaxStringLength = 1_000_000,
        });
        var slow = CustomScript.Parse(SlowScript());

        var stopwatch = Stopwatch.StartNew();
        var act = () => renderer.RenderCustom(slow, new Dictionary<string, object?>(), s_enUs);

        var error = act.Should().Throw<ScriptRenderException>().Which;
        stopwatch.Elapsed.Should().BeLessThan(s_safetyBound);
        error.Code.Should().Be("time-budget");
        error.Message.Should().Contain("1 ms");
        error.Line.Should().BeGreaterThanOrEqualTo(1);
        renderer.RenderCustom(CustomScript.Parse("still {{ 'fine' }}"), new Dictionary<string, object?>(), s_enUs).Should().Be("still fine");
    }

    [Fact]
    public void The_slow_script_finishes_when_its_time_budget_allows()
    {
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions
        {
            TimeBudget = TimeSpan.FromMinutes(1),
            MaxStringLength = 1_000_000,
        });

        renderer.RenderCustom(CustomScript.Parse(SlowScript()), new Dictionary<string, object?>(), s_enUs).Should().BeEmpty();
    }

    [Fact]
    public void An_already_cancelled_token_stops_every_kind_of_render_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var renderer = ScriptRenderer.Default;

        renderer.Invoking(r => r.RenderCustom(CustomScript.Parse("hi {{ name }}"), new Dictionary<string, object?> { ["name"] = "x" }, s_enUs, cancelled.Token))
            .Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(cancelled.Token);
        renderer.Invoking(r => r.RenderTemplate("support-question-script", new Dictionary<string, object?>(), s_enUs, cancelled.Token))
            .Should().Throw<OperationCanceledException>();
        renderer.Invoking(r => r.Render(new DeEscalationArguments(), s_enUs, cancelled.Token))
            .Should().Throw<OperationCanceledException>();
        renderer.Render(new DeEscalationArguments(), s_enUs).Should().StartWith("I'm getting overwhelmed.");
    }

    [Fact]
    public void Cancelling_during_a_render_is_an_OperationCanceledException_not_a_time_budget_error()
    {
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions
        {
            TimeBudget = TimeSpan.FromMinutes(1),
            MaxStringLength = 1_000_000,
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));
        var slow = CustomScript.Parse(SlowScript());

        var stopwatch = Stopwatch.StartNew();
        var act = () => renderer.RenderCustom(slow, new Dictionary<string, object?>(), s_enUs, cancellation.Token);

        act.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(cancellation.Token);
        stopwatch.Elapsed.Should().BeLessThan(s_safetyBound);
    }

    /// <summary>Runs Check, Parse and RenderCustom and says how the script ended; any other exception fails the test.</summary>
    private static string Outcome(ScriptRenderer renderer, string source)
    {
        var check = CustomScript.Check(source);
        try
        {
            var script = CustomScript.Parse(source);
            check.IsValid.Should().BeTrue("Check and Parse agree");
            var values = script.Placeholders.ToDictionary(p => p, _ => (object?)"abc");
            var text = renderer.RenderCustom(script, values, s_enUs);
            return $"rendered {text.Length} characters";
        }
        catch (ScriptTemplateException ex)
        {
            ex.Problems.Should().Equal(check.Problems, "Check and Parse agree");
            return "template:" + ex.Problems[0].Code;
        }
        catch (ScriptRenderException ex)
        {
            ex.Line.Should().BeGreaterThanOrEqualTo(1);
            ex.Column.Should().BeGreaterThanOrEqualTo(1);
            return "render:" + ex.Code;
        }
        catch (ScriptArgumentException ex)
        {
            return "arguments:" + ex.Problems[0].Code;
        }
    }

    /// <summary>A balanced product of 2^depth ten-digit literals: about 33 bits per literal, with no loop or variable.</summary>
    private static string ProductTree(int depth) =>
        depth == 0 ? "9999999999" : $"({ProductTree(depth - 1)} * {ProductTree(depth - 1)})";

    /// <summary>A script of many statements that each hash a million-character string: slow, but within every limit but time.</summary>
    private static string SlowScript()
    {
        const string Statement = "{{ if (('x' * 1000000) | string.sha512 | string.size) < 0 }}{{ end }}";
        var text = new StringBuilder();
        while (text.Length + Statement.Length <= CustomScript.MaxSourceLength)
        {
            text.Append(Statement);
        }

        return text.ToString();
    }
}
