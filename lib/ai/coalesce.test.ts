import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { describe, expect, it, vi } from "vitest";
import { coalescer } from "./coalesce";

const delta = (text: string, id = "t0"): LanguageModelV4StreamPart => ({ type: "text-delta", id, delta: text });

async function run(parts: LanguageModelV4StreamPart[], limits = { maxChars: 10, maxWaitMs: 1000 }) {
  const source = new ReadableStream<LanguageModelV4StreamPart>({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
  const out: LanguageModelV4StreamPart[] = [];
  const reader = source.pipeThrough(coalescer(limits)).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  return out;
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

  it("a slow stream is not held longer than maxWaitMs", async () => {
    vi.useFakeTimers();
    try {
      const transform = coalescer({ maxChars: 1000, maxWaitMs: 50 });
      const writer = transform.writable.getWriter();
      const reader = transform.readable.getReader();
      void writer.write(delta("first "));
      expect((await reader.read()).value).toEqual(delta("first "));
      void writer.write(delta("second "));
      void writer.write(delta("third "));
      const next = reader.read();
      await vi.advanceTimersByTimeAsync(50);
      expect((await next).value).toEqual(delta("second third "));
    } finally {
      vi.useRealTimers();
    }
  });
});
