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
    /// <summary>Loads the briefing at <paramref name="root"/>.</summary>
    public static BriefingContent Load(string root, DiagnosticBag diagnostics)
    {
        var files = InputLayout.Enumerate(root);
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

        foreach (var file in files)
        {
            switch (InputLayout.Classify(file))
            {
                case InputFileKind.Source:
                    AddIfValidId(file, diagnostics, id => ReadYaml(root, file, diagnostics) is { } node ? SourceReader.Read(id, node, diagnostics) : null, sources);
                    break;
                case InputFileKind.Claims:
                    claims.AddRange(ReadList(root, file, "claims", diagnostics, ClaimReader.Read));
                    break;
                case InputFileKind.Events:
                    events.AddRange(ReadList(root, file, "events", diagnostics, ListItemReaders.ReadEvent));
                    break;
                case InputFileKind.Entities:
                    entities.AddRange(ReadList(root, file, "entities", diagnostics, ListItemReaders.ReadEntity));
                    break;
                case InputFileKind.Measures:
                    measures.AddRange(ReadList(root, file, "measures", diagnostics, ListItemReaders.ReadMeasure));
                    break;
                case InputFileKind.Topic:
                    AddIfValidId(file, diagnostics, id => ReadMarkdown(root, file, diagnostics) is { } t ? PageReaders.ReadTopic(id, file, t, diagnostics) : null, topics);
                    break;
                case InputFileKind.Page:
                    AddIfValidId(file, diagnostics, id => ReadMarkdown(root, file, diagnostics) is { } t ? PageReaders.ReadPage(id, file, t, diagnostics) : null, pages);
                    break;
                case InputFileKind.Unexpected:
                    diagnostics.Error(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf(file), InputLayout.AdviceFor(file));
                    break;
            }
        }

        return new BriefingContent(site, sources, claims, topics, pages, events, entities, measures);
    }

    private static SiteInfo MissingSite(DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(SiteReader.Path),
            "input/site.yml is missing: every briefing needs one (with at least title and base_url); is --root the briefing's folder?");
        return SiteReader.Placeholder;
    }

    private static void AddIfValidId<T>(string file, DiagnosticBag diagnostics, Func<string, T?> read, List<T> into)
        where T : class
    {
        var id = InputLayout.IdOf(file);
        if (!Ids.IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, SourceLocation.StartOf(file), $"the file name gives the id: {Ids.Explain(id)}");
            return;
        }

        if (read(id) is { } item)
        {
            into.Add(item);
        }
    }

    private static IEnumerable<T> ReadList<T>(string root, string file, string what, DiagnosticBag diagnostics, Func<YamlNode, DiagnosticBag, T?> read)
        where T : class
    {
        var node = ReadYaml(root, file, diagnostics);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequence list)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Location,
                $"this file must be a list of {what}, each item starting with '- ', not {node.KindName}");
            return [];
        }

        return [.. list.Items.Select(item => read(item, diagnostics)).OfType<T>()];
    }

    private static string? ReadMarkdown(string root, string file, DiagnosticBag diagnostics) =>
        ContentFileReader.Read(root, file, ContentFileReader.MaxContentBytes, diagnostics);

    private static YamlNode? ReadYaml(string root, string file, DiagnosticBag diagnostics)
    {
        var text = ContentFileReader.Read(root, file, ContentFileReader.MaxContentBytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        var before = diagnostics.Count;
        var node = YamlTreeBuilder.Build(file, text, diagnostics);
        if (node is null && diagnostics.Count == before)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(file), "the file is empty; write its content or delete it");
        }

        return node;
    }
}
