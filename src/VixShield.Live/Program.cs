using VixShield.Live.Commands;

return await DaemonCommandLine.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
