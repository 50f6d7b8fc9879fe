namespace OfflinePackage.Diagnostics
{
    public enum Severity
    {
        Error,
        Warning,
        /// <summary>A low-importance build message: shown at detailed verbosity and in binlogs.</summary>
        Info,
    }
}
