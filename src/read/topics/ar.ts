// Arabic topic cues for the commonest clauses (see ./catalogue.ts). Arabic glues articles and conjunctions to
// the word ("والإرهاب", "بالمعتدي"), so cues match inside words.
import type { RuleId } from './catalogue.ts';
import { type Cues, re } from './rule.ts';

export const ar: Partial<Record<RuleId, Cues>> = {
  principles: { cues: [re('عدم التدخل'), re('الاحترام المتبادل'), re('احترام (?:\\S+ ){0,2}السيادة')] },
  consultation: { cues: [re('مشاورات|التشاور|تتشاور')], with: [re('تهديد|عدوان|هجوم|خطر|أمن')] },
  defense: { cues: [re('عدوان|هجوم مسلح|اعتداء')], with: [re('مساعدة|مساعدات|عون|التصدي|للتصدي|الدفاع عن')] },
  'defense-named': { cues: [re('الدفاع المشترك')] },
  'no-aid-to-aggressor': { cues: [re('(?:لا|عدم) (?:\\S+ ){0,4}(?:مساعدة|مساعدات|دعم|عون) (?:\\S+ ){0,3}\\S*معتدي')] },
  'no-territory-use': { cues: [re('أراضي~|أراضيه~')], with: [re('عدائي~|إرهابي~|ضد الطرف الآخر|طرف ثالث')] },
  'security-cooperation': { cues: [re('إرهاب~|الإرهاب'), re('الجريمة المنظمة'), re('الأجهزة الأمنية')] },
  'maritime-boundary': { cues: [re('الحدود البحرية|حدود بحرية'), re('الجرف القاري'), re('المنطقة الاقتصادية الخالصة')] },
  'holy-sites': { cues: [re('الأماكن المقدسة|المقدسات')] },
  'diplomatic-relations': { cues: [re('علاقات دبلوماسية|العلاقات الدبلوماسية'), re('تبادل السفراء'), re('تطبيع')] },
  'economic-cooperation': { cues: [re('التجارة|تجاري~'), re('الاستثمار'), re('الاقتصادي~')] },
  energy: { cues: [re('الطاقة|النفط|الغاز الطبيعي')] },
  'entry-into-force': { cues: [re('حيز التنفيذ|حيز النفاذ'), re('سريان')] },
  duration: { cues: [re('تمديد|لمدة (?:\\S+ ){0,2}(?:سنوات|عاما)')] },
  withdrawal: {
    cues: [
      re('الانسحاب من (?:\\S+ ){0,2}(?:المعاهدة|الاتفاق|الاتفاقية)'),
      // "the withdrawal becomes effective … after notification"
      re('الانسحاب (?:\\S+ ){0,4}(?:نافذا|ساريا|الإخطار)'),
    ],
  },
  borders: { cues: [re('الحدود الدولية|الحدود الدائمة|ترسيم الحدود')], without: [re('انسحاب (?:\\S+ ){0,12}(?:إلى )?(?:ما )?وراء الحدود \\S+')] },
  navigation: {
    cues: [re('حرية الملاحة'), re('(?:حق )?(?:المرور|العبور) (?:\\S+ ){0,3}(?:قناة|مضيق|الممرات المائية)'), re('ممر~ مائي~ دولي~|الممرات المائية الدولية')],
  },
  organization: { cues: [re('(?:إنشاء|تنشئ|ينشئ|تأسيس) (?:\\S+ ){0,4}منظمة')] },
};
