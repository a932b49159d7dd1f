// The agreement's own date rules, sentence by sentence, in every language: what a rule dates, from which event,
// with which offset; and the day a threshold of instruments was reached. Every sentence is our own wording.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateMention } from '../../types.ts';
import { readRules } from './index.ts';

type Expect = {
  what?: string;
  from: string;
  days?: number;
  months?: number;
  years?: number;
  anchor?: string;
  threshold?: number;
  for?: string;
  conditional?: boolean;
};

function rule(text: string, language: string, want: Expect | null) {
  const got = readRules(text, language, []).rules ?? [];
  if (!want) return assert.deepEqual(got, [], text);
  assert.equal(got.length, 1, `${text}: ${JSON.stringify(got)}`);
  const r = got[0];
  assert.equal(r.what, want.what ?? 'entry-into-force', text);
  assert.equal(r.from, want.from, text);
  assert.deepEqual(
    { days: r.offset.days, months: r.offset.months, years: r.offset.years, anchor: r.offset.anchor },
    { days: want.days ?? 0, months: want.months ?? 0, years: want.years ?? 0, anchor: want.anchor ?? 'day' },
    text,
  );
  assert.equal(r.threshold, want.threshold ?? null, text);
  assert.equal(r.for, want.for ?? 'agreement', text);
  assert.equal(r.conditional, want.conditional ?? false, text);
  assert.equal(text.slice(r.start, r.end), r.text);
}

const RULES: [string, string, Expect | null][] = [
  // English
  ['en', 'The accord shall enter into force on the thirtieth day after the exchange of the instruments of ratification.', { from: 'exchange', days: 30 }],
  [
    'en',
    'This Convention enters into force 60 days after the date of deposit of the fortieth instrument of ratification, acceptance or accession.',
    { from: 'threshold', days: 60, threshold: 40 },
  ],
  ['en', 'The pact will take effect on the date of the exchange of notes confirming that internal procedures are complete.', { from: 'exchange', days: 0 }],
  [
    'en',
    'It comes into force on the first day of the second month following the month in which the parties exchanged notifications.',
    { from: 'exchange', months: 2, anchor: 'first-of-month' },
  ],
  ['en', 'The agreement enters into force upon signature.', { from: 'signature', days: 0 }],
  [
    'en',
    'The Protocol shall enter into force on the ninetieth day following the date of receipt of the last notification.',
    { from: 'notification', days: 90 },
  ],
  [
    'en',
    'For each State that ratifies the Convention after the deposit of the twentieth instrument, it shall enter into force on the thirtieth day after the deposit by such State of its instrument.',
    { from: 'own-deposit', days: 30, for: 'each-later-state' },
  ],
  ['en', 'Withdrawal takes effect twelve months after the depositary receives the notification.', { what: 'withdrawal', from: 'notice', months: 12 }],
  [
    'en',
    'The pact enters into force 30 days after at least 55 Parties accounting for 55 per cent of emissions have deposited their instruments.',
    { from: 'threshold', days: 30, threshold: 55, conditional: true },
  ],
  ['en', 'The treaty entered into force on Thursday, about a month after the exchange of instruments.', null],
  ['en', 'The ministers said the deal could enter into force within 90 days after signature.', null],
  [
    'en',
    'Unless either party gives notice of termination six months before the expiry of the current period, it is renewed.',
    { what: 'notice', from: 'expiry', months: -6 },
  ],
  // Russian
  ['ru', 'Договор вступает в силу на тридцатый день после обмена ратификационными грамотами.', { from: 'exchange', days: 30 }],
  [
    'ru',
    'Конвенция вступает в силу через 90 дней после сдачи на хранение пятидесятой ратификационной грамоты.',
    { from: 'threshold', days: 90, threshold: 50 },
  ],
  ['ru', 'Соглашение вступает в силу с даты его подписания.', { from: 'signature', days: 0 }],
  ['ru', 'Выход из договора вступает в силу через двенадцать месяцев после получения уведомления.', { what: 'withdrawal', from: 'notice', months: 12 }],
  // German
  ['de', 'Der Vertrag tritt am dreißigsten Tag nach dem Austausch der Ratifikationsurkunden in Kraft.', { from: 'exchange', days: 30 }],
  [
    'de',
    'Das Übereinkommen tritt neunzig Tage nach Hinterlegung der fünfzigsten Ratifikationsurkunde in Kraft.',
    { from: 'threshold', days: 90, threshold: 50 },
  ],
  [
    'de',
    'Das Abkommen tritt am ersten Tag des zweiten Monats nach dem Austausch der Noten in Kraft.',
    { from: 'exchange', months: 2, anchor: 'first-of-month' },
  ],
  ['de', 'Die Kündigung wird sechs Monate nach Eingang der Notifikation wirksam.', { what: 'withdrawal', from: 'notice', months: 6 }],
  // French
  ['fr', "L'accord entre en vigueur le trentième jour suivant l'échange des instruments de ratification.", { from: 'exchange', days: 30 }],
  [
    'fr',
    'La convention entrera en vigueur 90 jours après le dépôt du cinquantième instrument de ratification.',
    { from: 'threshold', days: 90, threshold: 50 },
  ],
  [
    'fr',
    'Le traité entre en vigueur le premier jour du mois suivant la réception de la dernière notification.',
    { from: 'notification', months: 1, anchor: 'first-of-month' },
  ],
  ['fr', 'Le retrait prend effet un an après la réception de la notification par le dépositaire.', { what: 'withdrawal', from: 'notice', years: 1 }],
  // Spanish
  ['es', 'El tratado entrará en vigor el trigésimo día siguiente al canje de los instrumentos de ratificación.', { from: 'exchange', days: 30 }],
  [
    'es',
    'La convención entrará en vigor 90 días después del depósito del quincuagésimo instrumento de ratificación.',
    { from: 'threshold', days: 90, threshold: 50 },
  ],
  ['es', 'El acuerdo entrará en vigor en la fecha de su firma.', { from: 'signature', days: 0 }],
  ['es', 'La denuncia surtirá efecto seis meses después de la recepción de la notificación.', { what: 'withdrawal', from: 'notice', months: 6 }],
  // Arabic
  ['ar', 'تدخل المعاهدة حيز التنفيذ في اليوم الثلاثين من تاريخ تبادل وثائق التصديق.', { from: 'exchange', days: 30 }],
  // Notice before the end of a term, in other words than the English
  [
    'en',
    'Either side may end the pact by notifying the other at least three months before the expiration of the term.',
    { what: 'notice', from: 'expiry', months: -3 },
  ],
  ['de', 'Das Abkommen verlängert sich, sofern es nicht sechs Monate vor Ablauf schriftlich gekündigt wird.', { what: 'notice', from: 'expiry', months: -6 }],
  ['es', 'Se prorrogará salvo notificación escrita tres meses antes de su vencimiento.', { what: 'notice', from: 'expiry', months: -3 }],
  [
    'ru',
    'Договор продлевается, если ни одна из сторон не направит уведомление за шесть месяцев до истечения срока.',
    { what: 'notice', from: 'expiry', months: -6 },
  ],
  // Not rules: another instrument's step, a plain report with no offset
  ['en', 'The parliament approved the treaty on 3 May, thirty days after the government submitted it.', null],
  ['en', 'The agreement entered into force on 1 March.', null],
];

for (const [language, text, want] of RULES) test(`rule (${language}): ${text.slice(0, 70)}`, () => rule(text, language, want));

const day = (value: string, text: string, body: string): DateMention => ({ value, text, start: body.indexOf(text), end: body.indexOf(text) + text.length });

function threshold(text: string, language: string, dates: [string, string][], want: { count: number | null; date: string } | null) {
  const got =
    readRules(
      text,
      language,
      dates.map(([v, t]) => day(v, t, text)),
    ).thresholds ?? [];
  if (!want) return assert.deepEqual(got, [], text);
  assert.equal(got.length, 1, `${text}: ${JSON.stringify(got)}`);
  assert.deepEqual({ count: got[0].count, date: got[0].date }, want, text);
}

const THRESHOLDS: [string, string, [string, string][], { count: number | null; date: string } | null][] = [
  ['en', 'Benin became the 40th state to ratify the convention on 14 March 2019.', [['2019-03-14', '14 March 2019']], { count: 40, date: '2019-03-14' }],
  [
    'en',
    'The convention took effect on 12 May, sixty days after the fortieth instrument was deposited on 13 March.',
    [
      ['2019-05-12', '12 May'],
      ['2019-03-13', '13 March'],
    ],
    { count: 40, date: '2019-03-13' },
  ],
  [
    'en',
    'The threshold for entry into force was reached on 2 June 2022, when Chile deposited its instrument.',
    [['2022-06-02', '2 June 2022']],
    { count: null, date: '2022-06-02' },
  ],
  ['en', 'Fiji is expected to become the 40th state to ratify on 14 March 2019.', [['2019-03-14', '14 March 2019']], null],
  [
    'ru',
    'Пятидесятая ратификационная грамота была сдана на хранение 24 октября 2020 года.',
    [['2020-10-24', '24 октября 2020 года']],
    { count: 50, date: '2020-10-24' },
  ],
  [
    'de',
    'Am 24. Oktober 2020 hinterlegte Ghana als fünfzigster Staat seine Ratifikationsurkunde.',
    [['2020-10-24', '24. Oktober 2020']],
    { count: 50, date: '2020-10-24' },
  ],
  [
    'fr',
    'Le 24 octobre 2020, le Ghana a déposé le cinquantième instrument de ratification.',
    [['2020-10-24', '24 octobre 2020']],
    { count: 50, date: '2020-10-24' },
  ],
  [
    'es',
    'Ghana depositó el 24 de octubre de 2020 el quincuagésimo instrumento de ratificación.',
    [['2020-10-24', '24 de octubre de 2020']],
    { count: 50, date: '2020-10-24' },
  ],
  ['en', 'Ghana ratified the convention in 2020.', [['2020', '2020']], null],
];

for (const [language, text, dates, want] of THRESHOLDS) test(`threshold (${language}): ${text.slice(0, 70)}`, () => threshold(text, language, dates, want));
