using System.Collections.Generic;

namespace OfflinePackage.Rules
{
    public static class RuleSet
    {
        public static IReadOnlyList<IPackageRule> Default { get; } = new IPackageRule[]
        {
            new PackageIdRule(),
            new PackageVersionRule(),
            new NoResourcesRule(),
            new DuplicateTargetPathRule(),
            new MainEntryRule(),
        };
    }
}
