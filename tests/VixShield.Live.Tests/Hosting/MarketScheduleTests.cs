using Quartz;
using VixShield.Live.Hosting;

namespace VixShield.Live.Tests.Hosting;

public class MarketScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("condor-entry", "2026-03-06T21:00:00Z", "2026-03-09T19:30:00Z")] // first Monday after the switch to daylight time
    [InlineData("condor-entry", "2026-01-05T00:00:00Z", "2026-01-05T20:30:00Z")]
    [InlineData("session-open", "2026-03-09T00:00:00Z", "2026-03-09T13:30:00Z")]
    [InlineData("session-close", "2026-11-02T00:00:00Z", "2026-11-02T21:00:00Z")]
    [InlineData("early-session-close", "2026-11-27T00:00:00Z", "2026-11-27T18:00:00Z")]
    public void Triggers_NextFireTime_IsTheNewYorkWallClockTimeInUtc(string trigger, string after, string expected)
    {
        var cron = new CronExpression(MarketSchedule.Triggers.Single(t => t.Name == trigger).Cron, NewYork);

        var next = cron.GetNextValidTimeAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
