using NodaTime;

namespace VixShield.Live.Reports.Charts;

/// <summary>A labelled tick on a date axis.</summary>
public readonly record struct DateTick(LocalDate Date, string Label);
