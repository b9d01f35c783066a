namespace Dateline.Corpora;

/// <summary>
/// Finds the shared training and evaluation data (<c>../shared/data</c> beside the repository, or the
/// folder named by the <c>DATELINE_SHARED_DATA</c> environment variable). The data is read in place, never copied.
/// </summary>
public static class SharedData
{
    /// <summary>The environment variable that overrides the search.</summary>
    public const string EnvironmentVariable = "DATELINE_SHARED_DATA";

    /// <summary>
    /// Returns the data folder, searching from <paramref name="startDirectory"/> upwards for
    /// <c>shared/data</c> or a sibling <c>../shared/data</c>; null when none is found.
    /// </summary>
    public static string? Locate(string? startDirectory = null)
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }
        for (var dir = new DirectoryInfo(startDirectory ?? AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var sibling = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(sibling) && File.Exists(Path.Combine(sibling, "README.md")))
            {
                return sibling;
            }
        }
        return null;
    }
}
