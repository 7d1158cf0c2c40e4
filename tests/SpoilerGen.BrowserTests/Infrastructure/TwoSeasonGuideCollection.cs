namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>The tests of the two-season guide: one build, one server, one browser, shared.</summary>
[CollectionDefinition(Name)]
public sealed class TwoSeasonGuideCollection : ICollectionFixture<TwoSeasonGuideFixture>
{
    public const string Name = "Two-season guide in a browser";
}
