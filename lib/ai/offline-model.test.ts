import { APICallError, generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { DEFAULT_ATOMS, ORDINAL_ATOMS, snapOrdinal, type Atoms, type OrdinalDim } from "../personality/atoms";
import { readCues } from "../personality/paragraph-reader";
import { detectLanguage, measureFeatures } from "../personality/features";
import { verbalizeOffline } from "../personality/verbalizer";
import { OFFLINE_MODEL_LABEL, createOfflineModel, type OfflineModelOptions } from "./offline-model";
import { buildSystem, type Surface } from "./prompts";

const QUESTION = "How do black holes form?";
const TEXT =
  "Photosynthesis is the process by which green plants use sunlight to make sugar from carbon dioxide and water. " +
  "Chlorophyll in the leaves captures the sunlight, and the plant releases oxygen as a by-product. The sugar feeds " +
  "the plant, and through the plant it feeds almost every other living thing. Without photosynthesis there would be " +
  "no oxygen in the air and no food on land. Scientists study it to grow better crops and to design artificial leaves.";

async function reply(paragraph: string | null, prompt = QUESTION, surface: Surface = "chat", options?: OfflineModelOptions) {
  const model = createOfflineModel(options);
  return (await generateText({ model, instructions: buildSystem(paragraph, surface), prompt })).text;
}
const paragraphFor = (change: Partial<Atoms>) => verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, ...change }, aboutMe: "", amendments: [] });
const measured = (dim: OrdinalDim, text: string) => {
  const value = measureFeatures(text)[dim];
  return value === undefined ? undefined : snapOrdinal(dim, value);
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const wordsPerSentence = (text: string) => words(text) / text.split(/(?<=[.!?])\s+/).length;

describe("the paragraph shapes the reply", () => {
  const BRIEF = "You like brief answers.";
  const EXHAUSTIVE = "You want exhaustive answers that leave nothing out.";
  const NO_MATH = "Please avoid math; no equations.";
  const FLUENT = "You are fluent in math and like equations.";
  const FORMAL = "Keep a formal tone.";
  const PLAYFUL = "Be playful and funny.";
  const WARM = "Be warm and friendly.";
  const PLAIN = "Use plain words and short sentences.";
  const EXPERT = "Write expert prose, like a research paper.";

  it("reads these paragraphs the way the tests mean them (the real cue reader)", () => {
    expect(readCues(BRIEF).length).toBe(0);
    expect(readCues(EXHAUSTIVE).length).toBe(1);
    expect(readCues(NO_MATH).mathComfort).toBe(0);
    expect(readCues(FLUENT).mathComfort).toBe(1);
    expect(readCues(FORMAL).tone).toBe(0);
    expect(readCues(PLAYFUL).tone).toBe(1);
    expect(readCues(PLAIN).density).toBe(0);
    expect(readCues(EXPERT).density).toBe(1);
  });

  it("length: brief vs exhaustive, by word count", async () => {
    const [brief, exhaustive] = [await reply(BRIEF), await reply(EXHAUSTIVE)];
    expect(words(brief)).toBeLessThan(60);
    expect(words(exhaustive)).toBeGreaterThan(300);
  });

  it("math: the formula for a fluent reader, words only (and a word about it) for one who avoids math", async () => {
    const [fluent, avoid] = [await reply(FLUENT), await reply(NO_MATH)];
    expect(fluent).toContain("$$\nr_s = \\frac{2GM}{c^2}\n$$");
    expect(avoid).not.toMatch(/\$|[=≈<>∝∈]/);
    expect(avoid).toContain("No formulas needed");
    expect(measured("mathComfort", fluent)).toBeGreaterThanOrEqual(2);
    expect(measured("mathComfort", avoid)).toBe(0);
  });

  it("tone: formal connectives, warm contractions, playful exclamations and emoji", async () => {
    const [formal, warm, playful] = [await reply(FORMAL), await reply(WARM), await reply(PLAYFUL)];
    expect(formal).toMatch(/\b(Furthermore|Moreover|Indeed|In summary|In conclusion|With respect to)\b/);
    expect(formal).not.toMatch(/!|\b\w+'(s|t|ll|re|m)\b/);
    expect(warm).toMatch(/\b\w+'(s|t|ll|re|m|ve)\b/);
    expect(playful).toMatch(/!/);
    expect(playful).toMatch(/\p{Extended_Pictographic}/u);
    expect(measured("tone", formal)).toBe(0);
    expect(measured("tone", playful)).toBe(3);
  });

  it("density: short plain sentences vs long dense ones", async () => {
    const [plain, expert] = [await reply(PLAIN), await reply(EXPERT)];
    expect(wordsPerSentence(plain)).toBeLessThan(17);
    expect(wordsPerSentence(expert)).toBeGreaterThan(2 * wordsPerSentence(plain));
  });

  it.each([
    ["es", /\b(el|los|que|una)\b/],
    ["fr", /\b(le|les|des|une)\b/],
    ["de", /\b(der|die|das|und)\b/],
  ] as const)("language: a paragraph in %s gets a reply in it, on every surface it writes itself", async (language, stopwords) => {
    const paragraph = paragraphFor({ language });
    for (const [surface, prompt] of [["chat", QUESTION], ["explain", TEXT]] as const) {
      const text = await reply(paragraph, prompt, surface);
      expect(text).toMatch(stopwords);
    }
    expect(detectLanguage(await reply(paragraph))).toBe(language);
  });

  it("no preamble: neutral defaults, in the language of the message", async () => {
    const text = await reply(null);
    expect(measureFeatures(text)).toMatchObject({ language: "en" });
    expect(measured("length", text)).toBe(1);
    expect(measured("tone", text)).toBe(1);
    expect(detectLanguage(await reply(null, "¿Cómo se forman los agujeros negros en el universo?"))).toBe("es");
    // No language evidence in the words themselves: the language the topic was found in.
    expect(detectLanguage(await reply(null, "¿Qué es un agujero negro?"))).toBe("es");
  });

  it("surfaces: chat answers from the library, explain and summarize work on the pasted text", async () => {
    const paragraph = paragraphFor({ length: 2 });
    expect(await reply(paragraph)).toContain("event horizon");
    const explained = await reply(paragraph, TEXT, "explain");
    const summary = await reply(paragraph, TEXT, "summarize");
    expect(explained).toContain("Chlorophyll in the leaves captures the sunlight");
    for (const line of summary.split("\n").filter((l) => l.startsWith("- "))) expect(TEXT).toContain(line.slice(2));
    expect(words(summary)).toBeLessThan(words(TEXT));
  });
});

describe("an explicit request in the message overrides the paragraph for that reply", () => {
  it("length: 'briefly' and 'in detail'", async () => {
    expect(measured("length", await reply("You want exhaustive answers.", `${QUESTION} Briefly, please.`))).toBe(0);
    expect(measured("length", await reply("You like brief answers.", `Explain black holes in detail.`))).toBe(3);
  });

  it("math: 'show the math' and 'without equations'", async () => {
    expect(await reply("Please avoid math.", `${QUESTION} Show the math.`)).toContain("$$");
    expect(await reply("You love equations.", `${QUESTION} Without equations, please.`)).not.toContain("$");
  });

  it("language: 'in Spanish'", async () => {
    expect(detectLanguage(await reply(paragraphFor({ language: "en" }), `${QUESTION} Answer in Spanish.`))).toBe("es");
  });

  it("tone: 'formally' and 'playfully'", async () => {
    expect(measured("tone", await reply("Be playful and funny.", `${QUESTION} Answer formally.`))).toBe(0);
    expect(measured("tone", await reply("Keep a formal tone.", `${QUESTION} Answer playfully.`))).toBe(3);
  });

  it("'in one sentence': exactly one sentence, on the topic", async () => {
    const text = await reply(paragraphFor({ length: 3 }), "Explain black holes in one sentence.");
    expect(text.split(/(?<=[.!?])\s+/)).toHaveLength(1);
    expect(text).toContain("black hole");
  });

  it("only for that reply: a follow-up without a subject continues the topic, following the paragraph again", async () => {
    const model = createOfflineModel();
    const instructions = buildSystem("You want exhaustive answers.", "chat");
    const { text } = await generateText({
      model,
      instructions,
      messages: [
        { role: "user", content: `${QUESTION} Briefly.` },
        { role: "assistant", content: "Stars collapse." },
        { role: "user", content: "Tell me more." },
      ],
    });
    expect(measured("length", text)).toBe(3);
    expect(text).toContain("event horizon");
  });
});

describe("determinism and streaming", () => {
  it("gives the same reply to the same prompt, a different one to a different prompt", async () => {
    const paragraph = paragraphFor({});
    expect(await reply(paragraph)).toBe(await reply(paragraph));
    expect(await reply(paragraph, "Why does ice float on water?")).not.toBe(await reply(paragraph));
  });

  it("streams the generated text in many small deltas", async () => {
    const instructions = buildSystem(paragraphFor({ length: 2 }), "chat");
    const generated = await reply(paragraphFor({ length: 2 }));
    const result = streamText({ model: createOfflineModel(), instructions, prompt: QUESTION });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(50);
    expect(deltas.join("")).toBe(generated);
    expect((await result.usage).outputTokens).toBe(deltas.length);
    expect((await result.finishReason)).toBe("stop");
  });

  it("emits the provider stream parts in order", async () => {
    const { stream } = await createOfflineModel().doStream({ prompt: [{ role: "user", content: [{ type: "text", text: QUESTION }] }] });
    const types: string[] = [];
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) types.push(r.value.type);
    const kinds = types.filter((t, i) => t !== types[i - 1]);
    expect(kinds).toEqual(["stream-start", "response-metadata", "text-start", "text-delta", "text-end", "finish"]);
  });

  it("waits delayMs between chunks", async () => {
    const started = Date.now();
    const result = streamText({ model: createOfflineModel({ delayMs: 5 }), prompt: "Hi" });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(Date.now() - started).toBeGreaterThanOrEqual(deltas.length * 4);
  });

  it("stops at maxOutputTokens with finish reason length", async () => {
    const result = await generateText({ model: createOfflineModel(), prompt: QUESTION, maxOutputTokens: 10 });
    expect(words(result.text)).toBe(10);
    expect(result.finishReason).toBe("length");
  });

  it("stops streaming when aborted", async () => {
    const controller = new AbortController();
    const result = streamText({ model: createOfflineModel({ delayMs: 2 }), prompt: QUESTION, abortSignal: controller.signal });
    const deltas: string[] = [];
    for await (const delta of result.textStream) {
      deltas.push(delta);
      if (deltas.length === 3) controller.abort();
    }
    expect(deltas.length).toBeLessThan(6);
  });

  it("is labelled for the UI", () => {
    expect(OFFLINE_MODEL_LABEL).toBe("offline demo model");
  });
});

describe("fault injection", () => {
  it("reject: the call fails before any output", async () => {
    await expect(reply(null, QUESTION, "chat", { fail: { kind: "reject", message: "down" } })).rejects.toSatisfy(
      (error: unknown) => APICallError.isInstance(error) && error.message === "down",
    );
  });

  it("midstream: some deltas, then an error part", async () => {
    const result = streamText({ model: createOfflineModel({ fail: { kind: "midstream", afterChunks: 4 } }), prompt: QUESTION, onError: () => {} });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);
    expect(parts.filter((t) => t === "text-delta")).toHaveLength(4);
    expect(parts).toContain("error");
  });

  it("hang: nothing until the abort signal fires", async () => {
    const call = generateText({ model: createOfflineModel({ fail: { kind: "hang" } }), prompt: QUESTION, abortSignal: AbortSignal.timeout(30), maxRetries: 0 });
    await expect(call).rejects.toThrow();
  });

  it("times: only the first n calls fail", async () => {
    const model = createOfflineModel({ fail: { kind: "reject", times: 1 } });
    await expect(generateText({ model, prompt: QUESTION, maxRetries: 0 })).rejects.toThrow();
    // The call after the failure answers exactly as a model that never failed.
    const healthy = await generateText({ model: createOfflineModel(), prompt: QUESTION });
    expect((await generateText({ model, prompt: QUESTION })).text).toBe(healthy.text);
  });
});

describe("round trip: the reply measures back within one step of the paragraph's option", () => {
  const cases = (["length", "density", "mathComfort", "tone"] as const).flatMap((dim) =>
    (["en", "es", "fr", "de"] as const).flatMap((language) => ORDINAL_ATOMS[dim].map((label, index) => [dim, language, label, index] as const)),
  );
  const QUESTIONS = { en: QUESTION, es: "¿Por qué flota el hielo en el agua?", fr: "Pourquoi la glace flotte-t-elle sur l'eau ?", de: "Warum schwimmt Eis auf Wasser?" };

  // One step is the refinement judge's tolerance (MATCH_TOLERANCE_STEPS); length, which the composer controls
  // by what it includes, is exact.
  it.each(cases)("%s in %s: %s", async (dim, language, _label, index) => {
    const text = await reply(paragraphFor({ language, [dim]: index }), QUESTIONS[language]);
    const value = measured(dim, text);
    if (dim === "length") expect(value).toBe(index);
    else if (dim === "mathComfort" && index === 1) expect(value === undefined || Math.abs(value - index) <= 1).toBe(true);
    else expect(Math.abs(value! - index)).toBeLessThanOrEqual(1);
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(["pt", "it", "zh", "ja"] as const)("%s: a note in that language, an English body, no language evidence", async (language) => {
    const text = await reply(paragraphFor({ language }));
    const [note, ...body] = text.split("\n\n");
    expect(detectLanguage(note!)).toBe(language);
    expect(detectLanguage(body.join("\n\n"))).toBe("en");
    expect(measureFeatures(text).language).toBeUndefined();
  });
});
