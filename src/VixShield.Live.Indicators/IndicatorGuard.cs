using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace VixShield.Live.Indicators;

/// <summary>The input contract checks shared by every indicator.</summary>
/// <remarks>The throwing paths live in separate non-inlined methods so the hot path stays a compare and a branch.</remarks>
internal static class IndicatorGuard
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RequireFinite(double value, string indicator, string parameter)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(value, indicator, parameter);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RequirePositive(double value, string indicator, string parameter)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            ThrowNotPositive(value, indicator, parameter);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RequireNonNegative(double value, string indicator, string parameter)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            ThrowNegative(value, indicator, parameter);
        }
    }

    /// <summary>Strict order for series: <paramref name="time"/> must be after <paramref name="previous"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RequireAfter(Instant time, Instant previous, long samples, string indicator)
    {
        if (samples > 0 && time <= previous)
        {
            ThrowNotAfter(time, previous, indicator);
        }
    }

    /// <summary>Order for levels (latest value wins): <paramref name="time"/> must not be before <paramref name="previous"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RequireNotBefore(Instant time, Instant previous, bool hasPrevious, string indicator)
    {
        if (hasPrevious && time < previous)
        {
            ThrowBefore(time, previous, indicator);
        }
    }

    public static void RequirePeriod(int period, int minimum, string parameter)
    {
        if (period < minimum)
        {
            throw new ArgumentOutOfRangeException(parameter, period, $"{parameter} must be at least {minimum}.");
        }
    }

    public static string NotAfterMessage(Instant time, Instant previous, string indicator) =>
        $"{indicator}: input time {time} is not after the previous input time {previous}; inputs must arrive in strictly increasing time.";

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotFinite(double value, string indicator, string parameter) =>
        throw new ArgumentOutOfRangeException(parameter, value, $"{indicator}: {parameter} must be a finite number.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotPositive(double value, string indicator, string parameter) =>
        throw new ArgumentOutOfRangeException(parameter, value, $"{indicator}: {parameter} must be a finite number greater than 0.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNegative(double value, string indicator, string parameter) =>
        throw new ArgumentOutOfRangeException(parameter, value, $"{indicator}: {parameter} must be a finite number of at least 0.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotAfter(Instant time, Instant previous, string indicator) =>
        throw new ArgumentException(NotAfterMessage(time, previous, indicator), "time");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBefore(Instant time, Instant previous, string indicator) =>
        throw new ArgumentException(
            $"{indicator}: input time {time} is before the latest input time {previous}; levels may repeat a time but never go back.",
            "time");
}
