// A withdrawal told in two steps: the notice a state serves, then its withdrawal taking effect months later.
// A multilateral agreement goes on without the state, which is recorded as having denounced it the day its
// withdrawal takes effect (the notice only starts the clock). A bilateral one ends then (Vienna Convention,
// arts. 54-56): the notice, or the act denouncing it, is the state's denunciation, and the withdrawal taking
// effect is the agreement's termination.
import type { Observation } from './types.ts';

/** Cues of a notice of withdrawal served (src/read/events: `en:notice-of-withdrawal`, `fr:…`, `ru:…`). */
const NOTICE_CUE = /notice-of-withdrawal/;
/** Words of a denunciation act or notice rather than of the withdrawal taking effect ("denounced the treaty",
 *  "signed the law denouncing", "dénoncé", "денонсировал", "gekündigt"), in en, fr, es, de, ru. */
const DENUNCIATION_ACT = /denounc|dénon|denunci|денонс|kündig|notice|notif|уведом|mitgeteilt|signed|signs|signé|firm[óa]|unterzeichne|подписа/iu;

export function withdrawalSteps(observations: Observation[], multilateral: boolean): Observation[] {
  return observations.flatMap((o) => {
    if (o.step !== 'denounced') return [o];
    const notice = NOTICE_CUE.test(o.cue);
    if (multilateral) return notice ? [] : [o];
    if (notice || DENUNCIATION_ACT.test(o.text)) return [o];
    return [{ ...o, step: 'terminated', party: null, body: null }];
  });
}
