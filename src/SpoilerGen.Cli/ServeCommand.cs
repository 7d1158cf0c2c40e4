using System.CommandLine;
using System.Net;
using SpoilerGen.Load;
using SpoilerGen.Serve;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen serve [SITE] [--port N] [--bind ADDRESS] [--open] [--base-url URL] [--drafts] [--verbose]</c>: parses arguments and prints; the server is SpoilerGen.Serve's.</summary>
public static class ServeCommand
{
    public static Command Create(CancellationSignals signals)
    {
        var site = new Argument<string>("site")
        {
            Description = "The site folder, holding spoilergen.yml",
            DefaultValueFactory = _ => ".",
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on [default: a free one]",
        };
        port.Validators.Add(result =>
        {
            // A token that is not a number at all is the parser's to report; reading it here would throw.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var number) && number is < 0 or > 65535)
            {
                result.AddError("--port must be from 1 to 65535, or 0 for a free one");
            }
        });
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Serve as if built for this URL, overriding base_url in spoilergen.yml (e.g. /)",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };
        var bind = new Option<string?>("--bind")
        {
            Description = "The address to listen on, e.g. 0.0.0.0 to check the guide on a phone on your network [default: 127.0.0.1, this machine only]",
            HelpName = "ADDRESS",
        };
        bind.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !TryParseAddress(result.Tokens[0].Value, out _))
            {
                result.AddError($"--bind '{result.Tokens[0].Value}' is not an IP address; give one of this machine's, 0.0.0.0 for all of them, or localhost");
            }
        });
        var open = new Option<bool>("--open") { Description = "Open the guide in your browser once it is served" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print how long each stage of every build took" };

        var command = new Command("serve", "Serve the site on 127.0.0.1 (or --bind ADDRESS), rebuilt in memory and reloaded in the browser on every save") { site, port, bind, open, baseUrl, drafts, verbose };
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            TryParseAddress(parseResult.GetValue(bind), out var address);
            var options = new ServeOptions(parseResult.GetValue(site)!, parseResult.GetValue(port), parseResult.GetValue(baseUrl), parseResult.GetValue(drafts), address)
            {
                Verbose = parseResult.GetValue(verbose),
            };
            var openBrowser = parseResult.GetValue(open);
            // Ctrl+C and SIGTERM are how a server is meant to stop: "Stopped." and exit 0, not 130.
            return InternalErrorReport.Guard(stderr, verbose: false,
                () => RunAsync(options, openBrowser, parseResult.InvocationConfiguration.Output, stderr, signals.Listen()).GetAwaiter().GetResult());
        });
        return command;
    }

    /// <summary>An IP address, or localhost as its loopback address; no address at all is null (the default, loopback).</summary>
    private static bool TryParseAddress(string? text, out IPAddress? address)
    {
        address = null;
        if (text is null) return true;
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }
        return IPAddress.TryParse(text.TrimStart('[').TrimEnd(']'), out address);
    }

    private static async Task<int> RunAsync(ServeOptions options, bool openBrowser, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (SiteFolderArgument.Problem(options.SiteFolder) is { } problem)
        {
            stderr.WriteLine($"spoilergen: error: {problem}");
            return ExitCodes.UsageError;
        }
        // Unlike a mistake in the site's files, a bad option cannot be fixed by a save: refuse it now.
        if (options.BaseUrl is not null && !ConfigLoader.TryParseBaseUrl(options.BaseUrl, out _))
        {
            stderr.WriteLine($"spoilergen: error: --base-url '{options.BaseUrl}' is not an absolute http(s) URL or a path starting with '/'");
            return ExitCodes.UsageError;
        }
        if (options.BaseUrl is not null && ConfigLoader.TryParseBaseUrl(options.BaseUrl, out var parsed)
            && ServePaths.HoldsBasePath(parsed.AbsolutePath))
        {
            stderr.WriteLine($"spoilergen: error: --base-url '{options.BaseUrl}' lies under {ServePaths.Prefix}, where serve keeps its own pages; choose another path");
            return ExitCodes.UsageError;
        }

        ServeStartResult started;
        try
        {
            started = await SiteServer.StartAsync(options, new ServeLog(stdout, stderr), cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped during the first build, as promptly as during serving: nothing was served, nothing is left.
            stdout.WriteLine("Stopped.");
            return ExitCodes.Success;
        }
        if (started.Server is not { } server)
        {
            stderr.WriteLine($"spoilergen: error: {started.Problem}");
            // No config is the same mistake as for build, with build's exit code.
            return started.NoSite ? ExitCodes.ContentErrors : ExitCodes.UsageError;
        }
        if (options.IsVisibleOnNetwork)
        {
            stderr.WriteLine($"spoilergen: warning: listening on {options.Address}: anyone on your network can read this guide, unpublished pages and all, at http://<this machine's address>:{server.Origin.Port}{server.SiteUrl.AbsolutePath}");
        }

        await using (server)
        {
            // Percent-encoded, as a browser takes it: a space or other character printed raw would cut the link in a terminal.
            stdout.WriteLine($"Serving at {server.SiteUrl.AbsoluteUri}");
            stdout.WriteLine("Watching content/, templates/, static/ and spoilergen.yml; press Ctrl+C to stop.");
            if (openBrowser && BrowserOpener.Open(server.SiteUrl) is { } browserProblem)
            {
                stderr.WriteLine($"spoilergen: warning: could not open a browser: {browserProblem}; open {server.SiteUrl.AbsoluteUri} yourself");
            }
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }
        }
        stdout.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
