using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Verify
{
    /// <summary>The parsed arguments: [--public-key &lt;file&gt;] [--json] [-h|--help] &lt;file.amr&gt;... ('--' ends the options).</summary>
    internal sealed class CommandLine
    {
        private const string PublicKeyOption = "--public-key";

        private CommandLine()
        {
        }

        public List<string> Files { get; } = new List<string>();

        public string? PublicKeyFile { get; private set; }

        public bool Json { get; private set; }

        public bool Help { get; private set; }

        /// <summary>What is wrong with the arguments (already worded for the user), or null.</summary>
        public string? Error { get; private set; }

        public static CommandLine Parse(IReadOnlyList<string> args)
        {
            var result = new CommandLine();
            var optionsEnded = false;
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (optionsEnded || !arg.StartsWith("-", StringComparison.Ordinal))
                {
                    result.Files.Add(arg);
                }
                else if (arg == "--")
                {
                    optionsEnded = true;
                }
                else if (arg == "-h" || arg == "--help" || arg == "-?")
                {
                    result.Help = true;
                }
                else if (arg == "--json")
                {
                    result.Json = true;
                }
                else if (arg == PublicKeyOption || arg.StartsWith(PublicKeyOption + "=", StringComparison.Ordinal))
                {
                    string? value;
                    if (arg == PublicKeyOption)
                    {
                        value = i + 1 < args.Count ? args[++i] : null;
                    }
                    else
                    {
                        value = arg.Substring(PublicKeyOption.Length + 1);
                    }

                    if (string.IsNullOrEmpty(value))
                    {
                        result.Fail(Texts.Verify_OptionNeedsValue.With(PublicKeyOption));
                    }
                    else if (result.PublicKeyFile != null)
                    {
                        result.Fail(Texts.Verify_OptionRepeated.With(PublicKeyOption));
                    }
                    else
                    {
                        result.PublicKeyFile = value;
                    }
                }
                else
                {
                    result.Fail(Texts.Verify_UnknownOption.With(arg));
                }
            }

            if (result.Files.Count == 0 && !result.Help)
            {
                result.Fail(Texts.Verify_NoFiles);
            }

            return result;
        }

        /// <summary>Keeps the first problem: it is the one the user met first.</summary>
        private void Fail(string problem)
        {
            Error ??= problem;
        }
    }
}
