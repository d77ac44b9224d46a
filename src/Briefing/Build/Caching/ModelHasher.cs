using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Briefing.Site.Html;

namespace Briefing.Build.Caching;

/// <summary>
/// A hash of everything a template can read from a view model: every public property and field,
/// followed by its runtime type, through lists and dictionaries. Two models with the same hash render
/// the same page with the same template, which is what lets a build keep a page it made before.
/// Strings are hashed with their length, so no two different models write the same byte stream.
/// </summary>
internal sealed class ModelHasher : IDisposable
{
    /// <summary>Deeper than any view model goes: a graph this deep is taken to be a cycle, and not cached.</summary>
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _scratch = new byte[9];

    private enum Tag : byte
    {
        Null, Text, Html, Number, Boolean, List, Map, Record, End,
    }

    /// <summary>Adds <paramref name="value"/> to the hash; false when it cannot be hashed (a cycle), and the hash is then of no use.</summary>
    public bool Add(object? value) => Write(value, 0);

    /// <summary>Adds a string, as a value of its own.</summary>
    public void Add(string text) => WriteText(Tag.Text, text);

    /// <summary>The hash so far, in hex; the hasher starts again empty.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    private bool Write(object? value, int depth)
    {
        switch (value)
        {
            case null:
                WriteTag(Tag.Null);
                return true;
            case string text:
                WriteText(Tag.Text, text);
                return true;
            case HtmlString html:
                WriteText(Tag.Html, html.Value);
                return true;
            case bool flag:
                WriteText(Tag.Boolean, flag ? "true" : "false");
                return true;
            case Enum or IFormattable:
                // Numbers, dates and enums, as the invariant culture writes them (which round-trips doubles).
                WriteText(Tag.Number, value.GetType().Name + ":" + ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return true;
        }

        if (depth >= MaxDepth)
        {
            return false;
        }

        return value switch
        {
            IDictionary map => WriteMap(map, depth),
            IEnumerable items => WriteList(items, depth),
            _ => WriteRecord(value, depth),
        };
    }

    private bool WriteMap(IDictionary map, int depth)
    {
        WriteTag(Tag.Map);
        foreach (DictionaryEntry entry in map)
        {
            if (!Write(entry.Key, depth + 1) || !Write(entry.Value, depth + 1))
            {
                return false;
            }
        }

        WriteTag(Tag.End);
        return true;
    }

    private bool WriteList(IEnumerable items, int depth)
    {
        WriteTag(Tag.List);
        foreach (var item in items)
        {
            if (!Write(item, depth + 1))
            {
                return false;
            }
        }

        WriteTag(Tag.End);
        return true;
    }

    private bool WriteRecord(object value, int depth)
    {
        var type = value.GetType();
        WriteText(Tag.Record, type.FullName ?? type.Name);
        foreach (var member in Members.GetOrAdd(type, MembersOf))
        {
            WriteText(Tag.Text, member.Name);
            if (!Write(member.Read(value), depth + 1))
            {
                return false;
            }
        }

        WriteTag(Tag.End);
        return true;
    }

    private void WriteTag(Tag tag)
    {
        _scratch[0] = (byte)tag;
        _hash.AppendData(_scratch, 0, 1);
    }

    private void WriteText(Tag tag, string text)
    {
        _scratch[0] = (byte)tag;
        BitConverter.TryWriteBytes(_scratch.AsSpan(1), (long)text.Length);
        _hash.AppendData(_scratch);
        _hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>What the template engine can read of a type: its public instance properties and fields, in a fixed order.</summary>
    private static Member[] MembersOf(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new Member(p.Name, Compile(type, p)));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => new Member(f.Name, Compile(type, f)));
        return [.. properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    // A compiled getter is some twenty times faster than reflection's, and a large site reads millions.
    private static Func<object, object?> Compile(Type type, MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(object), "model");
        var read = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();

    private sealed record Member(string Name, Func<object, object?> Read);
}
