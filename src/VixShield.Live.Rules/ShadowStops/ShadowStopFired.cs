using System.Globalization;
using NodaTime;

namespace VixShield.Live.Rules.ShadowStops;

/// <summary>A shadow stop-loss strategy exited its condor.</summary>
/// <param name="Strategy">The strategy's name, e.g. <c>stop-1x</c>.</param>
/// <param name="StopMultiple">The loss multiple of the credit that triggered the exit.</param>
/// <param name="Time">Time of the mark that triggered it.</param>
/// <param name="Mark">The condor's cost to close at that mark, in points per condor.</param>
/// <param name="Credit">The credit received, in points per condor.</param>
/// <param name="ExitPrice">The price paid to close: the mark plus the configured slippage.</param>
public readonly record struct ShadowStopFired(string Strategy, decimal StopMultiple, Instant Time, decimal Mark, decimal Credit, decimal ExitPrice)
{
    /// <summary>The loss on the mark that triggered the stop (mark minus credit), in points per condor.</summary>
    public decimal MarkLoss => Mark - Credit;

    /// <summary>The realised profit (negative: a loss) of the exit, in points per condor.</summary>
    public decimal ProfitAndLoss => Credit - ExitPrice;

    /// <summary>Why the stop fired, naming the values.</summary>
    public string Reason => string.Create(
        CultureInfo.InvariantCulture,
        $"{Strategy}: condor mark {Mark} is a loss of {MarkLoss} >= {StopMultiple} x credit {Credit}; exit at {ExitPrice} for P&L {ProfitAndLoss}");
}
