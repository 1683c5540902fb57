"""Read the edge list written by bench/format-edge-list.ts: header `n m`, then `i j w` lines."""

import numpy as np


def read_edge_list(path):
    """Return (n, sources, targets, weights) as numpy arrays (int64, int64, float64)."""
    with open(path, "r", encoding="ascii") as handle:
        n, m = (int(x) for x in handle.readline().split())
        if m == 0:
            return n, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        table = np.loadtxt(handle, dtype=np.float64, ndmin=2)
    if table.shape[0] != m:
        raise ValueError(f"{path}: header says {m} edges, read {table.shape[0]}")
    return n, table[:, 0].astype(np.int64), table[:, 1].astype(np.int64), table[:, 2]
