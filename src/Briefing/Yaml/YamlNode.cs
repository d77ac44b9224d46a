using Briefing.Diagnostics;

namespace Briefing.Yaml;

/// <summary>A node of a YAML file, with the place the editor wrote it.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    /// <summary>How the node is named in messages ("a list", "a mapping", "a text").</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar as written. <see cref="IsPlain"/> distinguishes <c>11000</c> from <c>"11000"</c>.</summary>
public sealed record YamlScalar(string Value, bool IsPlain, bool IsBlock, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>How the scalar was written (plain, quoted, literal or folded block).</summary>
    public YamlDotNet.Core.ScalarStyle Style { get; init; }

    /// <summary>Where the scalar ends.</summary>
    public SourceLocation End { get; init; }

    /// <summary>The lines of the file it stands in, to map positions inside the value back to the file.</summary>
    public IReadOnlyList<string> FileLines { get; init; } = [];

    /// <summary>How many lines of the file stand before <see cref="FileLines"/> (front matter starts on line 2).</summary>
    public int FileLineOffset { get; init; }

    /// <inheritdoc />
    public override string KindName => "a single value";

    /// <summary>
    /// YAML's null: an empty plain scalar (<c>notes:</c>) or <c>~</c>/<c>null</c>.
    /// A quoted empty string is a value, not null.
    /// </summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A YAML sequence (a list).</summary>
public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location)
{
    /// <inheritdoc />
    public override string KindName => "a list";
}

/// <summary>A YAML mapping, keys in the order written, duplicates already reported and dropped.</summary>
public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlNode(Location)
{
    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The entry with this key, if any.</summary>
    public YamlEntry? Find(string key)
    {
        foreach (var e in Entries)
        {
            if (e.Key.Value == key)
            {
                return e;
            }
        }

        return null;
    }
}

/// <summary>One key and its value.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
