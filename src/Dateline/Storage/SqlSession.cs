using System.Data.Common;

namespace Dateline.Storage;

/// <summary>
/// Runs parameterized SQL on one connection (and transaction, when one is open), keeping one prepared
/// command per SQL text so that a batch re-binds values instead of re-parsing statements.
/// </summary>
internal sealed class SqlSession(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;

    public DbConnection Connection => connection;

    public DbTransaction Begin()
    {
        _transaction = connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
        return _transaction;
    }

    public void EndTransaction()
    {
        _transaction?.Dispose();
        _transaction = null;
        foreach (var command in _commands.Values) command.Transaction = null;
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Command(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var value = Command(sql, parameters).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public DbDataReader Query(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Command(sql, parameters).ExecuteReader();

    /// <summary>Runs a script of several statements with no parameters (migrations).</summary>
    public void ExecuteScript(string script)
    {
        using var command = connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = script;
        command.ExecuteNonQuery();
    }

    private DbCommand Command(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = _transaction;
            _commands.Add(sql, command);
        }
        Bind(command, parameters);
        return command;
    }

    private static void Bind(DbCommand command, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (command.Parameters.Count != parameters.Length)
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = command.Parameters[i];
            if (p.ParameterName != parameters[i].Name) p.ParameterName = parameters[i].Name;
            p.Value = parameters[i].Value ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        _transaction?.Dispose();
    }
}
