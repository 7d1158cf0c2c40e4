namespace SpoilerGen.Model;

/// <summary>A value that a reader may see from checkpoint <see cref="Level"/> on.</summary>
public sealed record LeveledValue<T>(int Level, T Value);
