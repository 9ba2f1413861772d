/**
 * Progress on long runs: a single updating line on a TTY (stderr), nothing otherwise, so
 * piped output and CI logs stay clean.
 */
import type { StageName } from '../pipeline.js';

/** A progress callback for the pipeline, and a function to clear the line when done. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (event: { stage: StageName; done: number; total: number | null }) => void;
  done: () => void;
} {
  if (!stream.isTTY) return { onProgress: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    onProgress({ stage, done, total }) {
      const now = Date.now();
      if (done > 0 && now - last < 100) return;
      last = now;
      shown = true;
      const count = done > 0 ? ` ${done}${total ? `/${total}` : ''}` : '';
      stream.write(`\r\x1b[2Kretold: ${stage}…${count}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
