import type { elementMaker } from '../element';

export interface JsonFilePickerOptions {
  id: string;
  label: string;
  /** A file larger than this is refused unread. */
  maxBytes: number;
  tooLarge: () => void;
  /** The chosen file's text; what it returns (or throws) goes to `failed` when it rejects. */
  read: (text: string) => Promise<unknown>;
  failed: (error: unknown) => void;
}

/**
 * A button-styled label for a hidden file field that reads one JSON file: its size is checked
 * first, and the field is cleared so that choosing the same file again reads it again.
 */
export function jsonFilePicker(
  el: ReturnType<typeof elementMaker>,
  o: JsonFilePickerOptions,
): { input: HTMLInputElement; label: HTMLLabelElement } {
  const input = el('input', 'file-input');
  input.type = 'file';
  input.accept = 'application/json,.json';
  input.id = o.id;
  const label = el('label', 'button', o.label);
  label.htmlFor = input.id;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > o.maxBytes) {
      o.tooLarge();
      return;
    }
    void file.text().then(o.read).catch(o.failed);
  });
  return { input, label };
}
