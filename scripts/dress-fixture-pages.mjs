// Gives the AI-news fixture pages (tests/fixtures/pages/<slug>/source.html) the page furniture of a
// real news site, around the article each page already holds: a head full of meta, preload links,
// a stylesheet and the inline JSON state of a script-rendered site; a cookie dialog, a mega-menu, a
// live ticker and ad slots above; a most-read rail, a grid of related cards, a newsletter form, a
// comment thread and a link-heavy footer below.
//
// Why: the pages were written as ~45-element sketches (12-16 KB), while the news pages of
// ../shared/corpus/readability-pages hold 440-1,600 elements, 50-270 links and 20-90 paragraphs
// (median 107 KB). Extraction must keep the article out of that clutter, and the benchmark's
// comparison with Readability means something only on pages of a real size.
//
// Deterministic (seeded by the slug) and idempotent: the furniture sits between
// `<!-- news-chrome:* -->` markers and is replaced on each run. Adds a few strings of the furniture to
// expected.json's mustNotContain so the extraction test checks they stay out.
// usage: node scripts/dress-fixture-pages.mjs [slug ...]   (default: every fixture page)
// then: node scripts/make-fixture-pages.mjs (the flat copies read by the detection check)
import fs from 'node:fs';
import path from 'node:path';
import { escapeHtml } from './lib/escape-html.mjs';
import { mulberry32 } from './lib/seeded-random.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pagesDir = process.env.FIXTURE_PAGES_DIR ? path.resolve(process.env.FIXTURE_PAGES_DIR) : path.join(root, 'tests/fixtures/pages');

/** A seeded generator per slug (FNV-1a of the slug as the seed), so every run writes the same bytes. */
function rng(seedText) {
  return mulberry32([...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261));
}

const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The words of the furniture, per language: general news, as the rails of a news site carry. */
const WORDS = {
  en: {
    sections: ['World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Travel', 'Opinion'],
    sub: ['Europe', 'Americas', 'Asia', 'Africa', 'Middle East', 'Markets', 'Economy', 'Companies', 'Personal finance', 'Climate', 'Space', 'Football', 'Tennis', 'Film', 'Music', 'Books', 'Food', 'Style', 'Podcasts', 'Video'],
    headlines: [
      'City council approves new budget after late-night session', 'Storm leaves thousands without power across the coast',
      'Central bank holds rates steady for a third month', 'Champions edge past rivals in extra time', 'Museum reopens its modern art wing after renovation',
      'Rail strike set to disrupt weekend travel', 'Scientists map the oldest known coral reef', 'Housing starts fall to a two-year low',
      'Festival line-up announced with three new stages', 'Drought forces farmers to sell cattle early', 'Election count delayed in two districts',
      'New bridge opens to traffic ahead of schedule', 'Hospital waiting lists shrink for the first time in a decade', 'Airline adds routes to southern Europe',
      'Teachers vote on pay offer', 'Wildfire season starts early in the west', 'Chef opens a second restaurant downtown', 'Recall issued for children\'s car seats',
      'Stock markets close higher on energy gains', 'Marathon record falls in cool conditions', 'Library extends opening hours over the holidays',
      'Port expansion plan wins final approval', 'Survey finds commuters returning to buses', 'Orchestra names its first female conductor',
    ],
    tech: ['Chipmaker shares climb after strong forecast', 'Smartphone sales slow in the third quarter', 'Regulators open inquiry into app store fees', 'Start-up raises funds for battery recycling'],
    comments: [
      'Interesting read, thanks for the context.', 'I would like to see the numbers behind this before I believe it.', 'Same story every year, nothing changes.',
      'Great reporting as always.', 'Does anyone know where the full document is?', 'This comment section is getting out of hand.', 'My neighbour works there and says morale is low.',
      'Finally someone asks the right questions.', 'I cancelled my subscription over less than this.', 'Please fix the typo in the third paragraph.', 'Who is paying for all of this?',
      'Well argued, though I disagree with the conclusion.',
    ],
    names: ['jsmith', 'Marta K.', 'old_reader', 'Dave from Leeds', 'nightowl', 'P. Okafor', 'kris_t', 'Helen W.', 'the_skeptic', 'Sam R.', 'Lucy', 'anon1984'],
    ui: {
      skip: 'Skip to main content', cookieTitle: 'We value your privacy', cookie: 'We and our 143 partners use cookies to personalise content and ads and to analyse our traffic.',
      accept: 'Accept all', manage: 'Manage preferences', search: 'Search', signin: 'Sign in', subscribe: 'Subscribe', live: 'Live', mostRead: 'Most read', more: 'More stories',
      newsletter: 'Get the morning briefing in your inbox every weekday.', email: 'Email address', signup: 'Sign up', comments: 'Comments', reply: 'Reply', like: 'Like',
      ad: 'Advertisement', legal: 'All rights reserved. Use of this site constitutes acceptance of our terms of use.',
      footer: ['About us', 'Contact', 'Careers', 'Advertise', 'Privacy policy', 'Cookie settings', 'Terms of use', 'Accessibility', 'Help', 'Newsletters', 'Corrections', 'Syndication', 'Site map', 'Archive', 'RSS feeds'],
      ago: (m) => `${m} min ago`,
    },
  },
  fr: {
    sections: ['International', 'Politique', 'Économie', 'Tech', 'Sciences', 'Santé', 'Sport', 'Culture', 'Voyage', 'Idées'],
    sub: ['Europe', 'Amériques', 'Asie', 'Afrique', 'Moyen-Orient', 'Marchés', 'Entreprises', 'Emploi', 'Argent', 'Climat', 'Espace', 'Football', 'Rugby', 'Cinéma', 'Musique', 'Livres', 'Gastronomie', 'Mode', 'Podcasts', 'Vidéos'],
    headlines: [
      'Le conseil municipal adopte son budget après une longue séance', 'Tempête : des milliers de foyers privés d\'électricité sur le littoral',
      'La banque centrale maintient ses taux pour le troisième mois', 'Les champions s\'imposent en prolongation', 'Le musée rouvre son aile d\'art moderne après travaux',
      'Grève à la SNCF : le trafic perturbé ce week-end', 'Des chercheurs cartographient le plus ancien récif corallien connu', 'Les mises en chantier au plus bas depuis deux ans',
      'Le festival dévoile sa programmation et trois nouvelles scènes', 'La sécheresse pousse les éleveurs à vendre leurs bêtes', 'Dépouillement retardé dans deux circonscriptions',
      'Le nouveau pont ouvre à la circulation avec un mois d\'avance', 'Les listes d\'attente à l\'hôpital reculent pour la première fois en dix ans', 'La compagnie ouvre des lignes vers le sud de l\'Europe',
      'Les enseignants votent sur la proposition salariale', 'La saison des incendies commence tôt dans le Sud', 'Le chef ouvre un second restaurant en centre-ville', 'Rappel de sièges auto pour enfants',
      'La Bourse de Paris termine en hausse, portée par l\'énergie', 'Le record du marathon tombe par temps frais', 'La médiathèque élargit ses horaires pendant les fêtes',
      'Le projet d\'extension du port définitivement approuvé', 'Les usagers reviennent dans les bus, selon une enquête', 'L\'orchestre nomme sa première cheffe',
    ],
    tech: ['Le fabricant de puces grimpe en Bourse après ses prévisions', 'Les ventes de smartphones ralentissent au troisième trimestre', 'Enquête ouverte sur les commissions des magasins d\'applications', 'Une start-up lève des fonds pour recycler les batteries'],
    comments: [
      'Article intéressant, merci pour le contexte.', 'J\'aimerais voir les chiffres avant d\'y croire.', 'Chaque année la même histoire, rien ne change.',
      'Excellent travail, comme toujours.', 'Quelqu\'un sait où trouver le document complet ?', 'Les commentaires partent dans tous les sens.', 'Mon voisin y travaille, l\'ambiance est morose.',
      'Enfin quelqu\'un pose les bonnes questions.', 'J\'ai résilié mon abonnement pour moins que ça.', 'Il y a une coquille au troisième paragraphe.', 'Qui va payer tout cela ?',
      'Bien argumenté, même si je ne partage pas la conclusion.',
    ],
    names: ['jdupont', 'Marie L.', 'vieux_lecteur', 'Didier de Lyon', 'noctambule', 'P. Diallo', 'kris_t', 'Hélène W.', 'le_sceptique', 'Sam R.', 'Lucie', 'anonyme1984'],
    ui: {
      skip: 'Aller au contenu principal', cookieTitle: 'Le respect de votre vie privée est notre priorité', cookie: 'Nos 143 partenaires et nous déposons des cookies pour personnaliser les contenus et les publicités et mesurer l\'audience.',
      accept: 'Tout accepter', manage: 'Paramétrer', search: 'Rechercher', signin: 'Se connecter', subscribe: 'S\'abonner', live: 'En direct', mostRead: 'Les plus lus', more: 'Sur le même sujet',
      newsletter: 'Recevez chaque matin l\'essentiel de l\'actualité.', email: 'Adresse e-mail', signup: 'Je m\'inscris', comments: 'Commentaires', reply: 'Répondre', like: 'J\'aime',
      ad: 'Publicité', legal: 'Tous droits réservés. L\'utilisation de ce site vaut acceptation des conditions générales.',
      footer: ['Qui sommes-nous', 'Contact', 'Recrutement', 'Publicité', 'Données personnelles', 'Gestion des cookies', 'Conditions générales', 'Accessibilité', 'Aide', 'Newsletters', 'Rectificatifs', 'Licences', 'Plan du site', 'Archives', 'Flux RSS'],
      ago: (m) => `il y a ${m} min`,
    },
  },
};

const ICON = (d) => `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="${d}"></path></svg>`;
const ICONS = ['M4 4h16v16H4z', 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M2 12l10-10l10 10l-10 10z', 'M3 6h18M3 12h18M3 18h18', 'M6 2l12 10L6 22z', 'M12 2l3 7h7l-6 4l2 7l-6-4l-6 4l2-7l-6-4h7z'];

function pick(r, xs) {
  return xs[Math.floor(r() * xs.length)];
}
function shuffled(r, xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function headPart(r, w, slug) {
  const meta = [
    ['og:site_name', 'Daily Ledger'], ['og:locale', w === WORDS.fr ? 'fr_FR' : 'en_GB'], ['twitter:card', 'summary_large_image'], ['twitter:site', '@dailyledger'],
    ['og:image', `https://img.example/${slug}/hero-1200.jpg`], ['og:image:width', '1200'], ['og:image:height', '630'], ['twitter:image', `https://img.example/${slug}/hero-800.jpg`],
    ['fb:app_id', '9876543210'], ['theme-color', '#0a2540'], ['robots', 'max-image-preview:large'], ['referrer', 'strict-origin-when-cross-origin'],
  ];
  const links = ['fonts', 'cdn', 'img', 'ads', 'analytics'].map((h) => `<link rel="preconnect" href="https://${h}.example">`).join('\n');
  const css = [];
  for (let i = 0; i < 180; i++) {
    css.push(`.c-${i.toString(36)}{margin:${i % 7}px ${i % 5}px;padding:${i % 3}px;color:#${(0x123456 + i * 977).toString(16).slice(-6)};display:${i % 4 ? 'block' : 'flex'}}`);
  }
  const stories = [];
  for (let i = 0; i < 60; i++) {
    const h = pick(r, w.headlines);
    stories.push({ id: Math.floor(r() * 1e9), headline: h, url: `/${slugify(pick(r, w.sections))}/${slugify(h)}`, published: 1700000000 + Math.floor(r() * 1e7), tags: [pick(r, w.sub), pick(r, w.sub)], premium: r() < 0.2 });
  }
  const state = JSON.stringify({ page: { type: 'article', slug, ab: { rail: r() < 0.5 ? 'a' : 'b' } }, user: { loggedIn: false, consent: null }, stories });
  return [
    ...meta.map(([k, v]) => (k.startsWith('og:') || k.startsWith('fb:') ? `<meta property="${k}" content="${escapeHtml(v)}">` : `<meta name="${k}" content="${escapeHtml(v)}">`)),
    links,
    `<style>${css.join('')}</style>`,
    `<script>window.__STATE__=${state.replace(/</g, '\\u003c')};</script>`,
    `<script>(function(){var q=window.dataLayer=window.dataLayer||[];q.push({event:'pageview',section:${JSON.stringify(slug.split('-')[0])}});})();</script>`,
  ].join('\n');
}

function topPart(r, w) {
  const u = w.ui;
  const menu = w.sections
    .map((s, i) => {
      const subs = shuffled(r, w.sub).slice(0, 8 + (i % 4));
      return `<li class="menu__item"><a href="/${slugify(s)}">${escapeHtml(s)}</a><ul class="menu__sub">${subs.map((x) => `<li><a href="/${slugify(s)}/${slugify(x)}">${escapeHtml(x)}</a></li>`).join('')}</ul></li>`;
    })
    .join('\n');
  const ticker = shuffled(r, w.headlines).slice(0, 8).map((h) => `<li><a href="/live/${slugify(h)}">${escapeHtml(h)}</a></li>`).join('');
  return `<a class="skip-link" href="#main">${u.skip}</a>
<div class="cookie-consent" role="dialog" aria-modal="false" aria-labelledby="cc-title">
  <h2 id="cc-title">${escapeHtml(u.cookieTitle)}</h2>
  <p>${escapeHtml(u.cookie)}</p>
  <button type="button" class="cc-accept">${escapeHtml(u.accept)}</button> <button type="button" class="cc-manage">${escapeHtml(u.manage)}</button>
</div>
<header class="site-header">
  <div class="site-header__bar"><a class="logo" href="/">${ICON(ICONS[0])}<span>Daily Ledger</span></a>
    <form class="search" role="search" action="/search"><label>${escapeHtml(u.search)} <input type="search" name="q"></label><button type="submit">${ICON(ICONS[1])}</button></form>
    <a class="signin" href="/login">${escapeHtml(u.signin)}</a> <a class="subscribe" href="/subscribe">${escapeHtml(u.subscribe)}</a></div>
  <nav class="menu" aria-label="Sections"><ul class="menu__list">
${menu}
  </ul></nav>
  <div class="ticker"><span class="ticker__label">${escapeHtml(u.live)}</span><ul>${ticker}</ul></div>
</header>
<div class="ad-slot ad-slot--leaderboard" data-ad-unit="/1234/top" aria-hidden="true"><span>${escapeHtml(u.ad)}</span><div class="ad-slot__frame"></div></div>`;
}

function bottomPart(r, w, isAi) {
  const u = w.ui;
  const pool = isAi ? [...w.headlines, ...w.tech] : w.headlines;
  const mostRead = shuffled(r, pool).slice(0, 10)
    .map((h, i) => `<li class="most-read__item"><span class="rank">${i + 1}</span><a href="/${slugify(h)}"><h3 class="most-read__title">${escapeHtml(h)}</h3></a><time>${escapeHtml(u.ago(3 + Math.floor(r() * 300)))}</time></li>`)
    .join('\n');
  const cards = shuffled(r, pool).slice(0, 12)
    .map((h) => {
      const sec = pick(r, w.sections);
      return `<article class="card"><a href="/${slugify(sec)}/${slugify(h)}"><figure class="card__media"><img src="/img/${slugify(h)}-320.jpg" alt="" width="320" height="180" loading="lazy"><figcaption class="card__credit">© Daily Ledger</figcaption></figure><span class="card__kicker">${escapeHtml(sec)}</span><h3 class="card__title">${escapeHtml(h)}</h3></a><div class="card__meta"><time>${escapeHtml(u.ago(10 + Math.floor(r() * 900)))}</time> <button type="button" class="card__save" aria-label="Save">${ICON(ICONS[5])}</button></div></article>`;
    })
    .join('\n');
  const comments = [];
  for (let i = 0; i < 24; i++) {
    const replies = r() < 0.3 ? `<ul class="comment__replies"><li class="comment comment--reply"><header><strong>${escapeHtml(pick(r, w.names))}</strong> <time>${escapeHtml(u.ago(1 + Math.floor(r() * 60)))}</time></header><p class="comment__body">${escapeHtml(pick(r, w.comments))}</p></li></ul>` : '';
    comments.push(`<li class="comment" id="comment-${1000 + i}"><header class="comment__head"><img class="avatar" src="/avatars/${i % 7}.png" alt="" width="32" height="32"><strong>${escapeHtml(pick(r, w.names))}</strong> <time>${escapeHtml(u.ago(5 + Math.floor(r() * 600)))}</time></header><p class="comment__body">${escapeHtml(pick(r, w.comments))}</p><footer class="comment__actions"><button type="button">${escapeHtml(u.reply)}</button> <button type="button">${ICON(ICONS[5])} ${escapeHtml(u.like)} ${Math.floor(r() * 40)}</button></footer>${replies}</li>`);
  }
  const columns = [];
  for (let c = 0; c < 6; c++) {
    const links = c < 4 ? shuffled(r, w.sub).slice(0, 10) : shuffled(r, u.footer).slice(0, 10);
    columns.push(`<div class="footer__col"><h4>${escapeHtml(c < 4 ? w.sections[c] : 'Daily Ledger')}</h4><ul>${links.map((l) => `<li><a href="/${slugify(l)}">${escapeHtml(l)}</a></li>`).join('')}</ul></div>`);
  }
  const social = ICONS.map((d, i) => `<a class="social" href="https://social${i}.example/dailyledger" aria-label="Social ${i + 1}">${ICON(d)}</a>`).join('');
  return `<aside class="most-read" aria-labelledby="most-read-title"><h2 id="most-read-title">${escapeHtml(u.mostRead)}</h2><ol>
${mostRead}
</ol></aside>
<div class="ad-slot ad-slot--mpu" data-ad-unit="/1234/mid" aria-hidden="true"><span>${escapeHtml(u.ad)}</span><div class="ad-slot__frame"></div></div>
<section class="related-stories" aria-labelledby="related-title"><h2 id="related-title">${escapeHtml(u.more)}</h2><div class="card-grid">
${cards}
</div></section>
<section class="newsletter-signup"><p>${escapeHtml(u.newsletter)}</p><form action="/newsletter"><label>${escapeHtml(u.email)} <input type="email" name="email"></label> <button type="submit">${escapeHtml(u.signup)}</button></form></section>
<section id="comments" class="comments"><h2>${escapeHtml(u.comments)} (${comments.length})</h2><ol class="comment-list">
${comments.join('\n')}
</ol></section>
<footer class="site-footer"><div class="footer__cols">
${columns.join('\n')}
</div><div class="footer__social">${social}</div><p class="footer__legal">© 2024 Daily Ledger. ${escapeHtml(u.legal)}</p></footer>
<script>(function(){var s=document.createElement('span');s.className='js-ready';document.documentElement.appendChild(s);s.remove();})();</script>`;
}

/** Replace the furniture between `name` markers, or insert it at `at` when absent. */
function place(html, name, content, at) {
  const start = `<!-- news-chrome:${name} -->`;
  const end = `<!-- /news-chrome:${name} -->`;
  const block = `${start}\n${content}\n${end}`;
  const i = html.indexOf(start);
  if (i >= 0) return html.slice(0, i) + block + html.slice(html.indexOf(end) + end.length);
  return at(html, block);
}

function dress(slug) {
  const dir = path.join(pagesDir, slug);
  const sourceFile = path.join(dir, 'source.html');
  const expectedFile = path.join(dir, 'expected.json');
  if (!fs.existsSync(sourceFile) || !fs.existsSync(expectedFile)) return null;
  const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
  const w = WORDS[expected.lang === 'fr' ? 'fr' : 'en'];
  const r = rng(slug);
  let html = fs.readFileSync(sourceFile, 'utf8');
  html = place(html, 'head', headPart(r, w, slug), (h, b) => h.replace('</head>', `${b}\n</head>`));
  html = place(html, 'top', topPart(r, w), (h, b) => h.replace(/<body[^>]*>/, (m) => `${m}\n${b}`));
  html = place(html, 'bottom', bottomPart(r, w, expected.isAiNews === true), (h, b) => h.replace('</body>', `${b}\n</body>`));
  fs.writeFileSync(sourceFile, html);
  // Strings of the furniture that must never reach the claims.
  const probes = [w.ui.cookie.slice(0, 40), w.ui.newsletter, w.comments[0], w.comments[6], w.ui.legal.slice(0, 30)];
  for (const s of probes) if (!expected.mustNotContain.includes(s)) expected.mustNotContain.push(s);
  fs.writeFileSync(expectedFile, JSON.stringify(expected, null, 2) + '\n');
  return { slug, bytes: Buffer.byteLength(html) };
}

const slugs = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(pagesDir).sort();
for (const slug of slugs) {
  const done = dress(slug);
  if (done) console.log(`${done.slug.padEnd(40)} ${(done.bytes / 1024).toFixed(0)} KB`);
}
