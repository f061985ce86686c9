/**
 * French wording. Address: vous, and tu only with a playful tone ({vous|tu} below). Adjectives that would need
 * a gender ("débutant·e", "étudiant·e") are avoided by wording with verbs. Typographic no-break spaces before
 * colons and inside guillemets. Math comfort says "maths"; "mathématiques" is the domain.
 */
import type { PhraseSet } from "./phrases";
import { lowerInitial } from "./text";

const NB = "\u00a0";

const about = (topic: string, examples: string) => ({
  plain: `{Vos|Tes} questions portent surtout sur ${topic}.`,
  rich: `{Vos|Tes} questions portent surtout sur ${topic}, donc les exemples tirés ${examples} {vous|te} conviennent le mieux.`,
});

export const PHRASES_FR: PhraseSet = {
  register: (tone) => (tone === 3 ? "informal" : "formal"),
  level: {
    newcomer: {
      plain: "{Vous débutez|Tu débutes} dans les sujets sur lesquels {vous posez|tu poses} des questions.",
      rich: `{Vous débutez|Tu débutes} dans les sujets sur lesquels {vous posez|tu poses} des questions, donc chaque réponse doit partir des bases, définir chaque terme et ne rien supposer de connu.`,
    },
    student: {
      plain: "{Vous connaissez|Tu connais} déjà les bases.",
      rich: "{Vous connaissez|Tu connais} déjà les bases, {vous maîtrisez|tu maîtrises} les fondamentaux et {vous avancez|tu avances} vers des notions plus difficiles, donc chaque idée nouvelle doit se rattacher à ce qu'un cours d'introduction aurait déjà couvert.",
    },
    practitioner: {
      plain: "{Vous mettez|Tu mets} ces connaissances en pratique dans {votre|ton} travail.",
      rich: "{Vous mettez|Tu mets} ces connaissances en pratique au quotidien, donc les réponses peuvent sauter les bases et se concentrer sur ce qui compte sur le terrain.",
    },
    expert: {
      plain: "{Vous avez|Tu as} une expertise pointue dans {votre|ton} domaine.",
      rich: "{Vous avez|Tu as} une expertise pointue et un solide bagage dans {votre|ton} domaine, donc les réponses doivent aborder les subtilités plutôt que répéter les fondamentaux.",
    },
  },
  domain: {
    general: {
      plain: "{Vous posez|Tu poses} des questions sur des sujets généraux de toutes sortes.",
      rich: "{Vos|Tes} questions couvrent des sujets généraux de toutes sortes, donc les exemples doivent venir de la vie quotidienne plutôt que d'une spécialité.",
    },
    computing: about("l'informatique", "du logiciel, de la programmation et des systèmes"),
    mathematics: about("les mathématiques", "de l'algèbre, de l'analyse et de la géométrie"),
    physics: about("la physique", "de la mécanique, des champs et des expériences"),
    "life-sciences": about("les sciences de la vie", "de la biologie, de la médecine et de l'écologie"),
    economics: about("l'économie", "des marchés, de la politique économique et de la finance"),
    humanities: about("les sciences humaines", "de l'histoire, de la philosophie et de la littérature"),
    law: about("le droit", "des lois, des contrats et de la jurisprudence"),
  },
  tone: {
    formal: {
      plain: "Vous préférez un ton formel et le vouvoiement.",
      rich: "Vous préférez un ton formel et courtois, avec des phrases complètes, une distance respectueuse et le vouvoiement.",
    },
    neutral: {
      plain: "Vous préférez un ton neutre et factuel.",
      rich: "Vous préférez un ton neutre et factuel, centré sur le fond et sans effets personnels.",
    },
    warm: {
      plain: "Vous aimez un ton chaleureux et bienveillant.",
      rich: "Vous aimez un ton chaleureux et bienveillant, encourageant et patient, comme celui d'un bon collègue.",
    },
    playful: {
      plain: "Tu aimes un ton joueur et léger, avec le tutoiement.",
      rich: "Tu aimes un ton joueur et léger, avec le tutoiement et une pointe d'humour là où elle a sa place.",
    },
  },
  length: {
    brief: {
      plain: "{Vous voulez|Tu veux} des réponses brèves.",
      rich: "{Vous voulez|Tu veux} des réponses brèves, qui vont à l'essentiel et s'arrêtent dès que la question est réglée.",
    },
    balanced: {
      plain: "{Vous voulez|Tu veux} des réponses de longueur équilibrée.",
      rich: "{Vous voulez|Tu veux} des réponses de longueur équilibrée, assez pour bien couvrir la question, sans plus.",
    },
    detailed: {
      plain: "{Vous voulez|Tu veux} des réponses détaillées.",
      rich: "{Vous voulez|Tu veux} des réponses détaillées, qui déroulent le raisonnement et incluent un exemple travaillé quand cela aide.",
    },
    exhaustive: {
      plain: "{Vous voulez|Tu veux} des réponses exhaustives qui couvrent tout.",
      rich: "{Vous voulez|Tu veux} des réponses exhaustives, qui couvrent chaque cas, chaque nuance et chaque alternative, quelle que soit la place nécessaire.",
    },
  },
  density: {
    plain: "{Vous lisez|Tu lis} plus facilement des phrases courtes et des mots simples.",
    moderate: "{Vous aimez|Tu aimes} une prose claire de densité modérée, où chaque terme est expliqué à sa première apparition.",
    dense: "{Vous êtes|Tu es} à l'aise avec une prose dense, qui condense plusieurs idées par phrase et emploie le vocabulaire du domaine sans s'arrêter pour le gloser.",
    expert: `{Vous lisez|Tu lis} sans peine une prose de spécialiste${NB}: phrases composées et serrées, terminologie exacte, aucun terme courant glosé.`,
  },
  mathComfort: {
    avoid: {
      plain: "{Vous préférez|Tu préfères} éviter les maths et voir les idées expliquées avec des mots.",
      rich: "{Vous préférez|Tu préfères} éviter les maths entièrement, donc les idées doivent passer par des mots, des analogies et des exemples plutôt que par des symboles.",
    },
    light: {
      plain: "Un peu de maths {vous|te} convient si chaque symbole est expliqué.",
      rich: "Un peu de maths est bienvenu quand cela aide vraiment, à condition que chaque symbole soit expliqué avec des mots au fil du texte.",
    },
    comfortable: {
      plain: "{Vous êtes|Tu es} à l'aise avec les maths et les formules.",
      rich: "{Vous êtes|Tu es} à l'aise avec les maths, donc formules et petits calculs peuvent accompagner le texte là où ils rendent une idée précise.",
    },
    fluent: {
      plain: "{Vous maîtrisez|Tu maîtrises} très bien les maths, donc les équations sont bienvenues.",
      rich: "{Vous maîtrisez|Tu maîtrises} très bien les maths et {préférez|préfères} voir l'équation plutôt qu'une paraphrase, donc notations et dérivations complètes sont bienvenues.",
    },
  },
  languageNames: {
    en: "anglais",
    es: "espagnol",
    fr: "français",
    de: "allemand",
    pt: "portugais",
    it: "italien",
    zh: "chinois",
    ja: "japonais",
  },
  reply: (name) => `Les réponses doivent toujours être en ${name}.`,
  aboutMe: (excerpt) => `{Vous vous décrivez|Tu te décris} ainsi${NB}: «${NB}${excerpt}${NB}»`,
  and: ", et ",
  semicolon: `${NB}; `,
  lowerFirst: lowerInitial,
  amendments: {
    tone: {
      formal: "Désormais, vous préférez un ton formel et courtois, avec le vouvoiement.",
      neutral: "Désormais, vous préférez un ton neutre et factuel.",
      warm: "Désormais, vous aimez un ton chaleureux et bienveillant.",
      playful: "Désormais, tu aimes un ton joueur et léger, avec le tutoiement.",
    },
    length: {
      brief: "Désormais, {vous voulez|tu veux} des réponses brèves, qui vont à l'essentiel.",
      balanced: "Désormais, {vous voulez|tu veux} des réponses de longueur équilibrée.",
      detailed: "Désormais, {vous voulez|tu veux} des réponses plus longues et plus détaillées.",
      exhaustive: "Désormais, {vous voulez|tu veux} des réponses exhaustives qui couvrent chaque cas.",
    },
    density: {
      plain: "Désormais, {vous préférez|tu préfères} des phrases courtes et des mots simples.",
      moderate: "Désormais, {vous préférez|tu préfères} une prose claire de densité modérée.",
      dense: "Désormais, {vous préférez|tu préfères} une prose dense et compacte.",
      expert: "Désormais, {vous préférez|tu préfères} une prose de spécialiste, serrée et précise.",
    },
    mathComfort: {
      avoid: "Désormais, {vous préférez|tu préfères} éviter les maths et voir les idées en mots.",
      light: "Désormais, un peu de maths suffit, avec chaque symbole expliqué.",
      comfortable: "Désormais, {vous êtes|tu es} à l'aise avec les maths et les formules.",
      fluent: `Désormais, {vous maîtrisez|tu maîtrises} très bien les maths${NB}: les équations sont bienvenues.`,
    },
    level: {
      newcomer: "Désormais, {vous voulez|tu veux} des réponses pour débutants, bases comprises.",
      student: "Désormais, {vous voulez|tu veux} des réponses qui supposent les bases connues.",
      practitioner: "Désormais, {vous voulez|tu veux} des réponses tournées vers la pratique professionnelle.",
      expert: "Désormais, {vous voulez|tu veux} des réponses de niveau expert.",
    },
    domain: {
      general: "Désormais, {vous posez|tu poses} des questions sur des sujets généraux de toutes sortes.",
      computing: "Désormais, {vos|tes} questions portent surtout sur l'informatique.",
      mathematics: "Désormais, {vos|tes} questions portent surtout sur les mathématiques.",
      physics: "Désormais, {vos|tes} questions portent surtout sur la physique.",
      "life-sciences": "Désormais, {vos|tes} questions portent surtout sur les sciences de la vie.",
      economics: "Désormais, {vos|tes} questions portent surtout sur l'économie.",
      humanities: "Désormais, {vos|tes} questions portent surtout sur les sciences humaines.",
      law: "Désormais, {vos|tes} questions portent surtout sur le droit.",
    },
    language: (name) => `Désormais, les réponses doivent toujours être en ${name}.`,
  },
};
