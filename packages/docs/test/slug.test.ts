import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { createSlugger } from "@org/generators/markdown";
import { modelOf } from "@org/generators/testing";
import { brokenLinks, parseDoc, renderDocs } from "./support.js";

/** Headings whose anchors the generator computes itself; GitHub's algorithm (github-slugger) is the oracle. */
const HEADINGS = [
  "404 Not Found",
  "418 I'm a teapot",
  "203 Non-Authoritative Information",
  "414 Request-URI Too Long",
  "4xx Client Error",
  "AWS Elastic Load Balancing",
  "Microsoft IIS",
  "snake_case and __double__",
  "Pipe | in | cells",
  "<script>alert(1)</script>",
  "{{x}} and {{{y}}}",
  "Back`ticks` and ``double``",
  "Café, naïve and Ærø",
  "x² ½ Ⅻ",
  "en–dash and em—dash",
  "日本語のステータス",
  "Ωμέγα κώδικας",
  "emoji 🎉 party",
  "a‿b connector",
  "  two  spaces  ",
  "404 Not Found",
  "404 not found",
  "404-not-found-1",
];

describe("heading anchors", () => {
  it("match github-slugger, repeats included", () => {
    const ours = createSlugger();
    const github = new GithubSlugger();
    expect(HEADINGS.map(ours)).toEqual(HEADINGS.map((h) => github.slug(h)));
  });

  it("stay resolvable when a vendor and a header field share a name (GitHub suffixes the second)", () => {
    const reference = { title: "RFC 9110", url: "https://www.rfc-editor.org/rfc/rfc9110" };
    const model = modelOf([{ code: 599, phrase: "Accept", vendor: "Accept", headers: ["Accept"] }], { headers: [{ name: "Accept", description: "Media types.", reference }] });
    const files = renderDocs(model);
    expect(parseDoc(files.get("REFERENCE.md")!).links).toEqual(expect.arrayContaining(["#accept", "#accept-1"]));
    expect(brokenLinks(files)).toEqual([]);
  });
});
