// Capitals of the world's states, used by reports for their governments ("Moscow and Pyongyang signed…",
// "Washington's campaign"). Format: "CODE: name | other spellings", English first, then Russian, German and
// French forms where they differ. Left out on purpose: capitals that are common given names or other places
// more often than capitals (Victoria, Male, Sofia, Georgetown, San José, Saint John's, Sucre).

export const CAPITALS = `
AF: Kabul | Кабул | Kaboul
AL: Tirana | Тирана
DZ: Algiers | Алжир | Algier | Alger
AD: Andorra la Vella
AO: Luanda | Луанда
AG: St. John's
AR: Buenos Aires | Буэнос-Айрес
AM: Yerevan | Ереван | Eriwan | Erevan
AU: Canberra | Канберра
AT: Vienna | Вена | Wien | Vienne
AZ: Baku | Баку | Bakou
BS: Nassau
BH: Manama | Манама
BD: Dhaka | Дакка
BB: Bridgetown
BY: Minsk | Минск
BE: Brussels | Брюссель | Brüssel | Bruxelles
BZ: Belmopan
BJ: Porto-Novo
BT: Thimphu
BO: La Paz
BA: Sarajevo | Сараево
BW: Gaborone
BR: Brasília | Brasilia | Бразилиа
BN: Bandar Seri Begawan
BF: Ouagadougou
BI: Gitega
KH: Phnom Penh | Пномпень
CM: Yaoundé
CA: Ottawa | Оттава
CV: Praia
CF: Bangui
TD: N'Djamena
CL: Santiago | Сантьяго
CN: Beijing | Peking | Пекин | Pékin
CO: Bogotá | Bogota | Богота
KM: Moroni
CG: Brazzaville
CD: Kinshasa | Киншаса
CI: Yamoussoukro
HR: Zagreb | Загреб
CU: Havana | Гавана | Havanna | La Havane
CY: Nicosia | Никосия | Nikosia | Nicosie
CZ: Prague | Прага | Prag
DK: Copenhagen | Копенгаген | Kopenhagen | Copenhague
DJ: Djibouti
DM: Roseau
DO: Santo Domingo
EC: Quito
EG: Cairo | Каир | Kairo | Le Caire
SV: San Salvador
GQ: Malabo
ER: Asmara
EE: Tallinn | Таллин | Таллинн
SZ: Mbabane
ET: Addis Ababa | Аддис-Абеба | Addis Abeba
FJ: Suva
FI: Helsinki | Хельсинки
FR: Paris | Париж
GA: Libreville
GM: Banjul
GE: Tbilisi | Тбилиси | Tiflis
DE: Berlin | Берлин
GH: Accra | Аккра
GR: Athens | Афины | Athen | Athènes
GD: St. George's
GT: Guatemala City
GN: Conakry
GW: Bissau
HT: Port-au-Prince
HN: Tegucigalpa
HU: Budapest | Будапешт
IS: Reykjavik | Reykjavík | Рейкьявик
IN: New Delhi | Нью-Дели | Neu-Delhi
ID: Jakarta | Джакарта
IR: Tehran | Тегеран | Teheran | Téhéran
IQ: Baghdad | Багдад | Bagdad
IE: Dublin | Дублин
IT: Rome | Рим | Rom
JM: Kingston
JP: Tokyo | Токио | Tokio
JO: Amman | Амман
KZ: Astana | Астана
KE: Nairobi | Найроби
KI: Tarawa
KP: Pyongyang | Пхеньян | Pjöngjang
KR: Seoul | Сеул | Séoul
KW: Kuwait City | Эль-Кувейт
KG: Bishkek | Бишкек
LA: Vientiane | Вьентьян
LV: Riga | Рига
LB: Beirut | Бейрут | Beyrouth
LS: Maseru
LR: Monrovia
LY: Tripoli | Триполи
LI: Vaduz
LT: Vilnius | Вильнюс
LU: Luxembourg City
MG: Antananarivo
MW: Lilongwe
MY: Kuala Lumpur | Куала-Лумпур
ML: Bamako
MT: Valletta | Валлетта
MH: Majuro
MR: Nouakchott
MU: Port Louis
MX: Mexico City | Мехико | Mexiko-Stadt
FM: Palikir
MD: Chisinau | Chișinău | Кишинёв | Кишинев
MN: Ulaanbaatar | Ulan Bator | Улан-Батор
ME: Podgorica | Подгорица
MA: Rabat | Рабат
MZ: Maputo
MM: Naypyidaw | Nay Pyi Taw | Нейпьидо
NA: Windhoek
NR: Yaren
NP: Kathmandu | Катманду
NL: Amsterdam | Амстердам
NZ: Wellington | Веллингтон
NI: Managua
NE: Niamey
NG: Abuja | Абуджа
MK: Skopje | Скопье
NO: Oslo | Осло
OM: Muscat | Маскат | Maskat | Mascate
PK: Islamabad | Исламабад
PW: Ngerulmud
PA: Panama City
PG: Port Moresby
PY: Asunción | Asuncion
PE: Lima | Лима
PH: Manila | Манила | Manille
PL: Warsaw | Варшава | Warschau | Varsovie
PT: Lisbon | Лиссабон | Lissabon | Lisbonne
QA: Doha | Доха
RO: Bucharest | Бухарест | Bukarest | Bucarest
RU: Moscow | Москва | Moskau | Moscou | Kremlin | Кремль
RW: Kigali
KN: Basseterre
LC: Castries
VC: Kingstown
WS: Apia
ST: São Tomé
SA: Riyadh | Эр-Рияд | Riad | Riyad
SN: Dakar | Дакар
RS: Belgrade | Белград | Belgrad
SL: Freetown
SG: Singapore City
SK: Bratislava | Братислава
SI: Ljubljana | Любляна
SB: Honiara
SO: Mogadishu | Могадишо
ZA: Pretoria | Претория
SS: Juba
ES: Madrid | Мадрид
LK: Colombo | Коломбо
SD: Khartoum | Хартум | Khartum
SR: Paramaribo
SE: Stockholm | Стокгольм
CH: Bern | Berne | Берн
SY: Damascus | Дамаск | Damaskus | Damas
TW: Taipei | Тайбэй | Taipeh
TJ: Dushanbe | Душанбе
TZ: Dodoma
TH: Bangkok | Бангкок
TL: Dili
TG: Lomé
TO: Nuku'alofa
TT: Port of Spain
TN: Tunis | Тунис
TR: Ankara | Анкара
TM: Ashgabat | Ашхабад
TV: Funafuti
UG: Kampala
UA: Kyiv | Kiev | Киев | Київ | Kiew | Kyjiw
AE: Abu Dhabi | Абу-Даби
GB: London | Лондон | Londres | Downing Street
US: Washington | Вашингтон | White House | Белый дом | Weißes Haus | Maison Blanche
UY: Montevideo
UZ: Tashkent | Ташкент | Taschkent | Tachkent
VU: Port Vila
VA: Vatican City
VE: Caracas | Каракас
VN: Hanoi | Ханой
YE: Sanaa | Sana'a | Сана
ZM: Lusaka
ZW: Harare
`;
