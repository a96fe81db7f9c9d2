// The layering check's second half: dependency-cruiser sees imports, not globals. Features and UI elements must
// reach the host page only through the door (src/page/), so this script fails when code under src/features/ or
// src/ui/ reads a host global (`document`, `window`, `matchMedia`, …) or reaches through the door's own handles
// (`page.document`, `page.window`). UI elements may use what belongs to themselves: `this.shadowRoot`,
// `this.renderRoot` and `this.ownerDocument` (member reads, so they never match here); timers (`setTimeout`,
// `requestAnimationFrame`) are not the page and stay allowed.
//
// Usage: node scripts/check-host-globals.mjs [file-or-folder …]   (default: src/features src/ui)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from '@swc/core';

const HOST_GLOBALS = new Set([
  'document',
  'window',
  'globalThis',
  'self',
  'top',
  'parent',
  'frames',
  'location',
  'history',
  'navigator',
  'matchMedia',
  'getComputedStyle',
  'scrollTo',
  'scrollBy',
  'scrollX',
  'scrollY',
  'innerWidth',
  'innerHeight',
  'localStorage',
  'sessionStorage',
  'speechSynthesis',
]);
// Handles on the runtime's page object that only the door may use.
const DOOR_HANDLES = new Set(['document', 'window']);

// Keys whose subtree is a type, never a value read at run time.
const TYPE_KEYS = new Set(['typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'superTypeParams', 'implements']);
const TYPE_NODES = new Set(['TsInterfaceDeclaration', 'TsTypeAliasDeclaration', 'TsTypeReference', 'TsTypeQuery', 'TsTypeAnnotation']);

function filesUnder(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Names a file declares itself (imports, variables, parameters, functions, classes): those shadow the globals. */
function declaredNames(node, names = new Set()) {
  if (!node || typeof node !== 'object') return names;
  if (Array.isArray(node)) {
    for (const child of node) declaredNames(child, names);
    return names;
  }
  const bind = (pattern) => collectPattern(pattern, names);
  switch (node.type) {
    case 'VariableDeclarator':
      bind(node.id);
      break;
    case 'Parameter':
      bind(node.pat);
      break;
    case 'ArrowFunctionExpression':
      for (const param of node.params) bind(param);
      break;
    case 'CatchClause':
      bind(node.param);
      break;
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      if (node.identifier) names.add(node.identifier.value);
      break;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      names.add(node.local.value);
      break;
  }
  for (const value of Object.values(node)) if (value && typeof value === 'object') declaredNames(value, names);
  return names;
}

function collectPattern(pattern, names) {
  if (!pattern) return;
  switch (pattern.type) {
    case 'Identifier':
      names.add(pattern.value);
      break;
    case 'AssignmentPattern':
      collectPattern(pattern.left, names);
      break;
    case 'RestElement':
      collectPattern(pattern.argument, names);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) collectPattern(element, names);
      break;
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'AssignmentPatternProperty') names.add(prop.key.value);
        else if (prop.type === 'KeyValuePatternProperty') collectPattern(prop.value, names);
        else if (prop.type === 'RestElement') collectPattern(prop.argument, names);
      }
      break;
    case 'TsParameterProperty':
      collectPattern(pattern.param, names);
      break;
  }
}

/** Reads of host globals and of `page.document` / `page.window`, as [offset, text] pairs. */
function hostReads(node, shadowed, found = [], parentKey = '') {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) hostReads(child, shadowed, found, parentKey);
    return found;
  }
  if (TYPE_NODES.has(node.type)) return found;
  if (node.type === 'Identifier' && HOST_GLOBALS.has(node.value) && !shadowed.has(node.value) && parentKey !== 'skip') {
    found.push([node.span.start, node.value]);
  }
  if (node.type === 'MemberExpression' && node.property.type === 'Identifier' && DOOR_HANDLES.has(node.property.value)) {
    const object = node.object;
    const objectName = object.type === 'Identifier' ? object.value : object.type === 'MemberExpression' ? object.property.value : '';
    if (objectName === 'page') found.push([node.property.span.start, `page.${node.property.value}`]);
  }
  for (const [key, value] of Object.entries(node)) {
    if (!value || typeof value !== 'object' || TYPE_KEYS.has(key)) continue;
    // A property name (`x.document`, `{ window: 1 }`, a class member) is not a read of the global.
    const isName =
      (node.type === 'MemberExpression' && key === 'property') ||
      (node.type === 'KeyValueProperty' && key === 'key') ||
      (/^(Class|Private)(Property|Method)$|^Constructor$|^(Getter|Setter|Method)Property$/.test(node.type) && key === 'key');
    hostReads(value, shadowed, found, isName ? 'skip' : key);
  }
  return found;
}

/** swc's offsets count UTF-8 bytes, from 1. */
function lineOf(bytes, offset) {
  return bytes
    .subarray(0, offset - 1)
    .toString('utf8')
    .split('\n').length;
}

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src/features', 'src/ui'];
const problems = [];
for (const file of roots.flatMap(filesUnder).filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))) {
  const source = readFileSync(file, 'utf8');
  const ast = parseSync(source, { syntax: 'typescript', target: 'es2022' });
  const shadowed = declaredNames(ast.body);
  for (const [start, name] of hostReads(ast.body, shadowed)) {
    problems.push(`${relative('.', file)}:${lineOf(Buffer.from(source), start)}  ${name}`);
  }
}

if (problems.length > 0) {
  console.error(`Host page reached outside the door (src/page/): ${problems.length}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-host-globals: features and ui reach the host page only through src/page/');
