using NodaTime;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Testing;

namespace VixShield.Live.Rules.Tests.Blackouts;

public sealed class EconomicCalendarTests
{
    private const string Header = "date,event,time_et,description";

    private static string ShippedFile => RepositoryPaths.Path("config", "economic-calendar.csv");

    [Theory]
    [InlineData(2024, EconomicEventKind.Fomc, 8)]
    [InlineData(2025, EconomicEventKind.Fomc, 8)]
    [InlineData(2026, EconomicEventKind.Fomc, 8)]
    [InlineData(2027, EconomicEventKind.Fomc, 8)]
    [InlineData(2024, EconomicEventKind.Cpi, 12)]
    [InlineData(2026, EconomicEventKind.Cpi, 12)]
    [InlineData(2024, EconomicEventKind.Ppi, 12)]
    [InlineData(2025, EconomicEventKind.Cpi, 11)]
    public void Load_ShippedFile_HasEveryScheduledReleaseOfTheYear(int year, EconomicEventKind kind, int expected)
    {
        var sut = EconomicCalendar.Load(ShippedFile);

        Assert.Equal(expected, sut.Events.Count(e => e.Kind == kind && e.Date.Year == year));
    }

    [Fact]
    public void Load_ShippedFile_AgreesWithTheSharedSourceFrom2024()
    {
        var sut = EconomicCalendar.Load(ShippedFile);
        var shipped = sut.Events.Select(e => (e.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.KindName.ToLowerInvariant(), e.LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))).ToHashSet();
        var source = File.ReadLines(SharedData.Path("calendar", "us_macro_events_2000_2027.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(fields => string.CompareOrdinal(fields[0], "2024") >= 0 && fields[1] is "cpi" or "ppi" or "fomc_decision")
            .Select(fields => (fields[0], fields[1] == "fomc_decision" ? "fomc" : fields[1], fields[4]))
            .ToList();

        Assert.Equal(102, source.Count);
        Assert.All(source, row => Assert.Contains(row, shipped));
    }

    [Fact]
    public void Load_ShippedFile_FomcDecisionsAt1400AndDataAt0830FromNewYork()
    {
        var sut = EconomicCalendar.Load(ShippedFile);

        var recent = sut.Events.Where(e => e.Date.Year >= 2024).ToList();
        Assert.All(recent, e => Assert.Equal(e.Kind == EconomicEventKind.Fomc ? new LocalTime(14, 0) : new LocalTime(8, 30), e.LocalTime));
        Assert.Equal(new LocalDate(2027, 12, 8), sut.LastDate(EconomicEventKind.Fomc));
        Assert.Equal(new LocalDate(2026, 12, 10), sut.LastDate(EconomicEventKind.Cpi));
    }

    [Theory]
    [InlineData("2026-01-13,cpi,08:30,CPI (December 2025)", 2026, 1, 13, 13, 30)]
    [InlineData("2026-03-11,cpi,08:30,CPI (February 2026)", 2026, 3, 11, 12, 30)]
    [InlineData("2026-03-18,fomc,14:00,FOMC decision", 2026, 3, 18, 18, 0)]
    [InlineData("2012-12-12,fomc,14:15,FOMC decision", 2012, 12, 12, 19, 15)]
    public void Parse_ReleaseTime_IsNewYorkWallClockAcrossDaylightSaving(string row, int year, int month, int day, int utcHour, int utcMinute)
    {
        var sut = EconomicCalendar.Parse([Header, row], "test.csv");

        Assert.Equal(Instant.FromUtc(year, month, day, utcHour, utcMinute), Assert.Single(sut.Events).ReleaseTime);
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndCommasInDescription_AreHandled()
    {
        var sut = EconomicCalendar.Parse(["# provenance", "", Header, "2026-02-27,ppi,08:30,PPI (January 2026, delayed)", "  ", "2026-01-28,fomc,14:00"], "test.csv");

        Assert.Equal([EconomicEventKind.Fomc, EconomicEventKind.Ppi], sut.Events.Select(e => e.Kind));
        Assert.Equal("PPI (January 2026, delayed)", sut.Events[1].Description);
        Assert.Equal("PPI 2026-02-27 08:30 ET", sut.Events[1].ToString());
    }

    [Theory]
    [InlineData("2026-13-01,cpi,08:30", "test.csv:2: date '2026-13-01' is not a date; allowed: yyyy-MM-dd")]
    [InlineData("2026-01-13,nfp,08:30", "test.csv:2: event 'nfp' is not known; allowed: fomc, cpi, ppi")]
    [InlineData("2026-01-13,cpi,8.30", "test.csv:2: time_et '8.30' is not a time; allowed: HH:mm (24-hour New York time, e.g. 08:30)")]
    [InlineData("2026-01-13,cpi", "test.csv:2: '2026-01-13,cpi' has 2 field(s); expected date,event,time_et,description")]
    public void Parse_BadRow_ThrowsNamingFileLineFieldAndAllowed(string row, string expected)
    {
        var error = Assert.Throws<EconomicCalendarException>(() => EconomicCalendar.Parse([Header, row], "test.csv"));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Parse_SeveralBadRows_ReportsEveryOne()
    {
        var error = Assert.Throws<EconomicCalendarException>(() => EconomicCalendar.Parse(
            [Header, "2026-01-13,cpi,08:30", "2026-01-13,cpi,08:30", "x,cpi,08:30", "2026-01-14,ppi,25:00"], "test.csv"));

        Assert.Contains("has 3 bad rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.csv:3: cpi on 2026-01-13 is listed twice; allowed: one row per event and date", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.csv:4: date 'x'", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.csv:5: time_et '25:00'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when,what,time")]
    [InlineData("2026-01-13,cpi,08:30")]
    public void Parse_WrongHeader_Throws(string header)
    {
        var error = Assert.Throws<EconomicCalendarException>(() => EconomicCalendar.Parse([header], "test.csv"));

        Assert.Equal($"test.csv:1: the header is '{header}'; expected '{Header}'", error.Message);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<EconomicCalendarException>(() => EconomicCalendar.Load("no/such/calendar.csv"));

        Assert.Contains("no/such/calendar.csv does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Alvh:EconomicCalendarFile", error.Message, StringComparison.Ordinal);
    }
}
