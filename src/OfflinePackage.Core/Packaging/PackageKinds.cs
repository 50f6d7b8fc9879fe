namespace OfflinePackage.Packaging
{
    /// <summary>The two mPaaS resource package types; one package is exactly one of them.</summary>
    public enum PackageType
    {
        Normal,
        Global,
    }

    /// <summary>Where global resources are served from: Alibaba Cloud (public) or an Apsara Stack deployment (private).</summary>
    public enum CloudKind
    {
        Public,
        Private,
    }
}
