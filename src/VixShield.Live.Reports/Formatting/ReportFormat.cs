using System.Globalization;
using System.Text;
using NodaTime;

namespace VixShield.Live.Reports.Formatting;

/// <summary>How the report writes numbers, money and dates: invariant culture, fixed patterns, so output is byte-stable.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whole dollars with thousands separators: <c>$12,345</c>, <c>-$1,200</c>.</summary>
    public static string Money(decimal amount)
    {
        var rounded = Math.Round(amount, 0, MidpointRounding.AwayFromZero);
        return rounded < 0m
            ? "-$" + (-rounded).ToString("#,##0", Invariant)
            : "$" + rounded.ToString("#,##0", Invariant);
    }

    /// <summary>Like <see cref="Money"/> with an explicit plus sign on gains: <c>+$450</c>.</summary>
    public static string SignedMoney(decimal amount) =>
        Math.Round(amount, 0, MidpointRounding.AwayFromZero) > 0m ? "+" + Money(amount) : Money(amount);

    /// <summary>Short money for axis ticks: <c>$0</c>, <c>$250</c>, <c>$25k</c>, <c>$1.5M</c>, <c>-$20k</c>.</summary>
    public static string CompactMoney(double amount)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var size = Math.Abs(amount);
        return size switch
        {
            >= 1_000_000 => sign + "$" + (size / 1_000_000).ToString("0.##", Invariant) + "M",
            >= 1_000 => sign + "$" + (size / 1_000).ToString("0.##", Invariant) + "k",
            _ => sign + "$" + size.ToString("0.##", Invariant),
        };
    }

    /// <summary>A fraction as a percentage: 0.1234 is <c>12.3%</c>.</summary>
    public static string Percent(double fraction, int decimals = 1)
    {
        var percent = Math.Round(fraction * 100.0, decimals, MidpointRounding.AwayFromZero);
        if (percent == 0.0)
        {
            // Negative zero would print as "-0.0%".
            percent = 0.0;
        }

        return percent.ToString("F" + decimals.ToString(Invariant), Invariant) + "%";
    }

    /// <summary>A ratio to two decimals, or <c>n/a</c>.</summary>
    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", Invariant) : "n/a";

    /// <summary>Index points to two decimals: <c>0.45</c>.</summary>
    public static string Points(decimal points) => points.ToString("0.00", Invariant);

    /// <summary>An index level to two decimals: <c>4123.50</c>.</summary>
    public static string Level(decimal level) => level.ToString("0.00", Invariant);

    /// <summary>A strike without trailing zeros: <c>4125</c>, <c>4127.5</c>.</summary>
    public static string Strike(decimal strike) => strike.ToString("0.##", Invariant);

    /// <summary>ISO date: <c>2020-03-16</c>.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", Invariant);

    /// <summary>Money for CSV: plain, two decimals, no separators: <c>-1234.50</c>.</summary>
    public static string CsvMoney(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", Invariant);

    /// <summary>A price or level for CSV exactly as the engine reported it (no rounding).</summary>
    public static string CsvDecimal(decimal value) => value.ToString(Invariant);

    /// <summary>A ratio for CSV with up to eight decimals, empty when absent.</summary>
    public static string CsvNumber(double? value) => value is { } v ? v.ToString("0.########", Invariant) : string.Empty;

    /// <summary>A number for SVG coordinates: one decimal, invariant.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", Invariant);

    /// <summary>Escapes text for HTML and SVG (element content and double-quoted attributes).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string CsvField(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
