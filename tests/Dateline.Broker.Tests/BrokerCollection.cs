namespace Dateline.Broker.Tests;

/// <summary>The tests that use the test broker and database run one at a time: some of them restart the services.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker and database";

    /// <summary>
    /// The trait category of these tests: test.sh runs them after the rest of the suite, alone, because they stop
    /// and start the PostgreSQL cluster the store tests of other projects use.
    /// </summary>
    public const string Category = "Services";
}
