using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Facts every incremental indicator must satisfy (house style 2.5), run on real shared data.</summary>
/// <typeparam name="TIndicator">The indicator under test.</typeparam>
/// <typeparam name="TInput">One step's input.</typeparam>
public abstract class IndicatorContractTests<TIndicator, TInput>
    where TIndicator : IIndicator
{
    /// <summary>Real-data inputs, in increasing time.</summary>
    protected abstract IReadOnlyList<TInput> Inputs { get; }

    protected abstract TIndicator CreateIndicator();

    protected abstract bool Update(TIndicator sut, TInput input);

    /// <summary>Every value the indicator exposes after a step, the primary one first; null where not ready.</summary>
    protected abstract double?[] Observe(TIndicator sut);

    /// <summary>The naive batch computation over all inputs through the same <c>*Kernel</c> classes: one
    /// <see cref="Observe"/>-shaped row per input.</summary>
    protected abstract double?[][] Batch(IReadOnlyList<TInput> inputs);

    protected abstract Instant TimeOf(TInput input);

    protected abstract TInput WithTime(TInput input, Instant time);

    /// <summary>The same input with its (first) numeric value replaced.</summary>
    protected abstract TInput WithValue(TInput input, double value);

    [Fact]
    public void Update_IncrementalEqualsBatchKernel()
    {
        var sut = CreateIndicator();
        var expected = Batch(Inputs);

        Assert.Equal(Inputs.Count, expected.Length);
        for (var i = 0; i < Inputs.Count; i++)
        {
            Update(sut, Inputs[i]);
            Numbers.AssertBitEqual(expected[i], Observe(sut), $"{sut.Name} step {i} ({TimeOf(Inputs[i])})");
        }
    }

    [Fact]
    public void IsReady_FlipsExactlyAtWarmUpPeriod()
    {
        var sut = CreateIndicator();
        Assert.False(sut.IsReady);
        Assert.Null(Observe(sut)[0]);

        for (var i = 0; i < sut.WarmUpPeriod + 3; i++)
        {
            var returned = Update(sut, Inputs[i]);
            var shouldBeReady = i + 1 >= sut.WarmUpPeriod;

            Assert.Equal(i + 1, sut.Samples);
            Assert.Equal(shouldBeReady, sut.IsReady);
            Assert.Equal(shouldBeReady, returned);
            Assert.Equal(shouldBeReady, Observe(sut)[0] is not null);
        }
    }

    [Fact]
    public void Reset_ThenReplay_EqualsFirstPass()
    {
        var sut = CreateIndicator();
        var count = Math.Min(Inputs.Count, (sut.WarmUpPeriod * 3) + 200);
        var firstPass = new List<double?[]>(count);
        for (var i = 0; i < count; i++)
        {
            Update(sut, Inputs[i]);
            firstPass.Add(Observe(sut));
        }

        sut.Reset();

        Assert.Equal(0, sut.Samples);
        Assert.False(sut.IsReady);
        Assert.Null(Observe(sut)[0]);
        for (var i = 0; i < count; i++)
        {
            Update(sut, Inputs[i]);
            Numbers.AssertBitEqual(firstPass[i], Observe(sut), $"{sut.Name} replay step {i}");
        }
    }

    [Fact]
    public void Update_DuplicateTime_ThrowsNamingBothTimestampsAndKeepsState()
    {
        var sut = CreateIndicator();
        var fed = FeedPastWarmUp(sut);
        var last = Inputs[fed - 1];
        var duplicate = WithTime(Inputs[fed], TimeOf(last));

        var error = AssertRejectedWithoutChange<ArgumentException>(sut, fed, duplicate);

        Assert.Contains(TimeOf(last).ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(2, CountOccurrences(error.Message, TimeOf(last).ToString()));
    }

    [Fact]
    public void Update_EarlierTime_ThrowsNamingBothTimestampsAndKeepsState()
    {
        var sut = CreateIndicator();
        var fed = FeedPastWarmUp(sut);
        var earlier = TimeOf(Inputs[fed - 2]);
        var outOfOrder = WithTime(Inputs[fed], earlier);

        var error = AssertRejectedWithoutChange<ArgumentException>(sut, fed, outOfOrder);

        Assert.Contains(earlier.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(TimeOf(Inputs[fed - 1]).ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Update_NonFiniteValue_ThrowsAndKeepsState(double value)
    {
        var sut = CreateIndicator();
        var fed = FeedPastWarmUp(sut);

        AssertRejectedWithoutChange<ArgumentOutOfRangeException>(sut, fed, WithValue(Inputs[fed], value));
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private int FeedPastWarmUp(TIndicator sut)
    {
        var fed = sut.WarmUpPeriod + 5;
        for (var i = 0; i < fed; i++)
        {
            Update(sut, Inputs[i]);
        }

        return fed;
    }

    /// <summary>The bad input throws, leaves every value and the sample count as they were, and the rest of the
    /// series then produces exactly what a run without the bad input produces.</summary>
    private TException AssertRejectedWithoutChange<TException>(TIndicator sut, int fed, TInput bad)
        where TException : Exception
    {
        var before = Observe(sut);
        var samples = sut.Samples;

        var error = Assert.Throws<TException>(() => Update(sut, bad));

        Assert.Equal(samples, sut.Samples);
        Numbers.AssertBitEqual(before, Observe(sut), $"{sut.Name} after rejected input");
        var clean = CreateIndicator();
        var end = Math.Min(Inputs.Count, fed + 100);
        for (var i = 0; i < end; i++)
        {
            Update(clean, Inputs[i]);
            if (i >= fed)
            {
                Update(sut, Inputs[i]);
            }
        }

        Numbers.AssertBitEqual(Observe(clean), Observe(sut), $"{sut.Name} continuing after rejected input");
        return error;
    }
}
