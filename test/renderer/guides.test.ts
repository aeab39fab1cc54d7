import { describe, expect, test } from 'vitest';
import { guideLines, lowerBound, nearestLine, snapToGuides } from '../../renderer/canvas/guides.ts';

const box = (x: number, y: number, width = 160, height = 64) => ({ x, y, width, height });

describe('alignment guides', () => {
  const lines = guideLines([box(0, 0), box(300, 200), box(600, 0, 100, 40)]);

  test('collects the edges and centre of every box, sorted', () => {
    expect(lines.vertical.map((l) => l.at)).toEqual([0, 80, 160, 300, 380, 460, 600, 650, 700]);
    expect(lines.horizontal.map((l) => l.at)).toEqual([0, 0, 20, 32, 40, 64, 200, 232, 264]);
  });

  test('finds the nearest line by binary search, within the tolerance only', () => {
    expect(lowerBound(lines.vertical, 381)).toBe(5);
    expect(nearestLine(lines.vertical, 383, 5)).toBe(380);
    expect(nearestLine(lines.vertical, 386, 5)).toBeNull();
    expect(nearestLine(lines.vertical, -3, 5)).toBe(0);
    expect(nearestLine(lines.vertical, 703, 5)).toBe(700);
    expect(nearestLine(guideLines([]).vertical, 10, 5)).toBeNull();
  });

  test('a box dragged to within the tolerance of a row snaps level with it, and the guide spans both boxes', () => {
    const snap = snapToGuides(box(1000, 203), lines, 5);
    expect(snap).toMatchObject({ dx: 0, dy: -3 });
    const top = snap.guides.find((g) => g.axis === 'horizontal' && g.at === 200);
    expect(top).toEqual({ axis: 'horizontal', at: 200, from: 300, to: 1160 });
    // Level with the row: its middle and bottom line up too.
    expect(snap.guides.filter((g) => g.axis === 'horizontal').map((g) => g.at)).toEqual([200, 232, 264]);
    expect(snap.guides.some((g) => g.axis === 'vertical')).toBe(false);
  });

  test('the nearest of left edge, centre and right edge wins', () => {
    // Centre 82 is 2 from the centre line 80; left edge 2 is 2 from 0 as well; right 162 is 2 from 160.
    expect(snapToGuides(box(2, 500), lines, 5).dx).toBe(-2);
    // Right edge 596 is 4 from 600, centre 516 is far from everything: moves right by 4.
    expect(snapToGuides(box(436, 500), lines, 5).dx).toBe(4);
  });

  test('a box far from every line moves nowhere and shows no guide', () => {
    expect(snapToGuides(box(1000, 500), lines, 5)).toEqual({ dx: 0, dy: 0, guides: [] });
  });

  test('among the 1,500 lines of 500 boxes the nearest row and column are found', () => {
    const many = Array.from({ length: 500 }, (_, i) => box((i % 25) * 180, Math.floor(i / 25) * 90));
    const all = guideLines(many);
    expect(all.vertical).toHaveLength(1500);
    const snap = snapToGuides(box(182, 93), all, 5);
    expect(snap).toMatchObject({ dx: -2, dy: -3 });
  });
});
