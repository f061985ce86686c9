import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { startupProblem } from "./startup";

describe("startup check", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });

  const withEnv = (vars: Record<string, string | undefined>) => {
    process.env = { ...saved, ...vars } as NodeJS.ProcessEnv;
    resetEnvCache();
  };

  it("refuses production without the auth secret, with a message naming the variable", async () => {
    withEnv({ NODE_ENV: "production", SESSION_SECRET: undefined });
    expect(await startupProblem()).toMatch(/^SESSION_SECRET is not set/);
  });

  it("refuses an invalid environment", async () => {
    withEnv({ NODE_ENV: "production", SESSION_SECRET: "too-short" });
    expect(await startupProblem()).toMatch(/SESSION_SECRET must be at least 32 characters/);
  });

  it("accepts production with a secret", async () => {
    withEnv({ NODE_ENV: "production", SESSION_SECRET: "p".repeat(40) });
    expect(await startupProblem()).toBeNull();
  });
});
