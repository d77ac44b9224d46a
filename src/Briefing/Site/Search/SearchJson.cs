using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Briefing.Site.Search;

/// <summary>Writes the index files as compact JSON, byte for byte the same for the same input.</summary>
internal static class SearchJson
{
    /// <summary>
    /// Not indented. Letters of every script are written as they are rather than as \uXXXX, which would
    /// triple the size of non-Latin tokens; characters that matter in HTML (&lt; &gt; &amp; ' ") are
    /// still escaped, so a file shown by mistake as HTML stays inert.
    /// </summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A docs chunk: <c>[[kind,title,url,snippet(,grade code,grade words)],…]</c> in the order given.</summary>
    public static string Documents(IReadOnlyList<SearchDocument> documents) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var document in documents)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(document.Kind);
            writer.WriteStringValue(document.Title);
            writer.WriteStringValue(document.Url);
            writer.WriteStringValue(SearchSnippet.Make(document.Text));
            if (document.GradeCode.Length > 0)
            {
                writer.WriteStringValue(document.GradeCode);
                writer.WriteStringValue(document.GradeLabel);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    });

    /// <summary>
    /// idx/&lt;name&gt;.json: <c>{"token":[first,gap,gap,…],…}</c>, tokens sorted ordinally. Document
    /// numbers are delta-encoded: the first is the number itself, each next one the gap to the previous,
    /// so the numbers stay short however many documents there are.
    /// </summary>
    public static string Shard(SortedDictionary<string, List<int>> postings) => Write(writer =>
    {
        writer.WriteStartObject();
        foreach (var (token, numbers) in postings)
        {
            writer.WriteStartArray(token);
            var previous = 0;
            foreach (var number in numbers)
            {
                writer.WriteNumberValue(number - previous);
                previous = number;
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

    /// <summary>meta.json: <c>{"version":2,"docs":N,"chunk":C,"hash":"…","shards":["ab",…]}</c>.</summary>
    public static string Meta(int documents, int chunk, string hash, IEnumerable<string> shardNames) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", SearchIndexBuilder.FormatVersion);
        writer.WriteNumber("docs", documents);
        writer.WriteNumber("chunk", chunk);
        writer.WriteString("hash", hash);
        writer.WriteStartArray("shards");
        foreach (var name in shardNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
