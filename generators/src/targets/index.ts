import type { Target } from "../model.js";
import { core } from "./core.js";
import { docs } from "./docs.js";
import { jsonSchema } from "./json-schema.js";
import { openapi } from "./openapi.js";

/**
 * Every target, in the order the CLI reports them. Everything that lists targets (the CLI, `pnpm gen`'s stamp, the
 * release assistant, the tests) reads this list. A new target touches:
 * - its module beside this one: `generate(model)`, and `validate(model)` for a rule only it needs, reading only the
 *   model (a fact it would derive goes into normalize), with its test file under generators/test/targets/;
 * - a line here;
 * - its short name in `PACKAGE_NAMES` (model.ts), and its package folder, whose package.json `name` is that name in the
 *   organisation's scope (`model.organization.packages`), and the lockfile (`pnpm install`; CI's
 *   `pnpm install --frozen-lockfile` fails without it);
 * - `.changeset/config.json`'s fixed group and turbo.json's `//#gen` inputs and outputs (test/targets.test.ts fails
 *   until they name it);
 * - test/packaging.test.ts's list of the files its tarball holds (that test fails until it has a row), and, for a
 *   kind of file no target emitted before, a check in test/injection.test.ts (its first test fails until one reads it).
 * The docs name the packages from `model.organization.packages`; what the docs say about using the new package is up to the docs target.
 */
export const targets: readonly Target[] = [core, openapi, jsonSchema, docs];

export { core, docs, jsonSchema, openapi };
