using Dateline.Corpora;

namespace Dateline.Tests.Support;

/// <summary>
/// Access to ../shared for tests. Without it, data-backed tests skip with a reason; with
/// DATELINE_REQUIRE_SHARED_DATA=1 (set by .ci/run) a missing folder fails them instead.
/// </summary>
public static class TestData
{
    /// <summary>The shared data folder, or a skip (or failure in CI) when absent.</summary>
    public static string RequireSharedData()
    {
        var path = SharedData.Locate();
        if (path != null) return path;
        if (Environment.GetEnvironmentVariable("DATELINE_REQUIRE_SHARED_DATA") == "1")
        {
            Assert.Fail("../shared/data is missing but DATELINE_REQUIRE_SHARED_DATA=1: CI must not skip data-backed tests.");
        }
        Skip.If(true, "../shared/data is not beside this clone (or DATELINE_SHARED_DATA is unset); data-backed test skipped.");
        return "";
    }

    /// <summary>A file under the shared data folder; skips (or fails in CI) when the folder is absent.</summary>
    public static string RequireSharedFile(params string[] parts) =>
        Path.Combine([RequireSharedData(), .. parts]);

    /// <summary>The reference article, <c>../shared/samples/000_3f35dfa55a5d8b29.txt</c>.</summary>
    public static string RequireReferenceArticle() =>
        Path.Combine(Path.GetDirectoryName(RequireSharedData())!, "samples", "000_3f35dfa55a5d8b29.txt");

    /// <summary>The repository root (the folder holding Dateline.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dateline.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Dateline.sln not found above " + AppContext.BaseDirectory);
    }
}
