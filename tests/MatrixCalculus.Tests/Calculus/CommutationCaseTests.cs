using MatrixCalculus.Printing;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// Derivatives of expressions that hold K_{m,n} (commutation.asv): each gives the table's answer,
/// agrees with central differences, and its printed result reads back to the same numbers.
/// </summary>
public class CommutationCaseTests
{
    public static IEnumerable<object[]> Derivatives => AsvCases.Read("commutation.asv");

    [Theory, MemberData(nameof(Derivatives))]
    public void ExpressionsWithKGiveTheTablesAnswers(string input, string expected)
    {
        var (bound, d) = AcceptanceTests.Run(input);
        Assert.Equal(expected, TextPrinter.Print(d.Result));
        AcceptanceTests.AssertChecksNumerically(bound, d);
        AcceptanceTests.AssertPrintedResultReadsBack(bound, d);
    }
}
