using System.CommandLine;
using SpoilerGen.Cli;

var root = new RootCommand("SpoilerGen builds episode guides that never spoil: one static tree per episode.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ThemeCommand.Create(),
};

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0 && parseResult.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parseResult.Errors) Console.Error.WriteLine($"spoilergen: error: {error.Message}");
    Console.Error.WriteLine("Run 'spoilergen --help' for usage.");
    return ExitCodes.UsageError;
}
return parseResult.Invoke();
