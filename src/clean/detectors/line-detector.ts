// Most detectors judge one line at a time; this turns such a test into a Detector.
import { type Cut, type Detector, type TextDoc, wholeLine } from '../text-doc.ts';

/**
 * A detector that cuts every live line (as it reads after earlier cuts) that `test` accepts; `zonal` when the
 * test asks where the line stands (doc.inHeader / doc.inTail).
 */
export function lineDetector(name: string, test: (text: string, i: number, doc: TextDoc) => boolean, zonal = false): Detector {
  return {
    name,
    zonal,
    detect(doc) {
      const cuts: Cut[] = [];
      for (let i = 0; i < doc.lines.length; i++) {
        if (doc.isLive(i) && test(doc.text(i), i, doc)) cuts.push(wholeLine(doc, i, name));
      }
      return cuts;
    },
  };
}
