namespace OfflinePackage.Tool
{
    internal static class ExitCodes
    {
        public const int Clean = 0;
        public const int Findings = 1;
        public const int CannotRun = 2;
    }
}
