#!/usr/bin/env node
/**
 * The syntax floor of the files a site embeds (dist/wza.js, dist/wza-ui.js):
 * Chromium 86 (360 安全浏览器 13, the oldest domestic kernel we support),
 * Firefox ESR, Safari 15.4. A file with newer syntax does not parse there at all
 * and nothing of Wza appears, so `npm run build` fails on it.
 *
 * acorn parses each file as a classic script at ES2022 (regex flag v, `a?.b =`
 * and later syntax fail the parse), then a walk rejects what ES2022 has but the
 * floor lacks: class static blocks (Chromium 94), `#x in obj` (Chromium 91),
 * the regex flag d (Chromium 90), and calls of built-ins newer than the floor
 * that our code or lit must not need (structuredClone 98, Object.hasOwn 93,
 * Array/String `.at` 92, `.findLast` 97, …): the e2e test "old kernel" removes
 * those at run time; this names the spot.
 *
 * dist/wza.es.js is not checked: bundler users compile it for their own targets.
 *
 * Usage: node scripts/check-syntax.mjs [files…]   (default: the two embedded files)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';

const FLOOR = 'Chromium 86 / Firefox ESR / Safari 15.4';
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/wza.js', 'dist/wza-ui.js'];

/** Member calls whose method name alone marks a built-in newer than the floor. */
const NEWER_METHODS = new Map([
  ['at', 'Array/String.prototype.at (Chromium 92)'],
  ['findLast', 'Array.prototype.findLast (Chromium 97)'],
  ['findLastIndex', 'Array.prototype.findLastIndex (Chromium 97)'],
  ['toSorted', 'Array.prototype.toSorted (Chromium 110)'],
  ['toReversed', 'Array.prototype.toReversed (Chromium 110)'],
  ['toSpliced', 'Array.prototype.toSpliced (Chromium 110)'],
  ['hasOwn', 'Object.hasOwn (Chromium 93)'],
  ['groupBy', 'Object/Map.groupBy (Chromium 117)'],
  ['withResolvers', 'Promise.withResolvers (Chromium 119)'],
  ['isWellFormed', 'String.prototype.isWellFormed (Chromium 111)'],
  ['randomUUID', 'crypto.randomUUID (Chromium 92)'],
]);
/** Globals newer than the floor. */
const NEWER_GLOBALS = new Map([['structuredClone', 'structuredClone (Chromium 98)']]);

function lineCol(code, pos) {
  const before = code.slice(0, pos);
  const line = before.split('\n').length;
  return `${line}:${pos - before.lastIndexOf('\n')}`;
}

function check(file) {
  const code = readFileSync(file, 'utf8');
  const problems = [];
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 2022, sourceType: 'script', locations: false });
  } catch (error) {
    return [`${file}: does not parse as ES2022 script: ${error.message}`];
  }
  const report = (node, what) =>
    problems.push(`${file}:${lineCol(code, node.start)} ${what}: …${code.slice(node.start, node.start + 60)}…`);
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'StaticBlock':
        report(node, 'class static block (Chromium 94)');
        break;
      case 'BinaryExpression':
        if (node.operator === 'in' && node.left.type === 'PrivateIdentifier') report(node, '`#x in obj` (Chromium 91)');
        break;
      case 'Literal':
        if (node.regex && /[dv]/.test(node.regex.flags)) report(node, `regex flag ${node.regex.flags} (d: Chromium 90, v: 112)`);
        break;
      case 'CallExpression': {
        const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
        if (callee.type === 'MemberExpression' && !callee.computed && NEWER_METHODS.has(callee.property.name)) {
          report(node, NEWER_METHODS.get(callee.property.name));
        }
        break;
      }
      case 'Identifier':
        // A reference to the global, not a property name or a local of the same name.
        if (NEWER_GLOBALS.has(node.name) && !(parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)) {
          if (!(parent?.type === 'Property' && parent.key === node)) report(node, NEWER_GLOBALS.get(node.name));
        }
        break;
    }
    for (const key in node) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) visit(child, node);
      else if (value && typeof value === 'object') visit(value, node);
    }
  };
  visit(ast, null);
  return problems;
}

const problems = files.flatMap(check);
if (problems.length) {
  console.error(`Syntax newer than the floor (${FLOOR}) in the shipped files:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-syntax: ${files.join(', ')} parse on ${FLOOR}.`);
