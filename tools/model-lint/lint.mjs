// Lints the process models with the rules Camunda Modeler applies.
//
//   node lint.mjs            lints ../../bpmn/*.bpmn, ../../dmn/*.dmn and ../../forms/*.form
//   node lint.mjs FILE...    lints the given files (by extension)
//
// Prints one finding a line as `file: element: rule: message` and exits 1 when any finding is an error.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { DmnModdle } from 'dmn-moddle';
import modeler from 'modeler-moddle/resources/modeler.json' with { type: 'json' };
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

// @camunda/form-linting ships bundler-style ESM (imports without file extensions), which plain Node
// cannot resolve; the hook adds the extension Node needs.
register('./extensionless-hook.mjs', import.meta.url);
const { FormLinter } = await import('@camunda/form-linting');

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..', '..');

// As Camunda Modeler does, a model is linted against the Camunda version it declares
// (modeler:executionPlatformVersion, e.g. 8.8.0 for the task listeners of quality-gate.bpmn).
const bpmnLinters = new Map();

function bpmnLinter(executionPlatformVersion) {
  const [major, minor] = (executionPlatformVersion ?? '').split('.');
  if (!major || !minor) {
    throw new Error('a BPMN model without modeler:executionPlatformVersion: set it (e.g. "8.8.0")');
  }
  const config = `plugin:camunda-compat/camunda-cloud-${major}-${minor}`;
  if (!bpmnLinters.has(config)) {
    bpmnLinters.set(config, new Linter({
      config: { extends: ['bpmnlint:recommended', config] },
      // Resolve rules from this folder's node_modules, whatever the working directory.
      resolver: new NodeResolver({ require: createRequire(import.meta.url) })
    }));
  }
  return bpmnLinters.get(config);
}

const findings = [];

function report(file, element, rule, message, category = 'error') {
  const shown = file.startsWith(projectRoot) ? relative(projectRoot, file) : file;
  findings.push({ file: shown, element, rule, message, category });
}

function modelFiles() {
  const args = process.argv.slice(2);
  if (args.length) {
    return args.map(file => resolve(file));
  }
  return ['bpmn', 'dmn', 'forms'].flatMap(folder => {
    const dir = join(projectRoot, folder);
    return readdirSync(dir).filter(name => !name.startsWith('.') && !name.endsWith('.md')).map(name => join(dir, name));
  });
}

// Unknown elements or attributes mean a typo or a namespace the engine does not understand.
function reportParseWarnings(file, warnings) {
  for (const warning of warnings) {
    const line = warning.error?.line ?? warning.line;
    const where = line ? `line ${line}` : (warning.element?.id ?? 'definitions');
    report(file, where, 'parse', warning.message.replace(/\s*\n\s*/g, '; '));
  }
}

async function lintBpmn(file) {
  const moddle = new BpmnModdle({ zeebe, modeler });
  const { rootElement, warnings } = await moddle.fromXML(readFileSync(file, 'utf8'));
  reportParseWarnings(file, warnings);
  const results = await bpmnLinter(rootElement.get('modeler:executionPlatformVersion')).lint(rootElement);
  for (const [rule, reports] of Object.entries(results)) {
    for (const { id, message, category } of reports) {
      report(file, id ?? 'definitions', rule, message, category);
    }
  }
}

async function lintDmn(file) {
  const { rootElement, warnings } = await new DmnModdle().fromXML(readFileSync(file, 'utf8'));
  reportParseWarnings(file, warnings);
  const shapes = new Set((rootElement.dmnDI?.diagrams ?? [])
    .flatMap(diagram => diagram.diagramElements ?? [])
    .map(shape => shape.dmnElementRef?.id));
  for (const element of rootElement.drgElement ?? []) {
    if (!element.name) {
      report(file, element.id, 'label-required', 'Element is missing a name');
    }
    if (!shapes.has(element.id)) {
      report(file, element.id, 'no-dmndi', 'Element is missing diagram layout (DMNDI shape)');
    }
  }
}

function lintForm(file) {
  let schema;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report(file, 'form', 'parse', `${error.message}: fix the JSON`);
    return;
  }
  if (schema.executionPlatform !== 'Camunda Cloud' || !schema.executionPlatformVersion) {
    // Without them @camunda/form-linting silently checks nothing.
    report(file, schema.id ?? 'form', 'execution-platform',
      'Set "executionPlatform": "Camunda Cloud" and "executionPlatformVersion" so the form can be linted');
  }
  if (schema.id !== basename(file, '.form')) {
    report(file, schema.id ?? 'form', 'form-id', `Form id must be the file name "${basename(file, '.form')}" (user tasks reference it)`);
  }
  for (const { id, label, message, category } of new FormLinter().lint(schema)) {
    report(file, id ?? label ?? 'form', 'form-linting', message, category);
  }
}

const linters = { '.bpmn': lintBpmn, '.dmn': lintDmn, '.form': lintForm };

for (const file of modelFiles()) {
  const lint = linters[extname(file)];
  if (!lint) {
    report(file, 'file', 'file-type', `Unknown model type "${extname(file)}": expected .bpmn, .dmn or .form`);
    continue;
  }
  try {
    await lint(file);
  } catch (error) {
    report(file, 'file', 'parse', error.message);
  }
}

for (const { file, element, rule, message, category } of findings) {
  console.log(`${file}: ${element}: ${rule}: ${message}${category === 'error' ? '' : ` (${category})`}`);
}
const errors = findings.filter(finding => finding.category === 'error').length;
console.log(`${errors} error(s), ${findings.length - errors} other finding(s)`);
process.exitCode = errors ? 1 : 0;
