using System.Globalization;
using System.Text;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Scaffolding;

/// <summary>
/// <c>briefing new source seeds/&lt;file&gt;.txt</c>: writes input/sources/&lt;id&gt;.yml for an article text, with its
/// headline as the title, today's date to correct, and the optional fields as commented-out hints.
/// </summary>
public static class SourceScaffold
{
    /// <summary>Writes the source; never overwrites a file.</summary>
    /// <param name="root">The briefing's root folder.</param>
    /// <param name="textPath">The article's text, relative to the root (<c>seeds/…</c>) or absolute inside seeds/.</param>
    /// <param name="id">The id to give it; null for a slug of the headline, made unique.</param>
    /// <param name="today">Today's date, written as the publication date for the editor to correct.</param>
    public static ScaffoldResult Write(string root, string textPath, string? id, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(textPath);
        if (id is not null && !Ids.IsValid(id))
        {
            return ScaffoldResult.Invalid("--id: " + Ids.Explain(id));
        }

        if (ExistingBriefing.Open(root, out var noBriefing) is not { } briefing)
        {
            return ScaffoldResult.Refuse(noBriefing!);
        }

        if (SeedText.Locate(briefing.Root, textPath, out var badPath) is not { } relative)
        {
            return ScaffoldResult.Refuse(badPath!);
        }

        if (SeedText.Read(briefing.Root, relative, out var unreadable) is not { } text)
        {
            return ScaffoldResult.Refuse(unreadable!);
        }

        if (briefing.Content.Sources.FirstOrDefault(s => s.TextPath == relative) is { } twin)
        {
            return ScaffoldResult.Refuse($"'{relative}' already has a source, input/sources/{twin.Id}.yml; edit that one");
        }

        var headline = new ArticleText(text, []).Headline;
        if (headline.Length == 0)
        {
            return ScaffoldResult.Refuse($"the first line of '{relative}' is blank, but it is the headline (the source's title); put the headline there");
        }

        bool Taken(string candidate) => File.Exists(briefing.FullPath($"input/sources/{candidate}.yml"))
            || briefing.Content.Sources.Any(s => s.Id == candidate);
        if (id is not null && Taken(id))
        {
            return ScaffoldResult.Refuse($"input/sources/{id}.yml already exists and is never overwritten; choose another --id");
        }

        var chosen = id ?? NextFreeId.Unique(HeadlineSlug.Of(headline, relative), Taken);
        var path = $"input/sources/{chosen}.yml";
        var problem = NewFile.Write(briefing.FullPath(path), path, Content(headline, relative, today));
        if (problem is not null)
        {
            return ScaffoldResult.Refuse(problem);
        }

        return ScaffoldResult.Wrote("source", chosen, path,
        [
            "next: correct 'published' (it is today's date), uncomment the fields the text supports, then run 'briefing validate' (or 'briefing preview')",
            $"until a claim cites it, 'briefing validate' warns BRF100 (no claim cites source '{chosen}'); add one: briefing new claim --source {chosen}",
        ]);
    }

    private static string Content(string title, string textPath, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("title: ").Append(YamlText.Scalar(title)).Append('\n');
        sb.Append("text: ").Append(YamlText.Scalar(textPath)).Append('\n');
        sb.Append("published: ").Append(date).Append("   # today's date: correct it to the article's publication date\n");
        sb.Append("""
            # Optional: uncomment (remove "# ") what the text supports; where a field is inferred, say so in notes.
            # publisher: Example News             # who published it
            # author: Jane Doe                    # who wrote it
            # url: https://example.org/article    # where it was published: http or https only
            # kind: news-report                   # news-report | official-statement | social-media | analysis | interview
            # reliability: F                      # Admiralty A-F: A completely reliable ... E unreliable, F cannot be judged (the default)
            # boilerplate:                        # exact lines of the text that are page furniture, one per item
            #   - Join Our Newsletter
            # notes: |                            # Markdown: where this metadata came from, what was inferred
            #   The publication date is inferred from the text ("on Oct. 16").

            """);
        return sb.ToString();
    }
}
