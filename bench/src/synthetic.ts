/** Synthetic specs for the generator's growth curve: the real spec's headers, and N vendor codes spread over 100-999. */

/** The `headers:` block of the real spec, reused as is so every target has its shared headers to emit. */
function headersBlock(realSpec: string): string {
  const start = realSpec.indexOf("\nheaders:");
  const end = realSpec.indexOf("\ncodes:");
  if (start < 0 || end < start) throw new Error("the real spec has no headers: block before codes: (the synthetic spec reuses it)");
  return realSpec.slice(start + 1, end + 1);
}

/** Codes evenly spread over 100-999: 900 gives every code, 300 every third, 100 every ninth. */
export function syntheticCodes(count: number): number[] {
  if (count < 1 || count > 900) throw new Error(`a synthetic spec holds 1-900 codes, not ${count}`);
  const step = 900 / count;
  return Array.from({ length: count }, (_, i) => 100 + Math.floor(i * step));
}

/** A valid spec of `count` unofficial codes, each with its own phrase, summary and description. */
export function syntheticSpec(realSpec: string, count: number): string {
  const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"];
  const name = (code: number) => String(code).split("").map((d) => words[Number(d)]).join(" ");
  const entries = syntheticCodes(count).map((code) =>
    [
      `  - code: ${code}`,
      `    phrase: Synthetic ${name(code)}`,
      `    summary: A made-up status ${code} that only the benchmark uses.`,
      `    description: >-`,
      `      Status ${code} exists so that the generator can be timed on a spec of`,
      `      ${count} codes. It means nothing in HTTP and no server sends it.`,
      `    vendor: Benchmark`,
    ].join("\n"),
  );
  return `${headersBlock(realSpec)}\ncodes:\n${entries.join("\n")}\n`;
}
