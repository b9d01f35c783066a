using Polly;
using Polly.Retry;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Dateline.Broker;

/// <summary>
/// Opens connections to the broker named by an <c>amqp://</c> URL with the client's automatic recovery on
/// (connection, channels, queues and consumers come back after a broker restart, retried every two seconds).
/// The first connection is retried with exponential backoff for as long as <see cref="ConnectAsync"/>'s
/// budget allows, so that a worker started before its broker waits for it.
/// </summary>
internal static class BrokerConnection
{
    /// <summary>The broker used when none is named: a local RabbitMQ with its default account.</summary>
    public const string DefaultUrl = "amqp://guest:guest@localhost:5672/";

    /// <summary>Checks the URL, so that commands can refuse a bad one before doing anything.</summary>
    /// <exception cref="FormatException">Not an <c>amqp://</c> or <c>amqps://</c> URL.</exception>
    public static Uri ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps") || uri.Host.Length == 0)
        {
            throw new FormatException($"'{Redact(url)}' is not a broker URL of the form amqp://user:pass@host:port/vhost.");
        }
        return uri;
    }

    /// <summary>The URL with any password hidden, for messages.</summary>
    public static string Redact(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.UserInfo.Contains(':')) return url;
        var user = uri.UserInfo.Split(':', 2)[0];
        return new UriBuilder(uri) { UserName = user, Password = "***" }.Uri.ToString();
    }

    /// <summary>
    /// Connects, retrying unreachable brokers with backoff (1 s doubling to 15 s) until <paramref name="patience"/>
    /// has passed. <paramref name="log"/> hears about each failed attempt.
    /// </summary>
    /// <exception cref="BrokerException">The broker could not be reached in time, or refused the account.</exception>
    public static async Task<IConnection> ConnectAsync(string url, string clientName, TimeSpan patience, Action<string> log, CancellationToken cancel)
    {
        var factory = new ConnectionFactory
        {
            Uri = ParseUrl(url),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            RequestedHeartbeat = TimeSpan.FromSeconds(15),
            ClientProvidedName = clientName,
            ConsumerDispatchConcurrency = 1,
        };
        var deadline = DateTime.UtcNow + patience;
        var retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<BrokerUnreachableException>(_ => DateTime.UtcNow < deadline),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(15),
            OnRetry = args =>
            {
                log($"broker {Redact(url)} unreachable ({args.Outcome.Exception?.InnerException?.Message ?? args.Outcome.Exception?.Message}); retrying in {args.RetryDelay.TotalSeconds:0.#} s");
                return ValueTask.CompletedTask;
            },
        }).Build();
        try
        {
            return await retry.ExecuteAsync(async token => await factory.CreateConnectionAsync(token), cancel);
        }
        catch (BrokerUnreachableException ex)
        {
            throw new BrokerException($"broker {Redact(url)}: unreachable ({ex.InnerException?.Message ?? ex.Message})", ex);
        }
        catch (AuthenticationFailureException ex)
        {
            throw new BrokerException($"broker {Redact(url)}: the account was refused ({ex.Message})", ex);
        }
    }
}
