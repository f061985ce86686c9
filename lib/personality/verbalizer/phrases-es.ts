/**
 * Spanish wording. Address: usted with a formal tone, tú otherwise ({usted|tú} below). Math comfort is worded
 * with "fórmulas" and "notación", never "matemáticas", which the cue reader keeps for the domain.
 */
import type { PhraseSet } from "./phrases";
import { lowerInitial } from "./text";

const about = (topic: string, examples: string) => ({
  plain: `{Sus|Tus} preguntas tratan sobre todo de ${topic}.`,
  rich: `{Sus|Tus} preguntas tratan sobre todo de ${topic}, así que {le|te} sirven mejor los ejemplos de ${examples}.`,
});

export const PHRASES_ES: PhraseSet = {
  register: (tone) => (tone === 0 ? "formal" : "informal"),
  level: {
    newcomer: {
      plain: "{Está|Estás} empezando en los temas sobre los que {pregunta|preguntas}.",
      rich: "{Está|Estás} empezando en los temas sobre los que {pregunta|preguntas}, así que cada respuesta debe partir de lo básico, definir cada término y no dar nada por sabido.",
    },
    student: {
      plain: "Ya {conoce|conoces} lo básico.",
      rich: "Ya {conoce|conoces} los fundamentos y {avanza|avanzas} hacia material más difícil, así que conviene enlazar cada idea nueva con lo que ya cubriría un curso introductorio.",
    },
    practitioner: {
      plain: "{Es|Eres} profesional y {usa|usas} estos conocimientos en {su|tu} trabajo.",
      rich: "{Es|Eres} profesional y {aplica|aplicas} estos conocimientos a diario, así que las respuestas pueden saltarse lo básico y centrarse en lo que importa en la práctica.",
    },
    expert: {
      plain: "{Tiene|Tienes} un dominio experto de {su|tu} campo.",
      rich: "{Tiene|Tienes} un dominio experto de {su|tu} campo y una base sólida, así que las respuestas deben entrar en los matices en lugar de repetir los fundamentos.",
    },
  },
  domain: {
    general: {
      plain: "{Pregunta|Preguntas} sobre temas generales de todo tipo.",
      rich: "{Sus|Tus} preguntas abarcan temas generales de todo tipo, así que los ejemplos deben salir de la vida cotidiana y no de una especialidad concreta.",
    },
    computing: about("informática", "software, programación y sistemas"),
    mathematics: about("matemáticas", "álgebra, análisis y geometría"),
    physics: about("física", "mecánica, campos y experimentos"),
    "life-sciences": about("ciencias de la vida", "biología, medicina y ecología"),
    economics: about("economía", "mercados, política económica y finanzas"),
    humanities: about("humanidades", "historia, filosofía y literatura"),
    law: about("derecho", "leyes, contratos y jurisprudencia"),
  },
  tone: {
    formal: {
      plain: "Prefiere un tono formal y el trato de usted.",
      rich: "Prefiere un tono formal y cortés, con frases completas, una distancia respetuosa y el trato de usted.",
    },
    neutral: {
      plain: "Prefieres un tono neutro y objetivo, con trato de tú.",
      rich: "Prefieres un tono neutro y objetivo, centrado en el contenido y sin adornos personales, con trato de tú.",
    },
    warm: {
      plain: "Te gusta un tono cálido y cercano, con trato de tú.",
      rich: "Te gusta un tono cálido y cercano, con trato de tú, que anime y tenga paciencia, como lo haría un buen compañero.",
    },
    playful: {
      plain: "Disfrutas de un tono divertido y desenfadado, con trato de tú.",
      rich: "Disfrutas de un tono divertido y desenfadado, con trato de tú y algo de humor donde encaje.",
    },
  },
  length: {
    brief: {
      plain: "{Quiere|Quieres} respuestas breves.",
      rich: "{Quiere|Quieres} respuestas breves que vayan directas al grano y terminen en cuanto la pregunta quede resuelta.",
    },
    balanced: {
      plain: "{Quiere|Quieres} respuestas de extensión equilibrada.",
      rich: "{Quiere|Quieres} respuestas de extensión equilibrada, suficientes para cubrir bien la pregunta y nada más.",
    },
    detailed: {
      plain: "{Quiere|Quieres} respuestas detalladas.",
      rich: "{Quiere|Quieres} respuestas detalladas que recorran el razonamiento e incluyan un ejemplo resuelto cuando ayude.",
    },
    exhaustive: {
      plain: "{Quiere|Quieres} respuestas exhaustivas que lo cubran todo.",
      rich: "{Quiere|Quieres} respuestas exhaustivas que cubran cada caso, matiz y alternativa relevante, ocupen lo que ocupen.",
    },
  },
  density: {
    plain: "{Lee|Lees} mejor con frases cortas y palabras sencillas.",
    moderate: "{Le|Te} gusta una prosa clara de densidad moderada, con los términos explicados la primera vez que aparecen.",
    dense: "{Se maneja|Te manejas} bien con una prosa densa que reúne varias ideas en cada frase y usa el vocabulario del campo sin detenerse a glosarlo.",
    expert: "{Lee|Lees} con soltura prosa de especialista: frases compuestas y apretadas, terminología exacta y ninguna glosa para los términos habituales.",
  },
  mathComfort: {
    avoid: {
      plain: "{Prefiere|Prefieres} evitar las fórmulas y ver las ideas explicadas con palabras.",
      rich: "{Prefiere|Prefieres} evitar las fórmulas por completo, así que las ideas deben apoyarse en palabras, analogías y ejemplos en lugar de símbolos.",
    },
    light: {
      plain: "{Acepta|Aceptas} fórmulas sencillas si se explica cada símbolo.",
      rich: "{Acepta|Aceptas} fórmulas sencillas cuando de verdad ayudan, siempre que cada símbolo se explique con palabras por el camino.",
    },
    comfortable: {
      plain: "{Se siente|Te sientes} a gusto con las fórmulas y los cálculos.",
      rich: "{Se siente|Te sientes} a gusto con las fórmulas, así que fórmulas y cálculos cortos pueden acompañar al texto allí donde precisen una idea.",
    },
    fluent: {
      plain: "{Domina|Dominas} la notación matemática, así que las ecuaciones son bienvenidas.",
      rich: "{Domina|Dominas} la notación matemática y {prefiere|prefieres} ver la ecuación antes que una paráfrasis, así que la notación y las derivaciones completas son bienvenidas.",
    },
  },
  languageNames: {
    en: "inglés",
    es: "español",
    fr: "francés",
    de: "alemán",
    pt: "portugués",
    it: "italiano",
    zh: "chino",
    ja: "japonés",
  },
  reply: (name) => `Las respuestas deben estar siempre en ${name}.`,
  aboutMe: (excerpt) => `{Se describe|Te describes} así: «${excerpt}»`,
  and: ", y ",
  semicolon: "; ",
  lowerFirst: lowerInitial,
  amendments: {
    tone: {
      formal: "Ahora prefiere un tono formal y cortés, con trato de usted.",
      neutral: "Ahora prefieres un tono neutro y objetivo.",
      warm: "Ahora te gusta un tono cálido y cercano.",
      playful: "Ahora disfrutas de un tono divertido y desenfadado.",
    },
    length: {
      brief: "Ahora {quiere|quieres} respuestas breves, directas al grano.",
      balanced: "Ahora {quiere|quieres} respuestas de extensión equilibrada.",
      detailed: "Ahora {quiere|quieres} respuestas más largas y detalladas.",
      exhaustive: "Ahora {quiere|quieres} respuestas exhaustivas que cubran cada caso.",
    },
    density: {
      plain: "Ahora {prefiere|prefieres} frases cortas y palabras sencillas.",
      moderate: "Ahora {prefiere|prefieres} una prosa clara de densidad moderada.",
      dense: "Ahora {prefiere|prefieres} una prosa densa y compacta.",
      expert: "Ahora {prefiere|prefieres} prosa de especialista, comprimida y precisa.",
    },
    mathComfort: {
      avoid: "Ahora {prefiere|prefieres} evitar las fórmulas y ver las ideas con palabras.",
      light: "Ahora {acepta|aceptas} solo fórmulas sencillas, con cada símbolo explicado.",
      comfortable: "Ahora {se siente|te sientes} a gusto con las fórmulas y los cálculos.",
      fluent: "Ahora {domina|dominas} la notación matemática y las ecuaciones son bienvenidas.",
    },
    level: {
      newcomer: "Ahora {quiere|quieres} respuestas pensadas para alguien que está empezando.",
      student: "Ahora {quiere|quieres} respuestas que den por sabido lo básico.",
      practitioner: "Ahora {quiere|quieres} respuestas pensadas para un profesional.",
      expert: "Ahora {quiere|quieres} respuestas pensadas para un experto.",
    },
    domain: {
      general: "Ahora {pregunta|preguntas} sobre temas generales de todo tipo.",
      computing: "Ahora {sus|tus} preguntas tratan sobre todo de informática.",
      mathematics: "Ahora {sus|tus} preguntas tratan sobre todo de matemáticas.",
      physics: "Ahora {sus|tus} preguntas tratan sobre todo de física.",
      "life-sciences": "Ahora {sus|tus} preguntas tratan sobre todo de ciencias de la vida.",
      economics: "Ahora {sus|tus} preguntas tratan sobre todo de economía.",
      humanities: "Ahora {sus|tus} preguntas tratan sobre todo de humanidades.",
      law: "Ahora {sus|tus} preguntas tratan sobre todo de derecho.",
    },
    language: (name) => `A partir de ahora, las respuestas deben estar siempre en ${name}.`,
  },
};
