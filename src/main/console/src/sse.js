// Server-Sent Events read with fetch (so the request can carry the bearer token, which
// EventSource cannot): a parser of the text/event-stream format and a reader that
// reconnects with Last-Event-ID until the stream ends on purpose.

/**
 * Parses text/event-stream chunks as they arrive (a chunk may end anywhere, even inside a
 * line or between \r and \n) and calls onMessage({ id, event, data }) for each complete
 * message. Comment lines (heartbeats) are ignored; lastEventId keeps the latest id.
 */
export class SseParser {
  constructor(onMessage) {
    this.onMessage = onMessage;
    this.buffer = '';
    this.lastEventId = null;
    this.afterCarriageReturn = false;
    this.reset();
  }

  reset() {
    this.event = '';
    this.data = [];
    this.id = null;
  }

  push(chunk) {
    this.buffer += chunk;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c === '\n' && this.afterCarriageReturn && i === start) {
        // the \n of a \r\n whose \r ended the previous chunk
        this.afterCarriageReturn = false;
        start = i + 1;
        continue;
      }
      this.afterCarriageReturn = false;
      if (c !== '\n' && c !== '\r') continue;
      this.line(this.buffer.slice(start, i));
      if (c === '\r') {
        if (i + 1 < this.buffer.length && this.buffer[i + 1] === '\n') i++;
        else this.afterCarriageReturn = i + 1 === this.buffer.length;
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  line(line) {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
  }

  dispatch() {
    if (this.id !== null) this.lastEventId = this.id;
    if (this.data.length > 0) {
      this.onMessage({ id: this.lastEventId, event: this.event || 'message', data: this.data.join('\n') });
    }
    this.reset();
  }
}

const sleep = (ms, signal) => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

/**
 * Reads an event stream until signal aborts or isLast(message) says the stream's final
 * message came. A dropped connection is reopened after a growing pause (1 s .. 15 s) with
 * Last-Event-ID set to the last message seen, so nothing is missed or repeated.
 * headers() is asked again on every connection (the token may have been renewed).
 * A 4xx answer other than 408/429 stops reading and is reported through onError.
 */
export async function readEventStream(url, { headers, lastEventId = null, onMessage, isLast, onError, signal }) {
  let last = lastEventId;
  let pause = 1000;
  while (!signal.aborted) {
    let finished = false;
    const parser = new SseParser((message) => {
      last = message.id ?? last;
      onMessage(message);
      if (isLast(message)) finished = true;
    });
    try {
      const requestHeaders = { Accept: 'text/event-stream', ...headers() };
      if (last !== null) requestHeaders['Last-Event-ID'] = last;
      const response = await fetch(url, { headers: requestHeaders, signal, cache: 'no-store' });
      if (!response.ok) {
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
          onError?.(new Error(`the live stream was refused: ${response.status}`));
          return;
        }
        throw new Error(`the live stream answered ${response.status}`);
      }
      pause = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(value);
        if (finished) break;
      }
      if (finished) {
        reader.cancel().catch(() => {});
        return;
      }
    }
    catch (error) {
      if (signal.aborted) return;
      onError?.(error);
    }
    await sleep(pause, signal);
    pause = Math.min(pause * 2, 15000);
  }
}
