// Types of the <dx-check> custom element (pkg/dx-check.js) and its `report` event.
import type { Report } from "./dxcheck.js";

export type DxCheckReportEvent = CustomEvent<Report>;

export interface DxCheckElementEventMap extends HTMLElementEventMap {
  /** Fired after every check, once the text it refers to is in the element. */
  report: DxCheckReportEvent;
}

export declare class DxCheckElement extends HTMLElement {
  /** The draft text. Setting it checks it; a `report` event follows. */
  value: string;
  /** The last report, or null before the first check (or after a failed one). */
  readonly report: Report | null;
  /** Check a file's bytes (.docx, .odt, text); its text goes into the element, then `report`. */
  checkBytes(bytes: Uint8Array, name?: string): Promise<Report>;
  addEventListener<K extends keyof DxCheckElementEventMap>(type: K, listener: (this: DxCheckElement, ev: DxCheckElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof DxCheckElementEventMap>(type: K, listener: (this: DxCheckElement, ev: DxCheckElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    /** Attributes: `profile` (e.g. "khung-2024"), `level` ("tinh" | "bo"), `lang` ("vi" | "en"). */
    "dx-check": DxCheckElement;
  }
}
