// Classes of page junk that unseen outlets print, each in its own wording and in several languages: every detector
// together (cleanText), since which detector takes a line matters less than that the report's sentences stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from './index.ts';

const LEAD = 'The two governments signed the fisheries accord in Reykjavik on Thursday, officials said.';
const MORE = 'The accord runs to 14 articles and sets quotas for three species.';

/** The junk line, set at the given place among reporting lines, is cut; the reporting lines stay. */
function assertCut(junk: string, where: 'head' | 'middle' | 'foot' = 'foot') {
  const lines = where === 'head' ? [junk, '', LEAD, '', MORE] : where === 'middle' ? [LEAD, '', junk, '', MORE] : [LEAD, '', MORE, '', junk];
  const out = cleanText(lines.join('\n'));
  assert.ok(!out.body.includes(junk.slice(0, 30)), `kept: ${junk}`);
  assert.ok(out.body.includes(LEAD) && out.body.includes(MORE), `lost the report beside: ${junk}`);
}

/** A reporting line stays whole. */
function assertKept(line: string) {
  const text = [LEAD, '', line, '', MORE].join('\n');
  assert.equal(cleanText(text).body, text, line);
}

test('wire handling lines above the story (urgency, release, embargo) go, in six languages', () => {
  for (const l of [
    'PRIORITY - for immediate release',
    'Flash — for immediate publication',
    'СРОЧНО — для немедленной публикации',
    'Eilmeldung – zur sofortigen Veröffentlichung',
    'Urgent – diffusion immédiate',
    'Urgente - para difusión inmediata',
    'عاجل - للنشر الفوري',
  ])
    assertCut(l, 'head');
});

test('a report about urgency or a release stays', () => {
  assertKept('Urgent talks on the accord resumed in Geneva on Monday.');
  assertKept('The ministry said the prisoners were due for immediate release under the accord.');
});

test('notices on quoting and reuse go, in six languages', () => {
  for (const l of [
    'When citing this report, a hyperlink to Northern Dispatch is mandatory.',
    'Redistribution of this story without prior written consent is prohibited.',
    'Coast Herald content may not be republished without permission.',
    'Briefings may be reproduced freely with attribution.',
    'При цитировании гиперссылка на «Северный курьер» обязательна.',
    'Bei Zitaten ist die Quellenangabe Ostsee-Bote Pflicht.',
    'En cas de citation, la mention de la source est obligatoire.',
    'Al citar, es obligatorio un enlace a Diario del Valle.',
    'يرجى ذكر المصدر عند الاقتباس',
  ])
    assertCut(l);
});

test('a report about reproduction rights stays', () => {
  assertKept('The accord says neither side may reproduce the charts without permission of the other.');
});

test('comment widgets in other wordings go', () => {
  for (const l of [
    'Comments are closed on this story.',
    'Comments (48) · Share',
    'Les commentaires sont fermés pour cet article.',
    'Les commentaires sont réservés aux abonnés.',
    'Los comentarios están reservados a los suscriptores.',
    'Kommentare sind für diesen Beitrag geschlossen.',
  ])
    assertCut(l);
});

test('article meters and log-in pitches in other wordings go', () => {
  for (const l of [
    'You have reached your limit of free reports this week.',
    'Subscriber? Log in here to keep reading.',
    'Vous avez lu 2 articles gratuits ce mois-ci.',
    'Ha leído 4 artículos gratuitos este mes.',
    'Sie haben 3 kostenlose Artikel gelesen.',
    'Jetzt KB+ testen: 2 Wochen für 1 €',
  ])
    assertCut(l);
});

test('a bulletin telling how it is sent, and how to get it, goes', () => {
  for (const l of [
    'Fjord Policy Notes is sent to members every Friday.',
    'Fjord Policy Notes is distributed to members and partners.',
    'To receive FJORD NOTES by email, write to notes@fjord.example.',
    'Enjoying Fjord Notes? Forward it to a colleague.',
    '¿Le gusta este boletín? Suscríbase gratis y recíbalo cada viernes en su correo.',
    '¿Le interesan los océanos? Apúntese gratis a nuestra carta semanal y recíbala cada viernes en su correo',
    'Enjoying Fjord Notes? Forward it to a colleague. Paid members get the full archive and a monthly call.',
  ])
    assertCut(l);
});

test('follow and listen prompts go, in five languages', () => {
  for (const l of [
    'Follow The Valley Courier on Telegram for breaking news.',
    'Listen to our Morning Briefing every weekday at 07:00 GMT.',
    'Suivez Le Courrier du Lac sur Facebook et X.',
    'Síguenos en Instagram para más noticias.',
    'تابعونا على تويتر وإنستغرام',
    'تابعوا صوت الساحل على فيسبوك وتويتر',
  ])
    assertCut(l);
});

test('a report about following or listening stays', () => {
  assertKept('Follow-up talks on the quotas are expected in May, the ministry said.');
  assertKept('Listen to the fishermen and you hear nothing but worry about the quotas.');
});

test('a research paper saying it speaks for its authors only goes (ar, en, fr, es)', () => {
  for (const l of [
    'لا يعبر هذا التقرير بالضرورة عن رأي المركز.',
    'This brief does not necessarily reflect the views of the institute.',
    "Ce document ne reflète pas nécessairement la position de l'institut.",
    'Este documento no refleja necesariamente la opinión del instituto.',
  ])
    assertCut(l);
});

test('cookie consent in French in other wordings goes', () => {
  for (const l of [
    'Avec votre consentement, nos partenaires et nous utilisons des cookies pour mesurer l’audience.',
    "En continuant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
  ])
    assertCut(l, 'head');
});

test('a teaser to more of the site at its address goes', () => {
  for (const l of ['Más noticias de Europa en diariodelvalle.example/europa', 'More news from Africa at courier.example/africa']) assertCut(l);
});

test('share prompts after a question to the reader go', () => {
  for (const l of ['Liked this article? Share it: Facebook | X | Email', 'Share · Subscribe to The Fjord Review']) assertCut(l);
});

test('an outlet describing itself at the foot goes', () => {
  for (const l of [
    'The Fjord Institute is an independent research charity. Papers are free to reproduce with attribution.',
    'Valley Trade Daily - independent business news from the Great Lakes. Follow us for market updates.',
  ])
    assertCut(l);
});

test('a staff reporting credit goes', () => {
  assertCut('Reporting by Fjord Wire staff');
});
