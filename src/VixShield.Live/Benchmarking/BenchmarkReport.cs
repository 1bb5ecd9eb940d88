using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VixShield.Live.Benchmarking;

/// <summary>Every figure of one <c>vixshield bench</c> run, the verdict, and its JSON and text forms.</summary>
/// <remarks>The run fails (exit code <see cref="TargetMissedExitCode"/>) when any figure misses its target by more than
/// its noise margin. A figure within the margin is reported as <c>within-noise</c>; a figure that could not be measured
/// here is reported with its reason and does not fail the run.</remarks>
public sealed class BenchmarkReport
{
    public const int SuccessExitCode = 0;
    public const int TargetMissedExitCode = 1;

    public BenchmarkReport(bool quick, BenchmarkEnvironment environment, IReadOnlyList<BenchmarkFigure> figures)
    {
        Quick = quick;
        Environment = environment ?? throw new ArgumentNullException(nameof(environment));
        Figures = figures ?? throw new ArgumentNullException(nameof(figures));
    }

    /// <summary>True for a <c>--quick</c> run (smaller samples; the targets are the same).</summary>
    public bool Quick { get; }

    public BenchmarkEnvironment Environment { get; }

    public IReadOnlyList<BenchmarkFigure> Figures { get; }

    public bool Passed => Figures.All(figure => figure.Status != FigureStatus.Fail);

    public int ExitCode => Passed ? SuccessExitCode : TargetMissedExitCode;

    public static string StatusName(FigureStatus status) => status switch
    {
        FigureStatus.Pass => "pass",
        FigureStatus.WithinNoise => "within-noise",
        FigureStatus.Fail => "fail",
        FigureStatus.Informative => "informative",
        _ => "not-measured",
    };

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps "<=" readable; the report is never embedded in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("tool", "vixshield bench");
        json.WriteString("mode", Quick ? "quick" : "full");
        json.WriteBoolean("passed", Passed);
        json.WriteNumber("exitCode", ExitCode);
        json.WriteStartObject("environment");
        json.WriteNumber("processorCount", Environment.ProcessorCount);
        json.WriteString("runtime", Environment.Runtime);
        json.WriteString("operatingSystem", Environment.OperatingSystem);
        json.WriteBoolean("serverGarbageCollector", Environment.ServerGarbageCollector);
        json.WriteNumber("timestampFrequencyHz", Environment.TimestampFrequency);
        if (Environment.LoadAverage is { } load)
        {
            json.WriteNumber("loadAverage", load);
        }
        else
        {
            json.WriteNull("loadAverage");
        }
        json.WriteEndObject();
        json.WriteStartObject("summary");
        foreach (var status in Enum.GetValues<FigureStatus>())
        {
            json.WriteNumber(StatusName(status), Figures.Count(figure => figure.Status == status));
        }

        json.WriteEndObject();
        json.WriteStartArray("figures");
        foreach (var figure in Figures)
        {
            WriteFigure(json, figure);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        var load = Environment.LoadAverage is { } average ? string.Create(culture, $", load average {average:0.##}") : string.Empty;
        output.WriteLine(string.Create(culture, $"vixshield bench ({(Quick ? "quick" : "full")}) on {Environment.ProcessorCount} processors{load}, {Environment.Runtime}, {Environment.OperatingSystem}"));
        output.WriteLine(string.Create(culture, $"{"figure",-40} {"value",14} {"unit",-12} {"target (fails beyond)",-34} status"));
        foreach (var figure in Figures)
        {
            var value = figure.Value is { } measured ? FormatNumber(measured) : "-";
            var target = figure.Target is { } t
                ? string.Create(culture, $"{t.Operator} {FormatNumber(t.Limit)} ({FormatNumber(t.FailureThreshold)})")
                : string.Empty;
            output.WriteLine(string.Create(culture, $"{figure.Name,-40} {value,14} {figure.Unit,-12} {target,-34} {StatusName(figure.Status)}"));
            if (figure.NotMeasuredReason is { } reason)
            {
                output.WriteLine(string.Create(culture, $"    {reason}"));
            }
        }

        var failed = Figures.Count(figure => figure.Status == FigureStatus.Fail);
        output.WriteLine(failed == 0
            ? "result: every target met (or missed by no more than its noise margin)"
            : string.Create(culture, $"result: {failed} figure(s) missed the target by more than the noise margin"));
    }

    private static void WriteFigure(Utf8JsonWriter json, BenchmarkFigure figure)
    {
        json.WriteStartObject();
        json.WriteString("name", figure.Name);
        json.WriteString("unit", figure.Unit);
        if (figure.Value is { } value && double.IsFinite(value))
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        if (figure.Target is { } target)
        {
            json.WriteStartObject("target");
            json.WriteString("comparison", target.Operator);
            json.WriteNumber("limit", target.Limit);
            json.WriteNumber("noiseMarginPercent", target.NoiseMarginPercent);
            json.WriteNumber("failureThreshold", target.FailureThreshold);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("target");
        }

        json.WriteString("status", StatusName(figure.Status));
        json.WriteString("description", figure.Description);
        if (figure.NotMeasuredReason is { } reason)
        {
            json.WriteString("reason", reason);
        }

        json.WriteStartObject("details");
        foreach (var detail in figure.Details)
        {
            if (detail.Number is { } number && double.IsFinite(number))
            {
                json.WriteNumber(detail.Name, number);
            }
            else
            {
                json.WriteString(detail.Name, detail.Text ?? string.Empty);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string FormatNumber(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,##0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
