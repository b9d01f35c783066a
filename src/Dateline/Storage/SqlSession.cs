using System.Data.Common;

namespace Dateline.Storage;

/// <summary>
/// Runs parameterized SQL on one connection (and transaction, when one is open), keeping one prepared
/// command per SQL text so that a batch re-binds values instead of re-parsing statements.
/// </summary>
internal sealed class SqlSession(DbConnection connection) : IDisposable
{
    private const int MaxDeferred = 1000;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;
    private DbBatch? _deferred;

    public DbConnection Connection => connection;

    public DbTransaction Begin()
    {
        _transaction = connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
        return _transaction;
    }

    public void EndTransaction()
    {
        _deferred?.Dispose();
        _deferred = null;
        _transaction?.Dispose();
        _transaction = null;
        foreach (var command in _commands.Values) command.Transaction = null;
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Command(sql, parameters).ExecuteNonQuery();

    /// <summary>
    /// Queues a statement whose result nobody reads, to be sent with the others in one round trip at the next
    /// <see cref="Flush"/> (in order, inside the transaction). Backends without batches run it at once.
    /// </summary>
    public void Defer(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!connection.CanCreateBatch)
        {
            Execute(sql, parameters);
            return;
        }
        _deferred ??= connection.CreateBatch();
        _deferred.Transaction = _transaction;
        var command = _deferred.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        _deferred.BatchCommands.Add(command);
        if (_deferred.BatchCommands.Count >= MaxDeferred) Flush();
    }

    /// <summary>Sends the deferred statements.</summary>
    public void Flush()
    {
        if (_deferred is null) return;
        using var batch = _deferred;
        _deferred = null;
        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
    }

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
        _deferred?.Dispose();
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        _transaction?.Dispose();
    }
}
