using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tasks
{
    /// <summary>Turns core diagnostics into MSBuild errors, warnings and messages with code, file, line and help link.</summary>
    internal static class TaskDiagnostics
    {
        /// <summary>Logs <paramref name="diagnostic"/> at its subject's place: a property or item is found in <paramref name="projectFile"/>.</summary>
        public static void Report(this TaskLoggingHelper log, Diagnostic diagnostic, string? helpLinkBase, string projectFile = "")
        {
            var location = Locate(diagnostic.Subject, projectFile);
            var helpLink = HelpLink(helpLinkBase, diagnostic.Code);
            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    log.LogError(null, diagnostic.Code, null, helpLink, location.File, location.Line, location.Column, 0, 0, diagnostic.Message);
                    break;
                case Severity.Warning:
                    log.LogWarning(null, diagnostic.Code, null, helpLink, location.File, location.Line, location.Column, 0, 0, diagnostic.Message);
                    break;
                default:
                    log.LogMessage(null, diagnostic.Code, null, location.File, location.Line, location.Column, 0, 0, MessageImportance.Low, diagnostic.Message);
                    break;
            }
        }

        /// <summary>
        /// The file (and line and column, when found) a subject points at: a property's last setting or an item's element
        /// in the project file that defines it, the project file itself for the project.
        /// </summary>
        public static Subject Locate(Subject subject, string projectFile)
        {
            switch (subject.Kind)
            {
                case SubjectKind.Property:
                    return ProjectFileLocator.FindProperty(projectFile, subject.Name, subject.Value);
                case SubjectKind.Item:
                    return ProjectFileLocator.FindItem(subject.File.Length > 0 ? subject.File : projectFile, subject.Name, subject.Value ?? string.Empty);
                case SubjectKind.Project:
                    return new Subject(projectFile);
                default:
                    return subject;
            }
        }

        /// <summary>The page of a code: base + code + ".md". A local folder becomes a file:// URI.</summary>
        public static string? HelpLink(string? helpLinkBase, string code)
        {
            if (string.IsNullOrEmpty(helpLinkBase))
            {
                return null;
            }

            var page = helpLinkBase!.TrimEnd('/', '\\') + "/" + code + ".md";
            if (page.IndexOf("://", StringComparison.Ordinal) < 0 && Path.IsPathRooted(page))
            {
                return new Uri(Path.GetFullPath(page)).AbsoluteUri;
            }

            return page;
        }
    }
}
