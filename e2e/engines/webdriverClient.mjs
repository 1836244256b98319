// A minimal W3C WebDriver (classic) client over Node's fetch: only the commands this suite uses.
// Chosen over webdriverio/webdriver because those bring dozens of packages and their own driver
// management (which tries to download drivers), while WebKitWebDriver needs about ten endpoints.

export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`WebDriver ${command} failed: ${error}${message ? ` — ${message}` : ''}`);
    this.name = 'WebDriverError';
    this.code = error;
  }
}

async function call(base, method, path, body, timeoutMs) {
  const command = `${method} ${path.replace(/\/session\/[^/]+/, '/session/…')}`;
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error?.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : String(error?.cause?.message ?? error);
    throw new WebDriverError(command, 'no response', reason);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(command, `HTTP ${response.status}`, text.slice(0, 300));
  }
  const value = json?.value;
  if (!response.ok || (value && typeof value === 'object' && 'error' in value)) {
    throw new WebDriverError(command, value?.error ?? `HTTP ${response.status}`, value?.message);
  }
  return value;
}

/** Resolves once the driver at `base` answers /status as ready, or throws after `timeoutMs`. */
export async function waitForDriver(base, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const status = await call(base, 'GET', '/status', undefined, 2000);
      if (status?.ready !== false) return;
      last = status?.message ?? 'not ready';
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebDriver at ${base} did not become ready within ${timeoutMs / 1000} s (${last})`);
}

export class WebDriverSession {
  constructor(base, id, capabilities, timeoutMs) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
    this.timeoutMs = timeoutMs;
  }

  static async create(base, capabilities, { timeoutMs = 30_000 } = {}) {
    const value = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, 60_000);
    return new WebDriverSession(base, value.sessionId, value.capabilities, timeoutMs);
  }

  send(method, path, body, timeoutMs = this.timeoutMs) {
    return call(this.base, method, `/session/${this.id}${path}`, body, timeoutMs);
  }

  setTimeouts(timeouts) {
    return this.send('POST', '/timeouts', timeouts);
  }

  navigate(url) {
    return this.send('POST', '/url', { url }, 60_000);
  }

  refresh() {
    return this.send('POST', '/refresh', {}, 60_000);
  }

  /** Runs `script` as a function body; it gets `args` and, last, the callback that returns. */
  executeAsync(script, args = []) {
    return this.send('POST', '/execute/async', { script, args });
  }

  getWindowRect() {
    return this.send('GET', '/window/rect');
  }

  setWindowRect(rect) {
    return this.send('POST', '/window/rect', rect);
  }

  async performActions(actions) {
    await this.send('POST', '/actions', { actions });
    await this.send('DELETE', '/actions');
  }

  async screenshotPng() {
    return Buffer.from(await this.send('GET', '/screenshot'), 'base64');
  }

  delete() {
    return this.send('DELETE', '', undefined, 15_000);
  }
}
