"""The generated NumPy gradient of the logistic loss against hand-written NumPy, in one run.

    python3 bench/codegen_numpy.py [N d]        (default N = 2000, d = 200)

Generates the module with the CLI (dotnet run), times f_and_grad and the hand-written
function with timeit (best of 7 repeats), and prints the ratio generated / hand-written.
The target is a ratio within 1.5. The hand-written function computes what f_and_grad returns
(the loss and its gradient), in the usual stable form.
"""
import importlib.util
import os
import subprocess
import sys
import tempfile
import timeit

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPRESSION = "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))"


def generated_module():
    source = subprocess.run(
        ["dotnet", "run", "-c", "Release", "--project", os.path.join(ROOT, "src", "MatrixCalculus.Cli"), "--",
         "codegen", EXPRESSION, "--wrt", "w", "--let", "b: scalar", "--lang", "numpy"],
        check=True, capture_output=True, text=True).stdout
    path = os.path.join(tempfile.mkdtemp(), "logistic_generated.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location("logistic_generated", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hand_written(y, X, w, b):
    # loss = Σ softplus(z) - y z with z = Xw + b; gradient X'(σ(z) - y)
    z = X @ w + b
    loss = np.sum(np.logaddexp(0.0, z) - y * z)
    s = np.exp(-np.logaddexp(0.0, -z))
    return loss, X.T @ (s - y)


def main():
    n, d = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (2000, 200)
    rng = np.random.default_rng(0)
    X = rng.standard_normal((n, d)) / np.sqrt(d)
    y = (rng.random(n) < 0.5).astype(float)
    w = rng.standard_normal(d)
    b = 0.1
    module = generated_module()
    f_gen, g_gen = module.f_and_grad(y, X, w, b)
    f_hand, g_hand = hand_written(y, X, w, b)
    assert np.allclose(g_gen, g_hand, rtol=1e-10, atol=1e-12) and np.isclose(f_gen, f_hand, rtol=1e-10)
    number = 200
    generated = min(timeit.repeat(lambda: module.f_and_grad(y, X, w, b), number=number, repeat=7)) / number
    hand = min(timeit.repeat(lambda: hand_written(y, X, w, b), number=number, repeat=7)) / number
    print(f"logistic loss and gradient, N = {n}, d = {d}")
    print(f"  generated f_and_grad: {generated * 1e6:9.1f} µs")
    print(f"  hand-written NumPy:   {hand * 1e6:9.1f} µs")
    print(f"  ratio generated / hand-written: {generated / hand:.2f} (target ≤ 1.5)")


main()
