import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text and page sizes (in points) of a PDF the browser printed, read back with PDF.js. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: { width: number; height: number }[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: { width: number; height: number }[] = [];
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    pages.push({ width: Math.round(width!), height: Math.round(height!) });
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('') + '\n';
  }
  await doc.destroy();
  return { text, pages };
}
