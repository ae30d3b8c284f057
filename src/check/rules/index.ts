import type { Rule } from "../context";
import { email, phone, url } from "./contact";
import { consistency } from "./consistency";
import { crossCount } from "./crossCount";
import { currencyUnit } from "./currencyUnit";
import { discipline } from "./discipline";
import { labName } from "./labName";
import { number } from "./number";
import { overLimit } from "./overLimit";
import { briCountry, partnerCount, partnerOverlap } from "./partners";
import { placeholder } from "./placeholder";
import { quantified } from "./quantified";
import { required } from "./required";
import { date, seal, signature } from "./sign";
import { singleChoice } from "./singleChoice";
import { timeNoted } from "./timeNoted";
import { twoYearPlan } from "./twoYearPlan";

/** Every rule of FORM.md §3 and the reviewer's rules, in the order of RULE_IDS (one rule per id). */
export const RULES: readonly Rule[] = [
  required,
  placeholder,
  overLimit,
  briCountry,
  partnerCount,
  partnerOverlap,
  labName,
  discipline,
  singleChoice,
  number,
  email,
  phone,
  url,
  consistency,
  quantified,
  signature,
  seal,
  date,
  crossCount,
  timeNoted,
  currencyUnit,
  twoYearPlan,
];
