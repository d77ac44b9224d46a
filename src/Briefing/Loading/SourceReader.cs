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
        var shortTitle = ShortTitle(f);
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
            ShortTitle = shortTitle,
            Archived = f.Url("archived"),
            TextLocation = f.LocationOf("text"),
            BoilerplateLocations = [.. boilerplate.Select(b => b.Location)],
        };
        return source;
    }

    /// <summary>The longest a short title may be: about what fits one line of a phone's card.</summary>
    public const int ShortTitleMaxLength = 60;

    /// <summary><c>short_title</c>: optional, plain text, at most <see cref="ShortTitleMaxLength"/> characters.</summary>
    private static string? ShortTitle(FieldReader f)
    {
        var shortTitle = f.Text("short_title");
        if (shortTitle is { Length: > ShortTitleMaxLength })
        {
            f.Diagnostics.Error(DiagnosticCodes.ShortTitleTooLong, f.LocationOf("short_title"),
                $"'short_title' is {shortTitle.Length} characters long; shorten it to at most {ShortTitleMaxLength} (it stands in for the title where space is short), or leave it out to have the title cut at a word");
            return null;
        }

        return shortTitle;
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
