#!/usr/bin/env python3
"""Independent oracle for SPEC §2–§4, written from the SPEC text only (not from the engine).

Usage: oracle.py DIR   — reads every DIR/*.json job {"dataset": …, "options": {…}} and prints one
JSON object {job name: {"cycles", "exposure", "summary", "counterpartyExposure"}} on stdout.

Options (all optional): types, statuses, basis (lists), asOf (date), backstopsCalled (bool),
view ("announced" | "committed"), includeSuperseded (bool),
maxLength (int or null = no bound), maxCycles (int or null = no bound).
"""

import json
import math
import os
import sys

import networkx as nx
import numpy as np

DEAL_TYPES = ["equity", "compute_contract", "chip_purchase", "loan", "backstop", "warrant",
              "license", "revenue_share", "other"]
DEAL_STATUSES = ["announced", "signed", "closed", "amended", "cancelled"]
AMOUNT_BASES = ["headline", "committed", "estimate", "stake_value"]


def js_key(s):
    """JavaScript string order = UTF-16 code unit order; big-endian UTF-16 bytes sort the same."""
    return s.encode("utf-16-be", "surrogatepass")


def nodes_key(nodes):
    return [js_key(n) for n in nodes]


def norm_date(d):
    parts = d.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def included_predicate(opts, deals, force_backstops=False):
    """SPEC §2 and §2.1: the options, the view, then the supersession rule over all the deals."""
    types = set(opts.get("types") or [t for t in DEAL_TYPES if t != "backstop"])
    if opts.get("backstopsCalled") or force_backstops:
        types.add("backstop")
    statuses = set(opts.get("statuses") or [s for s in DEAL_STATUSES if s != "cancelled"])
    basis = set(opts.get("basis") or [b for b in AMOUNT_BASES if b != "stake_value"])
    as_of = opts.get("asOf")
    as_of = norm_date(as_of) if as_of is not None else None
    committed = opts.get("view") == "committed"

    def passes(deal):
        if deal["type"] not in types or deal["status"] not in statuses:
            return False
        if deal["amountBasis"] not in basis:
            return False
        if as_of is not None and norm_date(deal["date"]) > as_of:
            return False
        if committed and not (deal["amountBasis"] == "committed"
                              and deal["status"] in ("signed", "closed")
                              and deal.get("condition") is None
                              and deal["type"] not in ("warrant", "backstop")):
            return False
        return True

    if opts.get("includeSuperseded"):
        return passes
    # A deal is out when a deal superseding it, directly or through a chain, passes the options:
    # walk each passing deal's chain of `supersedes` and mark every deal on it.
    by_id = {}
    for d in deals:
        by_id.setdefault(d["id"], d)
    out = set()
    for d in deals:
        if not passes(d):
            continue
        seen = set()
        target = d.get("supersedes")
        while target is not None and target not in seen:
            seen.add(target)
            out.add(target)
            nxt = by_id.get(target)
            target = nxt.get("supersedes") if nxt is not None else None
    return lambda deal: passes(deal) and deal["id"] not in out


def amount(deal):
    a = deal.get("amountUsd")
    return 0.0 if a is None else float(a)


def analyse(dataset, opts):
    ids = sorted((e["id"] for e in dataset["entities"]), key=js_key)
    n = len(ids)
    idx = {x: i for i, x in enumerate(ids)}
    inc = included_predicate(opts, dataset["deals"])
    # pair -> list of (deal id, amount) ; W via exact summation
    pair_deals = {}
    for d in dataset["deals"]:
        if d["from"] == d["to"] or not inc(d):
            continue
        pair_deals.setdefault((idx[d["from"]], idx[d["to"]]), []).append(d)
    W = np.zeros((n, n))
    for (i, j), ds in pair_deals.items():
        W[i, j] = math.fsum(amount(d) for d in ds)
    out = np.array([math.fsum(W[i, :]) for i in range(n)]) if n else np.zeros(0)
    inn = np.array([math.fsum(W[:, j]) for j in range(n)]) if n else np.zeros(0)
    deal_ids = {p: sorted((d["id"] for d in ds), key=js_key) for p, ds in pair_deals.items()}

    committed_W = committed_flows(dataset, idx, opts)
    cycles = enumerate_cycles(ids, pair_deals, deal_ids, W, committed_W, opts)
    pos = nx.DiGraph()
    pos.add_nodes_from(range(n))
    pos.add_edges_from((i, j) for (i, j) in pair_deals if W[i, j] > 0)
    r, rf, r2 = round_trip_shares(n, W, out, inn, pos)
    entities = []
    for x in range(n):
        mrt, bdeals = max_round_trip(x, n, W, pos, deal_ids)
        top, top_share = None, 0.0
        best = None
        for j in sorted(range(n), key=lambda j: js_key(ids[j])):
            if W[j, x] > 0 and (best is None or W[j, x] > best):
                best = W[j, x]
                top = ids[j]
        if top is not None:
            top_share = best / inn[x]
        vf = 0.0
        if inn[x] > 0:
            vf = math.fsum(min(W[x, c], W[c, x]) for c in range(n)
                           if W[x, c] > 0 and W[c, x] > 0) / inn[x]
        entities.append({
            "id": ids[x], "outflowUsd": out[x], "inflowUsd": inn[x],
            "roundTripShare": r[x], "roundTripShareFinnRoute": r2[x],
            "roundTripUsd": r[x] * out[x],
            "maxRoundTripUsd": mrt, "bottleneckDeals": bdeals,
            "returnProbability": rf[x],
            "topCounterparty": top, "topCounterpartyShare": top_share,
            "vendorFinancedShare": vf,
            "cycling": bool(r_positive(x, pos)),
        })

    gross = math.fsum(W.flatten()) if n else 0.0
    net = math.fsum(abs(out[i] - inn[i]) for i in range(n)) / 2
    T = [max(inn[i], out[i]) for i in range(n)]
    sumT = math.fsum(T)
    finn = math.fsum(rf[i] * T[i] for i in range(n)) / sumT if sumT > 0 else 0.0
    pairs_graph = nx.DiGraph()
    pairs_graph.add_nodes_from(range(n))
    pairs_graph.add_edges_from(pair_deals.keys())
    largest = max((len(c) for c in nx.strongly_connected_components(pairs_graph)), default=0)
    summary = {
        "entityCount": n,
        "includedDealCount": sum(len(ds) for ds in pair_deals.values()),
        "pairCount": len(pair_deals),
        "grossUsd": gross, "netUsd": net,
        "compressibleExcessUsd": gross - net,
        "compressibleShare": (gross - net) / gross if gross > 0 else 0.0,
        "finnCyclingIndex": finn,
        "cycleCount": len(cycles["cycles"]),
        "cyclesTruncated": cycles["truncated"],
        "largestComponentSize": largest,
        "cyclingEntityCount": sum(1 for e in entities if e["cycling"]),
    }
    return {
        "cycles": cycles,
        "exposure": {"entities": entities},
        "summary": summary,
        "counterpartyExposure": counterparty_exposure(dataset, ids, opts),
    }


def committed_flows(dataset, idx, opts):
    """W under the committed view with the same other options (SPEC §3 committedBottleneckUsd)."""
    inc = included_predicate({**opts, "view": "committed"}, dataset["deals"])
    W = {}
    for d in dataset["deals"]:
        if d["from"] == d["to"] or not inc(d):
            continue
        W.setdefault((idx[d["from"]], idx[d["to"]]), []).append(amount(d))
    return {pair: math.fsum(amounts) for pair, amounts in W.items()}


def enumerate_cycles(ids, pair_deals, deal_ids, W, committed_W, opts):
    G = nx.DiGraph()
    G.add_nodes_from(range(len(ids)))
    G.add_edges_from(pair_deals.keys())
    bound = opts.get("maxLength")
    found = []
    for c in nx.simple_cycles(G, length_bound=bound):
        names = [ids[i] for i in c]
        k = min(range(len(c)), key=lambda t: js_key(names[t]))
        c = c[k:] + c[:k]
        hops = [(c[t], c[(t + 1) % len(c)]) for t in range(len(c))]
        weights = [W[a, b] for a, b in hops]
        bottleneck = min(weights)
        found.append({
            "nodes": [ids[i] for i in c],
            "bottleneckUsd": bottleneck,
            "bottleneckHop": weights.index(bottleneck),
            "committedBottleneckUsd": min(committed_W.get(h, 0.0) for h in hops),
            "deals": [deal_ids[h] for h in hops],
        })
    found.sort(key=lambda cy: (-cy["bottleneckUsd"], nodes_key(cy["nodes"])))
    return {"cycles": found, "truncated": False, "total": len(found)}


def r_positive(x, pos):
    """r(x) > 0 iff x lies on a cycle of positive-W edges."""
    for j in pos.successors(x):
        if j == x or nx.has_path(pos, j, x):
            return True
    return False


def round_trip_shares(n, W, out, inn, pos):
    """Route 1: the SPEC's h-system per SCC (x removed). Route 2: Finn's (I−P)⁻¹ diagonal."""
    r = [0.0] * n
    rf = [0.0] * n
    r2 = [None] * n
    for comp in nx.strongly_connected_components(pos):
        comp = sorted(comp)
        if len(comp) < 2:
            continue
        m = len(comp)
        Q = np.zeros((m, m))  # Q[a][b] = θ(j) W[j][k] / out(j) = W[j][k] / max(in, out)
        for a, j in enumerate(comp):
            denom = max(inn[j], out[j])
            for b, k in enumerate(comp):
                Q[a, b] = W[j, k] / denom if denom > 0 else 0.0
        for a, x in enumerate(comp):
            others = [b for b in range(m) if b != a]
            A = np.eye(m - 1) - Q[np.ix_(others, others)]
            rhs = Q[others, a]
            h = np.linalg.solve(A, rhs)
            share = math.fsum(W[x, comp[b]] / out[x] * h[t] for t, b in enumerate(others))
            r[x] = share
            theta = min(1.0, out[x] / inn[x]) if inn[x] > 0 else 1.0
            rf[x] = theta * share
        # route 2: N = (I − P)^-1 on the component, when I − P is invertible (not a closed,
        # perfectly balanced class); r_F(x) = 1 − 1/N[x][x]; r(x) = r_F(x)/θ(x).
        A = np.eye(m) - Q
        if np.linalg.cond(A) < 1e4:
            N = np.linalg.inv(A)
            for a, x in enumerate(comp):
                theta = min(1.0, out[x] / inn[x]) if inn[x] > 0 else 1.0
                # 1 − 1/N[x][x] without cancellation: N = I + Q N ⇒ N[x][x] − 1 = Σ_j Q[x][j] N[j][x]
                r2[x] = math.fsum(Q[a, b] * N[b, a] for b in range(m)) / N[a, a] / theta
    for x in range(n):
        if r2[x] is None and r[x] == 0.0:
            r2[x] = 0.0
    return r, rf, r2


def max_round_trip(x, n, W, pos, deal_ids):
    comp = None
    for c in nx.strongly_connected_components(pos):
        if x in c:
            comp = c
            break
    if comp is None or len(comp) < 2:
        return 0.0, []
    H = nx.DiGraph()
    src, sink = ("src", x), ("sink", x)
    H.add_node(src)
    H.add_node(sink)

    for i in comp:
        for j in pos.successors(i):
            if j not in comp:
                continue
            u = src if i == x else i
            v = sink if j == x else j
            H.add_edge(u, v, capacity=float(W[i, j]), pair=(i, j))
    value, flow = nx.maximum_flow(H, src, sink)
    # The SPEC does not say which minimum cut names the bottleneck deals when several exist; we use
    # the one closest to the source: S = nodes reachable from the source in the residual graph
    # (networkx's own minimum_cut returns the one closest to the sink).
    def residual_positive(cap, f):
        return cap - f > 1e-12 * cap

    S = {src}
    stack = [src]
    while stack:
        u = stack.pop()
        nbrs = [(v, residual_positive(H[u][v]["capacity"], flow[u][v])) for v in H.successors(u)]
        nbrs += [(w, flow[w][u] > 1e-12 * H[w][u]["capacity"]) for w in H.predecessors(u)]
        for v, ok in nbrs:
            if ok and v not in S:
                S.add(v)
                stack.append(v)
    deals = []
    cap = 0.0
    for u, v, data in H.edges(data=True):
        if u in S and v not in S:
            deals.extend(deal_ids[data["pair"]])
            cap += data["capacity"]
    assert abs(cap - value) <= 1e-9 * max(1.0, value), (cap, value)
    return float(value), sorted(deals, key=js_key)


REVENUE = {"compute_contract", "chip_purchase", "license", "revenue_share"}
CAPITAL = {"equity", "loan"}


def counterparty_exposure(dataset, ids, opts):
    inc = included_predicate(opts, dataset["deals"], force_backstops=True)
    rows = {x: {} for x in ids}
    for d in dataset["deals"]:
        if d["from"] == d["to"] or not inc(d):
            continue
        t = d["type"]
        if t in REVENUE:
            holder, cp, part = d["to"], d["from"], "revenueUsd"
        elif t in CAPITAL:
            holder, cp, part = d["from"], d["to"], "capitalUsd"
        elif t == "backstop":
            holder, cp, part = d["from"], d["to"], "contingentUsd"
        elif t == "warrant":
            holder, cp, part = d["to"], d["from"], "warrantUsd"
        else:
            continue
        row = rows[holder].setdefault(cp, {"revenueUsd": [], "capitalUsd": [], "warrantUsd": [],
                                           "contingentUsd": [], "deals": []})
        row[part].append(amount(d))
        row["deals"].append(d["id"])
    result = []
    for x in ids:
        exposure_to = []
        for cp, row in rows[x].items():
            parts = {k: math.fsum(row[k]) for k in
                     ("revenueUsd", "capitalUsd", "warrantUsd", "contingentUsd")}
            exposure_to.append({
                "counterparty": cp,
                "amountUsd": math.fsum(row["revenueUsd"] + row["capitalUsd"] + row["warrantUsd"]
                                       + row["contingentUsd"]),
                **parts,
                "deals": sorted(row["deals"], key=js_key),
            })
        exposure_to.sort(key=lambda rw: (-rw["amountUsd"], js_key(rw["counterparty"])))
        total = math.fsum(rw["amountUsd"] for rw in exposure_to)
        contingent = math.fsum(rw["contingentUsd"] for rw in exposure_to)
        top = None
        if exposure_to and total > 0:
            top = {"counterparty": exposure_to[0]["counterparty"],
                   "amountUsd": exposure_to[0]["amountUsd"],
                   "share": exposure_to[0]["amountUsd"] / total}
        result.append({"id": x, "exposureTo": exposure_to, "totalExposureUsd": total,
                       "contingentUsd": contingent, "topExposure": top})
    return result


def to_jsonable(v):
    if isinstance(v, dict):
        return {k: to_jsonable(w) for k, w in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_jsonable(w) for w in v]
    if isinstance(v, (np.floating,)):
        return float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    return v


def run_jobs(solve):
    """The oracles' runner: solve(job) for every job in DIR/*.json (DIR = argv[1]), printed as one
    JSON object {job name: result} on stdout (test/cross-check/python-oracle.ts reads it)."""
    directory = sys.argv[1]
    results = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            job = json.load(f)
        results[name[:-5]] = solve(job)
    sys.stdout.write(json.dumps(to_jsonable(results), ensure_ascii=True))


def main():
    run_jobs(lambda job: analyse(job["dataset"], job.get("options", {})))


if __name__ == "__main__":
    main()
