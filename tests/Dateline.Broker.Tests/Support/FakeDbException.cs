namespace Dateline.Broker.Tests.Support;

/// <summary>A database error with a given SQLSTATE, as drivers report them.</summary>
internal sealed class FakeDbException(string state) : System.Data.Common.DbException("database error " + state)
{
    public override string SqlState => state;
}
