using System.Text.Json;

namespace VixShield.Live.Tests.Hosting;

public sealed class PaperTradingProcessTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-paper-").FullName;

    [Fact]
    public async Task Run_PaperAdapterOnSimulation_StatementsAddUpToFillsFeesSettlementsAndMarks()
    {
        using var daemon = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__Execution__Adapter"] = "paper" },
            "--speed", "max", "--duration", "4d", "--data-dir", directory, "--http-port", "0");

        Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);

        var events = File.ReadAllLines(Path.Combine(directory, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var fills = events.Where(e => Type(e) == "order.filled").ToList();
        var statements = events.Where(e => Type(e) == "account.statement").Select(e => e.GetProperty("values")).ToList();
        Assert.NotEmpty(fills);
        Assert.Contains(events, e => Type(e) == "order.accepted");
        Assert.Contains(events, e => Type(e) == "position.settled");
        Assert.Equal(4, statements.Count);
        var equity = statements[0].GetProperty("opening_equity").GetDecimal();
        foreach (var statement in statements)
        {
            var pnl = statement.GetProperty("pnl").GetDecimal();
            Assert.Equal(
                statement.GetProperty("trades").GetDecimal() - statement.GetProperty("fees").GetDecimal()
                    + statement.GetProperty("settlements").GetDecimal() + statement.GetProperty("mark_to_market").GetDecimal(),
                pnl);
            Assert.Equal(equity, statement.GetProperty("opening_equity").GetDecimal());
            equity += pnl;
            Assert.Equal(equity, statement.GetProperty("closing_equity").GetDecimal());
        }

        var feesFromFills = fills.Sum(f => f.GetProperty("values").GetProperty("fees").GetDecimal());
        Assert.Equal(feesFromFills, statements.Sum(s => s.GetProperty("fees").GetDecimal()));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string? Type(JsonElement e) => e.GetProperty("type").GetString();
}
