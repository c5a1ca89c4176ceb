import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", codes: "src/codes.ts", errors: "src/errors.ts" },
  format: ["esm", "cjs"],
  // stripInternal drops members marked @internal from the published types (HttpError's Symbol.hasInstance).
  dts: { compilerOptions: { stripInternal: true } },
  clean: true,
  // Left unminified: consumers' bundlers keep the `/* @__PURE__ */` marks and drop the tables a build does not use.
  minify: false,
  target: "es2022",
});
