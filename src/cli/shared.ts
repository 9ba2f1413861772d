/** Helpers shared by the CLI commands. */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { UsageError } from './errors.js';
import { renderHtml, renderMarkdown, type Dossier } from '../report/index.js';

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/**
 * Parses a byte size like `10MB`, `500kB` or `2048`.
 * @throws InvalidArgumentError naming the option when the value is not a size.
 */
export function parseByteSize(value: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b)?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError(`${option}: expected a size such as 10MB or 500kB, found "${value}"`);
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}

/** Parses a whole number of at least 1 for an option. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, found "${value}"`);
  return n;
}

/** Report formats, chosen by `--format` or by the output file's extension. */
export type ReportFormat = 'html' | 'md' | 'json';

const FORMAT_OF_EXTENSION: Readonly<Record<string, ReportFormat>> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.json': 'json' };

/**
 * The format a file name implies (`.html`/`.htm`, `.md`/`.markdown`, `.json`).
 * @throws UsageError for any other name: `--report out.pdf` would otherwise be an HTML
 *   file named .pdf, found out only after a long analysis.
 */
export function formatFromPath(path: string, option: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  const format = FORMAT_OF_EXTENSION[ext];
  if (!format) {
    throw new UsageError(`retold: ${option} ${path}: expected a file name ending in .html, .md or .json, found ${ext ? `"${ext}"` : 'no extension'}`);
  }
  return format;
}

/** Renders dossiers in one format. */
export function renderReport(dossiers: Dossier[], format: ReportFormat): string {
  if (format === 'md') return renderMarkdown(dossiers);
  if (format === 'json') return JSON.stringify(dossiers, null, 2) + '\n';
  return renderHtml(dossiers);
}

/** Writes the report of `dossiers` to `path`, in `format` (see `formatFromPath`). */
export async function writeReportFile(path: string, format: ReportFormat, dossiers: Dossier[]): Promise<void> {
  await writeFile(path, renderReport(dossiers, format));
}
