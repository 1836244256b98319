/** What a puzzle is made from: a colouring page (its coloured picture) or one of the children's own pictures. */
export type PuzzleSource = { kind: 'page'; pageId: string } | { kind: 'artwork'; artworkId: string };

export const sourceId = (source: PuzzleSource) => (source.kind === 'page' ? source.pageId : source.artworkId);

/** Finds a picture's image for the puzzle (wired by the app: own pictures need the drawing code). */
export type PuzzleImageLoader = (source: PuzzleSource) => Promise<string>;
