import { describe, expect, it, vi } from 'vitest';
import { englishTextsLoader } from './english-texts-loader';
import { offerEnglishStrings, offeredEnglishStrings } from './english-texts-script';
import { en } from '../../components/strings-en';

function fakeBackground(runs: boolean) {
  let here = false;
  let answer: (() => void) | undefined;
  const load = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        answer = () => {
          if (runs) {
            here = true;
            resolve();
          } else reject(new Error('no scripting'));
        };
      }),
  );
  return { deps: { load, loaded: () => here }, answer: () => answer?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the English texts load on demand', () => {
  it('asks nothing while the sidebar is in Dutch', () => {
    const bg = fakeBackground(true);
    const redraw = vi.fn();
    const draw = englishTextsLoader(redraw, bg.deps);
    draw('nl');
    draw('nl');
    expect(bg.deps.load).not.toHaveBeenCalled();
  });

  it('asks once for English, however often it draws meanwhile, and redraws when the texts are here', async () => {
    const bg = fakeBackground(true);
    const redraw = vi.fn();
    const draw = englishTextsLoader(redraw, bg.deps);
    draw('en');
    draw('en');
    expect(bg.deps.load).toHaveBeenCalledTimes(1);
    expect(redraw).not.toHaveBeenCalled();
    bg.answer();
    await settle();
    expect(redraw).toHaveBeenCalledTimes(1);
    draw('en');
    expect(bg.deps.load).toHaveBeenCalledTimes(1);
  });

  it('asks again at the next draw after a failed load, and does not redraw for it', async () => {
    const bg = fakeBackground(false);
    const redraw = vi.fn();
    const draw = englishTextsLoader(redraw, bg.deps);
    draw('en');
    bg.answer();
    await settle();
    expect(redraw).not.toHaveBeenCalled();
    draw('en');
    expect(bg.deps.load).toHaveBeenCalledTimes(2);
  });
});

describe('english-texts.js and the content script meet on the isolated world’s global', () => {
  it('finds the table that was offered, and nothing before', () => {
    const world = {};
    expect(offeredEnglishStrings(world)).toBeUndefined();
    offerEnglishStrings(en, world);
    expect(offeredEnglishStrings(world)?.collapse).toBe('Collapse');
  });
});
