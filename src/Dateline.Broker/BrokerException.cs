namespace Dateline.Broker;

/// <summary>The broker could not be reached or refused an operation; the message names the broker and the problem.</summary>
public sealed class BrokerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BrokerException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
