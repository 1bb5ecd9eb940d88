using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Tests.Execution;

public class ClientOrderIdTests
{
    [Theory]
    [InlineData("L1-2026-03-02T15:30")]
    [InlineData("condor_2026.03.02")]
    [InlineData("a")]
    public void TryParse_AllowedText_RoundTrips(string text)
    {
        Assert.True(ClientOrderId.TryParse(text, out var sut));
        Assert.Equal(text, sut.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("ünïcode")]
    public void TryParse_DisallowedText_FalseWithoutThrowing(string? text)
    {
        Assert.False(ClientOrderId.TryParse(text, out var sut));
        Assert.True(sut.IsEmpty);
    }

    [Fact]
    public void From_TooLong_ThrowsNamingTheValueAndTheRule()
    {
        var text = new string('x', 65);

        var error = Assert.Throws<ArgumentException>(() => ClientOrderId.From(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 64 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        Assert.Equal(ClientOrderId.From("L1-a"), ClientOrderId.From("L1-a"));
        Assert.NotEqual(ClientOrderId.From("L1-a"), ClientOrderId.From("l1-a"));
    }
}
