import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SseParser } from '../src/sse.js';

function parse(...chunks) {
  const messages = [];
  const parser = new SseParser((m) => messages.push(m));
  chunks.forEach((c) => parser.push(c));
  return { messages, parser };
}

test('a run event message with id, event and data', () => {
  const { messages } = parse('id: 7\nevent: run-event\ndata: {"id":7,"type":"PhaseStarted"}\n\n');
  assert.deepEqual(messages, [{ id: '7', event: 'run-event', data: '{"id":7,"type":"PhaseStarted"}' }]);
});

test('chunks split anywhere, even between \\r and \\n, give the same messages', () => {
  const text = 'id: 1\r\nevent: run-event\r\ndata: {"a":1}\r\n\r\nid: 2\r\nevent: run-event\r\ndata: {"b":2}\r\n\r\n';
  const whole = parse(text).messages;
  for (let cut = 1; cut < text.length; cut++) {
    assert.deepEqual(parse(text.slice(0, cut), text.slice(cut)).messages, whole, `cut at ${cut}`);
  }
  assert.equal(whole.length, 2);
});

test('heartbeat comments dispatch nothing and an unfinished message waits for its blank line', () => {
  const { messages, parser } = parse(': heartbeat\n\n', 'id: 3\nevent: run-event\ndata: {}\n');
  assert.deepEqual(messages, []);
  parser.push('\n');
  assert.deepEqual(messages.map((m) => m.id), ['3']);
});

test('multi-line data joins with newlines; a message without id keeps the last id', () => {
  const { messages, parser } = parse('id: 5\ndata: a\ndata: b\n\ndata: c\n\n');
  assert.deepEqual(messages, [
    { id: '5', event: 'message', data: 'a\nb' },
    { id: '5', event: 'message', data: 'c' },
  ]);
  assert.equal(parser.lastEventId, '5');
});

test('field without a space after the colon, and bare CR line ends', () => {
  const { messages } = parse('id:9\revent:run-event\rdata:x\r\r');
  assert.deepEqual(messages, [{ id: '9', event: 'run-event', data: 'x' }]);
});
