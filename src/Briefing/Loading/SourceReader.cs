using Briefing.Dates;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Reads input/sources/&lt;id&gt;.yml (the article text itself is read when quotes are anchored).</summary>
internal static class SourceReader
{
    public static Source? Read(string id, YamlNode root, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(root, "source", Vocabulary.SourceKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var title = f.Text("title", required: true);
        var text = TextPath(f);
        var published = f.Date("published", required: true);
        var boilerplate = f.Texts("boilerplate");
        var source = new Source(
            id,
            title ?? id,
            text ?? "",
            published ?? Placeholders.Date,
            f.Text("publisher"),
            f.Text("author"),
            f.Url("url"),
            f.Choice("kind", Vocabulary.SourceKinds),
            f.Choice("reliability", Vocabulary.Reliabilities, GradeWords.ReliabilityHint) ?? Reliability.F,
            [.. boilerplate.Select(b => b.Value)],
            f.Markdown("notes"),
            f.Location)
        {
            Archived = f.Url("archived"),
            TextLocation = f.LocationOf("text"),
            BoilerplateLocations = [.. boilerplate.Select(b => b.Location)],
        };
        return source;
    }

    /// <summary>
    /// The text path must stay inside the briefing's seeds/ folder: a path is data from the content,
    /// and nothing in the content may make the generator read or write elsewhere.
    /// </summary>
    private static string? TextPath(FieldReader f)
    {
        var path = f.Text("text", required: true);
        if (path is null)
        {
            return null;
        }

        var normal = path.Replace('\\', '/');
        var segments = normal.Split('/');
        var ok = segments.Length >= 2 && segments[0] == "seeds" && !System.IO.Path.IsPathRooted(normal)
            && segments.All(s => s.Length > 0 && s != "." && s != "..");
        if (!ok)
        {
            f.Diagnostics.Error(DiagnosticCodes.TextPathInvalid, f.LocationOf("text"),
                $"'text' must be a path inside seeds/, relative to the briefing's root, e.g. seeds/article.txt; got '{path}'");
            return null;
        }

        return normal;
    }
}
