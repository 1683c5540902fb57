// The viewer's analysis worker: answers one request at a time (see answer-analysis.ts). The model
// keeps one worker per kind of request and replaces a busy one when a newer request comes; the
// dataset comes with the first request and stays here.

import { type AnalysisMessage, createMessageAnswerer } from "./answer-analysis.js";

const answer = createMessageAnswerer();

self.onmessage = (event: MessageEvent<AnalysisMessage>) => {
  self.postMessage(answer(event.data));
};
