using System.Globalization;
using System.Net;

namespace VixShield.Live.Configuration;

/// <summary>The operator's window: health, metrics, status, control and the dashboard (configuration section <c>Http</c>).</summary>
public sealed class HttpOptions
{
    public const string SectionName = "Http";

    /// <summary>TCP port; 0 turns the HTTP listener off. <value>The default is 5780.</value></summary>
    public int Port { get; set; } = 5780;

    /// <summary>Address to listen on. Anything but a loopback address exposes the daemon to the network, so it must be set
    /// explicitly. <value>The default is 127.0.0.1.</value></summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Bearer token required by POST /api/pause, /api/resume and /api/kill; empty disables those endpoints.
    /// Put it in the environment (VIXSHIELD__Http__ControlToken), not in a file. <value>The default is empty.</value></summary>
    public string ControlToken { get; set; } = string.Empty;

    /// <summary>Largest request body accepted, in bytes. <value>The default is 4096.</value></summary>
    public int MaxRequestBodyBytes { get; set; } = 4096;

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (Port is < 0 or > 65535)
        {
            yield return new ConfigurationProblem($"{SectionName}:Port", Port.ToString(CultureInfo.InvariantCulture), "0 (off) or a TCP port from 1 to 65535");
        }

        if (!IPAddress.TryParse(BindAddress, out _))
        {
            yield return new ConfigurationProblem($"{SectionName}:BindAddress", BindAddress, "an IP address such as 127.0.0.1 (loopback) or ::1");
        }

        if (!string.IsNullOrEmpty(ControlToken) && ControlToken.Length < 16)
        {
            yield return new ConfigurationProblem($"{SectionName}:ControlToken", "(hidden)", "empty (control disabled) or at least 16 characters");
        }

        if (MaxRequestBodyBytes is < 256 or > 1_048_576)
        {
            yield return new ConfigurationProblem($"{SectionName}:MaxRequestBodyBytes", MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture), "a whole number from 256 to 1048576");
        }
    }
}
