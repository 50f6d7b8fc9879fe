using System.Collections.Generic;

namespace OfflinePackage.References
{
    /// <summary>Turns character offsets of a text into 1-based lines and columns.</summary>
    internal sealed class TextPositions
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public TextPositions(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                // \r\n, \r and \n each end a line, as in HTML and CSS.
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) At(int offset)
        {
            var index = _lineStarts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, offset - _lineStarts[line] + 1);
        }
    }
}
