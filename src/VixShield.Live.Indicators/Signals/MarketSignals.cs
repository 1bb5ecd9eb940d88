using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Signals;

/// <summary>Every signal of spec section 3, one instance per series and timeframe, owned by the decision loop.</summary>
/// <remarks>
/// <para>Series: RSI on SPX 5-minute and daily bars; MACD bearish on SPX daily, the weekly warning on SPX weekly and
/// the cross up on VIX daily bars; the A/D line from NYSE-ADV and NYSE-DECL daily bars (each bar's close is that
/// day's count; a day is added once both bars of the same trade date are in); A/D divergence once the SPX daily
/// close and the A/D line of the same trade date are both in. Levels (SPX, VIX, VIX3M, VIX9D) come from
/// <see cref="OnPrice"/> and from the closes of any of their bars, whichever is newer; they drive the term
/// structure and sigma.</para>
/// <para>Bad input never throws and never changes state: a bar whose end is not after the previous bar of the same
/// symbol and period, a non-positive price, a negative breadth count, or a level older than the latest one is
/// counted in <see cref="RejectedInputs"/> and queued as a <see cref="SignalKind.InputRejected"/> change with the
/// reason. A feed replaying a bar already seen (history overlapping the live stream) is the usual cause.</para>
/// <para>Single-threaded, like the decision loop that owns it. Updates allocate nothing; a state change allocates
/// its <see cref="SignalChange"/>.</para>
/// </remarks>
public sealed class MarketSignals
{
    private const int PeriodCount = 4;
    private static readonly string[] PeriodNames = ["1m", "5m", "1d", "1w"];

    private readonly int divergenceDaysThreshold;
    private readonly double inversionRatio;
    private readonly double recoveryRatio;
    private readonly RelativeStrengthIndex rsiFiveMinute;
    private readonly RelativeStrengthIndex rsiDaily;
    private readonly MacdBearish macdBearish;
    private readonly WeeklyMacdWarning weeklyWarning;
    private readonly VixMacdCrossUp vixCrossUp;
    private readonly AdvanceDeclineLine advanceDeclineLine = new();
    private readonly AdvanceDeclineDivergence divergence;
    private readonly int tradingDaysPerYear;
    private readonly Instant[] lastBarEnd = new Instant[MarketSymbols.Count * PeriodCount];
    private readonly bool[] hasBar = new bool[MarketSymbols.Count * PeriodCount];
    private readonly LatestLevel[] levels = new LatestLevel[MarketSymbols.Count];
    private readonly long[] levelUpdates = new long[MarketSymbols.Count];
    private readonly Queue<SignalChange> changes = new(16);

    private Bar pendingAdvancing;
    private bool hasPendingAdvancing;
    private Bar pendingDeclining;
    private bool hasPendingDeclining;
    private LocalDate spxDailyDate;
    private double spxDailyClose;
    private Instant spxDailyEnd;
    private bool hasSpxDaily;
    private LocalDate breadthDate;
    private Instant breadthEnd;
    private bool hasBreadth;
    private LocalDate divergenceDate;
    private bool hasDivergenceDate;
    private Instant? lastUpdate;

    private bool macdBearishOn;
    private bool divergenceOn;
    private int lastDivergenceDays;
    private bool weeklyWarningOn;
    private bool vixCrossUpOn;
    private bool invertedOn;

    /// <param name="options">Parameters; null for <see cref="MarketSignalsDefaults"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names each field, value and what is allowed.</exception>
    public MarketSignals(MarketSignalsOptions? options = null)
    {
        options ??= new MarketSignalsOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        divergenceDaysThreshold = options.DivergenceDaysThreshold;
        inversionRatio = options.TermStructureInversionRatio;
        recoveryRatio = options.TermStructureRecoveryRatio;
        rsiFiveMinute = new RelativeStrengthIndex(options.RsiPeriod);
        rsiDaily = new RelativeStrengthIndex(options.RsiPeriod);
        macdBearish = new MacdBearish(options.MacdFastPeriod, options.MacdSlowPeriod, options.MacdSignalPeriod, options.MacdBearishLookbackDays);
        weeklyWarning = new WeeklyMacdWarning(options.MacdFastPeriod, options.MacdSlowPeriod, options.MacdSignalPeriod, options.WeeklyShrinkingWeeks);
        vixCrossUp = new VixMacdCrossUp(options.MacdFastPeriod, options.MacdSlowPeriod, options.MacdSignalPeriod);
        divergence = new AdvanceDeclineDivergence(options.DivergenceLookbackDays, options.DivergenceProximityPercent);
        tradingDaysPerYear = options.TradingDaysPerYear;
    }

    /// <summary>Inputs refused since construction or <see cref="Reset"/> (each also queued as
    /// <see cref="SignalKind.InputRejected"/>).</summary>
    public long RejectedInputs { get; private set; }

    /// <summary>Every current value.</summary>
    public MarketSignalSnapshot Snapshot
    {
        get
        {
            var dailyMacd = macdBearish.Macd;
            var weeklyMacd = weeklyWarning.Macd;
            var vixMacd = vixCrossUp.Macd;
            return new MarketSignalSnapshot
            {
                LastUpdate = lastUpdate,
                Spx = Level(MarketSymbol.Spx),
                Vix = Level(MarketSymbol.Vix),
                Vix3m = Level(MarketSymbol.Vix3m),
                Vix9d = Level(MarketSymbol.Vix9d),
                RsiFiveMinute = rsiFiveMinute.Current,
                RsiDaily = rsiDaily.Current,
                MacdDaily = dailyMacd.Current,
                MacdSignalDaily = dailyMacd.Signal,
                MacdHistogramDaily = dailyMacd.Histogram,
                MacdWeekly = weeklyMacd.Current,
                MacdSignalWeekly = weeklyMacd.Signal,
                MacdHistogramWeekly = weeklyMacd.Histogram,
                VixMacd = vixMacd.Current,
                VixMacdSignal = vixMacd.Signal,
                VixMacdHistogram = vixMacd.Histogram,
                AdvanceDeclineLine = advanceDeclineLine.Current,
                AdvanceDeclineDivergenceDays = divergence.Days,
                IsAdvanceDeclineDivergence = divergenceOn,
                IsMacdBearish = macdBearish.IsActive,
                IsMacdBearishCrossDown = macdBearish.IsReady && macdBearish.IsCrossDownActive,
                IsMacdBearishDivergence = macdBearish.IsReady && macdBearish.IsDivergenceActive,
                IsWeeklyMacdWarning = weeklyWarning.IsActive,
                IsVixMacdCrossUp = vixCrossUp.IsReady && vixCrossUp.IsActive,
                TermStructureRatio = TermStructure(),
                IsTermStructureInverted = invertedOn,
                Sigma = Sigma(),
            };
        }
    }

    /// <summary>True for the bar series whose history an indicator depends on (SPX 5m, 1d and 1w; VIX 1d; NYSE advancing
    /// and declining 1d): replaying these bars in order rebuilds every indicator, while other series only set a level that
    /// the next quote replaces.</summary>
    public static bool IsIndicatorSeries(MarketSymbol symbol, BarPeriod period) => (symbol, period) switch
    {
        (MarketSymbol.Spx, BarPeriod.FiveMinutes or BarPeriod.Daily or BarPeriod.Weekly) => true,
        (MarketSymbol.Vix, BarPeriod.Daily) => true,
        (MarketSymbol.NyseAdvancing or MarketSymbol.NyseDeclining, BarPeriod.Daily) => true,
        _ => false,
    };

    /// <summary>Sets the term-structure inversion state after a restart. The inversion has hysteresis (it turns on above one
    /// ratio and off below another), so it depends on the path of the levels and not only on the bars that rebuild the
    /// other indicators.</summary>
    public void RestoreTermStructureInversion(bool inverted) => invertedOn = inverted;

    /// <summary>Feeds one closed bar; bars of symbols and periods no signal uses are ignored.</summary>
    public void OnBar(in Bar bar)
    {
        var symbol = bar.Symbol;
        var period = bar.Period;
        var isLevel = IsLevelSymbol(symbol);
        var isBreadth = symbol.IsBreadth() && period == BarPeriod.Daily;
        if ((!isLevel && !isBreadth) || (uint)period >= PeriodCount)
        {
            return;
        }

        var close = (double)bar.Close;
        var stream = ((int)symbol * PeriodCount) + (int)period;
        if (hasBar[stream] && bar.End <= lastBarEnd[stream])
        {
            Reject(bar.End, symbol, close, IndicatorGuard.NotAfterMessage(bar.End, lastBarEnd[stream], Describe(symbol, period) + " bar for " + FormatDate(bar.TradeDate)));
            return;
        }

        if (isLevel ? close <= 0 : close < 0)
        {
            Reject(bar.End, symbol, close, $"{Describe(symbol, period)} bar for {FormatDate(bar.TradeDate)}: close {Format(close)} must be {(isLevel ? "greater than 0" : "at least 0")}.");
            return;
        }

        if (isBreadth && hasBreadth && bar.TradeDate <= breadthDate)
        {
            Reject(bar.End, symbol, close, $"{Describe(symbol, period)} bar for {FormatDate(bar.TradeDate)}: the A/D line already has day {FormatDate(breadthDate)}; breadth days must increase.");
            return;
        }

        hasBar[stream] = true;
        lastBarEnd[stream] = bar.End;
        Touch(bar.End);
        if (isBreadth)
        {
            OnBreadthBar(bar);
            return;
        }

        if (!levels[(int)symbol].HasValue || bar.End >= levels[(int)symbol].Time)
        {
            SetLevel(symbol, close, bar.End);
        }

        switch (symbol, period)
        {
            case (MarketSymbol.Spx, BarPeriod.FiveMinutes):
                rsiFiveMinute.Update(bar.End, close);
                break;
            case (MarketSymbol.Spx, BarPeriod.Daily):
                OnSpxDaily(bar, close);
                break;
            case (MarketSymbol.Spx, BarPeriod.Weekly):
                weeklyWarning.Update(bar.End, close);
                CheckWeeklyWarning(bar.End);
                break;
            case (MarketSymbol.Vix, BarPeriod.Daily):
                vixCrossUp.Update(bar.End, close);
                CheckVixCrossUp(bar.End, close);
                break;
            default:
                break;
        }
    }

    /// <summary>Feeds the latest level of SPX, VIX, VIX3M or VIX9D (other symbols are ignored).</summary>
    /// <remarks>A level at the same time as the previous one replaces it; an older one is rejected.</remarks>
    public void OnPrice(MarketSymbol symbol, double price, Instant time)
    {
        if (!IsLevelSymbol(symbol))
        {
            return;
        }

        if (!double.IsFinite(price) || price <= 0)
        {
            Reject(time, symbol, price, $"{symbol.DisplayName()} price {Format(price)} at {time} must be a finite number greater than 0.");
            return;
        }

        ref var level = ref levels[(int)symbol];
        if (level.HasValue && time < level.Time)
        {
            Reject(time, symbol, price, $"{symbol.DisplayName()} price at {time} is older than the latest level at {level.Time}; levels never go back.");
            return;
        }

        Touch(time);
        SetLevel(symbol, price, time);
    }

    /// <summary>Takes the oldest queued state change; false when none is waiting.</summary>
    public bool TryDequeueChange([MaybeNullWhen(false)] out SignalChange change) => changes.TryDequeue(out change);

    /// <summary>Samples fed to each indicator and what each needs, for the start-up log.</summary>
    public IReadOnlyList<IndicatorWarmUp> WarmUpReport() =>
    [
        Entry("SPX 5m " + rsiFiveMinute.Name, rsiFiveMinute),
        Entry("SPX 1d " + rsiDaily.Name, rsiDaily),
        Entry("SPX 1d " + macdBearish.Name, macdBearish),
        Entry("SPX 1w " + weeklyWarning.Name, weeklyWarning),
        Entry("VIX 1d " + vixCrossUp.Name, vixCrossUp),
        Entry("NYSE 1d " + advanceDeclineLine.Name, advanceDeclineLine),
        Entry("SPX 1d " + divergence.Name, divergence),
        LevelEntry("VIX/VIX3M", MarketSymbol.Vix, MarketSymbol.Vix3m),
        LevelEntry("SIGMA(SPX,VIX)", MarketSymbol.Spx, MarketSymbol.Vix),
    ];

    /// <summary>Back to the constructed state: indicators, levels, pending breadth, queued changes and counters.</summary>
    public void Reset()
    {
        rsiFiveMinute.Reset();
        rsiDaily.Reset();
        macdBearish.Reset();
        weeklyWarning.Reset();
        vixCrossUp.Reset();
        advanceDeclineLine.Reset();
        divergence.Reset();
        Array.Clear(levelUpdates);
        Array.Clear(lastBarEnd);
        Array.Clear(hasBar);
        Array.Clear(levels);
        changes.Clear();
        pendingAdvancing = default;
        hasPendingAdvancing = false;
        pendingDeclining = default;
        hasPendingDeclining = false;
        spxDailyDate = default;
        spxDailyClose = 0;
        spxDailyEnd = default;
        hasSpxDaily = false;
        breadthDate = default;
        breadthEnd = default;
        hasBreadth = false;
        divergenceDate = default;
        hasDivergenceDate = false;
        lastUpdate = null;
        macdBearishOn = false;
        divergenceOn = false;
        lastDivergenceDays = 0;
        weeklyWarningOn = false;
        vixCrossUpOn = false;
        invertedOn = false;
        RejectedInputs = 0;
    }

    private static bool IsLevelSymbol(MarketSymbol symbol) =>
        symbol is MarketSymbol.Spx or MarketSymbol.Vix or MarketSymbol.Vix3m or MarketSymbol.Vix9d;

    private static IndicatorWarmUp Entry(string name, IIndicator indicator) =>
        new(name, indicator.Samples, indicator.WarmUpPeriod, indicator.IsReady);

    private static string Describe(MarketSymbol symbol, BarPeriod period) => symbol.DisplayName() + " " + PeriodNames[(int)period];

    private static string FormatDate(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private double? Level(MarketSymbol symbol) => levels[(int)symbol].HasValue ? levels[(int)symbol].Value : null;

    private double? TermStructure()
    {
        ref readonly var near = ref levels[(int)MarketSymbol.Vix];
        ref readonly var far = ref levels[(int)MarketSymbol.Vix3m];
        return near.HasValue && far.HasValue ? TermStructureRatioKernel.Ratio(near.Value, far.Value) : null;
    }

    private double? Sigma()
    {
        ref readonly var spx = ref levels[(int)MarketSymbol.Spx];
        ref readonly var vix = ref levels[(int)MarketSymbol.Vix];
        return spx.HasValue && vix.HasValue ? ExpectedDailyMoveKernel.Sigma(spx.Value, vix.Value, tradingDaysPerYear) : null;
    }

    private IndicatorWarmUp LevelEntry(string name, MarketSymbol first, MarketSymbol second) =>
        new(name, levelUpdates[(int)first] + levelUpdates[(int)second], 2, levels[(int)first].HasValue && levels[(int)second].HasValue);

    private void Touch(Instant time)
    {
        if (lastUpdate is not { } last || time > last)
        {
            lastUpdate = time;
        }
    }

    private void SetLevel(MarketSymbol symbol, double value, Instant time)
    {
        levels[(int)symbol].Set(time, value, "MarketSignals", nameof(value));
        levelUpdates[(int)symbol]++;
        if (symbol is MarketSymbol.Vix or MarketSymbol.Vix3m)
        {
            CheckTermStructure(time);
        }
    }

    private void OnSpxDaily(in Bar bar, double close)
    {
        rsiDaily.Update(bar.End, close);
        macdBearish.Update(bar.End, close);
        CheckMacdBearish(bar.End);
        spxDailyDate = bar.TradeDate;
        spxDailyClose = close;
        spxDailyEnd = bar.End;
        hasSpxDaily = true;
        TryUpdateDivergence();
    }

    private void OnBreadthBar(in Bar bar)
    {
        if (bar.Symbol == MarketSymbol.NyseAdvancing)
        {
            pendingAdvancing = bar;
            hasPendingAdvancing = true;
        }
        else
        {
            pendingDeclining = bar;
            hasPendingDeclining = true;
        }

        if (!hasPendingAdvancing || !hasPendingDeclining || pendingAdvancing.TradeDate != pendingDeclining.TradeDate)
        {
            return;
        }

        hasPendingAdvancing = false;
        hasPendingDeclining = false;
        advanceDeclineLine.Update(pendingAdvancing, pendingDeclining);
        breadthDate = pendingAdvancing.TradeDate;
        breadthEnd = pendingAdvancing.End > pendingDeclining.End ? pendingAdvancing.End : pendingDeclining.End;
        hasBreadth = true;
        TryUpdateDivergence();
    }

    private void TryUpdateDivergence()
    {
        if (!hasSpxDaily || !hasBreadth || spxDailyDate != breadthDate || (hasDivergenceDate && spxDailyDate <= divergenceDate))
        {
            return;
        }

        var time = spxDailyEnd > breadthEnd ? spxDailyEnd : breadthEnd;
        divergence.Update(time, spxDailyClose, advanceDeclineLine.Current!.Value);
        divergenceDate = spxDailyDate;
        hasDivergenceDate = true;
        CheckDivergence(time);
    }

    private void CheckMacdBearish(Instant time)
    {
        var active = macdBearish.IsActive;
        if (active == macdBearishOn)
        {
            return;
        }

        macdBearishOn = active;
        var macd = macdBearish.Macd;
        var line = macd.Current!.Value;
        var signal = macd.Signal!.Value;
        var histogram = macd.Histogram!.Value;
        var close = macdBearish.LastClose;
        string reason;
        if (!active)
        {
            reason = $"SPX daily MACD bearish off: histogram {Format(histogram)} (MACD {Format(line)}, signal {Format(signal)}) is not below zero after a cross down and no bearish divergence is in force.";
        }
        else
        {
            var parts = new List<string>(2);
            if (macdBearish.IsCrossDownActive)
            {
                parts.Add($"SPX daily MACD histogram {Format(histogram)} is below zero after a cross down (MACD {Format(line)}, signal {Format(signal)})");
            }

            if (macdBearish.IsDivergenceActive)
            {
                parts.Add($"bearish divergence: SPX made a higher close than its prior {macdBearish.LookbackDays}-day high {Format(macdBearish.DivergencePriceHigh)} while the histogram stayed below its high {Format(macdBearish.DivergenceHistogramHigh)} (close {Format(close)}, histogram {Format(histogram)})");
            }

            reason = "SPX daily MACD bearish on: " + string.Join("; ", parts) + ".";
        }

        Publish(SignalKind.MacdBearish, active, time, reason,
        [
            AlertValue.Of("spxClose", close),
            AlertValue.Of("macd", line),
            AlertValue.Of("signal", signal),
            AlertValue.Of("histogram", histogram),
            AlertValue.Of("crossDown", macdBearish.IsCrossDownActive),
            AlertValue.Of("divergence", macdBearish.IsDivergenceActive),
            AlertValue.Of("divergencePriceHigh", macdBearish.DivergencePriceHigh),
            AlertValue.Of("divergenceHistogramHigh", macdBearish.DivergenceHistogramHigh),
        ]);
    }

    private void CheckDivergence(Instant time)
    {
        var days = divergence.Days;
        var previousDays = lastDivergenceDays;
        lastDivergenceDays = days;
        var active = days >= divergenceDaysThreshold;
        if (active == divergenceOn)
        {
            return;
        }

        divergenceOn = active;
        var line = advanceDeclineLine.Current!.Value;
        var priceHigh = divergence.PriceHigh!.Value;
        var lineHigh = divergence.LineHigh!.Value;
        var lookback = divergence.LookbackDays;
        var reason = active
            ? $"A/D divergence on: {days} consecutive days (threshold {divergenceDaysThreshold}) with SPX {Format(spxDailyClose)} within {Format(divergence.ProximityPercent)}% of its {lookback}-day high {Format(priceHigh)} while the A/D line {Format(line)} is below its {lookback}-day high {Format(lineHigh)}."
            : $"A/D divergence off after {previousDays} days: SPX {Format(spxDailyClose)} vs {lookback}-day high {Format(priceHigh)}, A/D line {Format(line)} vs {lookback}-day high {Format(lineHigh)}.";
        Publish(SignalKind.AdvanceDeclineDivergence, active, time, reason,
        [
            AlertValue.Of("divergenceDays", (long)days),
            AlertValue.Of("threshold", (long)divergenceDaysThreshold),
            AlertValue.Of("spxClose", spxDailyClose),
            AlertValue.Of("spxHigh", priceHigh),
            AlertValue.Of("adLine", line),
            AlertValue.Of("adLineHigh", lineHigh),
        ]);
    }

    private void CheckWeeklyWarning(Instant time)
    {
        var active = weeklyWarning.IsActive;
        if (active == weeklyWarningOn)
        {
            return;
        }

        weeklyWarningOn = active;
        var macd = weeklyWarning.Macd;
        var line = macd.Current!.Value;
        var histogram = macd.Histogram!.Value;
        string reason;
        if (!active)
        {
            reason = $"SPX weekly MACD warning off: MACD {Format(line)} did not cross zero and the histogram {Format(histogram)} did not shrink {weeklyWarning.ShrinkingWeeks} weeks running.";
        }
        else
        {
            var parts = new List<string>(2);
            if (weeklyWarning.IsZeroCross)
            {
                parts.Add($"the weekly MACD line crossed {(line < 0 ? "below" : "above")} zero ({Format(line)})");
            }

            if (weeklyWarning.IsHistogramShrinking)
            {
                parts.Add($"the weekly histogram shrank {weeklyWarning.ShrinkingWeekCount} weeks running (now {Format(histogram)})");
            }

            reason = "SPX weekly MACD warning on: " + string.Join("; ", parts) + ".";
        }

        Publish(SignalKind.WeeklyMacdWarning, active, time, reason,
        [
            AlertValue.Of("macd", line),
            AlertValue.Of("signal", macd.Signal!.Value),
            AlertValue.Of("histogram", histogram),
            AlertValue.Of("zeroCross", weeklyWarning.IsZeroCross),
            AlertValue.Of("shrinkingWeeks", (long)weeklyWarning.ShrinkingWeekCount),
        ]);
    }

    private void CheckVixCrossUp(Instant time, double close)
    {
        var active = vixCrossUp.IsReady && vixCrossUp.IsActive;
        if (active == vixCrossUpOn)
        {
            return;
        }

        vixCrossUpOn = active;
        var macd = vixCrossUp.Macd;
        var line = macd.Current!.Value;
        var signal = macd.Signal!.Value;
        var histogram = macd.Histogram!.Value;
        var reason = active
            ? $"VIX daily MACD cross up on: MACD {Format(line)} crossed above its signal {Format(signal)} (histogram {Format(histogram)})."
            : $"VIX daily MACD cross up off: MACD {Format(line)} is back at or below its signal {Format(signal)} (histogram {Format(histogram)}).";
        Publish(SignalKind.VixMacdCrossUp, active, time, reason,
        [
            AlertValue.Of("vixClose", close),
            AlertValue.Of("macd", line),
            AlertValue.Of("signal", signal),
            AlertValue.Of("histogram", histogram),
        ]);
    }

    private void CheckTermStructure(Instant time)
    {
        if (TermStructure() is not { } ratio)
        {
            return;
        }

        var active = invertedOn ? ratio >= recoveryRatio : ratio > inversionRatio;
        if (active == invertedOn)
        {
            return;
        }

        invertedOn = active;
        var vix = levels[(int)MarketSymbol.Vix].Value;
        var vix3m = levels[(int)MarketSymbol.Vix3m].Value;
        var reason = active
            ? $"VIX term structure inverted: VIX/VIX3M {Format(ratio)} is above {Format(inversionRatio)} (VIX {Format(vix)}, VIX3M {Format(vix3m)}): backwardation."
            : $"VIX term structure back in contango: VIX/VIX3M {Format(ratio)} is below {Format(recoveryRatio)} (VIX {Format(vix)}, VIX3M {Format(vix3m)}).";
        Publish(SignalKind.TermStructureInversion, active, time, reason,
        [
            AlertValue.Of("ratio", ratio),
            AlertValue.Of("vix", vix),
            AlertValue.Of("vix3m", vix3m),
            AlertValue.Of("threshold", active ? inversionRatio : recoveryRatio),
        ]);
    }

    private void Reject(Instant time, MarketSymbol symbol, double value, string reason)
    {
        RejectedInputs++;
        Publish(SignalKind.InputRejected, true, time, reason,
        [
            AlertValue.Of("symbol", symbol.DisplayName()),
            AlertValue.Of("value", value),
            AlertValue.Of("rejectedInputs", RejectedInputs),
        ]);
    }

    private void Publish(SignalKind kind, bool active, Instant time, string reason, AlertValue[] values) =>
        changes.Enqueue(new SignalChange(kind, active, time, reason, values));
}
