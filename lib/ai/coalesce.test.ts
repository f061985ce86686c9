import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { coalesce } from "./coalesce";

const delta = (text: string, id = "t0"): LanguageModelV4StreamPart => ({ type: "text-delta", id, delta: text });

async function run(parts: LanguageModelV4StreamPart[], limits = { maxChars: 10, maxWaitMs: 1000 }) {
  const source = new ReadableStream<LanguageModelV4StreamPart>({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
  const out: LanguageModelV4StreamPart[] = [];
  const reader = coalesce(source, limits).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  return out;
}

/** A model stream the test writes to by hand, coalesced with a long maxChars; `cancelled` is its cancel reason. */
function slowModel() {
  const state: { model: ReadableStreamDefaultController<LanguageModelV4StreamPart>; cancelled: unknown } = { model: null!, cancelled: "not cancelled" };
  const source = new ReadableStream<LanguageModelV4StreamPart>({ start: (c) => void (state.model = c), cancel: (reason) => void (state.cancelled = reason) });
  return { state, reader: coalesce(source, { maxChars: 1000, maxWaitMs: 50 }).getReader() };
}

describe("coalescing text deltas", () => {
  it("passes the first delta at once, merges the rest up to maxChars, keeps the text and the order", async () => {
    const words = ["One ", "two ", "three ", "four ", "five ", "six"];
    const out = await run([{ type: "text-start", id: "t0" }, ...words.map((w) => delta(w)), { type: "text-end", id: "t0" }]);
    expect(out).toEqual([
      { type: "text-start", id: "t0" },
      delta("One "),
      delta("two three "),
      delta("four five "),
      delta("six"),
      { type: "text-end", id: "t0" },
    ]);
  });

  it("flushes what it holds before any other part (an error mid-stream keeps the text before it)", async () => {
    const error: LanguageModelV4StreamPart = { type: "error", error: new Error("boom") };
    const out = await run([delta("a "), delta("b "), delta("c "), error]);
    expect(out).toEqual([delta("a "), delta("b c "), error]);
  });

  it("a second text block starts at once too", async () => {
    const out = await run([delta("a ", "t0"), delta("b ", "t0"), delta("x ", "t1"), delta("y ", "t1")]);
    expect(out).toEqual([delta("a ", "t0"), delta("b ", "t0"), delta("x ", "t1"), delta("y ", "t1")]);
  });

  describe("with a slow model", () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    /** The first word passed on, a second one held behind a pending read for 10 ms. */
    async function holding() {
      const { state, reader } = slowModel();
      state.model.enqueue(delta("first "));
      expect((await reader.read()).value).toEqual(delta("first "));
      const pending = reader.read();
      state.model.enqueue(delta("held "));
      await vi.advanceTimersByTimeAsync(10);
      return { state, reader, pending };
    }

    it("does not hold a word longer than maxWaitMs", async () => {
      const { state, reader, pending } = await holding();
      state.model.enqueue(delta("second "));
      await vi.advanceTimersByTimeAsync(39);
      state.model.enqueue(delta("third "));
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).value).toEqual(delta("held second third "));
      state.model.enqueue(delta("fourth"));
      state.model.close();
      expect(await reader.read()).toEqual({ done: false, value: delta("fourth") });
      expect((await reader.read()).done).toBe(true);
    });

    it("cancelling it cancels the model's stream, and a held word never arrives later", async () => {
      const { state, reader, pending } = await holding();
      await reader.cancel("stop button");
      expect(state.cancelled).toBe("stop button");
      expect(await pending).toEqual({ done: true, value: undefined });
      // The timer that would have passed "held " on is cleared: nothing is enqueued into a cancelled stream.
      expect(vi.getTimerCount()).toBe(0);
    });

    it("a model stream that throws errors it with the model's error, and its timer is cleared", async () => {
      const { state, pending } = await holding();
      state.model.error(new Error("connection reset"));
      await expect(pending).rejects.toThrow("connection reset");
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
