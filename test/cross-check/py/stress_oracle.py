#!/usr/bin/env python3
"""Independent oracle for SPEC §6 (stress scenarios), written from the SPEC text only.

Usage: stress_oracle.py DIR — reads every DIR/*.json job
{"dataset": …, "options": {inclusion options as in oracle.py},
 "stress": {"shocks": [[id, share], …], "model": "debtrank"|"cascade", "recovery": R, "capitalShare": K}}
and prints one JSON object {job name: {model, converged, rounds, debtRank, systemLossUsd,
totalCapitalUsd, entities: [{id, capitalUsd, capitalBasis, shock, relativeLoss, lossUsd, defaulted,
defaultRound}]}} on stdout.

The exposure matrix is oracle.py's counterparty exposure (§4); the rounds are plain Python loops over
dense lists with exact sums (math.fsum), a different route from the engine's sparse rows.
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from oracle import amount, counterparty_exposure, included_predicate, js_key, run_jobs  # noqa: E402

DEFAULT_TOLERANCE = 1e-12
MAX_ROUNDS = 10_000


def exposure_matrix(dataset, ids, opts):
    """A[x][y] (§6): the funded part of E[x][y]; the contingent part too when backstops are called."""
    called = bool(opts.get("backstopsCalled"))
    index = {x: i for i, x in enumerate(ids)}
    n = len(ids)
    A = [[0.0] * n for _ in range(n)]
    for row in counterparty_exposure(dataset, ids, opts):
        x = index[row["id"]]
        for e in row["exposureTo"]:
            parts = [e["revenueUsd"], e["capitalUsd"], e["warrantUsd"]]
            if called:
                parts.append(e["contingentUsd"])
            A[x][index[e["counterparty"]]] = math.fsum(parts)
    return A


def throughput(dataset, ids, opts):
    """in(x) and out(x) of the flow matrix W under the inclusion options (§2)."""
    inc = included_predicate(opts, dataset["deals"])
    flows_in = {x: [] for x in ids}
    flows_out = {x: [] for x in ids}
    for d in dataset["deals"]:
        if d["from"] == d["to"] or not inc(d):
            continue
        flows_out[d["from"]].append(amount(d))
        flows_in[d["to"]].append(amount(d))
    return ({x: math.fsum(v) for x, v in flows_in.items()},
            {x: math.fsum(v) for x, v in flows_out.items()})


def capitals(dataset, ids, opts, capital_share):
    inflow, outflow = throughput(dataset, ids, opts)
    by_id = {e["id"]: e for e in dataset["entities"]}
    result = []
    for x in ids:
        equity = (by_id[x].get("financials") or {}).get("equityUsd")
        if equity is not None and equity > 0:
            result.append((float(equity), "equity"))
        else:
            result.append((capital_share * max(inflow[x], outflow[x]), "throughput"))
    return result


def debtrank(A, C, s):
    n = len(C)
    h = list(s)
    default_round = [0 if s[x] >= 1 - 1e-12 else None for x in range(n)]
    rounds = 0
    converged = False
    while rounds < MAX_ROUNDS:
        rounds += 1
        nxt = []
        for x in range(n):
            if C[x] == 0:
                nxt.append(s[x])
                continue
            spread = math.fsum(A[x][y] / C[x] * h[y] for y in range(n) if A[x][y] != 0)
            nxt.append(min(1.0, s[x] + spread))
        change = max((abs(a - b) for a, b in zip(nxt, h)), default=0.0)
        h = nxt
        for x in range(n):
            if default_round[x] is None and h[x] >= 1 - 1e-12:
                default_round[x] = rounds
        if change < DEFAULT_TOLERANCE:
            converged = True
            break
    defaulted = [h[x] >= 1 - 1e-12 for x in range(n)]
    return h, defaulted, default_round, rounds, converged


def cascade(A, C, s, recovery):
    n = len(C)
    default_round = [0 if s[x] == 1 else None for x in range(n)]

    def loss(x):
        hit = math.fsum(A[x][y] for y in range(n) if default_round[y] is not None)
        return s[x] * C[x] + (1 - recovery) * hit

    rounds = 0
    k = 0
    while True:
        k += 1
        new = [x for x in range(n) if default_round[x] is None and C[x] > 0 and loss(x) >= C[x]]
        if not new:
            break
        for x in new:
            default_round[x] = k
        rounds = k
    rel = []
    for x in range(n):
        rel.append(s[x] if C[x] == 0 else min(1.0, loss(x) / C[x]))
    defaulted = [r is not None for r in default_round]
    return rel, defaulted, default_round, rounds, True


def stress(dataset, opts, spec):
    ids = sorted((e["id"] for e in dataset["entities"]), key=js_key)
    A = exposure_matrix(dataset, ids, opts)
    caps = capitals(dataset, ids, opts, spec.get("capitalShare", 0.25))
    C = [c for c, _ in caps]
    shocks = {x: share for x, share in spec.get("shocks", [])}
    s = [float(shocks.get(x, 0.0)) for x in ids]
    model = spec.get("model", "debtrank")
    if model == "debtrank":
        rel, defaulted, default_round, rounds, converged = debtrank(A, C, s)
    else:
        rel, defaulted, default_round, rounds, converged = cascade(A, C, s, spec.get("recovery", 0.0))
    loss = [min(rel[x] * C[x], C[x]) for x in range(len(ids))]
    total = math.fsum(C)
    beyond = math.fsum((rel[x] - s[x]) * C[x] for x in range(len(ids)))
    return {
        "model": model,
        "converged": converged,
        "rounds": rounds,
        "debtRank": beyond / total if total > 0 else 0.0,
        "systemLossUsd": math.fsum(loss),
        "totalCapitalUsd": total,
        "entities": [{
            "id": x, "capitalUsd": C[i], "capitalBasis": caps[i][1], "shock": s[i],
            "relativeLoss": rel[i], "lossUsd": loss[i], "defaulted": defaulted[i],
            "defaultRound": default_round[i] if defaulted[i] else None,
        } for i, x in enumerate(ids)],
    }


def main():
    run_jobs(lambda job: stress(job["dataset"], job.get("options", {}), job["stress"]))


if __name__ == "__main__":
    main()
