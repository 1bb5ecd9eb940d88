using System.CommandLine;
using VixShield.Live.Commands;
using VixShield.Live.Testing;

namespace VixShield.Live.Reports.Tests.Host.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("vixshield-compare-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string[] Arguments(string output) =>
    [
        "compare",
        "--spx", SharedData.Path("spx", "spx_daily_investingcom_1990_2026.csv"),
        "--vix", SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv"),
        "--vix9d", SharedData.Path("vix", "vix9d_daily_cboe_2011_2026.csv"),
        "--vix3m", SharedData.Path("vix", "vix3m_daily_cboe_2009_2026.csv"),
        "--events", RepositoryPaths.Path("config", "economic-calendar.csv"),
        "--from", "2020-02-18",
        "--to", "2020-03-31",
        "--capital", "50000",
        "--out", Path.Combine(folder, output),
    ];

    [Fact]
    public async Task Compare_SameInputsTwice_ByteIdenticalFiles()
    {
        var first = await RunAsync(Arguments("first"));
        var second = await RunAsync(Arguments("second"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        foreach (var name in new[] { "summary.csv", "daily.csv", "report.html", "equity.svg", "drawdown.svg" })
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "first", name));
            Assert.NotEmpty(bytes);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(folder, "second", name)));
        }
    }

    [Fact]
    public async Task Compare_ShortWindow_PrintsTheSummaryTableAndTheFilesWritten()
    {
        var (exitCode, output, error) = await RunAsync(Arguments("out"));

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Hold to expiry (unhedged)", output, StringComparison.Ordinal);
        Assert.Contains("Max drawdown", output, StringComparison.Ordinal);
        Assert.Contains("2020-02-19 to 2020-03-31", output, StringComparison.Ordinal);
        Assert.Contains("Wrote " + Path.Combine(folder, "out", "report.html"), output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // no colour codes when redirected
        var summary = await File.ReadAllLinesAsync(Path.Combine(folder, "out", "summary.csv"));
        Assert.StartsWith("hold_to_expiry,", summary[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--vix", "/no/such/file.csv", "--vix: file '/no/such/file.csv' does not exist")]
    [InlineData("--from", "02/18/2020", "--from '02/18/2020' is not a date")]
    [InlineData("--quantity", "-1", "--quantity '-1' is not valid")]
    [InlineData("--ruleset", "nope", "--ruleset 'nope'")]
    public async Task Compare_BadInput_ExitTwoNamingTheOption(string option, string value, string expected)
    {
        var arguments = Arguments("bad").ToList();
        var index = arguments.IndexOf(option);
        if (index < 0)
        {
            arguments.AddRange([option, value]);
        }
        else
        {
            arguments[index + 1] = value;
        }

        var (exitCode, _, error) = await RunAsync([.. arguments]);

        Assert.Equal(2, exitCode);
        Assert.Contains("error: " + expected, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "bad")));
    }

    [Fact]
    public async Task Compare_SpxFileGivenAsVix_ExitTwoNamingTheOptionAndFile()
    {
        var notBars = Path.Combine(folder, "notes.csv");
        await File.WriteAllTextAsync(notBars, "hello,world\n1,2\n");
        var arguments = Arguments("bad");
        arguments[Array.IndexOf(arguments, "--vix") + 1] = notBars;

        var (exitCode, _, error) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: --vix: ", error, StringComparison.Ordinal);
        Assert.Contains("notes.csv", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { CompareCommand.Create() };
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
