import { describe, expect, it } from "vitest";
import { DEFAULT_ATOMS, type Atoms } from "../personality/atoms";
import { verbalizeOffline } from "../personality/verbalizer";
import { offlineReply } from "./offline-model";
import { buildSystem } from "./prompts";
import { LIBRARY } from "./topics/index";

const ask = (atoms: Partial<Atoms> | null, question: string) =>
  offlineReply([
    { role: "system", content: buildSystem(atoms ? verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, ...atoms }, aboutMe: "", amendments: [] }) : null, "chat") },
    { role: "user", content: [{ type: "text", text: question }] },
  ]);

const NEWCOMER = { level: 0, mathComfort: 0, density: 0 } as const;
const EXPERT = { level: 3, mathComfort: 3, density: 3 } as const;

describe("two profiles, one question: different substance, not only different adjectives", () => {
  it.each([
    ["What is compound interest?", "A = P \\left(1 + \\frac{r}{n}\\right)^{n t}", "snowball"],
    ["Why does ice float on water?", "\\rho = \\frac{m}{V}", "holding hands"],
    ["How do vaccines train the immune system?", "p_c = 1 - \\frac{1}{R_0}", "fire drill"],
    ["Briefly: what is a black hole?", "r_s = \\frac{2GM}{c^2}", "light"],
  ])("%s: the expert/fluent answer states the formula the newcomer/no-math one leaves out", (question, formula, plainIdea) => {
    const newcomer = ask(NEWCOMER, question);
    const expert = ask(EXPERT, question);
    expect(expert).toContain(`$$\n${formula}`);
    expect(newcomer).not.toContain("$");
    expect(newcomer).toContain(plainIdea);
    expect(newcomer).not.toBe(expert);
  });

  it("the expert answer says what only an expert hears; the newcomer answer what a newcomer needs", () => {
    const newcomer = ask({ ...NEWCOMER, length: 2 }, "Explain black holes");
    const expert = ask({ ...EXPERT, length: 2 }, "Explain black holes");
    expect(expert).toContain("Kerr metric");
    expect(newcomer).not.toContain("Kerr");
    expect(newcomer).toContain("nothing can get out, not even light");
    expect(newcomer).toContain("No formulas needed");
  });

  it("a computing topic in detail carries its code, and exhaustive answers list related topics", () => {
    const text = ask({ length: 3, domain: "computing" }, "How does a hash table handle collisions?");
    expect(text).toContain("```python\nclass HashTable:");
    expect(text).toMatch(/^- \*\*Sorting algorithms\*\*: /m);
    expect(text).toMatch(/^- \*\*Recursion\*\*: /m);
  });

  it("every topic answers in every language at every length, with no template left over", () => {
    for (const topic of LIBRARY) {
      for (const language of ["en", "es", "fr", "de"] as const) {
        const question = topic.text[language].title;
        for (const length of [0, 1, 2, 3]) {
          const text = ask({ language, length }, question);
          expect(text, `${topic.id} ${language} ${length}`).toContain(topic.text[language].levels[1].slice(0, 12));
          expect(text.replace(/```[\s\S]*?```/g, "")).not.toMatch(/\{title\}|undefined|\S {2,}\S/u);
        }
      }
    }
  });
});

describe("a question outside the library gets the honest reply", () => {
  it("says what it can talk about and how to connect a real model, and invents nothing", () => {
    const text = ask(null, "How do I rebuild a carburetor on a 1970s motorcycle?");
    expect(text).toContain("I'm the offline demo model");
    expect(text).toContain("I won't make up an answer");
    expect(text).toContain("`OPENAI_API_KEY`");
    expect(text).toContain("`OPENAI_BASE_URL`");
    expect(text).toMatch(/Ollama or vLLM/);
    for (const topic of LIBRARY) expect(text).toContain(topic.text.en.title);
    expect(text).not.toMatch(/carburetor/i);
  });

  it("in the reader's language", () => {
    expect(ask({ language: "es" }, "¿Cuál es la mejor playa de Galicia?")).toContain("no voy a inventar una respuesta");
    expect(ask({ language: "de" }, "Wie repariere ich mein Fahrrad?")).toContain("erfinde ich keine Antwort");
  });
});

describe("language of a message needs evidence", () => {
  it("an English question with 'do' and 'a' in it is English, not Portuguese", () => {
    const text = ask(null, "How do I rebuild a carburetor on a 1970s motorcycle?");
    expect(text).not.toMatch(/português|Nota:/);
  });
});
