import type { SeedComment } from '../types';
import { elsewhereComments } from './elsewhere';
import { miracle2013Comments } from './miracle-2013';

/** Every demo comment, each after its parent. */
export const comments: SeedComment[] = [...miracle2013Comments, ...elsewhereComments];
