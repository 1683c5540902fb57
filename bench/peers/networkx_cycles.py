"""Count the elementary cycles of length ≤ K with networkx: simple_cycles(G, length_bound=K).

Usage: networkx_cycles.py EDGE_LIST K  → prints JSON {count, loadSeconds, enumSeconds}.
"""

import json
import sys
import time

import networkx as nx

from read_edge_list import read_edge_list


def main():
    path, k = sys.argv[1], int(sys.argv[2])
    start = time.perf_counter()
    n, sources, targets, _ = read_edge_list(path)
    graph = nx.DiGraph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(zip(sources.tolist(), targets.tolist()))
    loaded = time.perf_counter()
    count = sum(1 for _ in nx.simple_cycles(graph, length_bound=k))
    done = time.perf_counter()
    print(json.dumps({
        "peer": "networkx", "version": nx.__version__, "count": count,
        "loadSeconds": loaded - start, "enumSeconds": done - loaded,
    }))


if __name__ == "__main__":
    main()
