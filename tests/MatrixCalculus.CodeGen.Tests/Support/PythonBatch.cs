using System.Text.Json;
using System.Text.Json.Nodes;
using MatrixCalculus.Calculus;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>
/// Runs many generated modules in one python3 process (check_modules.py): each case's
/// <c>evaluate</c> against the library's numbers, its self-check, and for PyTorch gradients
/// torch.autograd. Returns the failures, each named by its case.
/// </summary>
public static class PythonBatch
{
    public static IReadOnlyList<(int Index, string Message)> Failures(IReadOnlyList<Case> cases, Language language)
    {
        Python.Require(Python.Module(language));
        var directory = Directory.CreateTempSubdirectory("matcalc-codegen-");
        try
        {
            var list = new JsonArray();
            for (int i = 0; i < cases.Count; i++)
            {
                var c = cases[i];
                var module = Path.Combine(directory.FullName, $"m{i}.py");
                File.WriteAllText(module, c.Generate(language));
                var entry = new JsonObject
                {
                    ["index"] = i, ["module"] = module, ["selfcheck"] = c.SelfCheck,
                    ["point"] = c.PointJson(), ["value"] = c.ExpectedValue(), ["derivative"] = c.ExpectedDerivative(),
                    ["symbols"] = new JsonArray(c.Compiled.Symbols.Select(s => (JsonNode)JsonValue.Create(s.Name)!).ToArray()),
                };
                if (language == Language.PyTorch && c.Derivations is [{ Order: 1, Kind: DerivativeKind.Gradient } d])
                {
                    entry["autograd"] = c.Compiled.Symbols.ToList().FindIndex(s => s.Name == d.Wrt.Name);
                    entry["symmetric"] = d.Wrt.Attributes.HasFlag(Terms.VarAttributes.Symmetric) && d.Wrt.Shape.IsSquare && !d.Wrt.Shape.IsScalar;
                }
                list.Add(entry);
            }
            var casesFile = Path.Combine(directory.FullName, "cases.json");
            File.WriteAllText(casesFile, list.ToJsonString());
            var script = Path.Combine(AppContext.BaseDirectory, "Support", "check_modules.py");
            var (code, output, error) = Python.Run([script, language == Language.PyTorch ? "torch" : "numpy", casesFile], TimeSpan.FromMinutes(20));
            Assert.True(code == 0, $"the batch runner failed: {error}");
            var failures = new List<(int, string)>();
            var seen = new HashSet<int>();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var result = JsonNode.Parse(line)!;
                int index = result["index"]!.GetValue<int>();
                seen.Add(index);
                if (!result["ok"]!.GetValue<bool>())
                    failures.Add((index, $"{cases[index]}: {result["message"]}\n{cases[index].Generate(language)}"));
            }
            failures.AddRange(Enumerable.Range(0, cases.Count).Where(i => !seen.Contains(i)).Select(i => (i, $"{cases[i]}: no result")));
            return failures;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
