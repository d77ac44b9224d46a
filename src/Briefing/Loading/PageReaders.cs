using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Loading;

/// <summary>Reads input/topics/&lt;id&gt;.md and input/pages/&lt;id&gt;.md.</summary>
internal static class PageReaders
{
    public static Topic? ReadTopic(string id, string file, string text, DiagnosticBag diagnostics)
    {
        var doc = FrontMatterDocument.Parse(file, text, "topic", diagnostics);
        var f = doc is null ? null : FieldReader.Open(doc.Header, "topic", Vocabulary.TopicKeys, diagnostics);
        if (doc is null || f is null)
        {
            return null;
        }

        var title = f.Text("title", required: true);
        var summary = f.Text("summary");
        var order = f.Integer("order");
        LeftOvers.WarnIfTodo("the text of this topic", doc.Body, diagnostics);
        return new Topic(id, title ?? id, summary, order, doc.Body, SourceLocation.StartOf(file));
    }

    public static Page? ReadPage(string id, string file, string text, DiagnosticBag diagnostics)
    {
        var doc = FrontMatterDocument.Parse(file, text, "page", diagnostics);
        var f = doc is null ? null : FieldReader.Open(doc.Header, "page", Vocabulary.PageKeys, diagnostics);
        if (doc is null || f is null)
        {
            return null;
        }

        var title = f.Text("title", required: true);
        var summary = f.Text("summary");
        LeftOvers.WarnIfTodo("the text of this page", doc.Body, diagnostics);
        return new Page(id, title ?? id, summary, doc.Body, SourceLocation.StartOf(file));
    }
}
