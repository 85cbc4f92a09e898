import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOf } from '../src/views/artifacts.js';

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
