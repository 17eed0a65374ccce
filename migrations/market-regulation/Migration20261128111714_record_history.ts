import { recordHistory } from "../record-history.js";

/** The versions market_regulation's contributions replace (the contribution engine's history). */
export class Migration20261128111714_record_history extends recordHistory("market_regulation") {}
