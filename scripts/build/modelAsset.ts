/**
 * The taggers' weights ship as one binary asset (MODEL_ASSET), not as 2.5 MB of JavaScript for the analysis
 * worker to parse. The committed model modules stay the source of truth (what `npm run train:ner` and
 * `npm run train:pos` write, what Node's CLI, evaluation and tests import); the build packs them
 * (src/analysis/weights/modelPack.ts) and, in the worker bundle, replaces each module by a stand-in exporting an
 * object that the worker fills from the fetched bytes before its first analysis.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { type ModelName, packModels, type TextModel } from "../../src/analysis/weights/modelPack";

/** Where the asset lands in the package; the popup fetches it from there (src/popup/run-analysis.ts). */
export const MODEL_ASSET = "assets/lens-models.bin";

/** The committed model modules, by packed name, and the constant each exports. */
export const MODEL_MODULES: Record<ModelName, { file: string; exportName: string }> = {
  ner: { file: "src/analysis/entities/model/ner-model.ts", exportName: "NER_MODEL" },
  pos: { file: "src/analysis/syntax/model/pos-model.ts", exportName: "POS_MODEL" },
};

/** The JSON literal a generated model module exports (`export const NAME = {…};`). */
export function readModelModule(file: string, exportName: string): TextModel {
  const source = readFileSync(file, "utf8");
  const start = source.indexOf(`export const ${exportName} = `);
  if (start < 0) throw new Error(`${file}: no "export const ${exportName} = " (was it written by the training script?)`);
  const json = source.slice(start + `export const ${exportName} = `.length).trim().replace(/;\s*$/, "");
  try {
    return JSON.parse(json) as TextModel;
  } catch (error) {
    throw new Error(`${file}: ${exportName} is not a JSON literal: ${(error as Error).message}`);
  }
}

export function packCommittedModels(root: string): Uint8Array {
  const models: Partial<Record<ModelName, TextModel>> = {};
  for (const [name, { file, exportName }] of Object.entries(MODEL_MODULES) as [ModelName, { file: string; exportName: string }][]) {
    models[name] = readModelModule(path.join(root, file), exportName);
  }
  return packModels(models);
}

/** What this file reads of an output bundle's entries. */
interface BundleItem {
  type: string;
  fileName: string;
  modules?: Record<string, unknown>;
}

const STAND_IN = "\0news-lens-model:";

/** In the worker bundle: the model modules become stand-ins filled at run time (weights/modelPack.ts). */
export function modelStandIns(root: string): Plugin {
  const byFile = new Map(Object.entries(MODEL_MODULES).map(([name, m]) => [path.join(root, m.file), name as ModelName]));
  const pack = path.join(root, "src/analysis/weights/modelPack.ts");
  return {
    name: "news-lens:model-stand-ins",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !/model\/(ner|pos)-model(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const name = resolved && byFile.get(resolved.id.split("?")[0]);
      return name ? STAND_IN + name : null;
    },
    load(id) {
      if (!id.startsWith(STAND_IN)) return null;
      const name = id.slice(STAND_IN.length) as ModelName;
      const { exportName } = MODEL_MODULES[name];
      return `import { INSTALLED } from ${JSON.stringify(pack)};\nexport const ${exportName} = INSTALLED.${name};\n`;
    },
    generateBundle(_options, bundle) {
      refuseModelModules(root, bundle);
    },
  };
}

/** Fails the build when a bundle still carries a model module: the weights must only ship as MODEL_ASSET. */
function refuseModelModules(root: string, bundle: Record<string, BundleItem>): void {
  for (const [name, { file }] of Object.entries(MODEL_MODULES)) {
    const full = path.join(root, file);
    const carrier = Object.values(bundle).find((out) => out.type === "chunk" && Object.keys(out.modules ?? {}).some((id) => id.startsWith(full)));
    if (carrier) throw new Error(`${carrier.fileName} bundles the ${name} model module: it should only ship as ${MODEL_ASSET}`);
  }
}

/** Emits the packed models as MODEL_ASSET, and fails the build if any bundle still carries a model module. */
export function modelAsset(root: string): Plugin {
  return {
    name: "news-lens:model-asset",
    apply: "build",
    generateBundle(_options, bundle) {
      refuseModelModules(root, bundle);
      this.emitFile({ type: "asset", fileName: MODEL_ASSET, source: packCommittedModels(root) });
    },
  };
}
