import type { SourceWords } from './types.ts';

export const es: SourceWords = {
  stateMedia: [
    'agencia (?:de noticias |de prensa |informativa )?(?:oficial|estatal|nacional|del estado)',
    'agencia de noticias del estado',
    '(?:televisión|radio|medio) (?:pública|estatal|del estado)',
    'financiad[oa] (?:por el estado|con fondos públicos|por el gobierno)',
    '(?:radio|televisión) internacional (?:pública|del estado)',
  ],
  agency: ['agencia de noticias', 'agencia de prensa', 'agencia informativa', 'agencia'],
  wire: ['servicio de noticias', 'servicio informativo'],
  research: ['instituto', 'fundación', 'centro de (?:estudios|investigación|análisis)', 'observatorio', 'think[- ]tank', 'investigación'],
  bulletin: ['boletín', 'informe', 'notas?', 'análisis', 'monitor'],
  researchNote: [
    'es (?:un|una) (?:[\\p{L}-]+,? ){0,3}(?:instituto|centro) (?:independiente )?de (?:investigación|estudios|análisis)',
    'es (?:un|una) (?:[\\p{L}-]+,? ){0,3}think[- ]tank',
    'es (?:un|una) (?:[\\p{L}-]+ ){0,3}(?:boletín|newsletter|informe|nota de análisis)',
    'es una? (?:organización|asociación|coalición|red|ong|fundación)(?: sin ánimo de lucro| sin fines de lucro| no gubernamental)?',
  ],
  publishedBy: ['es (?:publicad[oa]|editad[oa]|elaborad[oa]) por ([^.]{3,80})'],
  government: ['ministerio (?:de|del)', 'presidencia de', 'gobierno (?:de|del)', 'embajada (?:de|del)', 'secretaría de', 'cancillería'],
  intergovernmental: [
    'naciones unidas',
    'organización (?:mundial|internacional|de las naciones unidas|de los estados americanos)',
    'comisión europea',
    'comisión de la unión africana',
    'consejo de europa',
    'liga árabe',
  ],
  legislature: ['congreso', 'senado', 'asamblea nacional', 'parlamento', 'cortes generales'],
  civic: ['coalición', 'observatorio', 'colectivo', 'red por', 'organizaci[oó]n(?:es)? no gubernamental(?:es)?'],
  nationalSections: ['nacional', 'estados', 'regiones', 'provincias', 'presidencia', 'gobierno'],
  wireCredit: ['reportaje de', 'edición de', 'información adicional de', 'redacción de', 'editado por'],
  syndicationCredit: ['con información de (?:agencias|\\p{Lu}[\\p{L}]*)$', 'con agencias'],
  paywall: ['artículos gratuitos', 'ya eres suscriptor', 'ya es suscriptor', 'comentarios \\(\\d+\\)', '\\d+ comentarios'],
  opinionPage: ['las opiniones expresadas', 'responsabilidad (?:exclusiva )?de (?:su|sus) autor(?:es|a)?', 'cartas (?:al director|de los lectores)'],
  editorial: ['director(?:a)? general', 'jefe de redacción', 'director(?:a)? editorial'],
};
