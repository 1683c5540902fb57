// The curated publishers table (data/publishers.json), parsed once; bundled into the server and
// the viewer alike, so no file is read at run time.

import raw from "../../data/publishers.json" with { type: "json" };
import { type PublisherTable, parsePublisherTable } from "./publisher-table.js";

export const CURATED_PUBLISHERS: PublisherTable = parsePublisherTable(raw);
