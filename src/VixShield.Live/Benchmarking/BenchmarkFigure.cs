namespace VixShield.Live.Benchmarking;

/// <summary>One number <c>vixshield bench</c> reports: what was measured, its value and unit, and its target.</summary>
/// <param name="Name">Stable dotted identifier, e.g. <c>loop.quotes_per_second</c>; scripts key on it.</param>
/// <param name="Unit">ns, quotes/s, bytes/quote, us, MB, ms, messages/s.</param>
/// <param name="Description">What exactly was measured, in one sentence.</param>
/// <param name="Value">The measurement, or null when it could not be taken (<paramref name="NotMeasuredReason"/> says why).</param>
/// <param name="Target">The limit, or null for an informative figure.</param>
public sealed record BenchmarkFigure(
    string Name,
    string Unit,
    string Description,
    double? Value,
    BenchmarkTarget? Target,
    string? NotMeasuredReason,
    IReadOnlyList<FigureDetail> Details)
{
    public FigureStatus Status => Value switch
    {
        null => FigureStatus.NotMeasured,
        { } value when Target is not null => Target.Judge(value),
        _ => FigureStatus.Informative,
    };

    public static BenchmarkFigure Measured(string name, string unit, string description, double value, BenchmarkTarget? target, params FigureDetail[] details) =>
        new(name, unit, description, value, target, null, details);

    public static BenchmarkFigure NotMeasured(string name, string unit, string description, BenchmarkTarget? target, string reason) =>
        new(name, unit, description, null, target, reason ?? throw new ArgumentNullException(nameof(reason)), []);
}
