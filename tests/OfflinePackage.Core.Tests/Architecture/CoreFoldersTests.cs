using System.Text.RegularExpressions;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Architecture;

/// <summary>The core's folders are stages in pipeline order (src/OfflinePackage.Core/README.md): each uses only those before it.</summary>
public class CoreFoldersTests
{
    private static readonly string Core = RepoPaths.Combine("src", "OfflinePackage.Core");

    /// <summary>The folders in the order of the README's table.</summary>
    private static List<string> Stages() =>
        Regex.Matches(File.ReadAllText(Path.Combine(Core, "README.md")), @"^\| (\w+) \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Where(name => name != "Folder")
            .ToList();

    private static IEnumerable<string> CodeFolders() =>
        Directory.EnumerateDirectories(Core)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(Core, name!), "*.cs", SearchOption.AllDirectories).Any())
            .Select(name => name!);

    [Test]
    public void EveryFolderWithCode_IsAStageOfTheReadme()
    {
        Assert.That(Stages(), Is.EquivalentTo(CodeFolders()));
    }

    [Test]
    public void EachFolder_UsesOnlyTheStagesBeforeIt()
    {
        var stages = Stages();
        var uses = new Regex(@"\bOfflinePackage\.(" + string.Join("|", stages) + @")\b");
        var backward = new List<string>();
        foreach (var folder in CodeFolders())
        {
            var allowed = stages.Take(stages.IndexOf(folder) + 1).ToHashSet();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
            {
                backward.AddRange(uses.Matches(File.ReadAllText(file))
                    .Select(m => m.Groups[1].Value)
                    .Where(used => !allowed.Contains(used))
                    .Distinct()
                    .Select(used => folder + "/" + Path.GetFileName(file) + " uses " + used));
            }
        }

        Assert.That(backward, Is.Empty, "a folder reaches a later stage: move the code to the stage it belongs to, or reorder the README's table if the order is wrong");
    }
}
