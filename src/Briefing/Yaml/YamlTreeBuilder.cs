using Briefing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event stream without recursion,
/// so that hostile input (deep nesting, alias bombs) is refused with a located error
/// instead of overflowing the stack or expanding exponentially.
/// </summary>
internal sealed class YamlTreeBuilder
{
    /// <summary>No briefing file needs more; claims go five levels deep.</summary>
    public const int MaxDepth = 32;

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Stack<Frame> _open = new();
    private YamlNode? _root;
    private string[] _lines = [];
    private int _documents;

    private readonly int _lineOffset;

    private YamlTreeBuilder(string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Parses <paramref name="text"/>; returns null (after reporting) when it is not usable, or when it is empty.
    /// <paramref name="lineOffset"/> is added to every line, for YAML that starts inside a file (front matter).
    /// </summary>
    public static YamlNode? Build(string file, string text, DiagnosticBag diagnostics, int lineOffset = 0) =>
        new YamlTreeBuilder(file, lineOffset, diagnostics).Run(text);

    private YamlNode? Run(string text)
    {
        _lines = text.Split('\n');
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (!Accept(parser.Current!))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            var mistake = YamlMistakes.Explain(_lines, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), YamlErrorMessage.ParserWords(ex));
            if (mistake is not null)
            {
                Report(mistake);
            }
            else
            {
                var at = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabAfter(ex.Start) ?? At(ex.Start) : At(ex.Start);
                _diagnostics.Error(DiagnosticCodes.YamlSyntax, at, YamlErrorMessage.From(ex));
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner has thrown these on malformed flow collections instead of a YamlException:
            // point at the innermost collection still open, which is where such input goes wrong.
            var at = _open.Count > 0 ? _open.Peek().Location : new SourceLocation(_file, 1 + _lineOffset, 1);
            var mistake = YamlMistakes.Explain(_lines, at.Line - _lineOffset, at.Column, null);
            if (mistake is not null)
            {
                Report(mistake);
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.YamlSyntax, at, "YAML syntax: this list or mapping is not closed properly; check its brackets, braces and quotes");
            }

            return null;
        }

        return _root;
    }

    private void Report(YamlMistake mistake) =>
        _diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(_file, mistake.Line + _lineOffset, mistake.Column), "YAML syntax: " + mistake.Message);

    private bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart ds when !ds.IsImplicit || _documents > 0:
                if (++_documents > 1)
                {
                    return Fail(DiagnosticCodes.YamlSyntax, e, "a file holds one YAML document; remove the second '---' or split the file");
                }

                return true;
            case DocumentStart:
                _documents++;
                return true;
            case AnchorAlias:
                return Fail(DiagnosticCodes.AliasNotSupported, e, "YAML aliases (*name) are not supported in briefing files; write the value out in full");
            case NodeEvent { Anchor.IsEmpty: false }:
                return Fail(DiagnosticCodes.AliasNotSupported, e, "YAML anchors (&name) are not supported in briefing files; write each value out in full");
            case Scalar s:
                return Complete(new YamlScalar(s.Value, s.Style == ScalarStyle.Plain, s.Style is ScalarStyle.Literal or ScalarStyle.Folded, At(s.Start))
                {
                    Style = s.Style,
                    End = At(s.End),
                    FileLines = _lines,
                    FileLineOffset = _lineOffset,
                });
            case SequenceStart or MappingStart:
                return Open(e);
            case SequenceEnd or MappingEnd:
                return Complete(_open.Pop().Close());
            default:
                return true;
        }
    }

    private bool Open(ParsingEvent e)
    {
        if (_open.Count >= MaxDepth)
        {
            return Fail(DiagnosticCodes.NestingTooDeep, e, $"the YAML is nested more than {MaxDepth} levels deep; no briefing file needs that many");
        }

        _open.Push(new Frame(e is MappingStart, At(e.Start), _diagnostics));
        return true;
    }

    private bool Complete(YamlNode node)
    {
        if (_open.Count == 0)
        {
            _root = node;
        }
        else
        {
            _open.Peek().Add(node);
        }

        return true;
    }

    private bool Fail(string code, ParsingEvent e, string message)
    {
        _diagnostics.Error(code, At(e.Start), message);
        return false;
    }

    // YamlDotNet reports a tab in indentation at the value before it; the editor needs the tab itself.
    private SourceLocation? TabAfter(Mark mark)
    {
        for (var i = (int)Math.Max(0, mark.Line - 1); i < _lines.Length; i++)
        {
            var indent = _lines[i].Length - _lines[i].TrimStart(' ', '\t').Length;
            var tab = _lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return new SourceLocation(_file, i + 1 + _lineOffset, tab + 1);
            }
        }

        return null;
    }

    private SourceLocation At(Mark mark) => new(_file, (int)Math.Max(1, mark.Line) + _lineOffset, (int)Math.Max(1, mark.Column));

    /// <summary>A collection being read: its items, or alternating keys and values.</summary>
    private sealed class Frame(bool isMapping, SourceLocation location, DiagnosticBag diagnostics)
    {
        private readonly List<YamlNode> _items = [];

        public SourceLocation Location => location;

        public void Add(YamlNode node) => _items.Add(node);

        public YamlNode Close() => isMapping ? CloseMapping() : new YamlSequence(_items, location);

        private YamlMapping CloseMapping()
        {
            var entries = new List<YamlEntry>(_items.Count / 2);
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < _items.Count; i += 2)
            {
                if (_items[i] is not YamlScalar key)
                {
                    diagnostics.Error(DiagnosticCodes.WrongType, _items[i].Location, "a key must be a single word, not " + _items[i].KindName);
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, key.Location,
                        $"'{key.Value}' is given twice in this mapping (first at line {first.Line}); keep one");
                    continue;
                }

                seen[key.Value] = key.Location;
                entries.Add(new YamlEntry(key, _items[i + 1]));
            }

            return new YamlMapping(entries, location);
        }
    }
}
