using VixShield.Live.Reports.Metrics;

namespace VixShield.Live.Reports.Tests.Metrics;

public class PublisherClaimTests
{
    [Theory]
    [InlineData(null, ClaimVerdict.NotMeasurable)]
    [InlineData(-0.2, ClaimVerdict.BelowClaim)]
    [InlineData(0.3999, ClaimVerdict.BelowClaim)]
    [InlineData(0.40, ClaimVerdict.WithinClaim)]
    [InlineData(0.65, ClaimVerdict.WithinClaim)]
    [InlineData(0.6501, ClaimVerdict.AboveClaim)]
    public void Judge_Reduction_FallsInTheRightBand(double? reduction, ClaimVerdict expected)
    {
        Assert.Equal(expected, PublisherClaim.Judge(reduction));
    }
}
