import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { toCsv } from "../../lib/csv.ts";
import type { SiteData } from "../derive/types.ts";
import type { PackageResource, PackageTables, Row } from "./build-data-package.ts";
import { checksumLines, sha256 } from "./build-data-package.ts";
import { collectGarbage } from "../lib/collect-garbage.ts";
import { OPEN_DATA_WORKBOOK, tablesWorkbook } from "./open-data-workbook.ts";

/** Where the tables of every plan together are published: /du-lieu/tat-ca/. */
export const COMBINED_DIR = "du-lieu/tat-ca";

const YEAR_FIELD = { name: "year", type: "integer", title: "Năm kế hoạch", description: "Năm của kế hoạch mà dòng này thuộc về; bảng của từng năm ở /<năm>/du-lieu/." } as const;

/**
 * The open data of every plan in one package (docs/decisions/0008), written under the site root
 * (/du-lieu/tat-ca/): each table of the plans' packages once, its rows from every plan, oldest first,
 * with the plan's year as the first column (and part of the key: an id such as nv-1-1 exists in each
 * year). Foreign keys are left out, as they hold within one plan. Also the same tables as one
 * workbook (du-lieu.xlsx, as each plan has, for Excel), the descriptor and SHA256SUMS. Each file is
 * written as soon as it is made and its text let go (the checksums kept): at 10,000 tasks holding
 * every file until the end took the build to its peak memory (docs/performance.md).
 * @example await writeCombinedPackage("_site.tmp-x", [{ year: "2026", pkg, data }, { year: "2027", pkg, data }], "https://example.org") → tat-ca/tasks.csv "\uFEFFyear,id,…\r\n2026,nv-1-1,…", du-lieu.xlsx, datapackage.json, SHA256SUMS
 */
export async function writeCombinedPackage(siteDir: string, plans: readonly { year: string; pkg: PackageTables; data: SiteData }[], siteUrl: string): Promise<void> {
  const sums: Record<string, string> = {};
  const write = async (path: string, contents: string | Uint8Array) => {
    sums[path] = sha256(contents);
    const to = join(siteDir, COMBINED_DIR, path);
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, contents);
  };
  const latest = plans.at(-1)!.pkg.descriptor;
  const tables: Record<string, Row[]> = {};
  const resources: PackageResource[] = [];
  for (const r of latest.resources) {
    const rows = plans.flatMap(({ year, pkg }) => (pkg.rows[r.name] ?? []).map((row) => ({ year: Number(year), ...row })));
    const fields = [YEAR_FIELD, ...r.schema.fields];
    await write(`${r.name}.csv`, toCsv(fields.map((f) => f.name), rows));
    await write(`${r.name}.json`, `${JSON.stringify(rows, null, 2)}\n`);
    tables[r.name] = rows;
    const { foreignKeys: _, ...schema } = r.schema;
    resources.push({ ...r, schema: { ...schema, fields, primaryKey: ["year", ...([] as string[]).concat(r.schema.primaryKey)] } });
  }
  const descriptor = {
    ...latest, id: `${siteUrl}/${COMBINED_DIR}/datapackage.json`, name: `${String(latest.name ?? "ke-hoach").replace(/-[0-9]{4}(?=-|$)/, "")}-tat-ca-cac-nam`,
    title: `${String(latest.title ?? "")} – mọi kế hoạch (${plans.map((p) => p.year).join(", ")})`, homepage: `${siteUrl}/${COMBINED_DIR}/`, resources,
  };
  const { data } = plans.at(-1)!;
  // The tables' text is garbage now: collected before the workbook, the largest garbage here. A no-op without --expose-gc.
  collectGarbage();
  await write(OPEN_DATA_WORKBOOK, tablesWorkbook(resources, tables, {
    source: `${data.plan.issuer}, ${descriptor.title}`,
    url: descriptor.homepage,
    licence: data.settings.licence,
    illustrative: { any: plans.some((p) => p.data.illustrative), years: plans.filter((p) => p.data.illustrative).map((p) => p.year) },
  }));
  await write("datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`);
  await write("SHA256SUMS", checksumLines(sums));
}

/**
 * The site's one Atom feed, /cap-nhat/feed.xml (the address the feed had before plans had folders):
 * every plan's entries, newest first, under the current plan's title, with the oldest plan's feed id
 * so readers subscribed before keep their subscription. Entries come from each plan's own feed
 * (/<year>/cap-nhat/feed.xml), already escaped.
 * @example await writeCombinedFeed("_site.tmp-x", ["2026", "2027"], "https://example.org") → /cap-nhat/feed.xml with both plans' entries
 */
export async function writeCombinedFeed(siteDir: string, years: readonly string[], siteUrl: string): Promise<void> {
  const feeds = await Promise.all(years.map((y) => readFile(join(siteDir, y, "cap-nhat", "feed.xml"), "utf8")));
  const entries = feeds.flatMap((f) => [...f.matchAll(/ {2}<entry>[\s\S]*?<\/entry>\n?/g)].map((m) => ({ xml: m[0].replace(/\n?$/, "\n"), updated: /<updated>([^<]+)<\/updated>/.exec(m[0])?.[1] ?? "" })));
  entries.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
  const current = feeds.at(-1)!;
  const head = current.slice(0, current.search(/ {2}<entry>|<\/feed>/));
  const oldestId = /<id>([^<]+)<\/id>/.exec(feeds[0]!)?.[1] ?? "";
  const updated = entries[0]?.updated ?? /<updated>([^<]+)<\/updated>/.exec(current)?.[1] ?? "";
  const out = head
    .replace(/<id>[^<]+<\/id>/, `<id>${oldestId}</id>`)
    .replace(/(<link rel="self"[^>]*href=")[^"]+"/, `$1${siteUrl}/cap-nhat/feed.xml"`)
    .replace(/<updated>[^<]+<\/updated>/, `<updated>${updated}</updated>`);
  await mkdir(join(siteDir, "cap-nhat"), { recursive: true });
  await writeFile(join(siteDir, "cap-nhat", "feed.xml"), `${out}${entries.map((e) => e.xml).join("")}</feed>\n`);
}
