namespace VixShield.Live.Tests.Http;

/// <summary>The dashboard loaded in real headless Chromium against the running daemon.</summary>
public sealed class DashboardBrowserTests(RunningDaemon daemon) : IClassFixture<RunningDaemon>
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Dashboard_InHeadlessChromium_ShowsLiveValuesThatChange()
    {
        using var cancellation = new CancellationTokenSource(HangGuard);
        await using var browser = HeadlessChromium.Start();
        await browser.OpenAsync(daemon.BaseAddress, cancellation.Token);

        // Resolves inside the page when the market clock has shown two different times: the page updates by itself.
        var clocks = await browser.EvaluateAsync("""
            new Promise(resolve => {
              const clock = document.getElementById("clock");
              const seen = [];
              const look = () => {
                const text = clock.textContent;
                if (text.includes("New York") && !seen.includes(text)) seen.push(text);
                if (seen.length >= 2) { observer.disconnect(); resolve(seen); }
              };
              const observer = new MutationObserver(look);
              observer.observe(clock, { childList: true, characterData: true, subtree: true });
              look();
            })
            """, cancellation.Token);
        var spx = await browser.EvaluateAsync("document.querySelector('#q-SPX [data-price]').textContent", cancellation.Token);
        var feed = await browser.EvaluateAsync("document.getElementById('feed').textContent", cancellation.Token);
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "dashboard.png"), cancellation.Token);

        var times = clocks!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Equal(2, times.Count);
        Assert.NotEqual(times[0], times[1]);
        Assert.True(decimal.TryParse(spx!.GetValue<string>().Replace(",", "", StringComparison.Ordinal),
            System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var price) && price > 0m,
            $"SPX shows '{spx}'");
        Assert.Equal("feed sim: started", feed!.GetValue<string>());
    }
}
