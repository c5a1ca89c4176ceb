// `pnpm lint` runs markdownlint-cli2 on the README and every generated file (so no test lints them again); this
// shows that the same configuration fails what it must, so that a clean lint means something.
import { describe, expect, it } from "vitest";
import { lint } from "./support.js";

const BROKEN: [what: string, file: string, markdown: string, rule: string][] = [
  ["an unescaped pipe adds a table column", "pipe.md", "# T\n\n| a | b |\n| --- | --- |\n| x | y | z |\n", "MD056"],
  ["a long prose line", "long.md", `# T\n\n${"word ".repeat(20).trim()}\n`, "MD013"],
  ["a link to a missing heading", "link.md", "# T\n\n[x](#nowhere)\n", "MD051"],
  ["inline HTML", "html.md", "# T\n\nA <b>bold</b> claim.\n", "MD033"],
];

describe("markdownlint-cli2 with this package's configuration", () => {
  it("fails each broken file on its rule, and only on it (one run over all of them)", async () => {
    const { exitCode, output } = await lint(new Map(BROKEN.map(([, file, markdown]) => [file, markdown])));
    expect(exitCode).toBe(1);
    const found = output.split("\n").flatMap((line) => /^(\w+\.md):\d+(?::\d+)? .*?(MD\d{3})/.exec(line)?.slice(1, 3) ?? []);
    const pairs = new Set(Array.from({ length: found.length / 2 }, (_, i) => `${found[2 * i]} ${found[2 * i + 1]}`));
    expect([...pairs].sort()).toEqual(BROKEN.map(([, file, , rule]) => `${file} ${rule}`).sort());
  });
});
