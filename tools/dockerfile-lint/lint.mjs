// Lints Dockerfiles: dockerfile-utils' validator (the Docker builder's own syntax rules) plus the
// project's image policy, which the syntax rules cannot see.
// Usage: node lint.mjs FILE...   Prints FILE:LINE:COLUMN: message lines; exit 1 if any problem.
import { readFileSync } from 'node:fs';
import { validate, ValidationSeverity } from 'dockerfile-utils';
import { DockerfileParser } from 'dockerfile-ast';

// Warnings count as failures: every rule below is cheap to satisfy and its violation is a real defect.
const strict = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};

function policyProblems(content) {
  const problems = [];
  const dockerfile = DockerfileParser.parse(content);
  const froms = dockerfile.getFROMs();
  const stageNames = new Set(froms.map((from) => from.getBuildStage()).filter(Boolean));
  for (const from of froms) {
    const image = from.getImageName();
    if (!image || stageNames.has(image) || from.getImageDigest()) continue;
    const tag = from.getImageTag();
    if (!tag || tag === 'latest') {
      problems.push({
        range: from.getRange(),
        message: `base image '${image}' is not pinned to a version: write ${image}:<version> (never 'latest')`,
      });
    }
  }
  if (froms.length === 0) return problems;

  const finalFrom = froms[froms.length - 1];
  const finalStage = dockerfile.getInstructions()
    .filter((instruction) => instruction.getRange().start.line > finalFrom.getRange().start.line);
  const users = finalStage.filter((instruction) => instruction.getKeyword() === 'USER');
  const lastUser = users.length ? users[users.length - 1].getArgumentsContent().trim() : null;
  if (!lastUser || /^(root|0)(:|$)/.test(lastUser)) {
    problems.push({
      range: (users.length ? users[users.length - 1] : finalFrom).getRange(),
      message: 'the final stage runs as root: add a USER instruction naming a non-root user after the last FROM',
    });
  }
  if (!finalStage.some((instruction) => instruction.getKeyword() === 'HEALTHCHECK')) {
    problems.push({
      range: finalFrom.getRange(),
      message: 'the final stage has no HEALTHCHECK: add HEALTHCHECK CMD ... that probes the application',
    });
  }
  return problems;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint.mjs DOCKERFILE...');
  process.exit(2);
}
let failures = 0;
for (const file of files) {
  const content = readFileSync(file, 'utf8');
  const problems = [
    ...validate(content, strict).map((d) => ({ range: d.range, message: d.message })),
    ...policyProblems(content),
  ];
  problems.sort((a, b) => a.range.start.line - b.range.start.line);
  for (const { range, message } of problems) {
    console.log(`${file}:${range.start.line + 1}:${range.start.character + 1}: ${message}`);
  }
  failures += problems.length;
}
process.exit(failures === 0 ? 0 : 1);
