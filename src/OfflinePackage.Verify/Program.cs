using System;
using System.IO;
using System.Linq;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Verify
{
    /// <summary>
    /// offlinepackage-verify: the VerifyOfflinePackageAmr target as a command. Each .amr is checked with
    /// <see cref="AmrVerifier"/>; findings are OPK5005 lines (OPK5004 for an unusable public key), worded by
    /// the same resources as in a build. Exit code 0: every file verifies; 1: one does not; 2: usage error or unusable key.
    /// </summary>
    internal static class Program
    {
        public const int ExitValid = 0;
        public const int ExitInvalid = 1;
        public const int ExitUsage = 2;

        public static int Main(string[] args)
        {
            try
            {
                return Run(args, Console.Out, Console.Error);
            }
            catch (IOException) when (IsOutputClosed())
            {
                // The reader went away (e.g. `| head`): nothing more can be said.
                return ExitInvalid;
            }
        }

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            var commandLine = CommandLine.Parse(args);
            if (commandLine.Help)
            {
                output.WriteLine(Strings.Get("Verify_Usage"));
                return ExitValid;
            }

            if (commandLine.Error != null)
            {
                error.WriteLine(Strings.Format("Verify_UsageError", commandLine.Error));
                return ExitUsage;
            }

            RsaPublicKey? key = null;
            if (commandLine.PublicKeyFile != null)
            {
                try
                {
                    key = RsaKeys.LoadPublicKeyFile(commandLine.PublicKeyFile);
                }
                catch (RsaKeyException e)
                {
                    var keyFile = commandLine.PublicKeyFile;
                    error.WriteLine(new Diagnostic(DiagnosticCatalog.PublicKeyInvalid, new Subject(keyFile), keyFile, Strings.Get("KeyError_" + e.Error)));
                    return ExitUsage;
                }
            }

            var folders = commandLine.Files.Where(Directory.Exists).ToList();
            if (commandLine.Json && folders.Count > 0)
            {
                error.WriteLine(Strings.Format("Verify_UsageError", Strings.Format("Verify_FolderWithJson", folders[0])));
                return ExitUsage;
            }

            if (commandLine.Json)
            {
                var results = commandLine.Files.Select(f => (f, AmrVerifier.Verify(f, key))).ToList();
                output.WriteLine(JsonReport.Write(results));
                return results.All(r => r.Item2.IsValid) ? ExitValid : ExitInvalid;
            }

            var allValid = true;
            foreach (var file in commandLine.Files)
            {
                if (folders.Contains(file))
                {
                    allValid &= PresetFolder.Check(file, key, output);
                    continue;
                }

                var result = AmrVerifier.Verify(file, key);
                allValid &= result.IsValid;
                if (result.IsValid)
                {
                    output.WriteLine(Strings.Format(
                        "Verify_Ok",
                        file,
                        result.SignaturesChecked ? Strings.Get("AmrVerified_Signatures") : Strings.Get("Verify_StructureOnly"),
                        result.Manifest?.Uid ?? string.Empty,
                        result.Manifest?.Version ?? string.Empty,
                        result.TarEntries.Count));
                }
                else
                {
                    foreach (var finding in result.Findings)
                    {
                        output.WriteLine(finding);
                    }
                }

                output.Flush();
            }

            return allValid ? ExitValid : ExitInvalid;
        }

        private static bool IsOutputClosed()
        {
            try
            {
                Console.Out.Flush();
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }
}
