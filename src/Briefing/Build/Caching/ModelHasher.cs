using System.Buffers;
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

    /// <summary>Bytes gathered before they go to the hash: one call per 64 KiB costs far less than one per value.</summary>
    private const int BufferSize = 64 * 1024;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    // Rented, not allocated: a hasher is made for every page, and a large site has a hundred thousand.
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;

    private enum Tag : byte
    {
        Null, Text, Html, Number, Boolean, List, Map, Record, End, Integer,
    }

    /// <summary>Adds <paramref name="value"/> to the hash; false when it cannot be hashed (a cycle), and the hash is then of no use.</summary>
    public bool Add(object? value) => Write(value, 0);

    /// <summary>Adds a string, as a value of its own.</summary>
    public void Add(string text) => WriteText(Tag.Text, text);

    /// <summary>The hash so far, in hex; the hasher starts again empty.</summary>
    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

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
                WriteTag(Tag.Boolean);
                WriteTag(flag ? Tag.End : Tag.Null);
                return true;
            case int number:
                WriteNumber(1, number);
                return true;
            case long number:
                WriteNumber(2, number);
                return true;
            case double number:
                WriteNumber(3, BitConverter.DoubleToInt64Bits(number));
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
        var shape = Shapes.GetOrAdd(value.GetType(), ShapeOf);

        // The type's name and its members' names, once: the values then follow in the members' order.
        Append(shape.Header);
        foreach (var read in shape.Readers)
        {
            if (!Write(read(value), depth + 1))
            {
                return false;
            }
        }

        WriteTag(Tag.End);
        return true;
    }

    private void WriteTag(Tag tag)
    {
        if (_length == _buffer.Length)
        {
            Flush();
        }

        _buffer[_length++] = (byte)tag;
    }

    private void WriteNumber(byte kind, long number)
    {
        Span<byte> bytes = stackalloc byte[10];
        bytes[0] = (byte)Tag.Integer;
        bytes[1] = kind;
        BitConverter.TryWriteBytes(bytes[2..], number);
        Append(bytes);
    }

    private void WriteText(Tag tag, string text)
    {
        Span<byte> head = stackalloc byte[9];
        head[0] = (byte)tag;
        BitConverter.TryWriteBytes(head[1..], (long)text.Length);
        Append(head);
        Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash.AppendData(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _length);
        _length = 0;
    }

    /// <summary>What the template engine can read of a type: its public instance properties and fields, in a fixed order.</summary>
    private static Shape ShapeOf(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Read: Compile(type, p)));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, Read: Compile(type, f)));
        var members = properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var header = string.Join("\0", [type.FullName ?? type.Name, .. members.Select(m => m.Name)]);
        byte[] bytes = [(byte)Tag.Record, .. BitConverter.GetBytes((long)header.Length), .. MemoryMarshal.AsBytes(header.AsSpan())];
        return new Shape(bytes, [.. members.Select(m => m.Read)]);
    }

    // A compiled getter is some twenty times faster than reflection's, and a large site reads millions.
    private static Func<object, object?> Compile(Type type, MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(object), "model");
        var read = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _hash.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>A type as the hash sees it: the bytes that name it and its members, and a reader for each member.</summary>
    private sealed record Shape(byte[] Header, Func<object, object?>[] Readers);
}
