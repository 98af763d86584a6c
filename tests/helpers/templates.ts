/** One built page per template: every template a feature adds joins this list. */
import { contentIds } from './dist.ts';

export function templatePages(): { template: string; path: string }[] {
  const first = (collection: string, prefer?: string) => {
    const ids = contentIds(collection);
    return prefer && ids.includes(prefer) ? prefer : ids[0];
  };
  const country = first('countries', 'ie');
  const instrument = first('instruments', 'budapest');
  const pages = [
    { template: 'home', path: '/' },
    { template: 'countries index', path: '/countries/' },
    { template: 'instruments index', path: '/instruments/' },
    { template: 'glossary', path: '/glossary/' },
    { template: 'safeguards', path: '/safeguards/' },
    { template: 'coverage', path: '/coverage/' },
    { template: '404', path: '/404.html' },
    { template: 'search', path: '/search/' },
    { template: 'offline', path: '/offline/' },
    { template: 'open data', path: '/data/' },
    { template: 'modules index', path: '/modules/' },
    { template: 'compare', path: '/compare/' },
    { template: 'compare field', path: '/compare/completeness/' },
    { template: 'route planner', path: '/route/?from=gb&to=us&measure=stored-content' },
    { template: 'draft assistant', path: '/draft/?from=de&to=ie&measure=subscriber-information' },
  ];
  if (country) pages.push({ template: 'country', path: `/countries/${country}/` });
  if (instrument) pages.push({ template: 'instrument', path: `/instruments/${instrument}/` });
  const module = first('modules');
  if (module) pages.push({ template: 'module', path: `/modules/${module}/` });
  return pages;
}
