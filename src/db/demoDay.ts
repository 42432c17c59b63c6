/**
 * The day the demo's story is told from: inside sprint 4 (28 apr – 8 jun 2025), the sprint of the
 * team's Planner board. The demo plan lives on this day (its `storyDay`), whatever the clock says,
 * and nothing in it happens after it. In a file of its own so the schema's upgrade can name it
 * without loading the demo's data, which is fetched only when a demo is written.
 */
export const DEMO_STORY_DAY = '2025-05-20';
