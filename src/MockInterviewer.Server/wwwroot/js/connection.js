// The SignalR connection to /hubs/interview. It reconnects on its own (automatic reconnect with
// stateful reconnect), and when it closes for good it keeps trying to start again with backoff.
// After either kind of recovery it calls onRejoin so the app can JoinSession again.

const { signalR } = window;
const BACKOFF_MS = [1000, 2000, 5000, 10000, 20000, 30000];

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class InterviewConnection {
  #hub = null;
  #starting = null;
  #stopped = false;
  #handlers;
  #onStatus;
  #onRejoin;

  /**
   * handlers: { MessageDelta: fn, ... } for the server's events.
   * onStatus(status): 'connecting' | 'reconnecting' | 'connected' | 'idle'.
   * onRejoin(): called after the connection came back.
   */
  constructor({ handlers, onStatus, onRejoin }) {
    this.#handlers = handlers;
    this.#onStatus = onStatus;
    this.#onRejoin = onRejoin;
  }

  get connected() {
    return this.#hub?.state === signalR.HubConnectionState.Connected;
  }

  /** Resolves once connected; retries with backoff until then (or until stop()). */
  connect(status = 'connecting') {
    this.#stopped = false;
    this.#hub ??= this.#build();
    if (this.connected) return Promise.resolve();
    if (!this.#starting) {
      const starting = this.#startWithRetry(status).finally(() => {
        if (this.#starting === starting) this.#starting = null;
      });
      this.#starting = starting;
    }
    return this.#starting;
  }

  invoke(method, ...args) {
    if (!this.#hub) return Promise.reject(new Error('Not connected'));
    return this.#hub.invoke(method, ...args);
  }

  /** Closes the connection for good (a new one is built by the next connect()). */
  async stop() {
    this.#stopped = true;
    const hub = this.#hub;
    this.#hub = null;
    this.#starting = null;
    this.#onStatus('idle');
    if (hub) await hub.stop();
  }

  #build() {
    const hub = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/interview')
      .withAutomaticReconnect()
      .withStatefulReconnect()
      .build();
    for (const [name, handler] of Object.entries(this.#handlers)) hub.on(name, handler);
    hub.onreconnecting(() => this.#onStatus('reconnecting'));
    hub.onreconnected(() => {
      this.#onStatus('connected');
      this.#onRejoin();
    });
    hub.onclose(() => {
      if (this.#stopped || hub !== this.#hub) return;
      this.connect('reconnecting').then(() => this.#onRejoin(), () => {});
    });
    return hub;
  }

  async #startWithRetry(status) {
    const hub = this.#hub;
    const { Connected, Disconnected } = signalR.HubConnectionState;
    for (let attempt = 0; ; attempt++) {
      if (this.#stopped || hub !== this.#hub) throw new Error('Connection stopped');
      if (hub.state === Connected) {
        this.#onStatus('connected');
        return;
      }
      // While the client reconnects on its own (state Reconnecting) there is nothing to start: wait.
      if (hub.state === Disconnected) {
        this.#onStatus(attempt === 0 ? status : 'reconnecting');
        try {
          await hub.start();
          continue;
        } catch {
          // Try again after the backoff.
        }
      }
      await delay(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]);
    }
  }
}

/**
 * The id sent with an answer (SubmitAnswerWithId): one per answer, kept while the same text is sent again,
 * so that an answer whose reply was lost to a dropped connection is stored once when it is resent.
 */
export class AnswerIds {
  #text = null;
  #id = null;

  idFor(text) {
    if (text !== this.#text) {
      this.#text = text;
      // crypto.randomUUID needs a secure context; getRandomValues works on plain http too.
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      this.#id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    }
    return this.#id;
  }

  /** An id already used for these words (kept with the draft across a reload). */
  remember(text, id) {
    this.#text = text;
    this.#id = id;
  }

  /** The answer was stored: the next one gets a new id, even with the same words. */
  sent() {
    this.#text = null;
  }
}

/** A HubException's message is meant for the candidate; it follows "HubException: " in the error. */
export function hubExceptionMessage(error) {
  const match = /HubException: ([\s\S]*)$/.exec(error?.message ?? '');
  return match ? match[1].trim() : null;
}
