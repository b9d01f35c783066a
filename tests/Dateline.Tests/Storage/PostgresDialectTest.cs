using Dateline.Storage;
using Npgsql;

namespace Dateline.Tests.Storage;

public sealed class PostgresDialectTest
{
    private static NpgsqlConnectionStringBuilder Settings(string connectionString) => new(PostgresDialect.Settings(connectionString));

    [Theory]
    [InlineData("Host=127.0.0.1;Database=news")]
    [InlineData("Host=localhost;Database=news")]
    [InlineData("Host=::1;Database=news")]
    public void AServerOnTheLoopbackInterfaceIsReachedWithoutTls(string connectionString) =>
        Assert.Equal(SslMode.Disable, Settings(connectionString).SslMode);

    [Fact]
    public void ARemoteServerKeepsNpgsqlsDefaultSslMode() =>
        Assert.Equal(new NpgsqlConnectionStringBuilder().SslMode, Settings("Host=db.example.org;Database=news").SslMode);

    [Theory]
    [InlineData("Host=127.0.0.1;SSL Mode=Require;Trust Server Certificate=true", SslMode.Require)]
    [InlineData("Host=localhost;sslmode=VerifyFull", SslMode.VerifyFull)]
    public void AnSslModeGivenInTheConnectionStringIsKept(string connectionString, SslMode expected) =>
        Assert.Equal(expected, Settings(connectionString).SslMode);

    [Fact]
    public void StatementsAreAutoPreparedUnlessTheConnectionStringSaysOtherwise()
    {
        Assert.Equal(64, Settings("Host=db.example.org").MaxAutoPrepare);
        Assert.Equal(8, Settings("Host=db.example.org;Max Auto Prepare=8").MaxAutoPrepare);
    }
}
