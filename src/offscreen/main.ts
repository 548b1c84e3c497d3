/**
 * Chrome's offscreen document: an invisible extension page the background opens once per browser session
 * (src/background/analysis-holder.ts), only to hold the shared analysis worker, since Chrome's background is a
 * service worker and cannot. It has no other job, reads no page and answers no message.
 */
import { holdAnalysisWorker } from "../worker/holder";

holdAnalysisWorker();
