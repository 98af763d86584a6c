/**
 * The header's search field, loaded by the boot script on first use as a module of its own
 * (bundled separately, see boot.ts): it attaches the search UI to the header form it finds.
 */
import { attachHeaderSearch } from './search-ui.ts';

const form = document.querySelector<HTMLFormElement>('[data-header-search] form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
if (form && input) attachHeaderSearch(form, input);
