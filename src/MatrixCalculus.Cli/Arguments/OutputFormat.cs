namespace MatrixCalculus.Cli.Arguments;

public enum OutputFormat { Text, Latex, Json, Markdown }
