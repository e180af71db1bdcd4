import type { ContentError } from "../../load/content-error.ts";
import { errorAt, type Check } from "./context.ts";
import schema from "../../../schemas/site.schema.json" with { type: "json" };

const FIELDS = schema.properties.contact.properties;

/**
 * The ward's contact points are never made up: an unknown one stays empty and the site says where
 * to find it. Each empty one is a warning (never an error), so staff see what is still missing.
 * @example checkContact(ctx) → [{ field: "Thư điện tử tiếp nhận phản ánh", message: "Còn trống: …", severity: "warning", … }]
 */
export const checkContact: Check = (ctx) => {
  const site = ctx.site;
  if (!site?.data.contact) return [];
  const problems: ContentError[] = [];
  for (const [key, field] of Object.entries(FIELDS)) {
    const value = site.data.contact[key as keyof typeof FIELDS];
    if (value.trim() !== "") continue;
    problems.push(errorAt(site.file, ["contact", key], field.title,
      "Còn trống: trang chỉ nói nơi tìm thông tin liên hệ chính thức",
      "điền giá trị chính thức khi đã có; không tự đặt ra", "warning"));
  }
  return problems;
};
