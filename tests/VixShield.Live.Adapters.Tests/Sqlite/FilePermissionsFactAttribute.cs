namespace VixShield.Live.Adapters.Tests.Sqlite;

/// <summary>A fact that needs file permissions to be enforced. Root (with CAP_DAC_OVERRIDE) writes a chmod 0444 file
/// anyway, so there the test would prove nothing and is reported as skipped, not passed.</summary>
public sealed class FilePermissionsFactAttribute : FactAttribute
{
    private static readonly bool PermissionsEnforced = ProbePermissions();

    public FilePermissionsFactAttribute()
    {
        if (!PermissionsEnforced)
        {
            Skip = "file permissions are not enforced for this user (root): a read-only file would still be writable";
        }
    }

    private static bool ProbePermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var probe = Path.Combine(Path.GetTempPath(), $"vixshield-permission-probe-{Environment.ProcessId}");
        File.WriteAllText(probe, "probe");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead);
            using var stream = new FileStream(probe, FileMode.Open, FileAccess.Write);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}
