// Arabic names of the capitals that CLDR's time-zone cities do not give in Arabic (Ottawa, Beijing, New Delhi, the
// Gulf capitals: a zone named "Asia/Qatar" gives "قطر", not Doha), each after the English name it joins.
// "CC: English | Arabic | Arabic", one capital a line.
export const ARABIC_CAPITALS = `
AD: Andorra la Vella | أندورا لا فيلا
AU: Canberra | كانبرا
BH: Manama | المنامة
BB: Bridgetown | بريدجتاون
BZ: Belmopan | بلموبان
BR: Brasília | برازيليا
BN: Bandar Seri Begawan | بندر سري بكاوان | بندر سري بيغاوان
BI: Gitega | جيتيغا
CM: Yaoundé | ياوندي
CA: Ottawa | أوتاوا
CV: Praia | برايا
CN: Beijing | بكين | بيجين
KM: Moroni | موروني
CI: Yamoussoukro | ياموسوكرو
DM: Roseau | روزو
EC: Quito | كيتو
SV: San Salvador | سان سلفادور
FJ: Suva | سوفا
GT: Guatemala City | مدينة غواتيمالا
IN: New Delhi | نيودلهي | نيو دلهي
JM: Kingston | كينغستون
KZ: Astana | أستانا
KW: Kuwait City | مدينة الكويت
LU: Luxembourg City | مدينة لوكسمبورغ
MW: Lilongwe | ليلونغوي
MT: Valletta | فاليتا
MU: Port Louis | بورت لويس
MA: Rabat | الرباط
MM: Naypyidaw | نايبيداو
NZ: Wellington | ويلينغتون
NG: Abuja | أبوجا
PK: Islamabad | إسلام آباد
PA: Panama City | مدينة بنما
QA: Doha | الدوحة
KN: Basseterre | باستير
LC: Castries | كاستريس
VC: Kingstown | كينغستاون
SB: Honiara | هونيارا
ZA: Pretoria | بريتوريا
CH: Bern | برن
TZ: Dodoma | دودوما
TO: Nuku'alofa | نوكوالوفا
TR: Ankara | أنقرة
AE: Abu Dhabi | أبوظبي | أبو ظبي
VU: Port Vila | بورت فيلا
VA: Vatican City | مدينة الفاتيكان
VN: Hanoi | هانوي
YE: Sanaa | صنعاء
`;
