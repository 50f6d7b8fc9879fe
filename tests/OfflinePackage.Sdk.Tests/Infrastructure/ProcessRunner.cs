using System.Diagnostics;
using System.Text;

namespace OfflinePackage.Sdk.Tests.Infrastructure;

public sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}

/// <summary>Runs a child process with a clean MSBuild environment and a time limit.</summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        using var running = Start(fileName, arguments, workingDirectory, environment);
        return running.WaitForExit(timeout ?? DefaultTimeout);
    }

    /// <summary>Starts a process and collects its output; the caller waits, kills or signals it.</summary>
    public static RunningProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ScrubMSBuildEnvironment(start.Environment);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        return new RunningProcess(start);
    }

    /// <summary>
    /// MSBuildLocator and the test host set MSBuild variables in this process; a child `dotnet build`
    /// must resolve its own MSBuild and SDKs exactly as a user's shell would.
    /// </summary>
    private static void ScrubMSBuildEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var key in environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("SOURCE_DATE_EPOCH", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }
    }
}

/// <summary>A started child process whose output is collected as it runs.</summary>
public sealed class RunningProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public RunningProcess(ProcessStartInfo start)
    {
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public ProcessResult WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{_process.StartInfo.FileName} {string.Join(" ", _process.StartInfo.ArgumentList)}' did not finish in time.\n{Output}");
        }

        _process.WaitForExit();
        return new ProcessResult(_process.ExitCode, Output);
    }

    /// <summary>Ends the process and its children at once, as a crash or `kill -9` would.</summary>
    public void KillTree()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose() => _process.Dispose();

    private void Append(string? line)
    {
        if (line != null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
