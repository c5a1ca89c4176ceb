import { describe, expect, it } from "vitest";
import { lint } from "./support.js";

describe("markdownlint-cli2", () => {
  it("passes on the README and every committed generated file, as `pnpm lint` runs it", async () => {
    const { exitCode, output } = await lint();
    expect(output).toMatch(/Linting: \d{2,} file\(s\)/);
    expect({ exitCode, output }).toMatchObject({ exitCode: 0, output: expect.stringContaining("Summary: 0 error(s)") });
  });

  it.each([
    ["an unescaped pipe adds a table column", "# T\n\n| a | b |\n| --- | --- |\n| x | y | z |\n", "MD056"],
    ["a long prose line", `# T\n\n${"word ".repeat(20)}\n`, "MD013"],
    ["a link to a missing heading", "# T\n\n[x](#nowhere)\n", "MD051"],
    ["inline HTML", "# T\n\nA <b>bold</b> claim.\n", "MD033"],
  ])("fails on %s (so a clean run means something)", async (_, markdown, rule) => {
    const { exitCode, output } = await lint(new Map([["bad.md", markdown]]));
    expect(exitCode).toBe(1);
    expect(output).toContain(rule);
  });
});
