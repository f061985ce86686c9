/**
 * French cue phrases (matched without accents): the markers phrases-fr.ts writes plus everyday requests
 * ("réponses courtes", "j'adore les équations", "comme à un débutant", "en anglais").
 */
import type { CueLexicon } from "./phrases";

const MATHS = "(?:maths|math|mathematiques|formules|equations|calculs)";

export const LEXICON_FR: CueLexicon = {
  tone: {
    formal: ["formel(?:le|les|s)?", "courtois(?:e|es)?", "soutenu", "vouvoiement", "ton professionnel"],
    neutral: ["neutre(?:s)?", "factuel(?:le|les|s)?", "objecti(?:f|ve)", "sans blagues?"],
    warm: ["chaleureu(?:x|se)", "bienveillant(?:e|es|s)?", "amical(?:e)?", "decontracte(?:e)?", "sympa", "encourageant(?:e)?"],
    playful: ["joueu(?:r|se)", "ton leger", "humour", "drole", "ludique", "blagues?", "taquin(?:e)?"],
  },
  length: {
    brief: ["breve(?:s)?", "brievement", "concis(?:e|es)?", "reponses courtes", "plus court(?:es|s)?", "a l'essentiel", "en bref", "droit au but"],
    balanced: ["longueur equilibree", "equilibre(?:e|es)?", "longueur moyenne", "ni trop long(?:ues)? ni trop court(?:es)?"],
    detailed: ["detaille(?:e|es|s)?", "en detail", "plus longues?", "plus de details", "approfondi(?:e|es)?", "en profondeur"],
    exhaustive: ["exhaustive(?:s)?", "exhaustif(?:s)?", "couvr(?:e|ent|ir) tout", "couvrent chaque cas", "sans rien omettre", "tous les details"],
  },
  density: {
    plain: ["mots simples", "langage (?:simple|clair|courant)", "phrases courtes", "sans jargon", "mots de tous les jours"],
    moderate: ["densite moderee", "prose claire"],
    dense: ["prose dense", "dense(?:s)?", "compact(?:e|es|s)?", "langage technique"],
    expert: ["prose (?:de specialiste|specialisee)", "comme un article scientifique"],
  },
  mathComfort: {
    avoid: [`eviter (?:les )?${MATHS}`, `sans (?:les )?${MATHS}`, `pas de ${MATHS}`, `deteste (?:les )?${MATHS}`, `n'aime pas (?:les )?${MATHS}`],
    light: [`un peu de ${MATHS}`, "maths (?:legeres|simples)", `peu de ${MATHS}`],
    comfortable: [`a l'aise avec (?:les )?${MATHS}`, "avec des (?:formules|equations)"],
    fluent: [`maitris(?:e|es|ez|er) (?:tres bien )?les maths`, `(?:j')?adore (?:les )?${MATHS}`, "demonstrations", "derivations", "rigoureu(?:x|se)"],
  },
  level: {
    newcomer: ["debut(?:e|es|ez|ant|ante|ants|antes)", "novices?", "nouve(?:au|lle) dans", "partir de zero", "sans bases", "aucune base"],
    student: ["(?:connaissez|connais) (?:deja )?les bases", "supposent les bases connues", "etudiant(?:e|es|s)?", "(?:faites|fais|fait) des etudes", "j'etudie", "j'apprends"],
    practitioner: ["en pratique", "pratique professionnelle", "professionnel(?:le|les|s)?", "sur le terrain", "dans (?:mon|votre|ton) travail", "je travaille"],
    expert: ["expert(?:e|es|s)?", "expertise", "specialistes?", "chercheu(?:r|se)"],
  },
  domain: {
    general: ["sujets generaux", "culture generale", "un peu de tout"],
    computing: ["informatique", "programmation", "logiciels?", "developpeu(?:r|se)", "code"],
    mathematics: ["(?:les )?mathematiques", "mathematicien(?:ne)?", "algebre", "geometrie"],
    physics: ["physique", "physicien(?:ne)?", "mecanique", "quantique"],
    "life-sciences": ["sciences de la vie", "biologie", "medecine", "infirmi(?:er|ere)", "ecologie", "genetique"],
    economics: ["economie", "economiste", "finance", "marches"],
    humanities: ["sciences humaines", "histoire", "philosophie", "litterature"],
    law: ["droit", "juridique", "avocat(?:e)?", "juriste", "jurisprudence", "lois", "contrats"],
  },
  language: {
    en: ["en anglais"],
    es: ["en espagnol"],
    fr: ["en francais"],
    de: ["en allemand"],
    pt: ["en portugais"],
    it: ["en italien"],
    zh: ["en chinois"],
    ja: ["en japonais"],
  },
};
