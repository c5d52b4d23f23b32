// Validates every manifest in a folder against the Kubernetes API schemas that kubernetes-models
// ships (generated from the Kubernetes OpenAPI document). Exits 1 naming each fault.
//   node validate.js ..          (from deploy/kubernetes/validator)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

const folder = process.argv[2] ?? "..";
let faults = 0;
let checked = 0;
for (const file of readdirSync(folder).filter((name) => name.endsWith(".yaml")).sort()) {
  for (const manifest of yaml.loadAll(readFileSync(join(folder, file), "utf8"))) {
    if (!manifest) continue;
    const where = `${file}: ${manifest.kind} ${manifest.metadata?.name}`;
    // "apps/v1" -> kubernetes-models/apps/v1/Deployment; core "v1" -> kubernetes-models/v1/Service
    const module = `kubernetes-models/${manifest.apiVersion}/${manifest.kind}`;
    try {
      const model = await import(module);
      new model[manifest.kind](manifest).validate();
      checked++;
      console.log(`ok      ${where}`);
    } catch (error) {
      faults++;
      console.log(`INVALID ${where}: ${error.message}`);
    }
  }
}
console.log(`${checked} manifests valid, ${faults} invalid`);
process.exit(faults === 0 && checked > 0 ? 0 : 1);
