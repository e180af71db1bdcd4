/**
 * The open data package built from the real content: the Frictionless descriptor, every CSV and its
 * JSON twin, row counts against the derived data (never hard-coded), referential integrity, and the
 * period snapshots against the committed lock.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import type { SiteData } from "../../scripts/derive/types.ts";
import { buildDataPackage, sha256, sha256sums, type DataPackage, type Row } from "../../scripts/export/build-data-package.ts";
import { BOM, parseCsv } from "../../lib/csv.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { schemaAtPath } from "../../scripts/validate/schema-at-path.ts";
import { FIXTURE_PLAN, derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

const RESOURCES = ["areas", "objectives", "targets", "indicators", "tasks", "units", "periods", "task-progress", "target-values", "corrections"];
const TYPES = ["string", "integer", "number", "boolean", "date"];

let data: SiteData;
let pkg: DataPackage;

before(async () => {
  data = await derivedFixturePlan();
  pkg = buildDataPackage(data, loadSchemas().schemas);
});

/** A JSON value as the CSV writes it: a text that would start a spreadsheet formula gains a leading apostrophe. */
const asCell = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v));
const resource = (name: string) => pkg.descriptor.resources.find((r) => r.name === name)!;

describe("the data package descriptor", () => {
  test("is a tabular data package with a Vietnamese title, the site's licence and sources", async () => {
    const site = JSON.parse(await readFile(join(FIXTURE_PLAN, "data/site.json"), "utf8"));
    const d = pkg.descriptor as unknown as { profile: string; name: string; title: string; licenses: { title: string; path: string }[]; sources: { title?: string }[] };
    assert.equal(d.profile, "tabular-data-package");
    assert.match(d.name, /^[a-z0-9._-]+$/);
    assert.match(d.title, /Dữ liệu mở/);
    assert.deepEqual(d.licenses.map((l) => [l.title, l.path]), [[site.licence.name, site.licence.url]]);
    assert.ok(d.sources.length > 0 && d.sources.every((s) => s.title));
    assert.deepEqual(JSON.parse(pkg.files["datapackage.json"]!), JSON.parse(JSON.stringify(pkg.descriptor)));
  });

  test("names the ten resources, each a UTF-8 CSV with typed, titled and described fields", () => {
    assert.deepEqual(pkg.descriptor.resources.map((r) => r.name), RESOURCES);
    for (const r of pkg.descriptor.resources) {
      assert.equal(r.path, `${r.name}.csv`);
      assert.equal(r.format, "csv");
      assert.equal(r.mediatype, "text/csv");
      assert.equal(r.encoding, "utf-8");
      assert.ok(r.schema.fields.length > 0);
      for (const f of r.schema.fields) {
        assert.ok(f.name && f.title && f.description, `${r.name}.${f.name} has a name, title and description`);
        assert.ok(TYPES.includes(f.type), `${r.name}.${f.name} has type ${f.type}`);
      }
      const names = r.schema.fields.map((f) => f.name);
      for (const key of ([] as string[]).concat(r.schema.primaryKey)) assert.ok(names.includes(key), `${r.name}: primary key ${key} is a field`);
    }
  });

  test("takes field titles and descriptions from the JSON Schemas instead of writing them twice", () => {
    const { schemas } = loadSchemas();
    const field = (res: string, name: string) => resource(res).schema.fields.find((f) => f.name === name)!;
    for (const [res, name, schema, path] of [
      ["tasks", "lead", "task", ["lead"]], ["tasks", "deadline", "task", ["deadline"]], ["units", "shortName", "unit", ["shortName"]],
      ["task-progress", "percent", "report", ["tasks", 0, "percent"]], ["target-values", "asOf", "report", ["targets", 0, "asOf"]],
      ["targets", "horizon", "objective", ["targets", 0, "horizon"]], ["periods", "due", "period", [0, "due"]],
    ] as const) {
      const node = schemaAtPath(schemas[schema]!, path)!;
      assert.equal(field(res, name).title, node.title, `${res}.${name} title`);
      assert.equal(field(res, name).description, node.description, `${res}.${name} description`);
    }
    assert.equal(field("tasks", "deadline").type, "date");
    assert.equal(field("task-progress", "illustrative").type, "boolean");
    assert.deepEqual(field("task-progress", "status").constraints?.enum, ["chua-trien-khai", "dang-thuc-hien", "cham-tien-do", "hoan-thanh"]);
  });

  test("declares foreign keys that every row satisfies", () => {
    for (const r of pkg.descriptor.resources) {
      for (const fk of r.schema.foreignKeys ?? []) {
        const [field, ref] = [([] as string[]).concat(fk.fields)[0]!, ([] as string[]).concat(fk.reference.fields)[0]!];
        const known = new Set(pkg.rows[fk.reference.resource]!.map((row) => row[ref]));
        assert.ok(known.size > 0, `${r.name} → ${fk.reference.resource} exists`);
        for (const row of pkg.rows[r.name]!) {
          if (row[field] !== null) assert.ok(known.has(row[field]!), `${r.name}.${field} = ${row[field]} is in ${fk.reference.resource}.${ref}`);
        }
      }
    }
  });
});

describe("the data files", () => {
  test("every CSV has a BOM, CRLF lines, the declared fields as header and the same rows as its JSON twin", () => {
    for (const r of pkg.descriptor.resources) {
      const csv = pkg.files[r.path]!;
      const json = JSON.parse(pkg.files[`${r.name}.json`]!) as Row[];
      assert.ok(csv.startsWith(BOM), `${r.path} starts with a BOM`);
      const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, "");
      assert.ok(csv.endsWith("\r\n") && !/(^|[^\r])\n/.test(outsideQuotes), `${r.path} ends every line with CRLF`);
      const [header, ...rows] = parseCsv(csv);
      const fields = r.schema.fields.map((f) => f.name);
      assert.deepEqual(header, fields, `${r.path} header`);
      assert.equal(rows.length, json.length, `${r.path} rows = ${r.name}.json rows`);
      json.forEach((obj, i) => {
        assert.deepEqual(Object.keys(obj), fields, `${r.name}.json row ${i} has exactly the declared fields`);
        assert.deepEqual(rows[i], fields.map((f) => asCell(obj[f])), `${r.path} row ${i + 1}`);
      });
    }
  });

  test("row counts follow the content: tasks, targets, and one row per task and target per published report", () => {
    const reports = data.periods.filter((p) => p.report).length;
    assert.ok(reports > 0);
    const count = (name: string) => JSON.parse(pkg.files[`${name}.json`]!).length;
    assert.equal(count("areas"), data.counts.areas);
    assert.equal(count("objectives"), data.counts.objectives);
    // Every target entry has a row (counted or not); a repeated one (sameAs) has no figures of its own.
    assert.equal(count("targets"), data.counts.targetsListed);
    assert.equal(count("tasks"), data.counts.tasks);
    assert.equal(count("units"), data.counts.units);
    assert.equal(count("periods"), data.counts.periods);
    assert.equal(count("task-progress"), data.counts.tasks * reports);
    assert.equal(count("target-values"), (data.counts.targetsListed - data.counts.targetsRepeated) * reports);
  });

  test("illustrative figures say so, and lists are joined with '; '", () => {
    const progress = pkg.rows["task-progress"]!;
    for (const row of progress) assert.equal(row.illustrative, data.periods.find((p) => p.id === row.period)!.report!.illustrative);
    const withTwo = data.tasks.find((t) => t.support.length >= 2);
    if (withTwo) assert.equal(pkg.rows.tasks!.find((r) => r.id === withTwo.id)!.support, withTwo.support.join("; "));
  });

  test("each published period has its own task-progress and target-values files with that period's rows", () => {
    const published = data.periods.filter((p) => p.report);
    assert.deepEqual(pkg.snapshots.map((s) => s.period), published.map((p) => p.id));
    for (const p of published) {
      for (const name of ["task-progress", "target-values"]) {
        const own = JSON.parse(pkg.files[`ky/${p.id}/${name}.json`]!) as Row[];
        assert.ok(own.length > 0 && own.every((row) => row.period === p.id));
        // A corrected figure keeps its first-published value in the snapshot; every other row is the same.
        const corrected = new Set(p.report!.corrections.map((c) => c.item));
        const key = (row: Row) => String(row.task ?? row.target);
        assert.deepEqual(own.filter((row) => !corrected.has(key(row))), pkg.rows[name]!.filter((row) => row.period === p.id && !corrected.has(key(row))));
        assert.deepEqual(parseCsv(pkg.files[`ky/${p.id}/${name}.csv`]!)[0], resource(name).schema.fields.map((f) => f.name));
      }
    }
  });

  test("publishes the JSON Schemas themselves", () => {
    for (const name of Object.keys(loadSchemas().schemas)) assert.ok(pkg.files[`schemas/${name}.schema.json`], name);
  });
});

describe("checksums", () => {
  test("SHA256SUMS lines are sha256sum's format, sorted by path", () => {
    const sums = sha256sums({ "b.csv": "b", "a/x.json": "x" });
    assert.equal(sums, `${sha256("x")}  a/x.json\n${sha256("b")}  b.csv\n`);
  });
});
