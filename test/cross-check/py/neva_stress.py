"""Stress scenarios computed by NEVA (github marcobardoscia/neva), for the cross-check and the benchmark.

Each system is a set of banks: bank x has book equity C[x] and interbank assets A[x][y] (what x
stands to lose if y cannot pay). Mapped onto NEVA's balance sheets: external assets C[x], external
liabilities sum_y A[x][y], no interbank liabilities, so the face-value equity is C[x]. A shock s[x]
removes s[x]*C[x] of external assets and equity (as neva.utils.shock_and_solve does), then
BankingSystem.fixedpoint_equity iterates the valuation map.

- debtrank: ibeval = neva.ibeval.lin_dr(E, E0) with each bank's OWN initial equity bound in the
  closure (shock_and_solve's 'linear_dr' binds every bank to the last bank's: a late-binding lambda).
- cascade: ibeval = neva.ibeval.furfine (recovery 0) or neva.ibeval.roukny_battiston(E, rho).

Relative loss = clip((E0 - E) / E0, 0, 1); defaulted (cascade) = E <= 0.

Usage: neva_stress.py NEVA_PARENT_DIR JOBS.json [--time RUNS]
JOBS.json: [{"name", "model", "recovery", "capital": [...], "shock": [...], "rows": [[x, y, A], ...]}]
Prints {name: {"relativeLoss": [...], "defaulted": [...], "rounds": k, "seconds": [...]}} as JSON.
"""

import json
import sys
import time


def build(neva, job):
    n = len(job["capital"])
    held = [[] for _ in range(n)]
    for x, y, amount in job["rows"]:
        held[x].append((y, amount))
    banks = [
        neva.Bank(extasset=job["capital"][x], extliab=sum(a for _, a in held[x]), ibliabtot=0,
                  name=str(x))
        for x in range(n)
    ]
    for x in range(n):
        banks[x].set_ibasset([(banks[y], amount) for y, amount in held[x]])
    tol, maxiter = (1e-14, 10000) if job["model"] == "debtrank" else (1e-300, n + 2)
    system = neva.BankingSystem(banks, tol=tol, maxiter=maxiter)
    equity0 = [b.get_naiveequity() for b in banks]
    for x, bank in enumerate(banks):
        if job["model"] == "debtrank":
            bank.ibeval = (lambda e, e0=equity0[x]: neva.ibeval.lin_dr(e, e0))
        elif job["recovery"] == 0:
            bank.ibeval = neva.ibeval.furfine
        else:
            bank.ibeval = (lambda e, rho=job["recovery"]: neva.ibeval.roukny_battiston(e, rho))
        delta = job["shock"][x] * equity0[x]
        bank.equity -= delta
        bank.extasset -= delta
    return system, equity0


def solve(neva, job):
    system, equity0 = build(neva, job)
    system.set_history(True)
    start = time.perf_counter()
    system.fixedpoint_equity()
    seconds = time.perf_counter() - start
    equity = system.get_equity()
    relative = [min(1.0, max(0.0, (e0 - e) / e0)) for e, e0 in zip(equity, equity0)]
    return {
        "relativeLoss": relative,
        "defaulted": [e <= 0 for e in equity],
        "rounds": len(system.history) - 1,
        "seconds": seconds,
    }


def main():
    sys.path.insert(0, sys.argv[1])
    import neva  # noqa: E402  (found through the path given on the command line)

    with open(sys.argv[2]) as handle:
        jobs = json.load(handle)
    runs = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--time" else 1
    out = {}
    for job in jobs:
        results = [solve(neva, job) for _ in range(runs)]
        first = results[0]
        first["seconds"] = [r["seconds"] for r in results]
        out[job["name"]] = first
    print(json.dumps(out))


if __name__ == "__main__":
    main()
