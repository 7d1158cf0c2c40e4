using YamlDotNet.Core;

namespace SpoilerGen.Load.Yaml;

/// <summary>The first of <see cref="YamlLimits"/> that a YAML text reaches: where (one-based, in the YAML), which code, and why.</summary>
public sealed record YamlLimitFailure(Mark Position, string Code, string Message)
{
    public int Line => (int)Position.Line;

    public int Column => (int)Position.Column;
}
