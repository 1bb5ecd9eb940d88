using Xunit.Sdk;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Comparisons that state their tolerance.</summary>
public static class Numbers
{
    /// <summary>Same nulls and the same 64 bits for every value (incremental == batch is exact, not approximate).</summary>
    public static void AssertBitEqual(double?[] expected, double?[] actual, string where)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is null || actual[i] is null)
            {
                if (expected[i] is not null || actual[i] is not null)
                {
                    throw new XunitException($"{where}, value {i}: expected {Show(expected[i])}, got {Show(actual[i])}.");
                }

                continue;
            }

            if (BitConverter.DoubleToInt64Bits(expected[i]!.Value) != BitConverter.DoubleToInt64Bits(actual[i]!.Value))
            {
                throw new XunitException($"{where}, value {i}: expected {Show(expected[i])}, got {Show(actual[i])} (not bit-identical).");
            }
        }
    }

    /// <summary>|actual - expected| &lt;= tolerance * |expected| (a zero expectation needs an exact zero).</summary>
    public static void AssertRelative(double expected, double actual, double tolerance, string where)
    {
        if (!(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected)))
        {
            throw new XunitException($"{where}: expected {expected:R}, got {actual:R}; relative difference {Math.Abs(actual - expected) / Math.Abs(expected):E2} exceeds {tolerance:E0}.");
        }
    }

    private static string Show(double? value) => value is { } number ? number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "null";
}
