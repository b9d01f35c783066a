namespace Dateline.Ingest;

/// <summary>Lists the files under a directory: recursive, ordinal order of relative path, hidden entries and symbolic-link folders skipped.</summary>
internal static class DirectoryWalker
{
    /// <summary>A folder that could not be listed.</summary>
    internal sealed record WalkError(string Path, string Message);

    /// <summary>The files to read under <paramref name="root"/>, and the folders that could not be listed.</summary>
    public static IReadOnlyList<string> Files(string root, IReadOnlySet<string> extensions, out IReadOnlyList<WalkError> errors)
    {
        var found = new List<(string Relative, string Full)>();
        var problems = new List<WalkError>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(dir))
                {
                    if (IsHidden(file) || !extensions.Contains(Path.GetExtension(file))) continue;
                    found.Add((Path.GetRelativePath(root, file).Replace('\\', '/'), file));
                }
                foreach (var sub in Directory.EnumerateDirectories(dir))
                {
                    if (!IsHidden(sub) && new DirectoryInfo(sub).LinkTarget == null) pending.Push(sub);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new WalkError(dir, "the folder cannot be listed: " + e.Message));
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        errors = problems;
        return found.ConvertAll(f => f.Full);
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
