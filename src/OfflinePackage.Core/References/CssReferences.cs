using System;
using System.Collections.Generic;
using System.Text;

namespace OfflinePackage.References
{
    /// <summary>
    /// The URLs a stylesheet loads: url() (quoted or not), @import "..." and the strings of image-set(). A small
    /// tokenizer after CSS Syntax Level 3 (comments, strings, escapes, url tokens), so URLs inside comments or
    /// unrelated strings are not taken and every URL keeps its exact position.
    /// </summary>
    public static class CssReferences
    {
        /// <summary>The references of <paramref name="css"/>, which starts at <paramref name="offset"/> of a text whose positions are <paramref name="positions"/>.</summary>
        internal static void Extract(string css, int offset, TextPositions positions, List<Reference> into)
        {
            new Scanner(css, offset, positions, into).Run();
        }

        public static IReadOnlyList<Reference> Extract(string css)
        {
            var references = new List<Reference>();
            Extract(css, 0, new TextPositions(css), references);
            return references;
        }

        private sealed class Scanner
        {
            private readonly string _css;
            private readonly int _offset;
            private readonly TextPositions _positions;
            private readonly List<Reference> _into;
            private readonly Stack<bool> _functions = new Stack<bool>();
            private int _i;
            private bool _afterImport;

            public Scanner(string css, int offset, TextPositions positions, List<Reference> into)
            {
                _css = css;
                _offset = offset;
                _positions = positions;
                _into = into;
            }

            private bool InImageSet => _functions.Count > 0 && _functions.Peek();

            public void Run()
            {
                while (_i < _css.Length)
                {
                    var c = _css[_i];
                    if (c == '/' && Next(1) == '*')
                    {
                        var end = _css.IndexOf("*/", _i + 2, StringComparison.Ordinal);
                        _i = end < 0 ? _css.Length : end + 2;
                    }
                    else if (c == '"' || c == '\'')
                    {
                        var start = _i;
                        var value = String(c);
                        if (value != null && (_afterImport || InImageSet))
                        {
                            Add(value, start);
                        }

                        _afterImport = false;
                    }
                    else if (c == '@' && StartsIdent(_i + 1))
                    {
                        _i++;
                        _afterImport = string.Equals(Name(), "import", StringComparison.OrdinalIgnoreCase);
                    }
                    else if (StartsIdent(_i))
                    {
                        Identifier();
                    }
                    else if (c == '(')
                    {
                        _functions.Push(false);
                        _i++;
                    }
                    else if (c == ')')
                    {
                        if (_functions.Count > 0)
                        {
                            _functions.Pop();
                        }

                        _i++;
                    }
                    else
                    {
                        if (!IsWhitespace(c))
                        {
                            _afterImport = false;
                        }

                        _i++;
                    }
                }
            }

            private void Identifier()
            {
                var name = Name();
                if (Next(0) != '(')
                {
                    _afterImport = false;
                    return;
                }

                _i++;
                if (string.Equals(name, "url", StringComparison.OrdinalIgnoreCase))
                {
                    var j = _i;
                    while (j < _css.Length && IsWhitespace(_css[j]))
                    {
                        j++;
                    }

                    if (j < _css.Length && (_css[j] == '"' || _css[j] == '\''))
                    {
                        // url("...") is a function holding a string: the string is the URL.
                        _i = j;
                        var start = _i;
                        var quoted = String(_css[j]);
                        if (quoted != null)
                        {
                            Add(quoted, start);
                        }

                        _functions.Push(false);
                    }
                    else
                    {
                        UrlToken(j);
                    }

                    _afterImport = false;
                    return;
                }

                var lower = name.ToLowerInvariant();
                _functions.Push(lower == "image-set" || lower == "-webkit-image-set");
                _afterImport = false;
            }

            // An unquoted url(...): up to ')' with escapes; whitespace only before ')'.
            private void UrlToken(int start)
            {
                var value = new StringBuilder();
                _i = start;
                while (_i < _css.Length)
                {
                    var c = _css[_i];
                    if (c == ')')
                    {
                        _i++;
                        Add(value.ToString(), start);
                        return;
                    }

                    if (IsWhitespace(c))
                    {
                        while (_i < _css.Length && IsWhitespace(_css[_i]))
                        {
                            _i++;
                        }

                        if (Next(0) == ')' || _i >= _css.Length)
                        {
                            continue;
                        }

                        break;
                    }

                    if (c == '"' || c == '\'' || c == '(')
                    {
                        break;
                    }

                    if (c == '\\' && _i + 1 < _css.Length && _css[_i + 1] != '\n')
                    {
                        _i++;
                        value.Append(Escape());
                        continue;
                    }

                    value.Append(c);
                    _i++;
                }

                // A bad url token: skip to its ')' like a browser, taking nothing.
                while (_i < _css.Length && _css[_i] != ')')
                {
                    _i++;
                }

                _i = Math.Min(_i + 1, _css.Length);
            }

            private string? String(char quote)
            {
                var value = new StringBuilder();
                _i++;
                while (_i < _css.Length)
                {
                    var c = _css[_i];
                    if (c == quote)
                    {
                        _i++;
                        return value.ToString();
                    }

                    if (c == '\n' || c == '\r' || c == '\f')
                    {
                        return null;
                    }

                    if (c == '\\')
                    {
                        if (_i + 1 < _css.Length && (_css[_i + 1] == '\n' || _css[_i + 1] == '\r' || _css[_i + 1] == '\f'))
                        {
                            _i += 2;
                            continue;
                        }

                        _i++;
                        value.Append(Escape());
                        continue;
                    }

                    value.Append(c);
                    _i++;
                }

                return value.ToString();
            }

            private string Name()
            {
                var name = new StringBuilder();
                while (_i < _css.Length)
                {
                    var c = _css[_i];
                    if (c == '\\' && _i + 1 < _css.Length && _css[_i + 1] != '\n')
                    {
                        _i++;
                        name.Append(Escape());
                    }
                    else if (IsNameChar(c))
                    {
                        name.Append(c);
                        _i++;
                    }
                    else
                    {
                        break;
                    }
                }

                return name.ToString();
            }

            // After a backslash: up to 6 hex digits and one whitespace, or the next character itself.
            private string Escape()
            {
                if (_i >= _css.Length)
                {
                    return "\uFFFD";
                }

                var digits = 0;
                var code = 0;
                while (digits < 6 && _i < _css.Length && Uri.IsHexDigit(_css[_i]))
                {
                    code = (code * 16) + Convert.ToInt32(_css[_i].ToString(), 16);
                    digits++;
                    _i++;
                }

                if (digits == 0)
                {
                    return _css[_i++].ToString();
                }

                if (_i < _css.Length && IsWhitespace(_css[_i]))
                {
                    _i++;
                }

                return code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(code);
            }

            private void Add(string value, int start)
            {
                var (line, column) = _positions.At(_offset + start);
                _into.Add(new Reference(value, ReferenceKind.Load, line, column));
            }

            private char Next(int ahead) => _i + ahead < _css.Length ? _css[_i + ahead] : '\0';

            private bool StartsIdent(int at)
            {
                if (at >= _css.Length)
                {
                    return false;
                }

                var c = _css[at];
                if (c == '-')
                {
                    return at + 1 < _css.Length && (IsNameStart(_css[at + 1]) || _css[at + 1] == '-' || _css[at + 1] == '\\');
                }

                return IsNameStart(c) || c == '\\';
            }

            private static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;

            private static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9') || c == '-';

            private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
    }
}
