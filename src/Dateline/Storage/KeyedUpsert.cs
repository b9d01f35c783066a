using System.Text;

namespace Dateline.Storage;

/// <summary>
/// Finds or creates corpus rows by their unique key in one statement per chunk of rows
/// (<c>INSERT ... ON CONFLICT (key) DO UPDATE ... RETURNING key, id</c>, the same on SQLite and PostgreSQL),
/// so that the entities or events of an article cost one round trip, not one each.
/// </summary>
internal static class KeyedUpsert
{
    private const int ChunkRows = 100;

    /// <summary>Upserts <paramref name="rows"/> (the key first, in the table's column order; keys distinct) and records every key's id.</summary>
    public static void Run(SqlSession session, StoreTable table, IReadOnlyList<object?[]> rows, Dictionary<string, long> ids)
    {
        var columns = table.Columns.Select(c => c.Name).ToArray();
        for (var start = 0; start < rows.Count; start += ChunkRows)
        {
            var count = Math.Min(ChunkRows, rows.Count - start);
            var parameters = new (string, object?)[count * columns.Length];
            for (var r = 0; r < count; r++)
            {
                for (var c = 0; c < columns.Length; c++) parameters[r * columns.Length + c] = (Name(r, c), rows[start + r][c]);
            }
            using var reader = session.Query(Sql(table.Name, columns, count), parameters);
            while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    private static string Sql(string table, string[] columns, int rows)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < columns.Length; c++) sql.Append(c > 0 ? ", " : "").Append(Name(r, c));
            sql.Append(')');
        }
        var key = columns[0];
        return sql.Append(" ON CONFLICT (").Append(key).Append(") DO UPDATE SET ").Append(key).Append(" = excluded.").Append(key)
            .Append(" RETURNING ").Append(key).Append(", id").ToString();
    }

    private static string Name(int row, int column) => "@r" + row + "c" + column;
}
