using VixShield.Live.Commands;

return await DaemonCommandLine.Create().Parse(args).InvokeAsync(DaemonCommandLine.CreateInvocation()).ConfigureAwait(false);
