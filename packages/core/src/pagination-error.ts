import { BRAND, HuaweiCloudError, type HuaweiCloudErrorDetails } from "./errors.js";

/** A listing went on past `maxPages` pages: a service ignoring the offset while its content changes. */
export class HuaweiCloudPaginationError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudPaginationError";
  override name = "HuaweiCloudPaginationError";
  override readonly kind = "pagination";
  readonly pages: number;

  constructor(message: string, details: HuaweiCloudErrorDetails & { pages: number }) {
    super(message, details);
    this.pages = details.pages;
  }
}
