using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Commands;

public sealed class CheckConfigCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-config-").FullName;

    [Fact]
    public async Task CheckConfig_ShippedConfiguration_IsValid()
    {
        var (exitCode, output, error) = await CommandRunner.RunAsync("check-config", "--config", RepositoryPaths.Path("config", "appsettings.json"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("OK: no problems found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_SeveralBadValues_ListsEveryProblemWithKeyValueAndAllowed()
    {
        var path = Write("""
            {
              "Feed": { "Kind": "tape", "Speed": "fast", "Duration": "3w", "Start": "02/03/2026", "BadRows": "ignore" },
              "Engine": { "InboundCapacity": "lots", "StaleFeedAfter": "30", "AlertCapacity": 10 },
              "Simulation": { "Seed": -1 },
              "Alerts": { "ConsoleMinimumSeverity": "Loud", "Colour": true },
              "Brokers": { }
            }
            """);

        var (exitCode, _, error) = await CommandRunner.RunAsync("check-config", "--config", path);

        Assert.Equal(2, exitCode);
        Assert.Contains("Feed:Kind = 'tape' is not allowed: one of: sim, replay", error, StringComparison.Ordinal);
        Assert.Contains("Feed:Speed = 'fast' is not allowed: 'max' or a positive number", error, StringComparison.Ordinal);
        Assert.Contains("Feed:Duration = '3w' is not allowed", error, StringComparison.Ordinal);
        Assert.Contains("Feed:Start = '02/03/2026' is not allowed: a date written yyyy-MM-dd", error, StringComparison.Ordinal);
        Assert.Contains("Feed:BadRows = 'ignore' is not allowed: one of: stop, skip", error, StringComparison.Ordinal);
        Assert.Contains("Engine:InboundCapacity = 'lots' is not allowed: a whole number", error, StringComparison.Ordinal);
        Assert.Contains("Engine:StaleFeedAfter = '30.00:00:00' is not allowed: a duration from 00:00:01 to 01:00:00", error, StringComparison.Ordinal);
        Assert.Contains("Engine:AlertCapacity = '10' is not allowed: a whole number from 64 to 1048576", error, StringComparison.Ordinal);
        Assert.Contains("Simulation:Seed = '-1' is not allowed: a whole number >= 0", error, StringComparison.Ordinal);
        Assert.Contains("Alerts:ConsoleMinimumSeverity = 'Loud' is not allowed: one of: Debug, Info, Warning, Critical", error, StringComparison.Ordinal);
        Assert.Contains("  - Alerts:Colour is not a known key (its value is not shown); allowed keys in Alerts: ConsoleEnabled,", error, StringComparison.Ordinal);
        Assert.DoesNotContain("True", error, StringComparison.Ordinal);
        Assert.Contains("Brokers", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_BadWarmUpValues_NamesEachWarmUpKey()
    {
        var missing = Path.Combine(directory, "no-such-spx.csv");
        var path = Write($$"""
            {
              "Feed": { "Kind": "tws", "WarmUp": { "Files": [ "{{missing}}" ], "BadRows": "ignore",
                "StaleAfterSessions": 253, "TwsHistoryTimeout": "00:00:00", "Sessions": 10 } }
            }
            """);

        var (exitCode, _, error) = await CommandRunner.RunAsync("check-config", "--config", path);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Feed:WarmUp:Files:0 = '{missing}' is not allowed: an existing, readable file of daily bars", error, StringComparison.Ordinal);
        Assert.Contains("Feed:WarmUp:BadRows = 'ignore' is not allowed: one of: stop, skip", error, StringComparison.Ordinal);
        Assert.Contains("Feed:WarmUp:StaleAfterSessions = '253' is not allowed: a whole number of trading sessions from 0 to 252", error, StringComparison.Ordinal);
        Assert.Contains("Feed:WarmUp:TwsHistoryTimeout = '00:00:00' is not allowed: a duration between 00:00:01 and 00:10:00", error, StringComparison.Ordinal);
        Assert.Contains("Feed:WarmUp:Sessions is not a known key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = Path.Combine(directory, "nope.json");

        var (exitCode, _, error) = await CommandRunner.RunAsync("check-config", "--config", missing);

        Assert.Equal(2, exitCode);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_InvalidJson_ExitsTwoNamingTheFile()
    {
        var path = Write("{ \"Feed\": { \"Kind\": ");

        var (exitCode, _, error) = await CommandRunner.RunAsync("check-config", "--config", path);

        Assert.Equal(2, exitCode);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidConfiguration_DoesNotStartAndExitsTwo()
    {
        var (exitCode, output, error) = await CommandRunner.RunAsync("run", "--speed", "-3", "--duration", "90m", "--data-dir", directory);

        Assert.Equal(2, exitCode);
        Assert.Contains("Feed:Speed = '-3' is not allowed", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
