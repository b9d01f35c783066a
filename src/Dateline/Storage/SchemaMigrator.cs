using System.Reflection;

namespace Dateline.Storage;

/// <summary>
/// Brings a store's schema up to date: the numbered scripts embedded as <c>storage/{backend}/NNN_name.sql</c>
/// are applied in order, each in its own transaction together with its row in <c>schema_version</c>.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>The migrations of a backend, in order: (version, name, SQL).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string backend)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = "storage/" + backend + "/";
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var name = resource[prefix.Length..];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            scripts.Add((version, name, Read(assembly, resource)));
        }
        scripts.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return scripts;
    }

    /// <summary>Applies the scripts not applied yet; returns the schema version reached.</summary>
    public static int Migrate(SqlSession session, string backend)
    {
        session.ExecuteScript("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        var current = Convert.ToInt32(session.Scalar("SELECT coalesce(max(version), 0) FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (version, name, sql) in Scripts(backend))
        {
            if (version <= current) continue;
            using var transaction = session.Begin();
            session.ExecuteScript(sql);
            session.Execute("INSERT INTO schema_version (version, name) VALUES (@v, @n)", ("@v", (long)version), ("@n", name));
            transaction.Commit();
            session.EndTransaction();
            current = version;
        }
        return current;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
