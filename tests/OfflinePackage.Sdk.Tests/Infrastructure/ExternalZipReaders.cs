namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>Zip readers other than .NET's, so that our archives are judged by the tools users and servers use.</summary>
public static class ExternalZipReaders
{
    private static string ToolsDirectory => Path.Combine(AppContext.BaseDirectory, "Tools");

    /// <summary>Info-ZIP `unzip -t`: exit 0 and "No errors detected" when every entry's CRC checks.</summary>
    public static ProcessResult InfoZipTest(string zip) => ProcessRunner.Run("unzip", ["-t", zip], Path.GetDirectoryName(zip)!);

    /// <summary>Python zipfile: entry name and size per line.</summary>
    public static ProcessResult Python(string zip) => ProcessRunner.Run("python3", [Path.Combine(ToolsDirectory, "zipcheck.py"), zip], Path.GetDirectoryName(zip)!);

    /// <summary>java.util.zip (ZipFile and ZipInputStream): entry name and size per line.</summary>
    public static ProcessResult Java(string zip) => ProcessRunner.Run("java", [Path.Combine(ToolsDirectory, "ZipCheck.java"), zip], Path.GetDirectoryName(zip)!);

    /// <summary>Parses "name\tsize" lines into a map.</summary>
    public static IReadOnlyDictionary<string, long> Entries(ProcessResult result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[1]));
}
