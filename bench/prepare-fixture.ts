// Write a generated network to bench/results/raw/fixtures/NAME.json (canonical dataset) and NAME.edges
// (the edge list of W for the Python peers), reusing files a previous run wrote for the same spec.

import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatEdgeList } from "./format-edge-list.js";
import { generateNetwork, type NetworkSpec } from "./generate-network.js";

export const FIXTURES_DIR = new URL("./results/raw/fixtures/", import.meta.url).pathname;

export interface Fixture {
  name: string;
  spec: NetworkSpec;
  datasetPath: string;
  edgeListPath: string;
  /** Number of pairs of W (distinct included non-self-loop pairs). */
  pairs: number;
}

export async function prepareFixture(spec: NetworkSpec): Promise<Fixture> {
  const name = `${spec.shape}-n${spec.n}-m${spec.m}-s${spec.seed}`;
  await mkdir(FIXTURES_DIR, { recursive: true });
  const datasetPath = join(FIXTURES_DIR, `${name}.json`);
  const edgeListPath = join(FIXTURES_DIR, `${name}.edges`);
  if (!existsSync(datasetPath) || !existsSync(edgeListPath)) {
    const dataset = generateNetwork(spec);
    await writeFile(edgeListPath, formatEdgeList(dataset));
    await writeFile(datasetPath, JSON.stringify(dataset));
  }
  const header = (await readFile(edgeListPath, "utf8")).slice(0, 64).split("\n")[0]!;
  const pairs = Number(header.split(" ")[1]);
  return { name, spec, datasetPath, edgeListPath, pairs };
}
