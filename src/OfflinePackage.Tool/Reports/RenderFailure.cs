namespace OfflinePackage.Tool.Reports
{
    /// <summary>Why rendering could not run at all (exit code 2): no browser, an unreadable package, a browser that failed.</summary>
    internal sealed class RenderFailure
    {
        public const string NoBrowser = "browser";
        public const string Package = "package";
        public const string Render = "render";

        public RenderFailure(string kind, string message)
        {
            Kind = kind;
            Message = message;
        }

        public string Kind { get; }

        public string Message { get; }
    }
}
