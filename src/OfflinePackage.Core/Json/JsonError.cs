using System.Collections.Generic;
using System.Globalization;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Json
{
    /// <summary>Why a text is not JSON, and where: the offset and 1-based line and column of the offending character.</summary>
    public sealed class JsonError
    {
        /// <param name="messageKey">The message's text in Resources/Strings.resx: a <c>JsonError_</c> key, never the text itself.</param>
        /// <param name="offset">0-based index of the offending character.</param>
        /// <param name="line">1-based line of the offending character.</param>
        /// <param name="column">1-based column of the offending character.</param>
        /// <param name="messageArguments">The values filled into the text's placeholders {0}, {1}...</param>
        public JsonError(string messageKey, int offset, int line, int column, params object?[] messageArguments)
        {
            MessageKey = messageKey;
            MessageArguments = messageArguments;
            Message = Strings.Format(messageKey, messageArguments);
            Offset = offset;
            Line = line;
            Column = column;
        }

        /// <summary>The key of <see cref="Message"/>'s text in Resources/Strings.resx (<c>JsonError_...</c>).</summary>
        public string MessageKey { get; }

        /// <summary>The values filled into <see cref="MessageKey"/>'s text.</summary>
        public IReadOnlyList<object?> MessageArguments { get; }

        /// <summary>
        /// What is wrong, e.g. "unexpected '1': expected ',' or '}' in an object": <see cref="MessageKey"/>'s text filled
        /// with <see cref="MessageArguments"/> (it fills the messages of OPK6008 and OPK6028).
        /// </summary>
        public string Message { get; }

        /// <summary>0-based index (UTF-16 code units) of the offending character; the text's length at end of input.</summary>
        public int Offset { get; }

        public int Line { get; }

        /// <summary>1-based column in UTF-16 code units.</summary>
        public int Column { get; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1}): {2}", Line, Column, Message);
    }

    /// <summary>The outcome of <see cref="JsonText.Parse"/>: a value or an error, never both.</summary>
    public sealed class JsonParseResult
    {
        internal JsonParseResult(JsonItem? value, JsonError? error)
        {
            Value = value;
            Error = error;
        }

        public JsonItem? Value { get; }

        public JsonError? Error { get; }

        public bool Success => Error == null;
    }
}
