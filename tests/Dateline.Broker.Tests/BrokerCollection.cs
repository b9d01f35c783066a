namespace Dateline.Broker.Tests;

/// <summary>The tests that use the test broker and database run one at a time: some of them restart the services.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker and database";
}
