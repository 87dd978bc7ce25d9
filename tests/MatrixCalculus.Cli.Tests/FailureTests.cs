using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Tests;

/// <summary>The last line of defence: bad input is exit 2 with its diagnostic, a bug is exit 70 with one line.</summary>
public class FailureTests
{
    private static (int Exit, string Out, string Error) Guard(Func<int> body)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Failures.Guard(new Io(stdout, stderr), body);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void AnUnexpectedExceptionIsOneInternalErrorLineWithExitCode70AndNoStackTrace()
    {
        var (exit, stdout, stderr) = Guard(() => throw new InvalidOperationException("Add of mismatched shapes\n  at the smart constructor"));
        Assert.Equal(70, exit);
        Assert.Equal("", stdout);
        Assert.Equal("internal error: InvalidOperationException: Add of mismatched shapes at the smart constructor (this is a bug in matcalc, not in your input)\n", stderr);
    }

    [Fact]
    public void ABadInputExceptionPrintsItsRenderedDiagnosticWithExitCode2()
    {
        var source = "x'b";
        var diagnostic = new Diagnostic(DiagnosticCode.ShapeMismatch, "cannot multiply x' (1×n) by b (m×1).", SourceSpan.At(source, 2, 1), source);
        var (exit, stdout, stderr) = Guard(() => throw new MatrixCalculusException(diagnostic));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("error MC2001 (line 1, column 3): cannot multiply x' (1×n) by b (m×1).\n  x'b\n    ^\n", stderr);
    }

    [Fact]
    public void TheBodysExitCodePassesThrough()
    {
        Assert.Equal(1, Guard(() => 1).Exit);
        Assert.Equal(0, Guard(() => 0).Exit);
    }
}
