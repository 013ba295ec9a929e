/**
 * recheck's verdict on a regular expression, the same on every run and machine: its fuzzer draws
 * its strings at random and stops on time limits, so the seed is fixed and the limits are in steps
 * (with neither, it called the language-tag pattern polynomial on a busy machine and safe on a
 * quiet one; V8 and Python match that string in linear time). `g` and `y` change no match.
 */
import { checkSync } from 'recheck';

export const redosVerdict = (source: string, flags = 'u'): string =>
  checkSync(source, flags.replace(/[gy]/gu, ''), { randomSeed: 42, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: null }).status;
