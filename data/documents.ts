/**
 * Documents, doctrines, strategies, plans and instructions named in the source. Names are as
 * printed (without the article the sentence puts before them); who made one is given only where
 * the source says so.
 */
import type { Document } from '../schema/index.ts';

export const documents = [
  {
    id: 'xi-jinping-thought-new-era',
    name: 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
    kind: 'body-of-thought',
    evidence: 'guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
  },
  {
    id: 'xi-jinping-thought-on-diplomacy',
    name: 'Xi Jinping Thought on Diplomacy',
    kind: 'body-of-thought',
    evidence: 'and Xi Jinping Thought on Diplomacy',
  },
  {
    id: 'innovation-driven-development-strategy',
    // Remark 2 says "an innovation-driven development strategy": the name is the words after the article.
    name: 'innovation-driven development strategy',
    kind: 'strategy',
    evidence: 'China is pursuing an innovation-driven development strategy',
  },
  {
    id: 'medium-and-long-term-st-development-program',
    name: 'Medium- and Long-term Scientific and Technological Development Program',
    kind: 'plan',
    evidence: 'Formulate the Medium- and Long-term Scientific and Technological Development Program',
  },
  {
    id: 'xi-jinping-important-instructions',
    name: 'important instructions given by General Secretary Xi Jinping',
    kind: 'instructions',
    creators: [{ personId: 'xi-jinping', evidence: 'the important instructions given by General Secretary Xi Jinping' }],
    evidence: 'fully implement the important instructions given by General Secretary Xi Jinping',
  },
] satisfies Document[];
