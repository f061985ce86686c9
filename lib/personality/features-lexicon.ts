/**
 * Word lists behind features.ts (and the offline writer, which must use the same vocabulary it is measured by).
 * Entries are space-separated; "_" joins the words of a phrase; a trailing "*" matches any word starting with the
 * stem, which also covers the cognates of en/es/fr/de/pt/it where one stem fits several languages. Entries in
 * Chinese or Japanese script are matched as substrings, since those languages do not separate words.
 */
import type { Domain, Language } from "./atoms";

export const STOPWORDS: Record<Exclude<Language, "zh" | "ja">, string> = {
  en: "the of and to is that it for with as on are this be by you not or from at have which can your what how they there their would should these than its into just been were does but i my why when where who will about an a do in",
  es: "el la los las de que y en es un una por con para del se lo como más pero sus al este esta son muy también cuando qué hay sin porque puede tiene ya todo eso esto",
  fr: "le la les des du de et est une un que qui dans pour pas sur ce cette avec au aux il elle ne sont plus mais vous nous leur peut très aussi comme ou être fait ses",
  de: "der die das und ist nicht ein eine zu den dem mit von auf für sich es auch im wie sind oder wenn aber noch man dass wird werden kann nur bei einem einer diese",
  pt: "o os a do da dos das de que e em um uma para com por mais como mas ao você são muito também isso isto pode ele ela seu sua foi tem ser não",
  it: "il di che è la per non sono della del un una con gli le si anche come più ma nel alla questo questa ha essere molto nella delle dei cui",
};

/** Per domain: everyday vocabulary of the field, and its jargon (jargon also feeds the level measure). */
export const DOMAIN_LEXICON: Record<Domain, { words: string; tech: string }> = {
  general: {
    words: "cook* cocin* cuisin* kochen recipe* receta* recette* rezept* travel* viaje* voyage* reise* hogar maison* zuhause family familia* famille* familie* weather météo wetter garden* jardín jardin* garten* sport* deporte* holiday* vacacion* vacances urlaub* friend* amigo* amiga* amis freund* everyday quotidien* alltag* shopping compras einkauf*",
    tech: "",
  },
  computing: {
    words: "computer* computador* ordinateur* rechner* software* program* programa* programm* código* code coding database* datenbank* server* servidor* serveur* memory memoria mémoire speicher* data datos donnée* daten network* netzwerk* internet app bug function* función* fonction* funktion* loop* bucle* boucle* schleife* input* entrada* output* salida* file* archivo* fichier* datei* python javascript linux cpu gpu api",
    tech: "algorithm* algoritm* asymptot* asintót* recursi* récursi* rekursi* latenc* latenz* concurren* nebenläufig* cache* caché hash* hachage compil* kompil* runtime* throughput* durchsatz* mutex deadlock* polymorph* serializ* idempot*",
  },
  mathematics: {
    words: "math* matemát* mathémat* mathemat* equation* ecuaci* équation* gleichung* theorem* teorema* théorème* proof* demostraci* démonstration* beweis* algebra álgebra algèbre geometr* calculus cálculo calcul fraction* fracci* bruch* probabilit* probabilid* wahrscheinlichkeit* statistic* estadíst* statist* triangle* triángulo* dreieck* formula* fórmula* formel*",
    tech: "eigenwert* eigenvalue* eigenvector* eigenvektor* valeur*_propre* autovalor* isomorph* isomorf* homomorph* topolog* manifold* variedad* mannigfaltigkeit* integral* derivative* derivad* dérivé* ableitung* lemma* lema* converg* konverg* polynom* polinom* polinóm* matrix* matriz* matrice* vector* vekt* vecteur* axiom* conjectur* conjetur* vermutung* bijec* bijek* logarithm* logaritm*",
  },
  physics: {
    words: "physic* física* físico* physique* physik* energ* force fuerza* kraft kräfte gravit* gravedad velocit* velocidad* vitesse* geschwindigkeit* particle* partícula* particule* teilchen* atom* átomo* electron* electrón* électron* elektron* wave* onda* onde* welle* black_hole* agujero*_negro* trou*_noir* schwarze*_loch* schwarze*_löch* mass masa masse relativit* relativid* photon* fotón* planet* planeta* star estrella* étoile* sterne",
    tech: "eigenstate* quantum quanten* cuántic* quantique* entrop* thermodynam* termodinám* momentum momento_lineal quantité_de_mouvement hamilton* lagrang* boson* bosón* fermion* fermión* wavefunction* wellenfunktion* superposi* electromagnet* electromagnét* électromagnét* elektromagnet* inertia inercia inertie trägheit*",
  },
  "life-sciences": {
    words: "cell célula* cellule* zelle* gene gène* genet* genét* génét* dna adn dns protein* proteína* protéine* organism* organismo* organisme* species especie* espèce* spezies bacteri* bactéri* bakteri* virus* biolog* photosynth* fotosínt* blood sangre sang blut* tissue* tejido* tissu* gewebe* plant planta* plante* pflanze*",
    tech: "enzym* enzim* homeosta* homeostá* homéosta* homöosta* genom* genóm* génom* phenotyp* fenotip* phénotyp* phänotyp* metabol* métabol* mitochondri* mitocondri* ribosom* allel* alel* epigenet* epigenét* épigénét* cytoplasm* citoplasm* zytoplasm* apoptos*",
  },
  economics: {
    words: "econom* económ* économ* ökonom* market* mercado* marché* markt* märkte price* precio* prix preis* demand* demanda* demande* nachfrage* supply oferta* offre* angebot* trade comercio* commerce* handel* tax impuesto* impôt* steuer* bank banco* banque* money dinero argent geld* invest* inversi* salar* wage* lohn löhne unemploy* desempleo* chômage* arbeitslos* gdp pib bip inflation* inflaci*",
    tech: "elasticit* elasticid* élasticit* elastizität* equilibri* équilibr* gleichgewicht* marginal* grenzkosten* monopol* oligopol* externalit* externalid* arbitrag* arbitraj* liquidit* liquidez macroeconom* macroéconom* makroökonom* microeconom* deflat* deflaci* monetar* monétar* fiscal* fiskal* pareto*",
  },
  law: {
    words: "law ley leyes loi lois gesetz* court* tribunal* gericht* contract* contrato* contrat* vertrag* verträge legal* legislat* juez juge richter* lawyer* abogad* avocat* anwalt* anwält* crime* crimen delito* verbrechen* regulat* regulaci* réglement* verordnung* constitution* constituci* verfassung* clause* cláusula* klausel* rights derecho* droit* juridi* juríd* judge*",
    tech: "jurisprud* rechtsprechung* statut* estatut* tort délictu* deliktsrecht* treuhand* liabilit* plaintiff* defendant* demandante* précédent* precedent* precedente* präzedenz* litig* indemn* estoppel habeas fiduciar* jurisdic* juridiction* gerichtsbarkeit* mens_rea actus_reus",
  },
  humanities: {
    words: "histor* histór* geschichte* philosoph* filosof* filosóf* literatur* literari* literar* littér* culture* cultura* kultur* poem* poema* poème* gedicht* novel novela* roman religio* ethic* ética* éthique* ethik* author* autor* auteur* myth* mito* mythe* renaissance renacimiento medieval* mediev* médiév* mittelalter*",
    tech: "hermeneut* hermenéut* herméneut* epistemolog* epistémolog* erkenntnistheor* ontolog* historiograf* historiograph* phenomenolog* fenomenolog* phénoménolog* phänomenolog* semiot* semiót* sémiot* teleolog* teleológ* téléolog* exeges* exégès* dialectic* dialéctic* dialectique* dialektik* postmodern* posmodern*",
  },
};

/** Jargon that belongs to no single field; it raises the level but is no evidence of a domain. */
export const GENERAL_TECH_TERMS =
  "methodolog* metodolog* méthodolog* paradigm* empiric* empíric* empiri* hypothes* hipótes* hypothès* heurist* heuríst* stochast* estocást* variance varianza varianz regression* regresi* régression* correlation* correlaci* corrélation* korrelation* causalit* causalid* kausalität* operationaliz* operacionaliz* confound*";

export const FORMAL_MARKERS = [
  "furthermore moreover consequently therefore thus hence accordingly nevertheless nonetheless notwithstanding herein indeed namely shall it_should_be_noted it_is_worth_noting with_respect_to in_accordance_with in_summary in_conclusion one_should one_may",
  "asimismo por_consiguiente por_lo_tanto por_ende cabe_señalar cabe_destacar en_consecuencia no_obstante en_síntesis en_suma usted ustedes",
  "en_outre par_conséquent de_surcroît néanmoins il_convient il_importe toutefois en_définitive en_conséquence dès_lors",
  "darüber_hinaus folglich demzufolge infolgedessen somit ferner zudem gleichwohl mithin hinsichtlich diesbezüglich",
  "além_disso portanto por_conseguinte ademais cabe_ressaltar contudo todavia inoltre pertanto di_conseguenza tuttavia altresì",
  "因此 此外 综上所述 したがって 以上のことから",
].join(" ");

/** Besides these phrases, English contractions count as warm markers (features.ts). */
export const WARM_MARKERS = [
  "don't_worry no_worries happy_to glad i_hope hope_this_helps honestly great_question feel_free",
  "no_te_preocupes tranquilo tranquila te_cuento ojalá me_alegra espero_que_te fíjate ya_verás con_gusto",
  "pas_de_souci ne_t'inquiète t'inquiète tu_vas_voir j'espère je_te franchement avec_plaisir",
  "keine_sorge du_wirst ich_hoffe ehrlich_gesagt schau_mal freut_mich gerne",
  "não_se_preocupe fique_tranquilo espero_que você_vai_ver non_preoccuparti tranquillo spero_che vedrai",
  "别担心 放心 心配しないで 大丈夫",
].join(" ");

/** Besides these phrases, exclamation marks and emoji count as playful markers (features.ts). */
export const PLAYFUL_MARKERS = [
  "fun_fact picture_this imagine buckle_up plot_twist spoiler ta_da tada voilà woohoo yay magic*",
  "dato_curioso imagina sorpresa magia allá_vamos petite_anecdote surprise magie c'est_parti",
  "stell_dir_vor überraschung los_geht's curiosidade surpresa mágica curiosità immagina",
  "哈哈 想象一下 わくわく",
].join(" ");

/** A reply that says it avoids math is evidence of "avoid"; silence about math is not (features.ts). */
export const NO_MATH_MARKERS = [
  "no_math no_maths without_math without_any_math no_formula* without_formula* no_equation* without_equation* math-free formula-free",
  "sin_fórmulas sin_ecuaciones sin_matemáticas sans_formule* sans_équation* sans_maths sans_mathématiques",
  "ohne_formel* ohne_gleichung* ohne_mathe* sem_fórmulas sem_equações sem_matemática senza_formule senza_equazioni senza_matematica",
  "不用公式 没有公式 数式なし 数式を使わず",
].join(" ");

type Part = { stem: string; prefix: boolean };
/**
 * Stems and phrases are indexed by their first two letters: a lookup per word instead of a scan of the list.
 * `words` holds the exact entries and, with plurals, their -s and -es forms, so a word is one set lookup.
 * `index`: the lexicon's bit in every word's hit mask (wordMask).
 */
export type Lexicon = { index: number; words: Set<string>; prefixes: Map<string, string[]>; phrases: Map<string, Part[][]>; scripts: string[]; plurals: boolean };

/**
 * Lower-cased words prepared once for every lexicon they are counted against (measureFeatures counts the same
 * words against ~20): each word's index key (its first two letters, for phrases) and its hit mask.
 */
export type LexiconWords = { words: readonly string[]; heads: string[]; masks: readonly number[][] };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const head = (s: string) => s.slice(0, 2);

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every compiled lexicon, by index: a word's mask has one bit per entry. */
const lexicons: Lexicon[] = [];
/** Each word's hit mask (wordMask), for up to MASKS_MAX words. */
const MASKS_MAX = 20_000;
const masks = new Map<string, number[]>();

/** plurals: "law" also matches "laws"/"lawes" (off for stopwords, where "de" must not match "des"). */
export function compileLexicon(list: string, { plurals = true } = {}): Lexicon {
  const lex: Lexicon = { index: lexicons.length, words: new Set(), prefixes: new Map(), phrases: new Map(), scripts: [], plurals };
  for (const entry of list.split(/\s+/).filter(Boolean)) {
    if (CJK.test(entry)) lex.scripts.push(entry);
    else if (entry.includes("_")) push(lex.phrases, head(entry), entry.split("_").map(toPart));
    else if (entry.endsWith("*")) push(lex.prefixes, head(entry), entry.slice(0, -1));
    else {
      lex.words.add(entry);
      if (plurals) lex.words.add(`${entry}s`).add(`${entry}es`);
    }
  }
  lexicons.push(lex);
  // Every mask made so far lacks this lexicon's bit.
  masks.clear();
  return lex;
}

const toPart = (s: string): Part => ({ stem: s.replace(/\*$/, ""), prefix: s.endsWith("*") });

function partMatches(word: string, part: Part, plurals: boolean): boolean {
  if (part.prefix) return word.startsWith(part.stem);
  return word === part.stem || (plurals && (word === `${part.stem}s` || word === `${part.stem}es`));
}

function matchesSingle(w: string, key: string, lex: Lexicon): boolean {
  if (lex.words.has(w)) return true;
  const stems = lex.prefixes.get(key);
  if (stems) for (const stem of stems) if (w.startsWith(stem)) return true;
  return false;
}

/**
 * Whether a word alone is a hit of each lexicon, as bits (lexicon i is bit i % 32 of element i / 32). It
 * depends on the word only, so it is worked out once per word and kept: a reply's words are mostly words seen
 * before (bench #2 and the load run measure a reply on every thumb; matching each word against every lexicon
 * was a third of that). Compiling a lexicon empties the memo (its masks lack the new bit), and so does
 * reaching MASKS_MAX words.
 */
function wordMask(w: string): number[] {
  const known = masks.get(w);
  if (known) return known;
  const apostrophe = w.indexOf("'");
  // French and Italian elide the article into the word ("l'énergie"): the noun still counts.
  const elided = apostrophe > 0 ? w.slice(apostrophe + 1) : null;
  const [key, elidedKey] = [head(w), elided === null ? "" : head(elided)];
  const mask = new Array<number>(Math.ceil(lexicons.length / 32)).fill(0);
  for (const lex of lexicons) {
    if (matchesSingle(w, key, lex) || (elided !== null && matchesSingle(elided, elidedKey, lex))) mask[lex.index >> 5]! |= 1 << (lex.index & 31);
  }
  if (masks.size >= MASKS_MAX) masks.clear();
  masks.set(w, mask);
  return mask;
}

export function lexiconWords(words: readonly string[]): LexiconWords {
  return { words, heads: words.map(head), masks: words.map(wordMask) };
}

/** Whether one word alone is a hit (what countHits counts for a text of that word only). */
export function isHit(prepared: LexiconWords, i: number, lex: Lexicon): boolean {
  return ((prepared.masks[i]![lex.index >> 5]! >>> (lex.index & 31)) & 1) === 1;
}

/** Hits of a lexicon in lower-cased words (and, for CJK entries, in the raw text). */
export function countHits(words: readonly string[] | LexiconWords, lex: Lexicon, text = ""): number {
  const prepared = Array.isArray(words) ? lexiconWords(words as readonly string[]) : (words as LexiconWords);
  const list = prepared.words;
  let hits = 0;
  const hasPhrases = lex.phrases.size > 0;
  for (let i = 0; i < list.length; i++) {
    if (isHit(prepared, i, lex)) hits++;
    if (!hasPhrases) continue;
    const phrases = lex.phrases.get(prepared.heads[i]!);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (phrase.every((part, k) => i + k < list.length && partMatches(list[i + k]!, part, lex.plurals))) hits++;
    }
  }
  for (const entry of lex.scripts) {
    for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + entry.length)) hits++;
  }
  return hits;
}
