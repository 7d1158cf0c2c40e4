using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SpoilerGen.Cli;

/// <summary>
/// Standard output that fails when nobody can read it. .NET's console drops what is written into a
/// closed pipe without a word, so <c>check | head -0</c> ended in exit 0 with its report lost; written
/// through the descriptor itself, a closed pipe is an <see cref="IOException"/> the command reports.
/// </summary>
public static class StandardOutput
{
    private const int Descriptor = 1;

    /// <summary>The process's standard output when <paramref name="configured"/> is the console's; any other writer (a test's) as it is.</summary>
    public static TextWriter For(TextWriter configured) =>
        configured is NamedStandardOutput || ReferenceEquals(configured, Console.Out)
            ? new StreamWriter(new FileStream(new SafeFileHandle(Descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 1), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: false)
            : configured;
}
