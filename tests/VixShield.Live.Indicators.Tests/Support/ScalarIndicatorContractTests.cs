using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>The contract facts for single-input indicators, fed SPX daily closes from 1990 unless overridden.</summary>
public abstract class ScalarIndicatorContractTests<TIndicator> : IndicatorContractTests<TIndicator, TimedValue>
    where TIndicator : IScalarIndicator
{
    private static readonly Lazy<TimedValue[]> SpxCloses = new(() => Series.Closes(Series.SpxDaily));

    protected override IReadOnlyList<TimedValue> Inputs => SpxCloses.Value;

    protected static double[] Values(IReadOnlyList<TimedValue> inputs)
    {
        var values = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            values[i] = inputs[i].Value;
        }

        return values;
    }

    protected override bool Update(TIndicator sut, TimedValue input) => sut.Update(input.Time, input.Value);

    protected override double?[] Observe(TIndicator sut) => [sut.Current];

    protected override Instant TimeOf(TimedValue input) => input.Time;

    protected override TimedValue WithTime(TimedValue input, Instant time) => input with { Time = time };

    protected override TimedValue WithValue(TimedValue input, double value) => input with { Value = value };

    /// <summary>Feeds hand-made values one day apart and returns Current after each.</summary>
    protected static double?[] Run(IScalarIndicator sut, params double[] values)
    {
        var results = new double?[values.Length];
        var inputs = Times.Daily(values);
        for (var i = 0; i < inputs.Length; i++)
        {
            sut.Update(inputs[i].Time, inputs[i].Value);
            results[i] = sut.Current;
        }

        return results;
    }
}
