/**
 * Lets a samen element take part in a host `<form>` like a native control: with a
 * `name`, its value is submitted with the form, and a form reset restores the default.
 */
import { property } from 'lit/decorators.js';
import type { SamenElement } from './samen-element.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What a form-associated samen element offers. */
export interface FormAssociatedMembers {
  /** The name under which the value is submitted with a host form; none, nothing is submitted. */
  name: string;
  /** The host form, if any. */
  readonly form: HTMLFormElement | null;
}

/**
 * The mixin's members as a class, for its declared type: a mixin's anonymous class with
 * protected members cannot be written into a .d.ts (TS4094), so the published types
 * (dist/types) describe it through this declaration instead.
 */
export declare class FormAssociatedInterface implements FormAssociatedMembers {
  name: string;
  readonly form: HTMLFormElement | null;
  protected setFormValue(value: string | null): void;
}

/**
 * Adds form association to a samen element class. The element calls
 * `setFormValue(string)` whenever its value changes, and implements
 * `formResetCallback()` to return to its default.
 */
export function FormAssociated<T extends Constructor<SamenElement>>(Base: T): T & Constructor<FormAssociatedInterface> & { formAssociated: boolean } {
  class FormAssociatedElement extends Base {
    /** Makes the element a form-associated custom element. */
    static formAssociated = true;
    readonly #internals: ElementInternals = this.attachInternals();

    #name = '';

    /**
     * The name under which the value is submitted with a host form. Anything but a
     * string is ignored with a warning: reflecting, say, a Symbol to the attribute would
     * throw into the page.
     */
    @property({ reflect: true })
    get name(): string {
      return this.#name;
    }
    set name(input: unknown) {
      const old = this.#name;
      if (typeof input !== 'string' && input != null) this.warnAbout([{ path: 'name', problem: 'invalid-value', received: input }]);
      this.#name = typeof input === 'string' ? input : '';
      this.requestUpdate('name', old);
    }

    /** The host form, if any. */
    get form(): HTMLFormElement | null {
      return this.#internals.form;
    }

    /** Sets what the host form submits under `name`. */
    protected setFormValue(value: string | null): void {
      this.#internals.setFormValue(value);
    }
  }
  return FormAssociatedElement as unknown as T & Constructor<FormAssociatedInterface> & { formAssociated: boolean };
}
