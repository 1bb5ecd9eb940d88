using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime.Text;
using Serilog.Extensions.Logging;
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Engine.Control;
using VixShield.Live.Hosting;

namespace VixShield.Live.Http;

/// <summary>The operator's window on Kestrel: health, metrics, status, control and the live dashboard.</summary>
/// <remarks>
/// Listens on 127.0.0.1 unless <c>Http:BindAddress</c> says otherwise. Control endpoints need
/// <c>Authorization: Bearer &lt;Http:ControlToken&gt;</c> (compared in constant time); with no token configured they
/// answer 403. Bodies larger than <c>Http:MaxRequestBodyBytes</c>, declared or chunked, are refused with 413 before any
/// endpoint runs.
/// </remarks>
public sealed class OperatorWebServer(
    HttpOptions options,
    StatusProvider status,
    PrometheusMetrics metrics,
    RecentAlertsSink recent,
    OperatorControls controls,
    DataDirectoryPath dataDirectory,
    IReadOnlyList<OutboxDeliveryService> deliveries,
    Serilog.ILogger serilog,
    ILogger<OperatorWebServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>The address listened on, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Listens; <c>vixshield run</c> calls it before the host starts anything else, so the host's own call then
    /// finds the window open and does nothing.</summary>
    /// <exception cref="OperatorWindowBindException">The address or port cannot be listened on.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new SerilogLoggerProvider(serilog));

        // A failure to listen is reported by the exception below in one line; the inner host would log it again with
        // Kestrel's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Parse(options.BindAddress), options.Port);
        });
        builder.Services.AddHealthChecks()
            .AddCheck("feed", new FeedReadinessCheck(status), tags: ["ready"])
            .AddCheck("state", new DataDirectoryWritableCheck(dataDirectory.Path), tags: ["ready"]);
        if (deliveries.Count > 0)
        {
            // Not "ready": a webhook that is down must not take the daemon out of a load balancer; the alerts wait.
            builder.Services.AddHealthChecks().AddCheck("alerts", new AlertDeliveryCheck(deliveries));
        }

        var web = builder.Build();
        web.Use(RefuseOversizedBodies);
        MapEndpoints(web);
        try
        {
            await web.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SocketErrorOf(ex) is { } error)
        {
            await web.DisposeAsync().ConfigureAwait(false);
            throw new OperatorWindowBindException(ExplainBindFailure(error, ex), ex);
        }

        app = web;
        Address = new Uri($"http://{FormatHost(options.BindAddress)}:{options.Port}/");
        if (!IPAddress.IsLoopback(IPAddress.Parse(options.BindAddress)))
        {
            logger.LogWarning("The operator's window listens on {Address}, which is reachable from the network (Http:BindAddress)", Address);
        }

        logger.LogInformation("Operator's window at {Address} (control {Control})", Address,
            string.IsNullOrEmpty(options.ControlToken) ? "disabled: no Http:ControlToken" : "enabled");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static SocketError? SocketErrorOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private string ExplainBindFailure(SocketError error, Exception exception)
    {
        var port = options.Port.ToString(CultureInfo.InvariantCulture);
        var where = $"the operator's window cannot listen on {FormatHost(options.BindAddress)}:{port}: ";
        return error switch
        {
            SocketError.AddressAlreadyInUse =>
                where + $"Http:Port (--http-port) = {port} is already in use by another program; allowed: a free TCP port, or 0 to turn the window off",
            SocketError.AddressNotAvailable =>
                where + $"Http:BindAddress = '{options.BindAddress}' is not an address of this machine; allowed: 127.0.0.1 (the default), ::1, " +
                "0.0.0.0 or :: (every interface), or an address of one of this machine's network interfaces",
            SocketError.AccessDenied =>
                where + $"Http:Port (--http-port) = {port} needs privileges this process does not have (ports below 1024 usually do); " +
                "allowed: a port from 1024 to 65535, or 0 to turn the window off",
            _ => where + $"check Http:BindAddress = '{options.BindAddress}' and Http:Port (--http-port) = {port}: {exception.Message}",
        };
    }

    private static string FormatHost(string address) => address.Contains(':', StringComparison.Ordinal) ? $"[{address}]" : address;

    /// <remarks>Kestrel's <c>MaxRequestBodySize</c> is enforced only while a body is read, and the control endpoints
    /// take none: a chunked body (no Content-Length) of any size would reach them unchecked. So every body is read
    /// here, counted against the limit, and kept in a rewound buffer for an endpoint that wants it.</remarks>
    private async Task RefuseOversizedBodies(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > options.MaxRequestBodyBytes || !await BodyFitsAsync(context).ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.Response.WriteAsJsonAsync(new { error = $"request body larger than {options.MaxRequestBodyBytes} bytes" }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private async Task<bool> BodyFitsAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return true;
        }

        var request = context.Request;
        request.EnableBuffering(bufferThreshold: options.MaxRequestBodyBytes + 1);
        var chunk = new byte[1024];
        var total = 0L;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > options.MaxRequestBodyBytes)
                {
                    return false;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }

        request.Body.Position = 0;
        return true;
    }

    private void MapEndpoints(WebApplication web)
    {
        web.MapGet("/", () => Results.Content(Dashboard.Value, "text/html; charset=utf-8"));
        web.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        web.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        web.MapGet("/metrics", async (CancellationToken ct) =>
        {
            var (snapshot, fresh) = await status.GetAsync(ct).ConfigureAwait(false);
            return snapshot is null
                ? Results.Text("# the decision loop has not answered yet\n", "text/plain; version=0.0.4", statusCode: 503)
                : Results.Text(metrics.Render(snapshot, fresh), "text/plain; version=0.0.4");
        });
        web.MapGet("/api/status", async (HttpContext context, CancellationToken ct) =>
        {
            var (snapshot, fresh) = await status.GetAsync(ct).ConfigureAwait(false);
            if (snapshot is null)
            {
                return Results.Json(new { error = "the decision loop has not answered yet" }, statusCode: 503);
            }

            context.Response.Headers["X-Status-Fresh"] = fresh ? "true" : "false";
            return Results.Json(new { snapshot, controls = new { paused = controls.IsPaused, killed = controls.IsKilled } });
        });
        web.MapGet("/api/alerts", (long? after) => Results.Json(recent.AlertsAfter(after ?? 0).Select(AlertView.From)));
        web.MapGet("/api/history", () =>
        {
            var (spx, vix) = recent.Bars();
            return Results.Json(new { spx = spx.Select(PricePoint.From), vix = vix.Select(PricePoint.From) });
        });
        web.MapPost("/api/pause", (HttpContext context) => Control(context, who => controls.Pause(who)));
        web.MapPost("/api/resume", (HttpContext context) => Control(context, who => controls.Resume(who)));
        web.MapPost("/api/kill", (HttpContext context) => Control(context, who => controls.Kill(who)));
    }

    private IResult Control(HttpContext context, Action<string> action)
    {
        if (string.IsNullOrEmpty(options.ControlToken))
        {
            return Results.Json(new { error = "control is disabled: set Http:ControlToken (e.g. VIXSHIELD__Http__ControlToken)" }, statusCode: 403);
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.ControlToken)))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            logger.LogWarning("Refused {Method} {Path} from {Remote}: missing or wrong bearer token",
                context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress);
            return Results.Json(new { error = "missing or wrong bearer token" }, statusCode: 401);
        }

        var who = $"{context.Request.Path} from {context.Connection.RemoteIpAddress}";
        action(who);
        logger.LogWarning("Operator control: {Path} from {Remote}", context.Request.Path, context.Connection.RemoteIpAddress);
        return Results.Json(new { paused = controls.IsPaused, killed = controls.IsKilled });
    }

    private static readonly Lazy<string> Dashboard = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard.html")
            ?? throw new InvalidOperationException("the dashboard page is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private sealed record AlertView(long Seq, string Type, string Severity, string Time, string? Instrument, string Reason)
    {
        public static AlertView From(Alert alert) => new(alert.Sequence, alert.Type, alert.Severity.ToString(),
            InstantPattern.ExtendedIso.Format(alert.EventTime), alert.Instrument, alert.Reason);
    }

    private sealed record PricePoint(string Time, decimal Close)
    {
        public static PricePoint From(Alert alert) => new(InstantPattern.ExtendedIso.Format(alert.EventTime),
            alert.Values.FirstOrDefault(v => v.Name == "close").Money);
    }

    private sealed class FeedReadinessCheck(StatusProvider status) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var (snapshot, fresh) = await status.GetAsync(cancellationToken).ConfigureAwait(false);
            if (snapshot is null || !fresh)
            {
                return HealthCheckResult.Unhealthy("the decision loop did not answer within 2 s");
            }

            if (snapshot.Feed.State is not ("Started" or "Connected"))
            {
                return HealthCheckResult.Unhealthy($"feed '{snapshot.Feed.Name}' is {snapshot.Feed.State}: {snapshot.Feed.Reason}");
            }

            var stale = snapshot.Instruments.Where(i => i.Stale).Select(i => i.Symbol).ToList();
            return stale.Count > 0
                ? HealthCheckResult.Degraded("stale during market hours: " + string.Join(", ", stale))
                : HealthCheckResult.Healthy($"feed '{snapshot.Feed.Name}' {snapshot.Feed.State}; market time {snapshot.MarketTimeNewYork} New York");
        }
    }

    /// <summary>Degraded, never unhealthy, while a destination fails: its alerts are safe in the outbox and go out in
    /// order once it answers; the data says how many wait per destination.</summary>
    private sealed class AlertDeliveryCheck(IReadOnlyList<OutboxDeliveryService> deliveries) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var statuses = deliveries.Select(worker => worker.Status).ToList();
            var data = statuses.ToDictionary(
                status => status.Destination,
                status => (object)new { state = status.IsHealthy ? "ok" : "failing", pending = status.Pending, failedPasses = status.ConsecutiveFailures });
            var failing = statuses.Where(status => !status.IsHealthy).ToList();
            if (failing.Count == 0)
            {
                return Task.FromResult(HealthCheckResult.Healthy(
                    string.Join("; ", statuses.Select(status => $"{status.Destination}: delivering, {status.Pending} pending")), data));
            }

            return Task.FromResult(HealthCheckResult.Degraded(
                string.Join("; ", failing.Select(status => $"{status.Destination}: failing ({status.ConsecutiveFailures} passes), {status.Pending} pending: {status.LastFailure}")),
                data: data));
        }
    }

    private sealed class DataDirectoryWritableCheck(string directory) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var probe = Path.Combine(directory, ".health-probe");
            try
            {
                File.WriteAllText(probe, "ok");
                File.Delete(probe);
                return Task.FromResult(HealthCheckResult.Healthy($"data directory {directory} is writable"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy($"data directory {directory} is not writable: {ex.Message}"));
            }
        }
    }
}
