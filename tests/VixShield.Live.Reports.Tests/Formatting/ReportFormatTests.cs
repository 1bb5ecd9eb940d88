using VixShield.Live.Reports.Formatting;

namespace VixShield.Live.Reports.Tests.Formatting;

public class ReportFormatTests
{
    [Theory]
    [InlineData("0", "$0")]
    [InlineData("1234.5", "$1,235")]
    [InlineData("-1234.5", "-$1,235")]
    [InlineData("-0.4", "$0")]
    [InlineData("1250000", "$1,250,000")]
    public void Money_Amount_WholeDollarsWithSeparators(string amount, string expected)
    {
        Assert.Equal(expected, ReportFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0, "$0")]
    [InlineData(250, "$250")]
    [InlineData(25_000, "$25k")]
    [InlineData(-2_500, "-$2.5k")]
    [InlineData(1_500_000, "$1.5M")]
    public void CompactMoney_Amount_ShortForm(double amount, string expected)
    {
        Assert.Equal(expected, ReportFormat.CompactMoney(amount));
    }

    [Theory]
    [InlineData(0.1234, 1, "12.3%")]
    [InlineData(-0.00001, 1, "0.0%")]
    [InlineData(-0.05, 0, "-5%")]
    public void Percent_Fraction_RoundedWithoutNegativeZero(double fraction, int decimals, string expected)
    {
        Assert.Equal(expected, ReportFormat.Percent(fraction, decimals));
    }

    [Fact]
    public void SignedMoney_Gain_HasPlusSign()
    {
        Assert.Equal("+$450", ReportFormat.SignedMoney(450m));
        Assert.Equal("-$450", ReportFormat.SignedMoney(-450m));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void CsvField_Text_QuotedOnlyWhenNeeded(string text, string expected)
    {
        Assert.Equal(expected, ReportFormat.CsvField(text));
    }

    [Fact]
    public void Escape_MarkupCharacters_AreEntities()
    {
        Assert.Equal("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;", ReportFormat.Escape("<b> & \"q\" 's'"));
    }
}
