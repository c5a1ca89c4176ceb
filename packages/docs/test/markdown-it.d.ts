// markdown-it 14 ships no types; this declares the part of its API the tests use.
declare module "markdown-it" {
  export interface Token {
    type: string;
    tag: string;
    content: string;
    children: Token[] | null;
    map: [number, number] | null;
    attrGet(name: string): string | null;
  }
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean; typographer?: boolean });
    parse(src: string, env: object): Token[];
    render(src: string): string;
  }
}
