namespace MatrixCalculus.Cli.Arguments;

/// <summary><c>--wrt w,b</c>: the variables, comma-separated, in the order given (the library's <see cref="WrtNames.Split"/>).</summary>
internal static class WrtList
{
    public static IReadOnlyList<string> Split(string wrt) => WrtNames.Split(wrt);
}
