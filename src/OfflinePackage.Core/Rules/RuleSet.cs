using System.Collections.Generic;

namespace OfflinePackage.Rules
{
    public static class RuleSet
    {
        public static IReadOnlyList<IPackageRule> Default { get; } = new IPackageRule[]
        {
            new PackageIdRule(),
            new ReservedIdRule(),
            new DiscouragedIdPrefixRule(),
            new PackageVersionRule(),
            new VersionShapeRule(),
            new PackageTypeRule(),
            new GlobalIdentityRule(),
            new CloudDomainRule(),
            new GlobalPathRule(),
            new NoResourcesRule(),
            new DuplicateTargetPathRule(),
            new CaseCollisionRule(),
            new AsciiNameRule(),
            new ForbiddenCharacterRule(),
            new UrlBreakingNameRule(),
            new UrlSafeNameRule(),
            new PathLengthRule(),
            new ReservedRootNameRule(),
            new EmptyFileRule(),
            new PackageSizeRule(),
            new MainEntryRule(),
            new MainEntryLocationRule(),
        };
    }
}
