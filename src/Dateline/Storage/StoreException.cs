namespace Dateline.Storage;

/// <summary>The store could not be opened, migrated or written; the message names the store and the problem.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
