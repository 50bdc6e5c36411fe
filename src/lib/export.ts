import { levelOf, oneDecimal } from './levels';
import type { Answers, Scores } from './scoring';
import { ANSWER_TEXT, type Mode, type Role } from './vocabulary';

/** What an export needs to describe the statements. */
export interface ExportModel {
  pillars: readonly { id: string; title: string }[];
  levels: readonly { level: number; name: string }[];
  dimensions: readonly { id: string; pillar: string; title: string }[];
  items: readonly { id: string; dimension: string; text: string }[];
}

/** A result ready to export. */
export interface ExportInput {
  /** When the result was taken (ISO 8601), or null for a result opened from someone else's link. */
  takenAt: string | null;
  mode: Mode;
  role?: Role | undefined;
  answers: Answers;
  scores: Scores;
  /** The statements that were asked (all of them, or the quick check's). */
  askedIds: readonly string[];
}

/**
 * A CSV field, safe to open in a spreadsheet (after OWASP's advice on CSV injection): text that
 * begins as a formula would (= + - @, a tab or a carriage return) gets a leading apostrophe, and
 * any field holding a separator (comma, semicolon or tab, since a spreadsheet in many countries
 * splits on ";"), a quote or a line break is quoted, so no part of it can start a cell of its own.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\t\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per statement asked: its area, the answer, and the area's score and level. */
export function resultToCsv(input: ExportInput, model: ExportModel): string {
  const header = [
    'pillar',
    'area',
    'statement_id',
    'statement',
    'answer',
    'answer_text',
    'area_score',
    'area_level',
    'area_level_name',
  ];
  const levelName = (score: number | null) =>
    score === null ? null : (model.levels.find((l) => l.level === levelOf(score))?.name ?? null);
  const rows = [header.join(',')];
  const asked = new Set(input.askedIds);
  for (const d of model.dimensions) {
    const pillar = model.pillars.find((p) => p.id === d.pillar)?.title ?? d.pillar;
    const score = input.scores.dimensions[d.id]?.score ?? null;
    for (const item of model.items.filter((i) => i.dimension === d.id && asked.has(i.id))) {
      const answer = input.answers[item.id];
      rows.push(
        [
          csvField(pillar),
          csvField(d.title),
          csvField(item.id),
          csvField(item.text),
          csvField(answer === undefined ? '' : answer === 'dk' ? 'dont-know' : answer),
          csvField(answer === undefined ? 'Not answered' : ANSWER_TEXT[answer]),
          csvField(oneDecimal(score)),
          csvField(score === null ? null : levelOf(score)),
          csvField(levelName(score)),
        ].join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** The whole result as a JSON document: answers by statement and every score with its level. */
export function resultToJson(input: ExportInput, model: ExportModel): string {
  const scored = (s: { score: number | null; answered: number; total: number }) => ({
    score: oneDecimal(s.score),
    level: s.score === null ? null : levelOf(s.score),
    answered: s.answered,
    asked: s.total,
  });
  const doc = {
    kind: 'partnership-playbook-result',
    version: 1,
    takenAt: input.takenAt,
    mode: input.mode,
    role: input.role ?? null,
    overall: scored(input.scores.overall),
    pillars: Object.fromEntries(
      model.pillars.map((p) => [
        p.id,
        {
          title: p.title,
          ...scored(input.scores.pillars[p.id as keyof Scores['pillars']] ?? { score: null, answered: 0, total: 0 }),
        },
      ]),
    ),
    areas: Object.fromEntries(
      model.dimensions.map((d) => [
        d.id,
        { title: d.title, ...scored(input.scores.dimensions[d.id] ?? { score: null, answered: 0, total: 0 }) },
      ]),
    ),
    answers: Object.fromEntries(
      input.askedIds.map((id) => {
        const a = input.answers[id];
        return [id, a === undefined ? null : a === 'dk' ? 'dont-know' : a];
      }),
    ),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name for a download, such as "partnership-result-2026-11-22.csv". */
export function exportFileName(takenAt: string | null, extension: string): string {
  return takenAt ? `partnership-result-${takenAt.slice(0, 10)}.${extension}` : `partnership-result-shared.${extension}`;
}
