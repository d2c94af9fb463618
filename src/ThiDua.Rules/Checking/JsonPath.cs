using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// The JSON path of a dossier value (e.g. <c>$.periods[0].leaves[1].kind</c>), kept as its parts and written out
    /// only when a problem is reported: validation runs on every check, and nearly every dossier is valid.
    /// </summary>
    internal readonly struct JsonPath
    {
        private readonly string? _list;
        private readonly int _index;
        private readonly string? _childList;
        private readonly int _childIndex;
        private readonly string? _field;

        private JsonPath(string? list, int index, string? childList, int childIndex, string? field)
        {
            _list = list;
            _index = index;
            _childList = childList;
            _childIndex = childIndex;
            _field = field;
        }

        /// <summary>A top-level member, e.g. <c>$.recruitmentDate</c>.</summary>
        public static JsonPath Root(string field) => new JsonPath(null, -1, null, -1, field);

        /// <summary>An entry of a top-level list, e.g. <c>$.periods[2]</c>.</summary>
        public static JsonPath Item(string list, int index) => new JsonPath(list, index, null, -1, null);

        /// <summary>An entry of a list inside this entry, e.g. <c>$.periods[2].leaves[0]</c>.</summary>
        public JsonPath Child(string list, int index) => new JsonPath(_list, _index, list, index, null);

        /// <summary>A member of this entry, e.g. <c>$.periods[2].monthsWorked</c>; may itself be dotted.</summary>
        public JsonPath Field(string name) => new JsonPath(_list, _index, _childList, _childIndex, name);

        public override string ToString()
        {
            var text = new StringBuilder("$");
            if (_list != null)
            {
                text.Append('.').Append(_list).Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }

            if (_childList != null)
            {
                text.Append('.').Append(_childList).Append('[').Append(_childIndex.ToString(CultureInfo.InvariantCulture)).Append(']');
            }

            if (_field != null)
            {
                text.Append('.').Append(_field);
            }

            return text.ToString();
        }
    }
}
