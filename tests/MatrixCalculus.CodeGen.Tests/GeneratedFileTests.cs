using MatrixCalculus.CodeGen.Tests.Support;

namespace MatrixCalculus.CodeGen.Tests;

/// <summary>Names that must not clash, the committed example file, the CLI's messages, and memory at scale.</summary>
public class GeneratedFileTests
{
    private const string Logistic = "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))";

    // matrixcalculus.org's checker overwrote a user's `t` with its step; np and torch are the modules' usual names.
    private static readonly (string Expression, string Wrt, string? Let)[] Clashes =
    [
        ("t*h*np*torch + sum(T_1) + x'x", "x", "np: scalar; torch: scalar; t: scalar; h: scalar"),
        ("t*h*np*torch + sum(T_1) + x'x", "t", "np: scalar; torch: scalar; t: scalar; h: scalar"),
        ("<T_1, A> + λ x'Ax", "A", null),
    ];

    internal static IEnumerable<Case> ClashCases() =>
        Clashes.SelectMany(row => new[] { 1, 2 }.Select(order => Case.FromText(row.Expression, row.Wrt, order, row.Let)));

    [Theory]
    [InlineData(Language.NumPy)]
    [InlineData(Language.PyTorch)]
    [InlineData(Language.CSharp)]
    public void UserNamesThatLookInternalDoNotClash(Language language)
    {
        var failures = Batches.Failures("clash", language);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void UserSymbolsKeepTheirNamesAsParameters()
    {
        var c = Case.FromText("t*h*np*torch + sum(T_1) + x'x", "x", 1, "np: scalar; torch: scalar; t: scalar; h: scalar");
        Assert.Contains("def f_and_grad(t, h, np, torch, T_1, x):", c.Generate(Language.NumPy), StringComparison.Ordinal);
        Assert.Contains("FAndGrad(double t, double h, double np, double torch, Matrix<double> T_1, Vector<double> x)", c.Generate(Language.CSharp), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommittedLogisticExampleIsWhatCodegenPrintsToday()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "examples", "codegen", "logistic_loss_numpy.py"));
        var compiled = Engine.Compile(Logistic, "b: scalar");
        var generated = CodeGenerator.Generate(compiled, Engine.Differentiate(compiled, "w"), Language.NumPy);
        Assert.Equal(generated, committed.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData(new[] { "codegen", "x'x", "--wrt", "x", "--lang", "fortran" },
        "error MC5001: --lang must be one of numpy, pytorch, csharp, not `fortran`.\nrun `matcalc codegen --help` for usage.\n")]
    [InlineData(new[] { "codegen", "x'x + sum(ones)", "--wrt", "x", "--lang", "numpy" },
        "error MC5001 (line 1, column 1): the size m belongs to no symbol, so generated code cannot read it from its arguments; write it as a number in the declarations.\n  x'x + sum(ones)\n  ^^^^^^^^^^^^^^^\n")]
    [InlineData(new[] { "codegen", "x'x", "--wrt", "z", "--lang", "numpy" },
        "error MC1101 (line 1, column 1): no symbol `z` in the expression.\n  x'x\n  ^^^\n")]
    public void BadInputSaysWhatIsWrongWithExitCode2(string[] args, string message)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        int code = Cli.Cli.Run(args, output, error);
        Assert.Equal((2, message, ""), (code, error.ToString().Replace("\r\n", "\n"), output.ToString()));
    }

    [Fact]
    public void TheCommandPrintsTheFileAndTheLanguageDefaultsToNumPy()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, Cli.Cli.Run(["codegen", "x'Ax", "--wrt", "x"], output, error));
        var compiled = Engine.Compile("x'Ax");
        Assert.Equal(CodeGenerator.Generate(compiled, Engine.Differentiate(compiled, "x"), Language.NumPy), output.ToString());
    }

    /// <summary>
    /// The logistic Hessian X' diag(σ(1 - σ)) X at N = 20000, d = 50: a built diag would be
    /// 20000² doubles (3.2 GB); the generated code scales rows, so the process stays under 1 GB.
    /// </summary>
    [Fact]
    public void TheLogisticHessianAtN20000StaysUnder1GB()
    {
        Python.Require("numpy");
        var compiled = Engine.Compile(Logistic, "b: scalar");
        var source = CodeGenerator.Generate(compiled, Engine.Differentiate(compiled, "w", 2), Language.NumPy);
        var directory = Directory.CreateTempSubdirectory("matcalc-codegen-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "logistic.py"), source);
            var script = """
                import resource, sys
                sys.path.insert(0, sys.argv[1])
                import numpy as np
                import logistic
                rng = np.random.default_rng(0)
                N, d = 20000, 50
                X = rng.standard_normal((N, d)) / 10
                y = (rng.random(N) < 0.5).astype(float)
                f, g, H = logistic.f_grad_hess(y, X, rng.standard_normal(d), 0.1)
                assert H.shape == (d, d) and np.allclose(H, H.T)
                print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
                """;
            var (code, output, error) = Python.Run(["-c", script, directory.FullName], TimeSpan.FromMinutes(5));
            Assert.True(code == 0, error);
            long kilobytes = long.Parse(output.Trim());
            Assert.True(kilobytes < 1024 * 1024, $"peak RSS {kilobytes / 1024} MB");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
