using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>
/// Reads every file of a briefing into the typed model, reporting every problem of form
/// (syntax, keys, types, values). Cross-file checks come later, in the checking stage.
/// Items keep their load order: files in ordinal path order, items in the order written.
/// </summary>
public static class BriefingLoader
{
    /// <summary>Loads the briefing at <paramref name="root"/>, counting the files read in <paramref name="progress"/>.</summary>
    public static BriefingContent Load(string root, DiagnosticBag diagnostics, Build.BuildProgress? progress = null)
    {
        var files = InputLayout.Enumerate(root, diagnostics);
        progress?.Begin("load", files.Count, "files");
        var site = files.Contains(SiteReader.Path)
            ? SiteReader.Read(ReadYaml(root, SiteReader.Path, diagnostics), diagnostics)
            : MissingSite(diagnostics);
        var sources = new List<Source>();
        var claims = new List<Claim>();
        var topics = new List<Topic>();
        var pages = new List<Page>();
        var events = new List<ChronologyEvent>();
        var entities = new List<Entity>();
        var measures = new List<Measure>();
        var incomplete = new HashSet<string>(StringComparer.Ordinal);
        var unread = new UnreadContent();

        foreach (var file in files)
        {
            progress?.Advance();
            switch (InputLayout.Classify(file))
            {
                case InputFileKind.Source:
                    AddIfValidId(file, diagnostics, id => ReadYaml(root, file, diagnostics) is { } node ? SourceReader.Read(id, node, diagnostics) : null, sources, "source:", incomplete, unread);
                    break;
                case InputFileKind.Claims:
                    claims.AddRange(ReadList(root, file, "claims", "claim:", unread, diagnostics, ClaimReader.Read, c => "claim:" + c.Id, incomplete));
                    break;
                case InputFileKind.Events:
                    events.AddRange(ReadList(root, file, "events", "event:", unread, diagnostics, ListItemReaders.ReadEvent, e => "event:" + e.Id, incomplete));
                    break;
                case InputFileKind.Entities:
                    entities.AddRange(ReadList(root, file, "entities", "entity:", unread, diagnostics, ListItemReaders.ReadEntity, e => "entity:" + e.Id, incomplete));
                    break;
                case InputFileKind.Measures:
                    measures.AddRange(ReadList(root, file, "measures", "measure:", unread, diagnostics, ListItemReaders.ReadMeasure, m => "measure:" + m.Id, incomplete));
                    break;
                case InputFileKind.Topic:
                    AddIfValidId(file, diagnostics, id => ReadMarkdown(root, file, diagnostics) is { } t ? PageReaders.ReadTopic(id, file, t, diagnostics) : null, topics, "topic:", incomplete, unread);
                    break;
                case InputFileKind.Page:
                    AddIfValidId(file, diagnostics, id => ReadMarkdown(root, file, diagnostics) is { } t ? PageReaders.ReadPage(id, file, t, diagnostics) : null, pages, "page:", incomplete, unread);
                    break;
                case InputFileKind.Unexpected:
                    diagnostics.Error(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf(file), InputLayout.AdviceFor(file));
                    break;
            }
        }

        progress?.End();
        return new BriefingContent(site, sources, claims, topics, pages, events, entities, measures) { Incomplete = incomplete, Unread = unread };
    }

    private static SiteInfo MissingSite(DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(SiteReader.Path),
            "input/site.yml is missing: every briefing needs one (with at least title and base_url); is --root the briefing's folder?");
        return SiteReader.Placeholder;
    }

    private static void AddIfValidId<T>(
        string file, DiagnosticBag diagnostics, Func<string, T?> read, List<T> into, string kind, HashSet<string> incomplete, UnreadContent unread)
        where T : class
    {
        var id = InputLayout.IdOf(file);
        if (!Ids.IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, SourceLocation.StartOf(file), $"the file name gives the id: {Ids.Explain(id)}");
            return;
        }

        var before = diagnostics.ErrorCount;
        if (read(id) is { } item)
        {
            into.Add(item);
            if (diagnostics.ErrorCount > before)
            {
                incomplete.Add(kind + id);
            }
        }
        else
        {
            // The file names the id even when its content cannot be read: references to it are not the problem.
            unread.Add(kind + id);
        }
    }

    private static List<T> ReadList<T>(
        string root, string file, string what, string kind, UnreadContent unread, DiagnosticBag diagnostics,
        Func<YamlNode, DiagnosticBag, T?> read, Func<T, string> key, HashSet<string> incomplete)
        where T : class
    {
        var node = ReadYaml(root, file, diagnostics, out var text);
        if (node is null && text is not null && text.Trim().Length == 0)
        {
            return [];
        }

        if (node is not YamlSequence list)
        {
            if (node is not null)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, node.Location,
                    $"this file must be a list of {what}, each item starting with '- ', not {node.KindName}");
            }

            // Whatever the file meant to define is unknown, but its id lines still say which ids it holds.
            unread.AddFile(text is null ? [] : BrokenFileIds.In(text).Select(id => kind + id));
            return [];
        }

        var items = new List<T>();
        foreach (var itemNode in list.Items)
        {
            var before = diagnostics.ErrorCount;
            if (read(itemNode, diagnostics) is { } item)
            {
                items.Add(item);
                if (diagnostics.ErrorCount > before)
                {
                    incomplete.Add(key(item));
                }
            }
        }

        return items;
    }

    private static string? ReadMarkdown(string root, string file, DiagnosticBag diagnostics) =>
        ContentFileReader.Read(root, file, ContentFileReader.MaxContentBytes, diagnostics);

    private static YamlNode? ReadYaml(string root, string file, DiagnosticBag diagnostics) => ReadYaml(root, file, diagnostics, out _);

    private static YamlNode? ReadYaml(string root, string file, DiagnosticBag diagnostics, out string? text)
    {
        text = ContentFileReader.Read(root, file, ContentFileReader.MaxContentBytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        var before = diagnostics.Count;
        var node = YamlTreeBuilder.Build(file, text, diagnostics);
        if (node is null && diagnostics.Count == before)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(file), "the file is empty; write its content (or, for an optional file, delete it)");
        }

        return node;
    }
}
