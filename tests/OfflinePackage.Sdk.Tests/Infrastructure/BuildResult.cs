using Microsoft.Build.Framework;
using Microsoft.Build.Logging.StructuredLogger;

namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>A finished `dotnet` command: exit code, console output, and its binlog read with MSBuild.StructuredLogger.</summary>
public sealed class BuildResult
{
    // MSBuild.StructuredLogger keeps mutable static state while it reads, so two reads at once can return a tree with a
    // field missing (a CI run read an OPK5003 error back with a null code from a binlog that holds the code). The
    // end-to-end tests run in parallel: every read goes through this lock, and is finished inside it.
    private static readonly object BinlogReads = new object();

    private readonly Lazy<Build> _build;
    private readonly Lazy<IReadOnlyList<BuildEventArgs>> _events;

    public BuildResult(ProcessResult process, string binlogPath)
    {
        Process = process;
        BinlogPath = binlogPath;
        _build = new Lazy<Build>(() =>
        {
            lock (BinlogReads)
            {
                return BinaryLog.ReadBuild(binlogPath);
            }
        });
        _events = new Lazy<IReadOnlyList<BuildEventArgs>>(() =>
        {
            lock (BinlogReads)
            {
                return new BinLogReader().ReadRecords(binlogPath).Select(r => r.Args).OfType<BuildEventArgs>().ToList();
            }
        });
    }

    public ProcessResult Process { get; }

    public string BinlogPath { get; }

    public int ExitCode => Process.ExitCode;

    public string Output => Process.Output;

    public bool Succeeded => ExitCode == 0;

    public Build Log => _build.Value;

    /// <summary>The raw build events, for what the tree does not keep (help links, message codes, skip reasons).</summary>
    public IReadOnlyList<BuildEventArgs> Events => _events.Value;

    public IReadOnlyList<BuildMessageEventArgs> MessagesWithCode(string code) =>
        Events.OfType<BuildMessageEventArgs>().Where(m => m.Code == code).ToList();

    public IReadOnlyList<TargetSkipReason> SkipReasons(string target) =>
        Events.OfType<TargetSkippedEventArgs>().Where(t => t.TargetName == target).Select(t => t.SkipReason).ToList();

    public IReadOnlyList<Error> Errors => Log.FindChildrenRecursive<Error>().ToList();

    public IReadOnlyList<Warning> Warnings => Log.FindChildrenRecursive<Warning>().ToList();

    /// <summary>Every execution of the named target in the build (a skipped one included).</summary>
    public IReadOnlyList<Target> Targets(string name) =>
        Log.FindChildrenRecursive<Target>(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Every run of the named task (tasks of a skipped target never run).</summary>
    public IReadOnlyList<Microsoft.Build.Logging.StructuredLogger.Task> Tasks(string name) =>
        Log.FindChildrenRecursive<Microsoft.Build.Logging.StructuredLogger.Task>(t => t.Name == name).ToList();

    public IReadOnlyList<string> ErrorCodes => Errors.Select(e => e.Code).ToList();

    public override string ToString() => Process.ToString();
}
