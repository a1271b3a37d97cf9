import type { SeedReview } from '../types';
import { classroomsAndCarersReviews } from './classrooms-and-carers';
import { companionReviews } from './companions';
import { gilbertAndGumpReviews } from './gilbert-and-gump';
import { koreanCinemaReviews } from './korean-cinema';
import { lifeIsBeautifulEssay } from './life-is-beautiful-essay';
import { miracle2013Reviews } from './miracle-2013';
import { miracleEssay } from './miracle-essay';
import { miracleVersionReviews } from './miracle-versions';
import { remakesEssay } from './remakes-essay';

/** Every demo review; split across files only to keep each one readable. */
export const reviews: SeedReview[] = [
  ...miracle2013Reviews,
  miracleEssay,
  ...miracleVersionReviews,
  remakesEssay,
  ...companionReviews,
  ...gilbertAndGumpReviews,
  ...koreanCinemaReviews,
  lifeIsBeautifulEssay,
  ...classroomsAndCarersReviews,
];
