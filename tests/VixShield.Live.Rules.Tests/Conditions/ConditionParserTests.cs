using VixShield.Live.Rules.Conditions;

namespace VixShield.Live.Rules.Tests.Conditions;

public sealed class ConditionParserTests
{
    public static TheoryData<string, string, bool> Evaluations => new()
    {
        { "move_sigma >= 0.5 && (rsi5m > 70 || rsi5m < 30)", "move_sigma=0.6 rsi5m=75", true },
        { "move_sigma >= 0.5 && (rsi5m > 70 || rsi5m < 30)", "move_sigma=0.6 rsi5m=25", true },
        { "move_sigma >= 0.5 && (rsi5m > 70 || rsi5m < 30)", "move_sigma=0.6 rsi5m=50", false },
        { "move_sigma >= 0.5 && (rsi5m > 70 || rsi5m < 30)", "move_sigma=0.4 rsi5m=75", false },
        { "move_sigma >= 0.5 && (rsi5m > 70 || rsi5m < 30)", "move_sigma=0.5 rsi5m=70.01", true },
        { "macd_bearish || vix_macd_cross_up && weekly_warning", "macd_bearish=1 vix_macd_cross_up=0 weekly_warning=0", true },
        { "macd_bearish || vix_macd_cross_up && weekly_warning", "macd_bearish=0 vix_macd_cross_up=1 weekly_warning=0", false },
        { "(macd_bearish || vix_macd_cross_up) && weekly_warning", "macd_bearish=1 vix_macd_cross_up=0 weekly_warning=0", false },
        { "macd_bearish or vix_macd_cross_up and weekly_warning", "macd_bearish=0 vix_macd_cross_up=1 weekly_warning=1", true },
        { "!macd_bearish", "macd_bearish=0", true },
        { "not macd_bearish", "macd_bearish=1", false },
        { "!!macd_bearish", "macd_bearish=1", true },
        { "macd_bearish == false", "macd_bearish=0", true },
        { "macd_bearish != true", "macd_bearish=1", false },
        { "macd_bearish == ad_divergence", "macd_bearish=1 ad_divergence=1", true },
        { "70 < rsi5m", "rsi5m=71", true },
        { "70 < rsi5m", "rsi5m=69", false },
        { "0.9 >= ts_ratio", "ts_ratio=0.85", true },
        { "vix > vix3m", "vix=25 vix3m=22", true },
        { "vix > vix3m", "vix=20 vix3m=22", false },
        { "spx_move_sigma <= -0.5", "spx_move_sigma=-0.7", true },
        { "spx_move_sigma <= -0.5", "spx_move_sigma=0.7", false },
        { "ad_divergence_days == 10", "ad_divergence_days=10", true },
        { "ad_divergence_days != 10", "ad_divergence_days=9", true },
        { "layer_open(1) && l1_open", "l1_open=1", true },
        { "layer_open(2)", "l2_open=0", false },
        { "true", "", true },
        { "false || rsi5m > 1", "rsi5m=2", true },
        { "((rsi5m > 70))", "rsi5m=80", true },
        { ".5 <= abs_move_sigma", "abs_move_sigma=0.5", true },
    };

    public static TheoryData<string> ComparisonsWithUnknownValue => new()
    {
        "rsi5m > 70",
        "rsi5m <= 70",
        "rsi5m == 70",
        "rsi5m != 70",
        "rsi5m < vix",
        "vix != rsi5m",
    };

    public static TheoryData<string, int, int, string, int> Errors => new()
    {
        { "", 3, 0, "the condition is empty", 1 },
        { "   ", 3, 0, "the condition is empty", 1 },
        { "rsi_5m > 70", 3, 0, "unknown signal 'rsi_5m'; did you mean 'rsi5m'?", 1 },
        { "move_sigma >= 0.5 && volatility > 3", 3, 0, "unknown signal 'volatility'", 22 },
        { "macd_bearish > 1", 3, 0, "type mismatch: 'macd_bearish' is a flag (true/false) but '1' is a number", 14 },
        { "rsi5m == true", 3, 0, "type mismatch: 'true' is a flag", 7 },
        { "rsi5m", 3, 0, "'rsi5m' is a number, not a flag", 1 },
        { "70", 3, 0, "a number ('70') is not a condition", 1 },
        { "rsi5m = 70", 3, 0, "'=' is not an operator; use == to compare", 7 },
        { "rsi5m => 70", 3, 0, "did you mean >=?", 7 },
        { "rsi5m =< 70", 3, 0, "did you mean <=?", 7 },
        { "rsi5m <> 70", 3, 0, "use != for not equal", 7 },
        { "macd_bearish & ad_divergence", 3, 0, "use && for and", 14 },
        { "macd_bearish | ad_divergence", 3, 0, "use || for or", 14 },
        { "(rsi5m > 70", 3, 0, "missing ')' for the '(' at column 1", 12 },
        { "rsi5m > 70)", 3, 0, "unbalanced ')'", 11 },
        { "rsi5m > 70 rsi5m < 30", 3, 0, "unexpected 'rsi5m' after a complete condition", 12 },
        { "30 < rsi5m < 70", 3, 0, "comparisons cannot be chained", 12 },
        { "1 > 0", 3, 0, "compares two constants", 1 },
        { "macd_bearish >= true", 3, 0, "flags can only be compared with == or !=", 14 },
        { "rsi5m >", 3, 0, "the condition ends where a signal or a number was expected", 8 },
        { "rsi5m > 70 &&", 3, 0, "the condition ends where a signal or a number was expected", 14 },
        { "> 70", 3, 0, "'>' needs a signal or a number on its left", 1 },
        { "rsi5m # 70", 3, 0, "unexpected character '#'", 7 },
        { "rsi5m > 7O", 3, 0, "a number runs into a name", 9 },
        { "()", 3, 0, "empty parentheses", 2 },
        { "l3_open", 2, 0, "'l3_open' names layer 3, but this ruleset defines 2 layer(s)", 1 },
        { "layer_open(2)", 3, 2, "layer 2's condition names layer 2 ('l2_open'); layers open in order", 1 },
        { "l3_open || rsi5m > 1", 3, 2, "layer 2's condition names layer 3", 1 },
        { "rsi5m_change_since_l1 >= 10", 3, 1, "layer 1's own condition cannot use it", 1 },
        { "layer_open(9)", 3, 0, "layer_open takes a whole layer number from 1 to 8, found '9'", 12 },
        { "layer_open(1.5)", 3, 0, "layer_open takes a whole layer number", 12 },
        { "layer_open 1", 3, 0, "layer_open needs a layer number in parentheses", 12 },
        { "layer_open(1", 3, 0, "missing ')' after layer_open(1", 13 },
    };

    [Theory]
    [MemberData(nameof(Evaluations))]
    public void Parse_ValidCondition_EvaluatesAsWritten(string text, string values, bool expected)
    {
        var sut = ConditionParser.Parse(text, ConditionScope.Unrestricted);

        Assert.Equal(expected, sut.Evaluate(Vector(values)));
    }

    [Theory]
    [MemberData(nameof(ComparisonsWithUnknownValue))]
    public void Evaluate_SignalNotKnownYet_EveryComparisonIsFalse(string text)
    {
        var sut = ConditionParser.Parse(text, ConditionScope.Unrestricted);

        Assert.False(sut.Evaluate(Vector("vix=20")));
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_InvalidCondition_ThrowsNamingProblemAndColumn(string text, int definedLayers, int evaluatingLayer, string expectedDetail, int expectedColumn)
    {
        var error = Assert.Throws<ConditionException>(() => ConditionParser.Parse(text, new ConditionScope(definedLayers, evaluatingLayer)));

        Assert.Contains(expectedDetail, error.Detail, StringComparison.Ordinal);
        Assert.Equal(expectedColumn, error.Position + 1);
        Assert.Equal(text, error.Text);
    }

    [Fact]
    public void Parse_EarlierLayerFlagInLaterLayer_IsAccepted()
    {
        var sut = ConditionParser.Parse("l1_open && layer_open(2)", new ConditionScope(3, EvaluatingLayer: 3));

        Assert.True(sut.Evaluate(Vector("l1_open=1 l2_open=1")));
    }

    [Fact]
    public void Signals_ListsEachReferencedSignalOnceInOrder()
    {
        var sut = ConditionParser.Parse("rsi5m > 70 || move_sigma >= 0.5 && rsi5m < 90 || layer_open(1)", ConditionScope.Unrestricted);

        Assert.Equal(["rsi5m", "move_sigma", "l1_open"], sut.Signals.Select(signal => signal.Name));
    }

    [Fact]
    public void DescribeValues_FormatsFlagsNumbersAndUnknowns()
    {
        var sut = ConditionParser.Parse("macd_bearish && rsi5m > 70 && move_sigma > 0", ConditionScope.Unrestricted);

        var text = sut.DescribeValues(Vector("macd_bearish=1 rsi5m=72.25"));

        Assert.Equal("macd_bearish=true, rsi5m=72.25, move_sigma=n/a", text);
    }

    [Fact]
    public void Catalog_EverySignalHasAUniqueSlotInsideTheVector()
    {
        var slots = HedgeSignalCatalog.All.Select(signal => signal.Slot).ToList();

        Assert.Equal(slots.Count, slots.Distinct().Count());
        Assert.All(slots, slot => Assert.InRange(slot, 0, HedgeSignalCatalog.SlotCount - 1));
        Assert.Contains("rsi5m_change_since_l1", HedgeSignalCatalog.KnownNames, StringComparison.Ordinal);
    }

    /// <summary>A signal vector with the named values set and every other value unknown (NaN).</summary>
    internal static double[] Vector(string values)
    {
        var vector = new double[HedgeSignalCatalog.SlotCount];
        Array.Fill(vector, double.NaN);
        foreach (var pair in values.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            Assert.True(HedgeSignalCatalog.TryFind(parts[0], out var signal), "test uses unknown signal " + parts[0]);
            vector[signal.Slot] = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return vector;
    }
}
