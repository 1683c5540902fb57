// The viewer's analysis worker: answers one request at a time (see answer-analysis.ts). The model
// keeps one worker per kind of request and replaces a busy one when a newer request comes.

import { type AnalysisRequest, type AnalysisResponse, answerAnalysis } from "./answer-analysis.js";

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let response: AnalysisResponse;
  try {
    response = answerAnalysis(event.data);
  } catch (error) {
    response = {
      kind: "error",
      id: event.data.id,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
};
