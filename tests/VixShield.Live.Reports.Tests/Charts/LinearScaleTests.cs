using VixShield.Live.Reports.Charts;

namespace VixShield.Live.Reports.Tests.Charts;

public class LinearScaleTests
{
    [Fact]
    public void Map_DomainEndsAndMiddle_MapToRangeEndsAndMiddle()
    {
        var sut = new LinearScale(-100, 300, 50, 450);

        Assert.Equal(50, sut.Map(-100), 12);
        Assert.Equal(450, sut.Map(300), 12);
        Assert.Equal(150, sut.Map(0), 12);
    }

    [Fact]
    public void Map_ReversedRange_HigherValuesGoUp()
    {
        var sut = new LinearScale(0, 10, 300, 40); // a y axis: bottom 300, top 40

        Assert.Equal(300, sut.Map(0), 12);
        Assert.Equal(40, sut.Map(10), 12);
        Assert.Equal(274, sut.Map(1), 12);
    }

    [Fact]
    public void Constructor_EmptyDomain_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearScale(5, 5, 0, 100));
    }
}
