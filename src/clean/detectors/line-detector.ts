// Most detectors judge one line at a time; this turns such a test into a Detector.
import { type Cut, type Detector, type TextDoc, wholeLine } from '../text-doc.ts';

/** A detector that cuts every live line (as it reads after earlier cuts) that `test` accepts. */
export function lineDetector(name: string, test: (text: string, i: number, doc: TextDoc) => boolean): Detector {
  return {
    name,
    detect(doc) {
      const cuts: Cut[] = [];
      for (let i = 0; i < doc.lines.length; i++) {
        if (doc.isLive(i) && test(doc.text(i), i, doc)) cuts.push(wholeLine(doc, i, name));
      }
      return cuts;
    },
  };
}
