import { describe, expect, it } from "vitest";
import { DEFAULT_ATOMS, type Atoms } from "../personality/atoms";
import { measureFeatures } from "../personality/features";
import { verbalizeOffline } from "../personality/verbalizer";
import { offlineReply } from "./offline-model";
import { sentencesOf } from "./offline-prose";
import { SUMMARY_WORDS, rankSentences, textRank } from "./offline-text";
import { buildSystem } from "./prompts";

/** Passages the offline model was never written from, each with the words that mark its main points. */
const REEFS = {
  text:
    "Coral reefs are underwater structures built by colonies of tiny animals called polyps. " +
    "Each polyp secretes a skeleton of calcium carbonate, and over centuries these skeletons pile up into reefs. " +
    "Reefs cover less than one percent of the ocean floor, yet they shelter about a quarter of all marine species. " +
    "Fishermen in many coastal villages depend on reef fish for food and income. " +
    "Warming water is the greatest threat to reefs, because heat makes the polyps expel the algae that feed them. " +
    "This process, called bleaching, turns the coral white and can kill a reef within weeks. " +
    "Pollution and overfishing weaken reefs further and slow their recovery after bleaching. " +
    "Marine protected areas give damaged reefs time to recover, and some scientists now breed heat-tolerant corals to replant them.",
  points: [/polyps|calcium carbonate/, /species|fish/, /bleaching|warming|heat/, /protected|recover|replant/],
};
const AQUEDUCTS = {
  text:
    "The Romans built aqueducts to bring fresh water into their cities from distant springs. " +
    "An aqueduct is a channel that carries water downhill by gravity alone, with a gentle and constant slope. " +
    "Engineers surveyed the route carefully, because a slope that was too steep would damage the channel and one that was too flat would let the water stand. " +
    "Most of the channel ran underground, and the famous stone arches were needed only where the route crossed a valley. " +
    "At the city, water flowed into a distribution tank called a castellum, which fed public fountains, baths and a few private houses. " +
    "Rome itself was supplied by eleven aqueducts, which together delivered about a million cubic metres of water a day. " +
    "Several aqueducts were still in use more than a thousand years after they were built.",
  points: [/bring fresh water into their cities/, /gravity|slope/, /underground|arches|castellum|fountains/, /eleven|million|thousand years/],
};

const summarize = (text: string, atoms: Partial<Atoms>) =>
  offlineReply([
    { role: "system", content: buildSystem(verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, ...atoms }, aboutMe: "", amendments: [] }), "summarize") },
    { role: "user", content: [{ type: "text", text }] },
  ]);
const explain = (text: string, atoms: Partial<Atoms>) =>
  offlineReply([
    { role: "system", content: buildSystem(verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, ...atoms }, aboutMe: "", amendments: [] }), "explain") },
    { role: "user", content: [{ type: "text", text }] },
  ]);
/** The passage's sentences a reply quotes or restates. */
const quoted = (reply: string, passage: string) => sentencesOf(passage).filter((s) => reply.includes(s));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("TextRank", () => {
  it("ranks the sentence that shares most with the others highest", () => {
    const sentences = [
      "Cats sleep most of the day.",
      "Cats hunt at night, and cats sleep in the day.",
      "Cats and dogs both sleep a lot during the day.",
      "The stock market fell on Tuesday.",
    ];
    const scores = textRank(sentences);
    expect(scores.indexOf(Math.max(...scores))).not.toBe(3);
    expect(scores[3]).toBe(Math.min(...scores));
  });

  it("keeps the passage's order and prefers a new point to a near-repeat", () => {
    const sentences = [
      "Water boils at one hundred degrees at sea level.",
      "At sea level, water boils at one hundred degrees.",
      "Water freezes into ice at zero degrees.",
      "Salt water freezes at a lower temperature than fresh water.",
    ];
    const picked = rankSentences(sentences, 100, 2);
    expect(picked).toEqual(sentences.filter((s) => picked.includes(s)));
    expect(picked.filter((s) => s.includes("boils"))).toHaveLength(1);
  });
});

describe("Summarize offline: an extractive summary of the text given", () => {
  it.each([
    ["coral reefs", REEFS],
    ["Roman aqueducts", AQUEDUCTS],
  ])("%s: every sentence of the summary is a sentence of the passage", (_name, { text }) => {
    for (const length of [0, 1, 2, 3]) {
      const summary = summarize(text, { length });
      const body = summary.split("\n\n").slice(1).join(" ").replace(/^- /gm, "");
      for (const sentence of sentencesOf(body)) expect(text).toContain(sentence);
      expect(quoted(summary, text).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["coral reefs", REEFS],
    ["Roman aqueducts", AQUEDUCTS],
  ])("%s: a detailed summary covers the passage's main points and stays shorter than it", (_name, { text, points }) => {
    const summary = summarize(text, { length: 2 });
    const covered = points.filter((re) => re.test(summary));
    expect(covered.length).toBeGreaterThanOrEqual(3);
    expect(words(summary)).toBeLessThan(words(text));
  });

  it("is bounded by the paragraph's length: brief is shorter than detailed, and within its word budget", () => {
    const brief = summarize(REEFS.text, { length: 0 });
    const detailed = summarize(REEFS.text, { length: 2 });
    expect(quoted(brief, REEFS.text).length).toBeLessThan(quoted(detailed, REEFS.text).length);
    const quotedWords = (reply: string) => quoted(reply, REEFS.text).reduce((n, s) => n + words(s), 0);
    expect(quotedWords(detailed)).toBeLessThanOrEqual(SUMMARY_WORDS[2]);
  });
});

describe("Explain offline: the passage's own key sentences and terms, at the reader's level", () => {
  it("restates the passage's key sentences and glosses its terms with the passage's definitions for a newcomer", () => {
    const text = explain(REEFS.text, { level: 0, length: 2 });
    expect(quoted(text, REEFS.text).length).toBeGreaterThanOrEqual(3);
    expect(text).toContain("**Terms it uses:**");
    expect(text).toMatch(/- \*\*(polyps?|reefs?|bleaching)\*\*: in the passage's words: “/);
  });

  it("keeps the terms without glosses for an expert, in denser sentences", () => {
    const newcomer = explain(AQUEDUCTS.text, { level: 0, density: 0, length: 2 });
    const expert = explain(AQUEDUCTS.text, { level: 3, density: 3, length: 2 });
    expect(expert).not.toContain("in the passage's words");
    expect(expert).toMatch(/\*\*Terms it uses:\*\* \p{L}/u);
    expect(measureFeatures(expert).density!).toBeGreaterThan(measureFeatures(newcomer).density!);
  });

  it("says why it matters in the passage's own words", () => {
    expect(explain(AQUEDUCTS.text, { length: 3 })).toContain("**Why it matters, as the passage puts it:** Engineers surveyed the route carefully, because");
  });
});
