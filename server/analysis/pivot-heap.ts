// The Markowitz pivot queue of the sparse GTH elimination (gth-factor.ts): a binary min-heap of
// (cost, index) pairs, ties broken by index so that the pivot order is deterministic.
// Reference: H. M. Markowitz, "The elimination form of the inverse", Management Science 3(3), 1957.

/** Binary min-heap of (cost, index), ties by index, with lazy deletion by the caller. */
export class PivotHeap {
  private costs = new Float64Array(64);
  private indices = new Int32Array(64);
  private size = 0;
  /** The cost of the entry last returned by popIndex. */
  poppedCost = 0;

  push(cost: number, index: number): void {
    if (this.size === this.costs.length) {
      const costs = new Float64Array(this.size * 2);
      costs.set(this.costs);
      this.costs = costs;
      const indices = new Int32Array(this.size * 2);
      indices.set(this.indices);
      this.indices = indices;
    }
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!precedes(cost, index, this.costs[parent]!, this.indices[parent]!)) break;
      this.costs[at] = this.costs[parent]!;
      this.indices[at] = this.indices[parent]!;
      at = parent;
    }
    this.costs[at] = cost;
    this.indices[at] = index;
  }

  popIndex(): number {
    const { costs, indices } = this;
    const index = indices[0]!;
    this.poppedCost = costs[0]!;
    const size = --this.size;
    const cost = costs[size]!;
    const moved = indices[size]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (
        child + 1 < size &&
        precedes(costs[child + 1]!, indices[child + 1]!, costs[child]!, indices[child]!)
      ) {
        child++;
      }
      if (!precedes(costs[child]!, indices[child]!, cost, moved)) break;
      costs[at] = costs[child]!;
      indices[at] = indices[child]!;
      at = child;
    }
    costs[at] = cost;
    indices[at] = moved;
    return index;
  }
}

function precedes(cost: number, index: number, otherCost: number, otherIndex: number): boolean {
  return cost < otherCost || (cost === otherCost && index < otherIndex);
}
