using System.Reflection;

namespace Dateline.Models;

/// <summary>
/// Where trained model files come from: a folder the caller names, or else the copies of
/// <c>models/*</c> embedded in this assembly at build time. Nothing is downloaded.
/// </summary>
public sealed class ModelRepository
{
    private readonly string? _directory;

    /// <summary>Creates a repository reading from <paramref name="directory"/>, or from the embedded models when null.</summary>
    public ModelRepository(string? directory = null) => _directory = directory;

    /// <summary>The repository of the models shipped inside the library.</summary>
    public static ModelRepository Embedded { get; } = new();

    /// <summary>True when a model file of that name can be opened.</summary>
    public bool Contains(string fileName) =>
        _directory != null
            ? File.Exists(Path.Combine(_directory, fileName))
            : typeof(ModelRepository).Assembly.GetManifestResourceInfo(ResourceName(fileName)) != null;

    /// <summary>Opens a model file for reading.</summary>
    /// <exception cref="FileNotFoundException">No model of that name exists here.</exception>
    public Stream Open(string fileName)
    {
        if (_directory != null)
        {
            return File.OpenRead(Path.Combine(_directory, fileName));
        }
        return typeof(ModelRepository).Assembly.GetManifestResourceStream(ResourceName(fileName))
            ?? throw new FileNotFoundException($"E010: model '{fileName}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}; train it with 'dateline train' or pass --models DIR.", fileName);
    }

    private static string ResourceName(string fileName) => "models/" + fileName;
}
