using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace VixShield.Live.Rules.Conditions;

/// <summary>Every signal name a condition may use, its type and its definition.</summary>
/// <remarks>
/// <para>Values the engine cannot know yet (an indicator still warming up, a move with no open condor, the RSI change
/// while layer 1 is flat) are NaN, and every comparison with NaN is false: <c>rsi5m &gt; 70</c> and <c>rsi5m &lt;= 70</c>
/// are both false until the RSI is ready. Flags are 1 (true) or 0 (false) and are always known.</para>
/// <para>Layer-open flags exist for layers 1 to <see cref="MaximumLayers"/>, written <c>l2_open</c> or
/// <c>layer_open(2)</c>; a ruleset may only name layers it defines.</para>
/// </remarks>
public static class HedgeSignalCatalog
{
    /// <summary>Most layers a ruleset can define (slots reserved for layer-open flags).</summary>
    public const int MaximumLayers = 8;

    /// <summary>Length of the signal vector.</summary>
    public const int SlotCount = (int)HedgeSignal.FirstLayerOpen + MaximumLayers;

    private static readonly HedgeSignalDefinition[] Definitions = Build();

    private static readonly Dictionary<string, HedgeSignalDefinition> ByName =
        Definitions.ToDictionary(definition => definition.Name, StringComparer.Ordinal);

    /// <summary>All signals in slot order.</summary>
    public static IReadOnlyList<HedgeSignalDefinition> All => Definitions;

    /// <summary>The signal names, comma separated, for error messages.</summary>
    public static string KnownNames { get; } = string.Join(", ", Definitions.Select(definition => definition.Name));

    public static bool TryFind(string name, [NotNullWhen(true)] out HedgeSignalDefinition? definition) =>
        ByName.TryGetValue(name, out definition);

    /// <summary>The slot of layer <paramref name="layerNumber"/>'s open flag (1-based).</summary>
    public static int LayerOpenSlot(int layerNumber)
    {
        if (layerNumber is < 1 or > MaximumLayers)
        {
            throw new ArgumentOutOfRangeException(nameof(layerNumber), layerNumber, string.Create(
                CultureInfo.InvariantCulture, $"Layers are numbered 1 to {MaximumLayers}."));
        }

        return (int)HedgeSignal.FirstLayerOpen + layerNumber - 1;
    }

    /// <summary>The name of layer <paramref name="layerNumber"/>'s open flag: <c>l2_open</c>.</summary>
    public static string LayerOpenName(int layerNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"l{layerNumber}_open");

    private static HedgeSignalDefinition[] Build()
    {
        var definitions = new List<HedgeSignalDefinition>
        {
            Number(HedgeSignal.MoveSigma, "move_sigma", "move against the condor in sigmas at entry: how much closer SPX is to the nearer short strike than at entry (negative when it moved away)"),
            Number(HedgeSignal.AbsoluteMoveSigma, "abs_move_sigma", "|SPX - SPX at condor entry| / sigma at entry"),
            Number(HedgeSignal.SpxMoveSigma, "spx_move_sigma", "(SPX - SPX at condor entry) / sigma at entry, negative when SPX fell"),
            Number(HedgeSignal.RsiFiveMinute, "rsi5m", "Wilder RSI(14) on SPX 5-minute bars"),
            Number(HedgeSignal.RsiDaily, "rsi_daily", "Wilder RSI(14) on SPX daily bars"),
            Flag(HedgeSignal.MacdBearish, "macd_bearish", "SPX daily MACD bearish (histogram below zero after a cross down, or bearish divergence)"),
            Number(HedgeSignal.MacdHistogramDaily, "macd_hist_daily", "SPX daily MACD histogram"),
            Number(HedgeSignal.AdvanceDeclineDivergenceDays, "ad_divergence_days", "consecutive days SPX is near its 20-day high while the A/D line is below its own"),
            Flag(HedgeSignal.AdvanceDeclineDivergence, "ad_divergence", "A/D divergence days at or above the indicator's threshold"),
            Flag(HedgeSignal.VixMacdCrossUp, "vix_macd_cross_up", "VIX daily MACD above its signal line after a cross up"),
            Number(HedgeSignal.TermStructureRatio, "ts_ratio", "VIX / VIX3M (above 1 is backwardation)"),
            Flag(HedgeSignal.TermStructureInverted, "ts_inverted", "VIX/VIX3M inversion signal in force (with its hysteresis)"),
            Number(HedgeSignal.Vix, "vix", "VIX level"),
            Number(HedgeSignal.Vix9d, "vix9d", "VIX9D level"),
            Number(HedgeSignal.Vix3m, "vix3m", "VIX3M level"),
            Number(HedgeSignal.Vvix, "vvix", "VVIX level"),
            Flag(HedgeSignal.WeeklyWarning, "weekly_warning", "SPX weekly MACD zero cross or histogram shrinking 3 weeks running"),
            Number(HedgeSignal.RsiFiveMinuteChangeSinceFirstLayer, "rsi5m_change_since_l1", "how far rsi5m has moved further from 50 since layer 1 opened, in the direction it was then (positive = deteriorated)"),
            Flag(HedgeSignal.CondorOpen, "condor_open", "a condor is open"),
            Number(HedgeSignal.OpenLayers, "open_layers", "number of hedge layers open"),
            Number(HedgeSignal.Scalar, "scalar", "the current stress scalar"),
        };

        for (var layer = 1; layer <= MaximumLayers; layer++)
        {
            definitions.Add(new HedgeSignalDefinition(
                LayerOpenName(layer),
                LayerOpenSlot(layer),
                HedgeSignalType.Boolean,
                string.Create(CultureInfo.InvariantCulture, $"hedge layer {layer} is open (also written layer_open({layer}))")));
        }

        return [.. definitions];
    }

    private static HedgeSignalDefinition Number(HedgeSignal signal, string name, string description) =>
        new(name, (int)signal, HedgeSignalType.Number, description);

    private static HedgeSignalDefinition Flag(HedgeSignal signal, string name, string description) =>
        new(name, (int)signal, HedgeSignalType.Boolean, description);
}
