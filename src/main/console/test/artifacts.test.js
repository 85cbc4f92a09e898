import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffLineKinds, languageOf } from '../src/views/artifacts.js';

test('artifact paths pick their highlight.js language; unknown ones stay plain text', () => {
  assert.equal(languageOf('library/src/main/java/org/example/Book.java'), 'java');
  assert.equal(languageOf('library/pom.xml'), 'xml');
  assert.equal(languageOf('library/src/main/resources/application.yml'), 'yaml');
  assert.equal(languageOf('docs/scaffold/domain-model.json'), 'json');
  assert.equal(languageOf('docs/adr/0001-stack.md'), 'markdown');
  assert.equal(languageOf('library/Dockerfile'), 'dockerfile');
  assert.equal(languageOf('library/src/main/resources/db/changelog/V1__init.SQL'), 'sql');
  assert.equal(languageOf('library/.gitignore'), null);
  assert.equal(languageOf('library/mvnw'), null);
});

test('diff lines: headers before the first hunk, a removed Markdown rule stays a removal', () => {
  const diff = '--- a.md@1\n+++ a.md@2\n@@ -1,3 +1,3 @@\n # Title\n----\n+***\n-- item';
  assert.deepEqual(diffLineKinds(diff).map(([, kind]) => kind),
    ['diff-file', 'diff-file', 'diff-hunk', null, 'diff-del', 'diff-add', 'diff-del']);
});
