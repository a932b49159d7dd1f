// A withdrawal told in two steps: the notice a state serves (or the act denouncing the agreement, or the deposit
// of its instrument of withdrawal), then its withdrawal taking effect months later. The notice is the state's
// denunciation, as the UN Treaty Collection records it. The withdrawal taking effect ends a bilateral agreement
// (Vienna Convention, arts. 54-56): its termination. A multilateral one goes on without the state: the
// termination is that state's.
import type { Observation } from './types.ts';

/** Cues of a notice of withdrawal served (src/read/events: `en:notice-of-withdrawal`, `fr:…`, `ru:…`). */
const NOTICE_CUE = /notice-of-withdrawal/;
/** Words of a denunciation act or notice rather than of the withdrawal taking effect ("denounced the treaty",
 *  "signed the law denouncing", "dénoncé", "денонсировал", "gekündigt"), in en, fr, es, de, ru. */
const DENUNCIATION_ACT = /denounc|dénon|denunci|денонс|kündig|notice|notif|уведом|mitgeteilt|signed|signs|signé|firm[óa]|unterzeichne|подписа/iu;

export function withdrawalSteps(observations: Observation[], multilateral: boolean): Observation[] {
  return observations.map((o) => {
    if (o.step !== 'denounced' || NOTICE_CUE.test(o.cue) || DENUNCIATION_ACT.test(o.text)) return o;
    return multilateral ? { ...o, step: 'terminated' } : { ...o, step: 'terminated', party: null, body: null };
  });
}
