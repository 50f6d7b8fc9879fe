using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tool
{
    /// <summary>A verb's arguments: positional values, options with a value (--name value or --name=value, repeatable), flags.</summary>
    internal sealed class Arguments
    {
        private readonly Dictionary<string, List<string>> _values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> _flags = new HashSet<string>(StringComparer.Ordinal);

        private Arguments()
        {
        }

        public List<string> Positional { get; } = new List<string>();

        public bool Help { get; private set; }

        /// <summary>What is wrong with the arguments (worded for the user), or null.</summary>
        public string? Error { get; private set; }

        public static Arguments Parse(IReadOnlyList<string> args, ICollection<string> valueOptions, ICollection<string> flagOptions)
        {
            var result = new Arguments();
            var optionsEnded = false;
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                var equals = arg.IndexOf('=');
                var name = equals > 0 ? arg.Substring(0, equals) : arg;
                if (optionsEnded || !arg.StartsWith("-", StringComparison.Ordinal))
                {
                    result.Positional.Add(arg);
                }
                else if (arg == "--")
                {
                    optionsEnded = true;
                }
                else if (arg == "-h" || arg == "--help" || arg == "-?")
                {
                    result.Help = true;
                }
                else if (flagOptions.Contains(arg))
                {
                    result._flags.Add(arg);
                }
                else if (valueOptions.Contains(name))
                {
                    var value = equals > 0 ? arg.Substring(equals + 1) : i + 1 < args.Count ? args[++i] : null;
                    if (string.IsNullOrEmpty(value))
                    {
                        result.Error ??= Texts.Render_OptionNeedsValue.With(name);
                    }
                    else
                    {
                        result.Add(name, value!);
                    }
                }
                else
                {
                    result.Error ??= Texts.Render_UnknownOption.With(arg);
                }
            }

            return result;
        }

        public bool Has(string flag) => _flags.Contains(flag);

        public string? Value(string option) => _values.TryGetValue(option, out var list) ? list[list.Count - 1] : null;

        public IReadOnlyList<string> Values(string option) => _values.TryGetValue(option, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>An option's whole-number value, or the default; records an error for anything else.</summary>
        public int Number(string option, int defaultValue, int minimum)
        {
            var text = Value(option);
            if (text == null)
            {
                return defaultValue;
            }

            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            Error ??= Texts.Render_BadNumber.With(text, option);
            return defaultValue;
        }

        /// <summary>Records <paramref name="problem"/> unless <paramref name="condition"/> holds (the first problem wins).</summary>
        public void Require(bool condition, string problem)
        {
            if (!condition)
            {
                Error ??= problem;
            }
        }

        private void Add(string name, string value)
        {
            if (!_values.TryGetValue(name, out var list))
            {
                _values[name] = list = new List<string>();
            }

            list.Add(value);
        }
    }
}
