using System.Net;
using System.Text.Json;

namespace VixShield.Live.Tests.Recovery;

/// <summary>A webhook endpoint on 127.0.0.1 that records every delivery (its Idempotency-Key and alert type).</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly List<(string Key, string Type, string? ClientOrderId)> received = [];
    private readonly Task loop;

    public WebhookReceiver(int port)
    {
        Url = $"http://127.0.0.1:{port}/hook/";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<(string Key, string Type, string? ClientOrderId)> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // The listener was stopped while waiting for a request: that is how the loop ends.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement;
                var values = body.GetProperty("values");
                lock (received)
                {
                    received.Add((context.Request.Headers["Idempotency-Key"] ?? string.Empty, body.GetProperty("type").GetString()!,
                        values.TryGetProperty("client_order_id", out var id) ? id.GetString() : null));
                }
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
