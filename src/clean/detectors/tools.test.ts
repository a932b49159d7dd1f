import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { tools } from './tools.ts';

const LEAD = 'The grain corridor deal was extended by sixty days in Ankara on Monday.';
const NEXT = 'Ships will be inspected at a joint centre, officials said.';

test('tools: print and send bars in six languages are cut', () => {
  const bars = [
    'Print | Send to a friend',
    'Imprimer · Envoyer par courriel',
    'Drucken | Versenden',
    'Imprimir | Enviar a un amigo',
    'Версия для печати | Отправить другу',
    'طباعة | إرسال لصديق',
    'Print',
  ];
  for (const bar of bars) {
    const out = cleanText(`${LEAD}\n${bar}\n${NEXT}`, [tools]);
    assert.equal(out.body, `${LEAD}\n${NEXT}`, bar);
    assert.equal(out.removed[0].why, 'tools');
  }
});

test('tools: sentences that use the words stay', () => {
  const text = `${LEAD}\nPrint and broadcast media were kept out of the hall.\nDie Regierung will den Text drucken lassen.`;
  assert.equal(cleanText(text, [tools]).body, text);
});

test('tools: a download-as-PDF button, in every language', () => {
  for (const line of ['Download PDF', 'PDF herunterladen', 'Télécharger le PDF', 'Descargar PDF', 'Скачать PDF', 'تحميل PDF']) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [tools]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});

test('tools: a link to the full study as a PDF', () => {
  for (const line of [
    'Download the full report (PDF)',
    'Den vollständigen Bericht als PDF herunterladen',
    'Télécharger l’étude complète (PDF)',
    'Descargue el informe completo en PDF',
  ]) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [tools]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});

test("tools: a print page's footer giving the article's address, in five languages", () => {
  for (const footer of [
    'Return to this article at: /world/2031/05/print/grain-deal.html',
    'URL of this article: https://example.org/2031/05/grain',
    'URL dieses Artikels: https://example.de/welt/getreide-123',
    "Retour à l'article : https://example.fr/monde/cereales",
    'URL de este artículo: https://example.es/mundo/grano',
    'Адрес страницы: https://example.ru/world/zerno',
  ]) {
    const out = cleanText(`${LEAD}\n${NEXT}\n${footer}`, [tools]);
    assert.equal(out.body, `${LEAD}\n${NEXT}`, footer);
  }
  // A sentence about returning to a text stays.
  const kept = `${LEAD}\nNegotiators will return to the article on inspections at their next meeting in June.`;
  assert.equal(cleanText(kept, [tools]).body, kept);
});
