// Russian sentences of my own, each with the topics it speaks of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTopics } from './index.ts';

const has = (text: string, ...topics: string[]) => {
  const found = readTopics(text);
  for (const t of topics) assert.ok(found.includes(t), `${JSON.stringify(found)} lacks ${t}: ${text}`);
};

test('paraphrased security clauses (ru)', () => {
  has('Если против одной из сторон будет совершена агрессия, другая сторона не будет оказывать помощь агрессору.', 'no-aid-to-aggressor');
  assert.ok(!readTopics('Если против одной из сторон будет совершена агрессия, другая сторона не будет оказывать помощь агрессору.').includes('defense'));
  has('Стороны не допускают использования своей территории для враждебных действий против другой стороны.', 'no-territory-use');
  has('При возникновении угрозы безопасности стороны незамедлительно проводят консультации.', 'consultation');
  has('Стороны обязуются не применять силу друг против друга.', 'nonaggression');
  has('Стороны обязуются совместно отражать агрессию против Союзного государства.', 'defense');
  has('Специальные службы двух стран будут сотрудничать в противодействии общим угрозам.', 'security-cooperation');
  has('Отношения сторон основываются на уважении суверенитета и невмешательстве во внутренние дела.', 'principles');
});

test('arms control, peace and final clauses (ru)', () => {
  has('Каждая сторона сокращает число развернутых боезарядов так, чтобы оно не превышало 1200.', 'arms-limits');
  has('Инспекции на объектах проводятся по уведомлению за 24 часа.', 'inspections');
  has('Стороны договорились о прекращении огня и об обмене военнопленными по формуле «всех на всех».', 'ceasefire', 'prisoner-exchange');
  has('Вывод войск с линии соприкосновения завершится до конца года.', 'withdrawal-of-forces');
  has('Совместная комиссия завершит делимитацию государственной границы.', 'boundary');
  has('Договор вступает в силу с даты обмена ратификационными грамотами.', 'entry-into-force');
  has('Договор действует двадцать лет и автоматически продлевается на пятилетние периоды.', 'duration');
  has('Каждая из сторон может выйти из договора, письменно уведомив другую сторону.', 'withdrawal');
});

test('withdrawal told by its notice (ru)', () => {
  has('Любая сторона может выйти, направив письменное уведомление депозитарию.', 'withdrawal');
  has('Выход вступает в силу через шесть месяцев после получения уведомления.', 'withdrawal');
});

test('boundary, water, holy places, definitions, disarmament conventions (ru)', () => {
  has('Статья 1 устанавливает морскую границу между двумя государствами.', 'maritime-boundary', 'boundary');
  has('Статья 6 распределяет воды двух рек между сторонами.', 'water-allocation', 'water');
  has('Статья 9 гарантирует свободный доступ к святым местам.', 'holy-sites');
  has('Статья 1 содержит определения терминов.', 'definitions');
  has('Статья 6 обязывает оказывать помощь пострадавшим.', 'victim-assistance');
  has('Статья 8 предусматривает совещания государств-участников.', 'meetings-of-states-parties');
});

test('water named alone (ru)', () => {
  has('Статья 6 посвящена воде и рекам.', 'water');
});

test('no conflicting obligations (ru)', () => {
  has('Стороны обязуются не принимать на себя международных обязательств, противоречащих настоящему Договору.', 'no-competing-commitments');
});

test('organisations, security arrangements, navigation, boundaries (ru)', () => {
  has('Статья VIII учреждает Организацию по запрещению химического оружия.', 'organization');
  has('Статья 4 предусматривает демилитаризованную зону и наблюдателей ООН.', 'security-arrangements');
  has('Статья 5 гарантирует свободу судоходства через пролив.', 'navigation');
  has('Статья 2 признает международную границу между сторонами.', 'boundary');
});

test('the alliance formula (act against an attack) is a defense clause', () => {
  has('Статья IV: вооруженное нападение на одну из сторон обязывает другую действовать для отражения общей опасности.', 'defense');
});
