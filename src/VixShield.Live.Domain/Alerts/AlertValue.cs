using System.Globalization;

namespace VixShield.Live.Domain.Alerts;

/// <summary>One named value carried by an alert (the inputs behind its reason).</summary>
/// <remarks>A closed set of kinds keeps JSON output exact: decimals stay decimals, doubles round-trip.</remarks>
public readonly record struct AlertValue
{
    private AlertValue(string name, AlertValueKind kind, decimal money, double number, string? text, bool flag)
    {
        Name = name;
        Kind = kind;
        Money = money;
        Number = number;
        Text = text;
        Flag = flag;
    }

    public string Name { get; }

    public AlertValueKind Kind { get; }

    public decimal Money { get; }

    public double Number { get; }

    public string? Text { get; }

    public bool Flag { get; }

    public static AlertValue Of(string name, decimal value) => new(name, AlertValueKind.Decimal, value, 0, null, false);

    public static AlertValue Of(string name, double value) => new(name, AlertValueKind.Double, 0m, value, null, false);

    public static AlertValue Of(string name, long value) => new(name, AlertValueKind.Decimal, value, 0, null, false);

    public static AlertValue Of(string name, string value) => new(name, AlertValueKind.Text, 0m, 0, value, false);

    public static AlertValue Of(string name, bool value) => new(name, AlertValueKind.Boolean, 0m, 0, null, value);

    /// <summary>The value as invariant text, for human-readable sinks.</summary>
    public string FormatValue() => Kind switch
    {
        AlertValueKind.Decimal => Money.ToString(CultureInfo.InvariantCulture),
        AlertValueKind.Double => Number.ToString("R", CultureInfo.InvariantCulture),
        AlertValueKind.Boolean => Flag ? "true" : "false",
        _ => Text ?? string.Empty,
    };
}
