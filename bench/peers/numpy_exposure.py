"""Round-trip shares of all entities from the diagonal of (I − P)⁻¹ (SPEC §4, Finn form).

P[j][k] = W[j][k] / max(in(j), out(j)). The return probability of x under P is
f(x) = 1 − 1/N[x][x] with N = (I − P)⁻¹, evaluated as (P·N)[x][x] / N[x][x] (N = I + P·N) so that
tiny shares do not cancel; the first step from x is scaled by
θ(x) = out(x) / max(in(x), out(x)) relative to r(x)'s split W[x][j] / out(x), so
r(x) = f(x) / θ(x), and r(x) = 0 when out(x) = 0.

Usage: numpy_exposure.py EDGE_LIST → prints JSON {shares, loadSeconds, computeSeconds, blas}.
"""

import json
import sys
import time

import numpy as np

from read_edge_list import read_edge_list


def blas_info():
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return None
    return [
        {key: pool.get(key) for key in ("internal_api", "version", "architecture", "num_threads")}
        for pool in threadpool_info()
    ]


def main():
    path = sys.argv[1]
    start = time.perf_counter()
    n, sources, targets, weights = read_edge_list(path)
    w = np.zeros((n, n))
    np.add.at(w, (sources, targets), weights)
    loaded = time.perf_counter()
    outflow = w.sum(axis=1)
    inflow = w.sum(axis=0)
    through = np.maximum(inflow, outflow)
    scale = np.divide(1.0, through, out=np.zeros(n), where=through > 0)
    p = w * scale[:, None]
    inverse = np.linalg.inv(np.eye(n) - p)
    returned = np.einsum("ij,ji->i", p, inverse) / np.diag(inverse)
    theta = outflow * scale
    shares = np.divide(returned, theta, out=np.zeros(n), where=outflow > 0)
    done = time.perf_counter()
    print(json.dumps({
        "peer": "numpy", "version": np.__version__, "shares": shares.tolist(),
        "loadSeconds": loaded - start, "computeSeconds": done - loaded, "blas": blas_info(),
    }))


if __name__ == "__main__":
    main()
