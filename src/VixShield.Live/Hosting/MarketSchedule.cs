using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace VixShield.Live.Hosting;

/// <summary>The timed jobs of a live run, scheduled by Quartz in New York time: session open, condor entry (15:30, and
/// 12:30 for early closes), session close (16:00 and 13:00) and the end-of-day report just after.</summary>
/// <remarks>Simulation and replay need none of this: their feeds bring market time with every event. The one-second
/// heartbeat keeps running beside these triggers for staleness checks; the triggers make the scheduled instants exact.</remarks>
public static class MarketSchedule
{
    /// <summary>Each trigger's name and Quartz cron expression, in New York time.</summary>
    public static IReadOnlyList<(string Name, string Cron)> Triggers { get; } =
    [
        ("session-open", "0 30 9 ? * MON-FRI"),
        ("early-condor-entry", "0 30 12 ? * MON-FRI"),
        ("early-session-close", "0 0 13 ? * MON-FRI"),
        ("condor-entry", "0 30 15 ? * MON-FRI"),
        ("session-close", "0 0 16 ? * MON-FRI"),
        ("daily-report", "0 5 16 ? * MON-FRI"),
    ];

    public static IServiceCollection AddMarketSchedule(this IServiceCollection services, TimeProvider wallClock)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(wallClock);
            var job = new JobKey("market-schedule");
            quartz.AddJob<MarketScheduleJob>(options => options.WithIdentity(job));
            foreach (var (name, cron) in Triggers)
            {
                quartz.AddTrigger(trigger => trigger.ForJob(job).WithIdentity(name).WithCronSchedule(cron, schedule => schedule.InTimeZone(zone)));
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
