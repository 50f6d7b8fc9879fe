namespace OfflinePackage.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "opk-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The full path of the folder.</summary>
    public string Root { get; }

    /// <summary>The full path of a '/'-separated path below the folder (nothing is created).</summary>
    public string Combine(string relative) =>
        Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string CreateFile(string relative, string content = "x")
    {
        var path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string CreateFile(string relative, byte[] content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string CreateFolder(string relative)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Names of every file (hidden ones too) directly in a folder below the root.</summary>
    public string[] FileNamesIn(string relativeFolder) =>
        Directory.GetFiles(Combine(relativeFolder)).Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Whether the file system under the temp folder tells names apart by case.</summary>
    public bool IsCaseSensitive()
    {
        var probe = CreateFile("CaseProbe-" + Guid.NewGuid().ToString("N") + ".TXT");
        var sensitive = !File.Exists(probe.Substring(0, probe.Length - 4) + ".txt");
        File.Delete(probe);
        return sensitive;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
