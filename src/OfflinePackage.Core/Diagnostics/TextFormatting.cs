using System.Globalization;

namespace OfflinePackage.Diagnostics
{
    public static class TextFormatting
    {
        /// <summary>A text of <see cref="Texts"/> with its placeholders {0}, {1}... filled: <c>Texts.Hint_EmptyFolders.With(folders)</c>.</summary>
        public static string With(this string text, params object?[] args) =>
            string.Format(CultureInfo.CurrentCulture, text, args);
    }
}
