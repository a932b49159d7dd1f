// Test helper (used by *.test.ts only): the official text of an invented agreement (the Lake Morava Basin
// Agreement between the Republic of Aurelia and the Kingdom of Tessaly) and reports that paraphrase its
// articles, rightly and wrongly, in several languages. Wording of our own.
import type { Report } from '../conflicts/piles/pile.fixture.ts';

export const OFFICIAL: Report = {
  file: '01_official_text.txt',
  lang: 'en',
  text: `AGREEMENT ON THE JOINT MANAGEMENT OF THE LAKE MORAVA BASIN BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF TESSALY

The Republic of Aurelia and the Kingdom of Tessaly, hereinafter referred to as "the Parties",

Desiring to protect the waters of the Lake Morava Basin for present and future generations,

Have agreed as follows:

Article 1
The Parties shall cooperate in the protection of the waters of the Lake Morava Basin and shall prevent the pollution of the lake and of the rivers that feed it.

Article 2
The Parties shall establish a Joint Basin Commission, which shall meet at least twice a year, alternately in each country.

Article 3
In the event that a situation arises which, in the opinion of either Party, threatens its security or the safety of navigation on the lake, the Parties shall hold consultations without delay at the request of either Party.

Article 4
Each Party shall notify the other of any planned works on the rivers of the basin at least ninety days before the works begin.

Article 5
Disputes concerning the interpretation or application of this Agreement shall be settled by negotiation. A dispute not settled within six months may be referred by either Party to arbitration.

Article 6
This Agreement is subject to ratification. It shall enter into force on the sixtieth day after the date of the exchange of the instruments of ratification.

Article 7
This Agreement shall remain in force for fifteen years. It shall be automatically extended for successive periods of three years unless either Party notifies the other in writing of its intention to terminate it at least twelve months before the expiry of the current period.

Done at Lakeport on 2 April 2033, in two originals, in the Aurelian and Tessalian languages, both texts being equally authentic.`,
};

/** What every report says first, so that the pile is about one agreement. */
const SIGNED = {
  en: 'Aurelia and Tessaly signed the Lake Morava Basin Agreement in Lakeport on 2 April 2033.',
  ru: 'Аурелия и Тессалия подписали соглашение о бассейне озера Морава в Лейкпорте 2 апреля 2033 года.',
  de: 'Aurelia und Tessalien haben das Abkommen über das Becken des Morava-Sees am 2. April 2033 in Lakeport unterzeichnet.',
  fr: "L'Aurélie et la Tessalie ont signé l'accord sur le bassin du lac Morava à Lakeport le 2 avril 2033.",
  es: 'Aurelia y Tesalia firmaron el acuerdo sobre la cuenca del lago Morava en Lakeport el 2 de abril de 2033.',
};

/** A report in `lang` whose body is the signing sentence and then `sentence`. */
export const report = (file: string, lang: keyof typeof SIGNED, sentence: string): Report => ({ file, lang, text: `${SIGNED[lang]} ${sentence}` });

/** A shorter agreement whose official text is Russian: the Treaty on the Kestrava Rail Link between the same
 *  parties. */
export const OFFICIAL_RU: Report = {
  file: '01_official_ru.txt',
  lang: 'ru',
  text: `ДОГОВОР МЕЖДУ РЕСПУБЛИКОЙ АУРЕЛИЯ И КОРОЛЕВСТВОМ ТЕССАЛИЯ О ЖЕЛЕЗНОДОРОЖНОМ СООБЩЕНИИ

Республика Аурелия и Королевство Тессалия, именуемые в дальнейшем "Стороны",

согласились о нижеследующем:

Статья 1
Стороны совместно строят и эксплуатируют железнодорожную линию между своими столицами.

Статья 2
Стороны ежегодно согласовывают расписание движения поездов.

Статья 3
Настоящий Договор подлежит ратификации и вступает в силу на девяностый день после обмена ратификационными грамотами.

Совершено в Лейкпорте 2 апреля 2033 года в двух экземплярах.`,
};

/** A multilateral convention's official text: a threshold of instruments, a withdrawal rule. */
export const OFFICIAL_CONVENTION: Report = {
  file: '01_official_convention.txt',
  lang: 'en',
  text: `CONVENTION ON THE PROTECTION OF THE KESTRAVA WETLANDS

The Parties to this Convention,

Recognizing the value of the Kestrava delta for migratory birds,

Have agreed as follows:

Article 1
The Parties shall protect the wetlands of the Kestrava delta and the migratory birds that depend on them.

Article 2
This Convention shall enter into force on the ninetieth day after the date of deposit of the fortieth instrument of ratification, acceptance, approval or accession.

Article 3
Any Party may withdraw from this Convention by written notification to the Depositary. The withdrawal shall take effect one year after the date of receipt of the notification.

Article 4
The Parties shall exchange information on the state of the wetlands every year.

Article 5
The Secretary-General of the United Nations shall be the Depositary of this Convention.

Article 6
The original of this Convention, of which the English and French texts are equally authentic, shall be deposited with the Depositary.

Done at Lakeport on 2 April 2033.`,
};

/** A report on the convention whose body is its adoption and then `sentence`. */
export const onConvention = (file: string, lang: string, sentence: string): Report => ({
  file,
  lang,
  text: `The Kestrava Wetlands Convention was adopted in Lakeport on 2 April 2033. ${sentence}`,
});
