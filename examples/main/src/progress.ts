/** Where progress goes: a terminal gets one line redrawn in place, anything else plain lines. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const FRAMES = ["|", "/", "-", "\\"];

/** Reports what the program is doing; `done` clears a redrawn line so the report starts clean. */
export class Progress {
  private frame = 0;
  private drawn = false;

  constructor(private readonly stream: ProgressStream) {}

  /** `ticking` updates (elapsed-time counters) only redraw a terminal; plain output skips them. */
  update(message: string, ticking = false): void {
    if (this.stream.isTTY) {
      this.stream.write(`\r\x1b[2K${FRAMES[this.frame++ % FRAMES.length]} ${message}`);
      this.drawn = true;
    } else if (!ticking) {
      this.stream.write(`${message}\n`);
    }
  }

  done(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
