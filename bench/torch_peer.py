#!/usr/bin/python3
"""The quantities of bench/MatrixCalculus.Bench/Evaluation through PyTorch autograd, for the
README's Performance table: gradient with torch.autograd.grad, Hessians with
torch.autograd.functional.hessian, H v with torch.autograd.functional.hvp. float64, one thread
(as MathNet runs in the benchmarks), same sizes. Prints one line per quantity: best-of-N
milliseconds.

Run with Debian's python3-torch:  /usr/bin/python3 bench/torch_peer.py
"""
import sys
import time

import torch
from torch.autograd.functional import hessian, hvp

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
gen = torch.Generator().manual_seed(1)


def randn(*shape, scale=1.0):
    return torch.randn(*shape, generator=gen) * scale


def labels(n):
    return torch.randint(0, 2, (n,), generator=gen).double()


def best_ms(f, repeat):
    f()  # warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return 1000 * min(times)


def logistic(X, y):
    def loss(w):
        s = torch.sigmoid(X @ w)
        return -(y * torch.log(s) + (1 - y) * torch.log(1 - s)).sum()
    return loss


def gradient_of(f, w):
    def run():
        w_ = w.detach().requires_grad_(True)
        (g,) = torch.autograd.grad(f(w_), w_)
        return g
    return run


class Rows(list):
    """Prints each row as it is measured (a slow machine still shows the first ones)."""

    def append(self, row):
        super().append(row)
        print(f"{row[0]}\t{row[1]:.3f} ms", flush=True)


def main():
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread, float64", flush=True)
    rows = Rows()
    X, w, y = randn(2000, 200), randn(200, scale=0.1), labels(2000)
    f = logistic(X, y)
    rows.append(("logistic-loss gradient, X 2000×200", best_ms(gradient_of(f, w), 30)))
    rows.append(("logistic-loss Hessian, X 2000×200", best_ms(lambda: hessian(f, w), 2)))
    v = randn(200)
    rows.append(("logistic-loss H v, X 2000×200", best_ms(lambda: hvp(f, w, v), 20)))

    X4, w4, y4 = randn(4000, 50), randn(50, scale=0.1), randn(4000)
    ce = lambda w_: torch.logsumexp(X4 @ w_, 0) - y4 @ (X4 @ w_)
    rows.append(("softmax cross-entropy Hessian, X 4000×50", best_ms(lambda: hessian(ce, w4), 2)))

    b = randn(40, 40)
    S = b @ b.T + 40 * torch.eye(40)
    rows.append(("log det X Hessian wrt X, n = 40", best_ms(lambda: hessian(torch.logdet, S), 1)))

    A, x = randn(2000, 2000), randn(2000)
    rows.append(("x'Ax Hessian, n = 2000", best_ms(lambda: hessian(lambda x_: x_ @ A @ x_, x), 1)))

    XL, wL, yL = randn(20000, 50), randn(50, scale=0.1), labels(20000)
    rows.append(("logistic-loss Hessian, N = 20000, d = 50", best_ms(lambda: hessian(logistic(XL, yL), wL), 2)))

    return 0


if __name__ == "__main__":
    sys.exit(main())
