// The page's pure view helpers (www/render.js) over real analyses from the built package.
import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from 'newslens';
import { speakers } from '../../www/render.js';

test('a view given inside one\'s own quotation is listed once, with the quotation', () => {
  const text = 'Crane falls\n\n"Had it come later, I think the toll would be higher," Khaled Nasser said.\n';
  const doc = analyze(text);
  const nested = doc.quotes.filter((q) => q.nested_in !== null);
  assert.equal(nested.length, 1, 'the view is a nested quote');
  assert.equal(nested[0].speaker.text, 'I');
  const list = speakers(doc);
  assert.deepEqual(list.map((s) => [s.name, s.count, s.quotes.length]), [['Khaled Nasser', 1, 1]]);
  assert.equal(list[0].quotes[0].nested_in, null, 'the outer quotation is the one listed');
});
