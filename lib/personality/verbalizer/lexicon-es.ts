/**
 * Spanish cue phrases (matched without accents): the markers phrases-es.ts writes plus everyday requests
 * ("respuestas cortas", "me encantan las ecuaciones", "explícamelo como a un principiante", "en inglés").
 */
import type { CueLexicon } from "./phrases";

const FORMULAS = "(?:formulas|ecuaciones|matematicas|mates|calculos)";

export const LEXICON_ES: CueLexicon = {
  tone: {
    formal: ["formal(?:es|mente)?", "cortes(?:es)?", "de usted", "tono profesional"],
    neutral: ["neutr(?:o|a|al)", "objetiv(?:o|a)", "tono sobrio", "sin bromas"],
    warm: ["calid(?:o|a)", "cercan(?:o|a)", "amable", "informal", "amistos(?:o|a)", "relajad(?:o|a)", "con carino"],
    playful: ["divertid(?:o|a)", "desenfadad(?:o|a)", "humor", "bromas?", "jugueton(?:a)?", "gracios(?:o|a)", "ludic(?:o|a)"],
  },
  length: {
    brief: [
      "breves?",
      "brevemente",
      "concis(?:o|a|os|as)",
      "respuestas (?:cortas|cortitas)",
      "(?:mas )?cortas",
      "direct(?:o|a|os|as) al grano",
      "al grano",
      "resumid(?:o|a|as|os)",
      "en pocas palabras",
    ],
    balanced: ["extension equilibrada", "equilibrad(?:o|a|as|os)", "extension media", "ni muy larg(?:o|a)s? ni muy cort(?:o|a)s?"],
    detailed: ["detallad(?:o|a|os|as)", "en detalle", "mas larg(?:o|a)s?", "mas detalles?", "a fondo", "en profundidad"],
    exhaustive: ["exhaustiv(?:o|a|os|as)", "lo cubra(?:n)? todo", "cubra(?:n)? cada caso", "sin dejar(?:se)? nada", "todos los detalles"],
  },
  density: {
    plain: [
      "palabras (?:sencillas|simples|cotidianas)",
      "lenguaje (?:sencillo|llano|claro|simple)",
      "frases cortas",
      "sin (?:jerga|tecnicismos)",
      "como (?:si tuviera|a un nino de) cinco anos",
    ],
    moderate: ["densidad moderada", "prosa clara"],
    dense: ["prosa densa", "dens(?:o|a|os|as)", "compact(?:o|a|os|as)", "lenguaje tecnico"],
    expert: ["prosa (?:de especialista|especializada)", "comprimid(?:a|o)", "como un articulo cientifico"],
  },
  mathComfort: {
    avoid: [
      `evitar (?:las |los )?${FORMULAS}`,
      `sin ${FORMULAS}`,
      `nada de ${FORMULAS}`,
      `odio (?:las |los )?${FORMULAS}`,
      `no me gusta(?:n)? (?:las |los )?${FORMULAS}`,
    ],
    light: ["formulas sencillas", `(?:un poco|algo) de ${FORMULAS}`, "matematicas basicas", "pocas formulas"],
    comfortable: [`a gusto con (?:las |los )?${FORMULAS}`, `comod(?:o|a) con (?:las |los )?${FORMULAS}`, "con (?:formulas|ecuaciones)"],
    fluent: [
      "domin(?:a|as|o) la notacion matematica",
      `(?:me )?encanta(?:n)? (?:las |los )?${FORMULAS}`,
      "demostraciones",
      "derivaciones",
      "con todo el rigor",
      "rigurosamente",
    ],
  },
  level: {
    newcomer: ["empezando", "principiantes?", "novat(?:o|a)s?", "nuev(?:o|a) en", "desde cero", "sin conocimientos previos", "lo mas basico"],
    student: ["conoc(?:e|es) (?:lo basico|los fundamentos)", "den por sabido lo basico", "estudiantes?", "estudiando", "estoy aprendiendo", "universitari(?:o|a)"],
    practitioner: ["profesional(?:es)?", "en la practica", "en (?:mi|su|tu) trabajo", "trabajo como"],
    expert: ["expert(?:o|a|os|as)", "especialistas?", "investigador(?:a)?", "doctorado"],
  },
  domain: {
    general: ["temas generales", "de todo un poco", "cultura general"],
    computing: ["informatica", "programacion", "programador(?:a|es)?", "codigo", "desarrollador(?:a|es)?"],
    mathematics: ["matematicas", "soy matematic(?:o|a)", "algebra", "geometria"],
    physics: ["fisica", "mecanica", "cuantica"],
    "life-sciences": ["ciencias de la vida", "biologia", "medicina", "enfermer(?:o|a|ia)", "ecologia", "genetica"],
    economics: ["economia", "economista", "finanzas", "mercados"],
    humanities: ["humanidades", "historia", "filosofia", "literatura"],
    law: ["derecho", "abogad(?:o|a)", "jurisprudencia", "leyes", "contratos", "juridic(?:o|a)"],
  },
  language: {
    en: ["en ingles"],
    es: ["en (?:espanol|castellano)"],
    fr: ["en frances"],
    de: ["en aleman"],
    pt: ["en portugues"],
    it: ["en italiano"],
    zh: ["en chino"],
    ja: ["en japones"],
  },
};
