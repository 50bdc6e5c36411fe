import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, resultToCsv, resultToJson, type ExportInput } from '../../src/lib/export';
import { scoreAnswers, type Answers } from '../../src/lib/scoring';
import { loadFramework } from '../support/framework';

const all = loadFramework();
// A bank-1 result: its statements, as the results page reads it.
const fw = { ...all, items: all.items.filter((i) => i.slot <= 51) };

describe('csvField', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    [3, '3'],
    [null, ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"], // a spreadsheet must not run it
    ['-1+1', "'-1+1"],
    ['@cmd', "'@cmd"],
    ['x;=1+1;', '"x;=1+1;"'], // a spreadsheet that splits on ";" keeps it one cell
    ['tab\there', '"tab\there"'],
    ['\t=1+1', '"\'\t=1+1"'],
    ['\r=1+1', '"\'\r=1+1"'],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('exports of a result', () => {
  const answers: Answers = { 'educate-1': 5, 'educate-2': 'dk', 'cost-1': 2 };
  const input: ExportInput = {
    takenAt: '2026-11-22T09:30:00.000Z',
    mode: 'full',
    role: 'manager',
    answers,
    scores: scoreAnswers(answers, fw),
    askedIds: fw.items.map((i) => i.id),
  };

  it('writes one CSV row per statement asked, with the answer and its area score', () => {
    const lines = resultToCsv(input, fw).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'pillar,area,statement_id,statement,answer,answer_text,area_score,area_level,area_level_name',
    );
    expect(lines).toHaveLength(52);
    expect(lines.find((l) => l.includes(',educate-1,'))).toMatch(/,5,Strongly agree,100,5,Partnership culture$/);
    expect(lines.find((l) => l.includes(',educate-2,'))).toMatch(/,dont-know,Don't know,100,5,Partnership culture$/);
    expect(lines.find((l) => l.includes(',cost-1,'))).toMatch(/,2,Disagree,25,2,Aware$/);
    expect(lines.find((l) => l.includes(',care-1,'))).toMatch(/,,Not answered,,,$/);
  });

  it('writes only the quick-check statements for a quick check', () => {
    const quick = {
      ...input,
      mode: 'quick' as const,
      askedIds: fw.items.filter((i) => i.quick.includes(1)).map((i) => i.id),
    };
    expect(resultToCsv(quick, fw).trimEnd().split('\r\n')).toHaveLength(18);
  });

  it('writes JSON with every answer and every score', () => {
    const doc = JSON.parse(resultToJson(input, fw));
    expect(doc).toMatchObject({ kind: 'partnership-playbook-result', version: 1, mode: 'full', role: 'manager' });
    expect(doc.answers['educate-1']).toBe(5);
    expect(doc.answers['educate-2']).toBe('dont-know');
    expect(doc.answers['care-1']).toBeNull();
    expect(Object.keys(doc.answers)).toHaveLength(51);
    expect(doc.areas.educate).toMatchObject({ score: 100, level: 5, answered: 1, asked: 3 });
    expect(doc.areas.care).toMatchObject({ score: null, level: null });
    expect(doc.overall.score).toBe(62.5); // practices 100, customer 25
  });

  it('names files by the date taken', () => {
    expect(exportFileName(input.takenAt, 'csv')).toBe('partnership-result-2026-11-22.csv');
  });
});
