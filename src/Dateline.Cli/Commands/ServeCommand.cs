using System.CommandLine;
using Dateline.Server;
using Dateline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline serve</c>: the HTTP API over the corpus store (docs/API.md).</summary>
internal static class ServeCommand
{
    /// <summary>The environment variable holding the write key when no key file is given.</summary>
    public const string ApiKeyVariable = "DATELINE_API_KEY";

    public static Command Create()
    {
        var store = StoreOptions.Store();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (default http://127.0.0.1:5080: this machine only).",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var keyFile = new Option<FileInfo?>("--api-key-file")
        {
            Description = $"A file holding the key writes must send in X-Api-Key (default: ${ApiKeyVariable}; without either, writes are refused).",
        };
        var reads = new Option<int>("--reads-per-second")
        {
            Description = "Read requests allowed per client address and second (default 2000); over it, 429.",
            DefaultValueFactory = _ => 2000,
        };
        var command = new Command("serve", "Serve the corpus store over HTTP: read API, POST /api/articles with an API key, OpenAPI at /openapi/v1.json.")
        {
            store, urls, keyFile, reads,
        };
        command.SetAction(result =>
        {
            var options = new ServerOptions
            {
                Store = result.GetValue(store)!,
                Urls = result.GetValue(urls)!,
                ApiKey = ReadKey(result.GetValue(keyFile)),
                ReadsPerSecond = Math.Max(1, result.GetValue(reads)),
            };
            Run(options);
            return 0;
        });
        return command;
    }

    private static string? ReadKey(FileInfo? file)
    {
        if (file is null) return Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key.Trim() : null;
        try
        {
            var text = File.ReadAllText(file.FullName).Trim();
            if (text.Length == 0) throw new CliException($"{file.FullName}: the API key file is empty.");
            return text;
        }
        catch (IOException ex)
        {
            throw new CliException($"{file.FullName}: cannot read the API key file: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"{file.FullName}: cannot read the API key file: {ex.Message}");
        }
    }

    private static void Run(ServerOptions options)
    {
        WebApplication app;
        try
        {
            app = DatelineServer.Create(options, builder => builder.Logging
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning));
        }
        catch (StoreException ex)
        {
            throw new CliException(ex.Message);
        }
        Console.Error.WriteLine($"dateline serve: {options.Urls} (store {options.Store}; writes {(options.ApiKey is null ? "disabled: no API key" : "need X-Api-Key")})");
        app.Run();
    }
}
