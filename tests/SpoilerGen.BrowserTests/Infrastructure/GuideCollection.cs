namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>The one test collection: its tests share a <see cref="GuideFixture"/> (one build, one server, one browser) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class GuideCollection : ICollectionFixture<GuideFixture>
{
    public const string Name = "Example guide in a browser";
}
