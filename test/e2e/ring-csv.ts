// A CSV ring of `n` entities E0 → E1 → … → E(n−1) → E0, one loan each: issue 16's 878 KB upload at
// n = 20,000 (one component that the viewer must draw, lay out and analyse).

export function ringCsv(n: number): Buffer {
  let csv = "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n";
  for (let i = 0; i < n; i++) {
    csv += `E${i},E${(i + 1) % n},loan,${1000 + i},2025,signed,committed,https://example.com/${i}\n`;
  }
  return Buffer.from(csv);
}
