using System.Runtime.InteropServices;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>Turns SIGINT (Ctrl+C) and SIGTERM into a cancellation, so a batch ends cleanly and can resume.</summary>
internal sealed class StopSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    private StopSignals(PosixSignalRegistration[] registrations)
    {
        _registrations = registrations;
    }

    public static StopSignals Register(CancellationTokenSource stop)
    {
        void Stop(PosixSignalContext signal)
        {
            // Keep the process alive until the records already checked are written and flushed.
            signal.Cancel = true;
            stop.Cancel();
        }

        return new StopSignals(new[] { PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop) });
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
