using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>The seed briefing built twice, once at a host's root and once under a base path, shared by the site tests.</summary>
public sealed class SeedSites : IDisposable
{
    public BuiltSite AtRoot { get; } = new(RepoPaths.Root);

    public BuiltSite UnderPath { get; } = new(RepoPaths.Root, "https://host.example/briefing/");

    public IEnumerable<BuiltSite> Both => [AtRoot, UnderPath];

    public void Dispose()
    {
        AtRoot.Dispose();
        UnderPath.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeedSitesGroup : ICollectionFixture<SeedSites>
{
    public const string Name = "seed sites";
}
