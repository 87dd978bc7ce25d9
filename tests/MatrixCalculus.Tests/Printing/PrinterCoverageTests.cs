using System.Reflection;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

/// <summary>Both printers know every node of Expr.cs, and neither throws on any record.</summary>
public class PrinterCoverageTests
{
    private static readonly Type[] NodeTypes = typeof(Expr).Assembly.GetTypes()
        .Where(t => t.IsSealed && t.IsSubclassOf(typeof(Expr)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void EveryNodeTypeAppearsInThePrinterTables()
    {
        var seen = PrinterCases.All.SelectMany(c => Subterms(c.Term)).Select(e => e.GetType()).ToHashSet();
        var missing = NodeTypes.Where(t => !seen.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "not in any printer table row: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Nodes))]
    public void EveryNodeTypeHasItsOwnArmInBothPrinters(Type nodeType)
    {
        var node = Instantiate(nodeType, WellFormedArgument);
        Assert.DoesNotContain("⟦", TextPrinter.Print(node));
        Assert.DoesNotContain(@"\text{", LatexPrinter.Print(node));
    }

    // Records built by hand can hold anything (an empty sum, a null child, a shape without
    // dims); ToString and the LaTeX of a derivation must still print something.
    [Theory]
    [MemberData(nameof(Nodes))]
    public void NeitherPrinterThrowsOnARecordWithNullOrEmptyParts(Type nodeType)
    {
        var node = Instantiate(nodeType, DefaultArgument);
        Assert.NotEmpty(TextPrinter.Print(node));
        Assert.NotEmpty(LatexPrinter.Print(node));
        Assert.NotEmpty(node.ToString());
    }

    [Fact]
    public void NeitherPrinterThrowsOnNonFiniteConstantsOrUnknownEnumValues()
    {
        Expr[] odd =
        [
            Ex.Num(double.NaN), Ex.Num(double.PositiveInfinity), Ex.Num(double.NegativeInfinity),
            new Apply((ElementFunction)99, PrinterCases.x), new Norm((NormKind)99, PrinterCases.x),
            new Add([]), new MatMul([]), new Var("", Shape.Scalar), new Identity(null!),
            new Power(PrinterCases.α, Ex.Num(double.NaN)), new Ones(new Shape(null!, null!)),
        ];
        foreach (var e in odd)
        {
            Assert.NotEmpty(TextPrinter.Print(e));
            Assert.NotEmpty(LatexPrinter.Print(e));
        }
    }

    public static IEnumerable<object[]> Nodes => NodeTypes.Select(t => new object[] { t });

    private static Expr Instantiate(Type nodeType, Func<Type, object?> argument)
    {
        var constructor = nodeType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var args = constructor.GetParameters().Select(p => argument(p.ParameterType)).ToArray();
        return (Expr)constructor.Invoke(args);
    }

    private static object? WellFormedArgument(Type type) => type switch
    {
        _ when type == typeof(Expr) => PrinterCases.X,
        _ when type == typeof(Seq<Expr>) => Seq<Expr>.Of(PrinterCases.A, PrinterCases.B),
        _ when type == typeof(string) => "X",
        _ when type == typeof(double) => 2.0,
        _ when type == typeof(Shape) => Shape.Square(PrinterCases.n),
        _ when type == typeof(Dim) => PrinterCases.n,
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ => throw new InvalidOperationException($"no argument of type {type.Name}"),
    };

    private static object? DefaultArgument(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static IEnumerable<Expr> Subterms(Expr e) => [e, .. e.Children().SelectMany(Subterms)];
}
