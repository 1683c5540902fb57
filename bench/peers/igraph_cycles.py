"""Count the elementary cycles of length 2..K with python-igraph (C core): Graph.simple_cycles.

Usage: igraph_cycles.py EDGE_LIST K  → prints JSON {count, loadSeconds, enumSeconds}.
"""

import json
import sys
import time

import igraph

from read_edge_list import read_edge_list


def main():
    path, k = sys.argv[1], int(sys.argv[2])
    start = time.perf_counter()
    n, sources, targets, _ = read_edge_list(path)
    graph = igraph.Graph(n=n, edges=list(zip(sources.tolist(), targets.tolist())), directed=True)
    if not graph.is_simple():
        raise SystemExit("igraph_cycles: the edge list must be a simple digraph")
    loaded = time.perf_counter()
    # min/max count vertices; a 2-cycle a→b→a has 2 vertices, self-loops (1) are excluded.
    count = len(graph.simple_cycles(min=2, max=k))
    done = time.perf_counter()
    print(json.dumps({
        "peer": "igraph", "version": igraph.__version__, "count": count,
        "loadSeconds": loaded - start, "enumSeconds": done - loaded,
    }))


if __name__ == "__main__":
    main()
