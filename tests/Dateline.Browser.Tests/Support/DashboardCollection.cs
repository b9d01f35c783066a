namespace Dateline.Browser.Tests.Support;

/// <summary>The browser tests share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
