namespace Dateline.Pipeline;

/// <summary>
/// An error raised while building or running a pipeline. The message carries a stable code
/// (<c>E001</c>...) and names the stage and, when running, the input.
/// </summary>
public sealed class PipelineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipelineException(string code, string message, Exception? inner = null)
        : base($"{code}: {message}", inner)
    {
        Code = code;
    }

    /// <summary>The stable error code, e.g. <c>E001</c>.</summary>
    public string Code { get; }
}
