import type { APIRoute } from 'astro';
import { loadAdviceModel } from '../data/model';

/**
 * The advice for every area as one file, fetched by results and the team view when they show where
 * to start, so the pages themselves stay small.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadAdviceModel()), { headers: { 'Content-Type': 'application/json' } });
