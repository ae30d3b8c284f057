import type { FieldPattern } from "../../form/paths";
import { trimAll } from "../../text/normalize";
import { answerTarget, fieldsOf, finding, findingLabel, replaceFix, Rule } from "../context";
import type { Finding, RuleId } from "../finding";
import { isBlank, isNone } from "../text";

/** Several values in one cell ("029-87081234；13991234567"). */
const LIST_SPLIT = /\s*[;；,，、]\s*|\s+或\s+|\s*\/\s*/u;

const items = (text: string) => trimAll(text).split(LIST_SPLIT).filter((s) => s !== "");

const EMAIL = /^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** What is wrong with an e-mail answer, or null. Full-width @ or . is wrong: mail clients reject it. */
export function emailProblem(text: string): string | null {
  if (isNone(text)) return null;
  for (const raw of trimAll(text).split(/[\s;；,，、]+/u).filter((s) => s !== "")) {
    const n = raw.normalize("NFKC");
    if (!EMAIL.test(n)) return `“${raw}”不是有效的电子邮箱地址，应如 name@example.edu.cn`;
    if (n !== raw) return `“${raw}”中含有全角字符，请改为半角（如“＠”改为“@”，“．”改为“.”）`;
  }
  return null;
}

const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*\d{1,6}$/iu;

/**
 * What is wrong with a telephone answer, or null. Accepted: Chinese mobiles
 * (13991234567, +86 139…), landlines with area code (029-87081234, (029)87081234,
 * 02987081234), extensions (-8012, 转8012, ext. 8012), 400/800 numbers, and
 * international numbers with a country code (+7 727 2641234, 0044 20 …), 8–15
 * digits as E.164 allows. A local number without area code is not accepted:
 * reviewers call from elsewhere.
 */
export function phoneProblem(text: string): string | null {
  if (isNone(text)) return null;
  for (const raw of items(text)) {
    const n = raw.normalize("NFKC").replace(EXTENSION, "");
    if (!/^[+\d\s\-().]+$/.test(n)) return `“${raw}”含有电话号码以外的字符，请只填写号码（分机可写“转8012”）`;
    const digits = n.replace(/\D/g, "");
    const international = n.startsWith("+") || digits.startsWith("00");
    if (international) {
      const body = n.startsWith("+") ? digits : digits.slice(2);
      if (body.startsWith("86")) {
        const cn = body.slice(2);
        if (/^1[3-9]\d{9}$/.test(cn) || /^[1-9]\d{8,10}$/.test(cn)) continue;
        return `“${raw}”不是有效的中国电话号码（+86 后应为 11 位手机号，或不带 0 的区号加号码）`;
      }
      if (body.length >= 8 && body.length <= 15) continue;
      return `“${raw}”位数不对：国际号码应为“+国家代码 号码”，共 8-15 位数字`;
    }
    if (/^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits) || /^[48]00\d{7}$/.test(digits)) continue;
    // Landline with a dash-separated extension: 029-87081234-8012.
    if (/^\(?0\d{2,3}\)?[\s-]?\d{7,8}[\s-]\d{1,5}$/.test(n.trim())) continue;
    if (/^[2-9]\d{6,7}$/.test(digits)) return `“${raw}”缺少区号，请写成“区号-号码”，如 029-87081234`;
    if (/^1\d*$/.test(digits)) return `“${raw}”不是有效的手机号码（应为 11 位）`;
    return `“${raw}”不是有效的电话号码，应如 029-87081234、13991234567 或 +7 727 2641234`;
  }
  return null;
}

const URL =
  /^(?:https?:\/\/)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu;

/** What is wrong with a web-site answer, or null. http(s) URLs and bare domains (www.x.edu.cn) are accepted. */
export function urlProblem(text: string): string | null {
  if (isNone(text)) return null;
  for (const raw of trimAll(text).split(/\s*[;；,，、]\s*/u).filter((s) => s !== "")) {
    if (/[。．]/u.test(raw)) return `“${raw}”中含有全角句点，请改为半角“.”`;
    const n = raw.normalize("NFKC");
    if (/\s/.test(n)) return `“${raw}”中不能有空格`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(n) && !/^https?:\/\//i.test(n)) return `“${raw}”应以 http:// 或 https:// 开头，或直接写域名（如 www.example.edu.cn）`;
    if (!URL.test(n)) return `“${raw}”不是有效的网址，应如 https://www.example.edu.cn 或 www.example.edu.cn`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Certain fixes: only spelling that cannot change which number or address is meant.

/** A label written into the answer ("电话：", "Tel:"), at the start or after a separator. */
const labelled = (words: string) => new RegExp(`(^|[;；,，、/]\\s*)(?:${words})\\s*[:：]\\s*`, "giu");
const PHONE_LABEL = labelled("电话|手机|座机|固话|传真|tel|phone|mobile|fax");
const EMAIL_LABEL = labelled("邮箱|电子邮箱|e-?mail");
const URL_LABEL = labelled("网址|网站|主页|web|website|url");
/** Dashes other than "-" (NFKC keeps these), and full stops typed in Chinese. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\ufe58\ufe63]/gu;
const DOTS = /[。．｡]/gu;
const TRAILING = /[\s。．.，,；;、]+$/u;

/**
 * The answer spelled right when that is all that is wrong with it: labels and trailing
 * punctuation taken out, full-width characters made half-width (not the separators), other dashes made "-",
 * Chinese full stops made "." — and only if the result passes the rule; null otherwise.
 */
function normaliser(label: RegExp, more: (text: string) => string, problem: (text: string) => string | null) {
  return (text: string): string | null => {
    // The user's own separators (；，、) are kept as written.
    const fixed = more(trimAll(text).replace(label, "$1").replace(TRAILING, "").replace(/[^；，、]+/gu, (part) => part.normalize("NFKC")));
    return fixed !== "" && problem(fixed) === null ? fixed : null;
  };
}

const phoneFix = normaliser(PHONE_LABEL, (t) => t.replace(DASHES, "-"), phoneProblem);
const emailFix = normaliser(EMAIL_LABEL, (t) => t.replace(DOTS, ".").replace(/\s*@\s*/gu, "@"), emailProblem);
const urlFix = normaliser(URL_LABEL, (t) => t.replace(DOTS, ".").replace(/(?<=[./:])\s+|\s+(?=[./:])/gu, ""), urlProblem);

function formatRule(id: RuleId, fields: readonly FieldPattern[], problem: (text: string) => string | null, what: string, fix: (text: string) => string | null): Rule {
  const rule: Rule = {
    id,
    fields,
    check(ctx) {
      const out: Finding[] = [];
      for (const f of fieldsOf(ctx, rule.fields)) {
        if (isBlank(f.text)) continue;
        const p = problem(f.text);
        if (!p) continue;
        const message = `“${findingLabel(f.id)}”${what}格式不正确：${p}。如无，请填写“无”。`;
        out.push(finding(f.id, id, "error", message, answerTarget(ctx.model, f), replaceFix(f.text, fix(f.text))));
      }
      return out;
    },
  };
  return rule;
}

/** email — every Email cell. */
export const email = formatRule("email", ["*.email"], emailProblem, "邮箱", emailFix);
/** phone — every 电话, 座机, 手机 and 传真 cell. */
export const phone = formatRule("phone", ["*.phone", "*.landline", "*.mobile", "*.fax"], phoneProblem, "号码", phoneFix);
/** url — every 网址 cell. */
export const url = formatRule("url", ["*.website"], urlProblem, "网址", urlFix);
