using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Resolves the resources and runs every rule, so that one build reports every problem at once.</summary>
    public static class PackagePlanner
    {
        public static PackagePlan Plan(PackageOptions options, IEnumerable<ResourceSpec> resources, string? projectDirectory = null)
        {
            var list = resources.ToList();
            var resolver = new ResourceResolver(projectDirectory, GlobalLayout.Root(options));
            foreach (var resource in list)
            {
                resolver.Add(resource);
            }

            var kinds = list.Select(r => r.Kind).Distinct().ToList();
            var model = new PackageModel(options, resolver.Files, resolver.EmptyFolders, resolver.RejectedCount, kinds);
            var diagnostics = resolver.Diagnostics.ToList();
            foreach (var rule in RuleSet.Default)
            {
                diagnostics.AddRange(rule.Check(model));
            }

            return new PackagePlan(model, diagnostics);
        }
    }

    public sealed class PackagePlan
    {
        public PackagePlan(PackageModel model, IReadOnlyList<Diagnostic> diagnostics)
        {
            Model = model;
            Diagnostics = diagnostics;
        }

        public PackageModel Model { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }
}
