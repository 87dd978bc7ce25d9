# Runs generated modules for the codegen tests, many per process (Python with torch starts in
# 1-2 s). Reads a JSON list of cases, prints one JSON line per case:
# {"index", "ok", "message"}. A case checks evaluate(point) against the numbers of
# `matcalc diff --at` (1e-10 relative), the module's own self-check, and for PyTorch gradients
# torch.autograd.
import contextlib
import importlib.util
import io
import json
import sys


def relative(a, b, lib):
    if lib == "torch":
        import torch
        a = torch.as_tensor(a, dtype=torch.float64).reshape(-1)
        b = torch.as_tensor(b, dtype=torch.float64).reshape(-1)
        if a.shape != b.shape:
            return float("inf")
        return ratio(float(torch.linalg.norm(a - b)), max(float(torch.linalg.norm(a)), float(torch.linalg.norm(b))))
    import numpy as np
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return float("inf")
    return ratio(float(np.linalg.norm(a - b)), float(max(np.linalg.norm(a), np.linalg.norm(b))))


def ratio(error, scale):
    # relative, except where both sides are rounding noise around 0 (a derivative that vanishes)
    return 0.0 if error <= 1e-12 else error / scale


def run(case, lib):
    spec = importlib.util.spec_from_file_location("generated_%d" % case["index"], case["module"])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    problems = []
    if "point" in case:
        result = module.evaluate(case["point"])
        for key in ("value", "derivative"):
            got, expected = result[key], case[key]
            if isinstance(expected, dict):
                errors = [relative(got[k], expected[k], lib) for k in expected]
                error = max(errors)
            else:
                error = relative(got, expected, lib)
            if not error <= 1e-10:
                problems.append("%s differs from matcalc by %.3g relative" % (key, error))
    if case.get("selfcheck", True):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            passed = module._self_check()
        if not passed:
            problems.append("self-check failed: " + out.getvalue().strip())
    if lib == "torch" and case.get("autograd") is not None:
        import torch
        names = case["symbols"]
        args = [torch.tensor(case["point"][n], dtype=torch.float64) for n in names]
        p = case["autograd"]
        args[p].requires_grad_(True)
        function = module.f_and_grad if hasattr(module, "f_and_grad") else module.f_grad_hess
        out = function(*args)
        # a piecewise-constant f (step) has no graph: its autograd gradient is 0
        grad = torch.autograd.grad(out[0], args[p])[0] if out[0].requires_grad else torch.zeros_like(args[p])
        if case.get("symmetric"):
            # the gradient wrt a symmetric matrix is sym(G) by matcalc's stated convention
            grad = (grad + grad.T) / 2
        error = relative(out[1].detach(), grad, lib)
        if not error <= 1e-10:
            problems.append("gradient differs from torch.autograd by %.3g relative" % error)
    return problems


def main():
    lib = sys.argv[1]
    cases = json.load(open(sys.argv[2], encoding="utf-8"))
    for case in cases:
        try:
            problems = run(case, lib)
        except Exception as e:  # a crash of one module is that case's failure, not the batch's
            problems = ["%s: %s" % (type(e).__name__, e)]
        print(json.dumps({"index": case["index"], "ok": not problems, "message": "; ".join(problems)}), flush=True)


main()
