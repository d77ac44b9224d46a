using Briefing.Build.Caching;
using Briefing.Diagnostics;
using Briefing.Site.Html;
using Briefing.Site.Theme;
using Briefing.Site.Theme.Files;
using Briefing.Tests.Support;

namespace Briefing.Tests.Build;

/// <summary>
/// A render key changes with everything a page is made from and with nothing else: the model's every
/// value, the page's own template and the partials it includes, but not a template it does not use.
/// </summary>
public sealed class RenderKeyTests : IDisposable
{
    private readonly TempFolder _theme = TempFolder.Create();

    private sealed record Item(string Text, int Count, double Share, bool Flag, HtmlString Html);

    private sealed record Model(string Title, IReadOnlyList<Item> Items, IReadOnlyDictionary<string, string?> Notes, object? Extra);

    private sealed class Node
    {
        public Node? Next { get; set; }
    }

    private static Model Sample() => new("Title", [new Item("a", 1, 0.5, true, new HtmlString("<b>x</b>"))], new Dictionary<string, string?> { ["k"] = "v" }, null);

    [Fact]
    public void EqualModelsHashAlikeAndEachValueChangesTheHash()
    {
        var sample = Sample();
        var item = sample.Items[0];
        var variants = new object?[]
        {
            sample with { Title = "Title " },
            sample with { Items = [item with { Text = "b" }] },
            sample with { Items = [item with { Count = 2 }] },
            sample with { Items = [item with { Share = 0.25 }] },
            sample with { Items = [item with { Flag = false }] },
            sample with { Items = [item with { Html = new HtmlString("<i>x</i>") }] },
            sample with { Items = [item, item] },
            sample with { Items = [] },
            sample with { Notes = new Dictionary<string, string?> { ["k"] = null } },
            sample with { Notes = new Dictionary<string, string?> { ["k"] = "" } },
            sample with { Extra = 1 },
            sample with { Extra = 1.0 },
            sample with { Extra = "1" },
        };

        var hashes = variants.Select(Hash).Prepend(Hash(sample)).ToList();
        Assert.Equal(Hash(Sample()), hashes[0]);
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void StringsThatRunTogetherDoNotHashAlike()
    {
        Assert.NotEqual(Hash(new List<string> { "ab", "c" }), Hash(new List<string> { "a", "bc" }));
        Assert.NotEqual(Hash(new List<string> { "abc" }), Hash(new List<string> { "a", "b", "c" }));
    }

    [Fact]
    public void AModelThatLoopsBackOnItselfHasNoKey()
    {
        var node = new Node();
        node.Next = node;
        using var hasher = new ModelHasher();
        Assert.False(hasher.Add(node));
    }

    [Fact]
    public void ATemplatesHashFollowsItsPartialsAndNothingElse()
    {
        Write("templates/claim.sbn", "{{ include 'partials/a' }} claim");
        Write("templates/partials/a.sbn", "{{ include \"partials/b\" }} a");
        Write("templates/partials/b.sbn", "b");
        Write("templates/partials/c.sbn", "c");
        Write("templates/source.sbn", "source");
        var before = Hashes();

        Write("templates/partials/c.sbn", "c, edited");
        Assert.Equal(before, Hashes());

        Write("templates/partials/b.sbn", "b, edited");
        var after = Hashes();
        Assert.NotEqual(before.Claim, after.Claim);
        Assert.Equal(before.Source, after.Source);
    }

    [Fact]
    public void ATemplateThatIncludesAComputedNameDependsOnEveryTemplate()
    {
        Write("templates/claim.sbn", "{{ include page.partial }}");
        Write("templates/partials/c.sbn", "c");
        Write("templates/source.sbn", "source");
        var before = Hashes();

        Write("templates/partials/c.sbn", "c, edited");
        Assert.NotEqual(before.Claim, Hashes().Claim);
    }

    private (string Claim, string Source) Hashes()
    {
        var diagnostics = new DiagnosticBag();
        var options = new Briefing.Build.BuildOptions(_theme.Path, Path.Combine(_theme.Path, "out"), _theme.Path);
        var templates = ThemeTemplates.Load(ThemeFiles.Resolve(Briefing.Safety.ThemeFolder.Of(options), diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return (templates.DependencyHash("claim"), templates.DependencyHash("source"));
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_theme.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Hash(object? model)
    {
        using var hasher = new ModelHasher();
        Assert.True(hasher.Add(model));
        return hasher.Finish();
    }

    public void Dispose() => _theme.Dispose();
}
