import { describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { render } from "../src/pipeline/render.js";

/** A spec with every code 100-999 defined, as vendor codes with distinct phrases (timings: `pnpm bench`). */
export function syntheticSpec(count: number): string {
  const words = ["Amber", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Grove", "Harbor", "Iris", "Juniper"];
  const entries = Array.from({ length: count }, (_, i) => {
    const code = 100 + i;
    const phrase = `${words[Math.floor(code / 100)]} ${words[Math.floor(code / 10) % 10]} ${words[code % 10]}`;
    return `  - code: ${code}\n    phrase: ${phrase}\n    summary: Synthetic code ${code}.\n    description: Made up to measure the generator.\n    vendor: Example\n`;
  });
  return `headers: []\ncodes:\n${entries.join("")}`;
}

describe("a spec with every code 100-999", () => {
  it("validates and renders every code into every target", () => {
    const model = buildModel(Buffer.from(syntheticSpec(900)), "1.0.0");
    expect(model.statuses).toHaveLength(900);
    const files = render(model);
    const text = (suffix: string) => files.find((f) => f.path.endsWith(suffix))!.content;
    expect(text("openapi.json")).toContain('"FjordJuniperJuniper"'); // 599: OpenAPI has responses for 100-599 only
    expect(text("openapi.json")).not.toContain('"JuniperJuniperJuniper"');
    expect(text("status-code.schema.json")).toContain('"const": 999');
    expect(files.filter((f) => /\/codes\/\d+\.md$/.test(f.path))).toHaveLength(900);
  });
});
