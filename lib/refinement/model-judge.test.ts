/**
 * The refinement loop's model judge against a local server speaking the chat completions protocol: one bounded
 * structured-output call to the fast model, the answer validated by the schema, one retry, then `failed` with a
 * reason. Without a model it says `offline` and calls nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setEnv } from "@/tests/ai-fixtures";
import { startOpenAIStub, type OpenAIStub } from "@/tests/openai-stub";
import { JUDGE_INSTRUCTIONS, JUDGE_MAX_OUTPUT_TOKENS, judgePrompt, judgeWithModel, type JudgeItem } from "@/lib/refinement/model-judge";

const PARAGRAPH = "You like brief answers in plain words.";
const ITEMS: JudgeItem[] = [
  { prompt: "What is rain?", text: "Water falling from clouds." },
  { prompt: "Explain tides in detail.", text: "Tides are… ".repeat(200) },
  { prompt: "What is a bond?", text: "A loan you can sell." },
];
const answer = (verdicts: [string, string][]) =>
  JSON.stringify({ predictions: verdicts.map(([response, verdict]) => ({ response, verdict })) });
const GOOD = answer([
  ["r2", "reject"],
  ["r1", "approve"],
  ["r3", "approve"],
]);

describe("the model judge without a model", () => {
  it("says offline and calls nothing", async () => {
    const restore = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined });
    try {
      expect(await judgeWithModel({ paragraph: PARAGRAPH, items: ITEMS })).toEqual({ kind: "offline" });
    } finally {
      restore();
    }
  });
});

describe("the model judge (local chat completions stub)", () => {
  let stub: OpenAIStub;
  let restore: () => void;
  beforeAll(async () => {
    stub = await startOpenAIStub();
    restore = setEnv({ OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: undefined, OPENAI_FAST_MODEL: "stub-fast" });
  });
  afterAll(async () => {
    restore();
    await stub.close();
  });
  afterEach(() => {
    stub.requests.length = 0;
  });

  it("makes one bounded structured-output call to the fast model and returns the verdicts in the items' order", async () => {
    stub.behave({ kind: "reply", text: GOOD });
    expect(await judgeWithModel({ paragraph: PARAGRAPH, items: ITEMS })).toEqual({
      kind: "judged",
      verdicts: ["approve", "reject", "approve"],
    });
    expect(stub.requests).toHaveLength(1);
    const { body } = stub.requests[0]!;
    expect(body.model).toBe("stub-fast");
    expect(body.stream).toBeFalsy();
    expect(body.messages[0]).toEqual({ role: "system", content: JUDGE_INSTRUCTIONS });
    expect(body.messages[1]).toEqual({ role: "user", content: judgePrompt(PARAGRAPH, ITEMS) });
    expect(judgePrompt(PARAGRAPH, ITEMS)).toMatch(/brief answers in plain words[\s\S]*\[r1\][\s\S]*\[r2\][\s\S]*\[r3\]/);
    // The long reply is clipped: the judge reads an excerpt, not an unbounded text.
    expect(judgePrompt(PARAGRAPH, ITEMS).length).toBeLessThan(3200);
    expect(body.response_format).toMatchObject({ type: "json_schema" });
    expect((body.max_tokens ?? body.max_completion_tokens) as number).toBe(JUDGE_MAX_OUTPUT_TOKENS);
  });

  it("retries once after a malformed answer and uses the second", async () => {
    stub.behave({ kind: "reply", text: GOOD });
    stub.queue({ kind: "reply", text: "I think the reader would like the first one." });
    expect(await judgeWithModel({ paragraph: PARAGRAPH, items: ITEMS })).toMatchObject({ kind: "judged" });
    expect(stub.requests).toHaveLength(2);
  });

  it.each([
    ["prose instead of JSON", "Approve, reject, approve."],
    ["an unknown verdict", answer([["r1", "maybe"], ["r2", "reject"], ["r3", "approve"]])],
    ["too many predictions (over-long)", answer([["r1", "approve"], ["r2", "reject"], ["r3", "approve"], ["r3", "reject"]])],
    ["a label used twice, one missing", answer([["r1", "approve"], ["r1", "reject"], ["r3", "approve"]])],
    [
      "extra text the schema does not allow",
      JSON.stringify({ predictions: [{ response: "r1", verdict: "approve", why: "x".repeat(5000) }], note: "…" }),
    ],
  ])("rejects %s twice, then fails with a reason", async (_case, text) => {
    stub.behave({ kind: "reply", text });
    const result = await judgeWithModel({ paragraph: PARAGRAPH, items: ITEMS });
    expect(result).toMatchObject({ kind: "failed" });
    expect((result as { reason: string }).reason).toMatch(/^The model judge failed twice: its answer did not (match the expected form|give exactly one prediction per reply)\.$/);
    expect(stub.requests).toHaveLength(2);
  });

  it("fails with the server's error after two attempts", async () => {
    stub.behave({ kind: "status", status: 500 });
    const result = await judgeWithModel({ paragraph: PARAGRAPH, items: ITEMS });
    expect(result).toEqual({ kind: "failed", reason: "The model judge failed twice: stub failure." });
    expect(stub.requests).toHaveLength(2);
  });

  it("gives up on a hanging server within the timeout", async () => {
    stub.behave({ kind: "hang" });
    const result = await judgeWithModel({ paragraph: PARAGRAPH, items: ITEMS, timeoutMs: 200 });
    expect(result).toEqual({ kind: "failed", reason: "The model judge failed twice: no answer within 0.2 s." });
  });
});
