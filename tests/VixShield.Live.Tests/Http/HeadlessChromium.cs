using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VixShield.Live.Tests.Http;

/// <summary>Debian's headless Chromium driven over the DevTools protocol (a WebSocket), with no driver package.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";
    private readonly Process process;
    private readonly string profile;
    private readonly TaskCompletionSource<Uri> devTools = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClientWebSocket? page;
    private int messageId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static HeadlessChromium Start()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's 'chromium' package (.ci/run does)");
        }

        var profile = Directory.CreateTempSubdirectory("vixshield-chromium-").FullName;
        var info = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", "--window-size=1400,1000",
            "--user-data-dir=" + profile, "about:blank",
        })
        {
            info.ArgumentList.Add(flag);
        }

        var chromium = new HeadlessChromium(new Process { StartInfo = info }, profile);
        chromium.process.ErrorDataReceived += (_, e) =>
        {
            const string Marker = "DevTools listening on ";
            if (e.Data is { } line && line.Contains(Marker, StringComparison.Ordinal))
            {
                chromium.devTools.TrySetResult(new Uri(line[(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim()));
            }
        };
        chromium.process.Start();
        chromium.process.BeginErrorReadLine();
        chromium.process.BeginOutputReadLine();
        return chromium;
    }

    /// <summary>Opens <paramref name="url"/> in a new tab and attaches to it.</summary>
    public async Task OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var browser = await devTools.Task.WaitAsync(cancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://{browser.Host}:{browser.Port}/") };
        using var response = await http.PutAsync("json/new?about:blank", content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var target = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("no target");
        page = new ClientWebSocket();
        await page.ConnectAsync(new Uri(target["webSocketDebuggerUrl"]!.GetValue<string>()), cancellationToken);
        await SendAsync("Page.enable", [], cancellationToken);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() }, cancellationToken);
        await ReceiveAsync(message => message["method"]?.GetValue<string>() == "Page.loadEventFired", cancellationToken);
    }

    /// <summary>Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, cancellationToken);
        if (result["exceptionDetails"] is { } error)
        {
            throw new InvalidOperationException("page script failed: " + error.ToJsonString());
        }

        return result["result"]?["value"];
    }

    /// <summary>Writes a PNG screenshot of the page.</summary>
    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellationToken);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result["data"]!.GetValue<string>()), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        page?.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(profile, recursive: true);
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, CancellationToken cancellationToken)
    {
        var socket = page ?? throw new InvalidOperationException("no page is open");
        var id = ++messageId;
        var request = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await socket.SendAsync(Encoding.UTF8.GetBytes(request.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        var reply = await ReceiveAsync(message => message["id"]?.GetValue<int>() == id, cancellationToken);
        return reply["result"]?.AsObject() ?? throw new InvalidOperationException($"{method} failed: {reply.ToJsonString()}");
    }

    /// <summary>Reads protocol messages until one matches (replies and events arrive on the same socket).</summary>
    private async Task<JsonObject> ReceiveAsync(Func<JsonObject, bool> wanted, CancellationToken cancellationToken)
    {
        var socket = page ?? throw new InvalidOperationException("no page is open");
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            var parsed = JsonNode.Parse(message.ToArray())!.AsObject();
            if (wanted(parsed))
            {
                return parsed;
            }
        }
    }
}
