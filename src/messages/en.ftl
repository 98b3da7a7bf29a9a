# altavoz's messages in English. One message per id; `es.ftl` has the same ids.
# Values in { $braces } are filled in by altavoz. Keep the words plain: a 16-year-old
# writing their first page should understand every message.

## How messages are shown

follows = (a problem that follows from one already reported)
severity-error = error
severity-warning = warning
help-label = help
note-in = in { $place }
note-line-reads = there the line reads: { $text }
note-also-at = { $label }: line { $line }, column { $col }
did-you-mean = did you mean `{ $name }`?
case-hint = the file is `{ $name }`: upper and lower case letters count, so write it exactly like that
problems-found = { $count ->
    [one] 1 problem found; nothing was written (the previous output is unchanged)
   *[other] { $count } problems found; nothing was written (the previous output is unchanged)
}
problems-found-checked = { $count ->
    [one] 1 problem found
   *[other] { $count } problems found
}
warning-group = { $count } warnings of this kind:
warning-group-more = … and { $count } more (add --verbose to see them all)

## YAML and front matter

yaml-unknown-key = unknown key `{ $key }`
review-stale = last reviewed on { $date }, more than { $days } days ago
review-stale-many = { $count } pages were last reviewed more than { $days } days ago:
review-missing = this page does not say when its facts were last checked
review-missing-many = { $count } pages do not say when their facts were last checked:

## Usage: the command line and the project folder

usage-base-url = --base-url `{ $url }` is not an absolute web address (write it like https://example.org/)
usage-no-campaign = there is no campaign `{ $name }`
usage-no-language = `{ $code }` is not a language of this project
usage-unknown-suggest = { $what }: did you mean `{ $name }`?
usage-unknown-list = { $what } (there are: { $names })
load-no-root = { $path } is not a folder
load-not-a-project = there is no altavoz.yaml in { $path }, so this is not an altavoz project
    (give the project folder with --root, or start a new project with `altavoz new <folder>`)
load-io = cannot read { $path }: { $reason }

## Summary lines

build-done = built { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} in { $languages ->
    [one] 1 language
   *[other] { $languages } languages
} ({ $files } files) into { $out } in { $seconds } s
check-done = no errors ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
} checked, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
})
render-site = site: rendered { $made } pages, { $reused } unchanged
render-print = print: made { $made } PDFs, { $reused } unchanged
render-cards = cards: rendered { $made }, { $reused } unchanged
render-more = { $first }; { $more }
render-pictures = pictures: processed { $made }, { $reused } unchanged
render-packs = offline packs: { $packs }

## Progress

progress-site = web pages
progress-print = print documents
progress-cards = cards
progress-done = { $what }: { $count } done ({ $seconds } s)
translate-usage = write the campaign and the language to translate into: altavoz translate <campaign> <lang> [page…]

## altavoz new

new-not-empty = { $path } already exists and is not empty: choose a new folder for the project
new-cannot-write = cannot write { $path }: { $reason }
new-done = a new project is ready in { $path } ({ $count } files). Next: altavoz serve --root { $path }
new-page-done = wrote { $path }: fill in its front matter and text
new-page-usage = write where the page goes as <campaign>/<language>/<name>, e.g. think-twice/es/my-page (not `{ $given }`)
new-page-bad-name = `{ $name }` cannot be used in a web address: try `{ $suggestion }` (lowercase letters, digits and `-`)
new-page-exists = { $path } already exists: choose another name
new-comment-project = The project: its title, its address on the web and its languages.
new-comment-base-url = Where the site will be published (used for links in cards and QR codes).
new-comment-languages = Languages, in the order readers see them. The first one is the default.
new-comment-messages = The language of altavoz's own messages: es or en.
new-comment-campaign = The campaign: its name and short description, in each language.
new-comment-source-language = The language the campaign is written in first; the others translate it.
new-comment-colors = Colours of the site, handouts and cards. White text must be readable on `primary`.
new-comment-review = Pages reviewed longer ago than this many days get a warning.
new-comment-contacts = Phone numbers with + and the country code; `country` is the two-letter country code.
new-page-comment-top = The page's title, as readers see it.
new-page-title = Write the title here
new-page-comment-summary = One or two sentences (at most 200 characters): shown in search results and link previews.
new-page-summary = Write what the page says in one sentence.
new-page-comment-myth = The false claim, as people repeat it, and the verified answer.
new-page-myth = The false claim
new-page-fact = The verified answer
new-page-comment-order = Its place in the campaign (lower comes first).
new-page-comment-reviewed = When the facts were last checked (YYYY-MM-DD), and by whom.
new-page-reviewed-by = Your name or your organization
new-page-comment-sources = Where the facts come from: - { "{" } title: "…", url: "https://…" { "}" }
new-page-body = Write the text of the page here, in Markdown.
new-page-body-myth = Explain here why the claim is false, and what to do instead.
new-page-body-tip = Explain the tip here, step by step.
new-page-body-contacts = Say here who readers can call or write to, and when.
new-usage = write the folder of the new project: altavoz new <folder>

## YAML: the settings and the front matter of pages

yaml-missing-key = the key `{ $key }` is missing
yaml-missing-key-hint = add a line `{ $key }: ...`
yaml-wrong-form = this value does not have the form altavoz expects here
yaml-allowed-keys = the keys allowed here are: { $keys }
yaml-unknown-value = unknown value `{ $value }`
yaml-unknown-value-suggest = did you mean `{ $name }`? Allowed: { $allowed }
yaml-unknown-value-hint = allowed values: { $allowed }
yaml-number-range = this number must be between { $min } and { $max }
yaml-expected-number = expected a whole number
yaml-expected-number-hint = write a whole number, like `3`
yaml-expected-bool = expected true or false
yaml-expected-bool-hint = write `true` or `false`
yaml-expected-text = expected text
yaml-expected-text-hint = write plain text; put it in quotes if it contains `:`, `#`, `[` or `{"{"}`
yaml-expected-list = expected a list
yaml-expected-list-hint = write a list: `[a, b]`, or one `- item` per line
yaml-expected-keys = expected keys and values
yaml-expected-keys-hint = write `key: value` pairs, one per line, or `{"{"} key: value {"}"}`
yaml-expected-switch = expected `false`, `true`, or keys and values
yaml-expected-switch-hint = write `false` to turn it off, or keys and values such as `{"{"} key: value {"}"}`; the keys allowed here are: { $keys }
yaml-empty = this value is empty
yaml-empty-hint = write a value after the `:`
yaml-hash-colour = `#` starts a comment in YAML, so the colour { $colour } is not read
yaml-hash-colour-hint = write "{ $colour }" in quotes
yaml-unclosed-quote = this text opens with { $quote } but never closes it
yaml-unclosed-quote-hint = end the text with { $quote } on the same line
yaml-tab = this line is indented with a tab
yaml-tab-hint = YAML needs spaces to indent: replace the tab with spaces
yaml-no-space = `{ $key }:` needs a space after the `:`
yaml-no-space-hint = write `{ $key }: ` with a space, then the value
yaml-colon-in-text = this text has `: ` in it, which YAML reads as a new key
yaml-colon-in-text-hint = put the whole text in quotes: "…"
yaml-list-dash = this line is inside a list but does not start with `- `
yaml-list-dash-hint = start each item of a list with `- `
yaml-duplicate-key = the key `{ $key }` is given twice
yaml-duplicate-key-hint = keep only one of them
yaml-duplicate-key-first = first given here
yaml-too-deep = the values are nested too deep (more than 32 levels of lists and maps inside each other)
yaml-too-deep-hint = write the values flat: settings and front matter need only a few levels
yaml-many-documents = there is more than one YAML document here
yaml-many-documents-hint = remove the extra `---` line: the file (or the front matter) is one document
yaml-many-aliases = too many copies with `&` and `*` (anchors and aliases)
yaml-many-aliases-hint = write the values out instead: settings and front matter never need `&` and `*`
yaml-too-large = this YAML grows too large: its `&` and `*` (anchors and aliases) copy values over and over, or it holds too many values
yaml-too-large-hint = write the values out instead of copying them with `&` and `*`, and keep the file short
yaml-too-complex = this YAML is too deeply nested or repeats too much
yaml-too-complex-hint = write the values out plainly, without deep nesting or many `*` references
yaml-invalid = this is not valid YAML
yaml-invalid-hint = check the indentation (spaces, the same for keys at the same level) and the quotes
yaml-parser-says = the YAML reader says: { $text }
page-no-front-matter = the page has no front matter
page-no-front-matter-hint = start the file with a line `---`, then `title:` and `summary:`, then a line `---`
page-front-matter-unclosed = the front matter is never closed
page-front-matter-unclosed-hint = end the front matter with a line `---` before the text of the page
review-stale-hint = check the facts again and update `reviewed:`
review-missing-hint = check the facts, then add `reviewed:` with today's date (YYYY-MM-DD) and `reviewed_by:`
date-no-such-day = `reviewed` { $date } is not a day of the calendar
date-no-such-day-hint = month { $month } of that year has { $days } days
date-no-such-month = `reviewed` { $date } is not a day of the calendar
date-no-such-month-hint = the month is a number from 01 to 12: YYYY-MM-DD, e.g. 2026-05-01
date-not-a-date = `reviewed` `{ $date }` is not a date
date-form-hint = write the date as YYYY-MM-DD, e.g. 2026-05-01
link-missing-page = link to a missing page: { $path } does not exist
link-missing-page-hint = check the file name; links are relative to this page's folder
link-missing-asset = { $path } does not exist
link-missing-asset-hint = put the file in the campaign's assets/ folder
link-did-you-mean = did you mean `{ $link }`?

## Contacts

phone-no-plus = it does not start with + and the country code
phone-not-digits = it has characters that are not digits
phone-unknown-code = the digits after + do not start with the code of a country
phone-too-short = it is too short for { $country } (+{ $code }): numbers there have { $digits } digits after +{ $code }
phone-too-long = it is too long for { $country } (+{ $code }): numbers there have { $digits } digits after +{ $code }
phone-bad-prefix = no number in { $country } (+{ $code }) starts like this
phone-invalid = `{ $key }` `{ $number }` is not a real phone number: { $reason }
phone-invalid-hint = write it with + and the country code, as people dial it from abroad, e.g. "+502 5555 0100"
phone-wrong-country = `{ $key }` `{ $number }` is a number of { $actual }, but `country` says { $country }
phone-wrong-country-hint = correct the number, or write `country: { $actual }`
country-unknown = `{ $country }` is not a country code
country-unknown-hint = use the two capital letters of the country (ISO 3166), e.g. GT, HN, SV, MX, US

## Project and campaign settings

theme-not-found = theme `{ $theme }` not found
theme-not-found-hint = use `default`, or create themes/{ $theme }/ in the project
base-url-invalid = `base_url` must be an absolute web address, not `{ $url }`
base-url-invalid-hint = write it like `https://example.org/campaigns/`
project-languages = project languages: { $codes }
localized-unknown-language = `{ $key }` has a text for `{ $code }`, which is not a project language
value-empty = `{ $key }` is empty
campaign-bad-name = campaign folder name `{ $name }` cannot be used in a web address
rename-folder-to = rename the folder to `{ $name }` (lowercase letters, digits and `-`)
campaign-reserved-name = `{ $name }` is a name altavoz uses for its own pages
campaign-reserved-name-hint = rename the campaign folder
logo-not-found = logo `{ $logo }` not found in the campaign's assets/ folder
logo-not-found-hint = put the file in { $dir }/assets/ and write `logo: assets/<file>`
campaign-no-landing-page = campaign `{ $name }` has no landing page in its source language
campaign-no-landing-page-hint = add { $path }
language-did-you-mean = did you mean `{ $name }`? Project languages: { $codes }
language-add-or-use = add it to `languages` in altavoz.yaml, or use one of: { $codes }
not-a-project-language = `{ $code }` is not a project language
folder-language-did-you-mean = did you mean `{ $name }`? Rename the folder, or add `{ $folder }` to `languages` in altavoz.yaml
folder-language-add = add `{ $folder }` to `languages` in altavoz.yaml, or rename the folder to one of: { $codes }
folder-unknown-language = unknown language `{ $folder }` in folder name
colour-invalid = `{ $colour }` is not a colour
colour-invalid-hint = write a hex colour such as "#0b4f6c" (in quotes)
colour-contrast = white text on `{ $colour }` has a contrast of { $ratio }:1; at least { $minimum }:1 is needed
colour-contrast-hint = choose a darker primary colour, so text on it stays readable
languages-empty = `languages` is empty
languages-empty-hint = list at least one language, e.g. `- {"{"} code: es, name: "Español" {"}"}`
language-code-invalid = `{ $code }` is not a valid language code: { $reason }
language-code-invalid-hint = use a BCP 47 code: two or three lowercase letters (`es`, `quc`), optionally a region (`es-GT`)
language-code-primary = the language part must be 2 or 3 lowercase letters
language-code-subtag = a subtag after `-` is not a script, region or variant
language-twice = language `{ $code }` is listed twice
keep-one = keep one
fallback-unknown = fallback `{ $code }` is not a project language
use-one-of = use one of: { $codes }
fallback-circle = fallbacks go round in a circle: { $chain }
fallback-circle-hint = one language in the chain must have no fallback

## Pages and links

link-no-target = the link has no target
link-absolute = links inside the campaign must be relative, like `other-page.md`
link-leaves-campaign = the link leaves the campaign folder
link-not-md = links to pages end in `.md`; other files belong in the campaign's assets/ folder
link-outside = the link points outside the language folder and assets/
link-invalid = cannot follow the link `{ $link }`: { $reason }
link-invalid-hint = write links to other pages as `other-page.md`
image-external = the image `{ $link }` is on another website
image-external-hint = readers pay for every byte and must not be tracked: copy the image into assets/
link-removed = the link `{ $link }` will be removed
link-removed-hint = only https:, http:, mailto:, tel: and sms: links are kept
anchor-missing = no heading with id `{ $id }` on this page
anchor-missing-hint = check the spelling, or give the heading an id: `## Title {"{"}#id{"}"}`
link-missing-heading = link to a missing heading: { $path } has no heading with id `{ $id }`
page-duplicate = duplicate page: { $path } has the same address
page-duplicate-hint = rename or remove one of them (`x.md` and `x/index.md` are the same page, and so are names that differ only in upper and lower case)
page-bad-name = `{ $name }` cannot be used in a web address
rename-to = rename it to `{ $name }` (lowercase letters, digits and `-`)
page-named-like-campaign = a page cannot be named like its campaign (`{ $name }`)
page-named-like-campaign-hint = its handout would have the name of the campaign's booklet: rename the page
translation-no-source = this translation has no source page in `{ $lang }`
translation-no-source-hint = translations match by file name: is there a { $path } ?
summary-empty-hint = one or two sentences: they become the description in search results and link previews
summary-too-long = `summary` has { $length } characters; at most { $max } are allowed
summary-too-long-hint = shorten it: link previews and cards cut long summaries
myth-needs = a `myth` page needs `{ $key }:`
myth-needs-myth-hint = add `myth:` with the false claim, as people repeat it
myth-needs-fact-hint = add `fact:` with the verified answer
myth-only = `{ $key }` is only used on pages with `kind: myth`
myth-only-hint = add `kind: myth`, or remove this line
date-in-future = `reviewed` { $date } is in the future
date-in-future-hint = write the date on which the content was last checked
translated-from-invalid = `translated_from` `{ $value }` is not a translation mark
translated-from-invalid-hint = it is 8 characters (0-9, a-f) that altavoz writes: run `altavoz translate --done` on this page instead of editing it
source-url-invalid = source address `{ $url }` is not a web address
source-url-invalid-hint = write the full address, starting with https://

## Translations

translation-unknown = this translation does not say which version of the `{ $lang }` page it was made from
translation-unknown-many = { $count } translations do not say which version of their source they were made from:
translation-unknown-hint = compare it with { $source }; when it says the same, run `altavoz translate --done { $path }`
translation-outdated = the `{ $lang }` page changed after this translation was made
translation-outdated-many = { $count } translations are older than the page they translate:
translation-outdated-hint = `altavoz status` shows what changed; update the translation, then run `altavoz translate --done { $path }`
translation-outdated-error-hint = `altavoz status` shows what changed; update the translation, then run `altavoz translate --done { $path }` (or write `outdated: notice` in campaign.yaml to publish it with a notice)
title-empty-hint = every page needs a title

## Reading the project

campaign-no-config = campaign `{ $name }` has no campaign.yaml
campaign-no-config-hint = add campaigns/<campaign>/campaign.yaml with at least `name:`
ignored-in-campaign = ignored: a campaign folder holds campaign.yaml, assets/ and language folders
ignored-in-campaign-hint = move pages into a language folder such as es/
ignored-in-language = ignored: only Markdown pages (.md) belong in a language folder
ignored-in-language-hint = put images and other files in the campaign's assets/ folder
cannot-read = cannot read: { $reason }
link-outside-project = this is a link to a file outside the project folder
link-outside-project-hint = copy the file into the project instead of linking to it
file-too-large = the file is too large ({ $size } KiB; at most { $max } KiB)
file-too-large-hint = split the page, or make the image smaller
not-utf8 = the file is not valid UTF-8 text
not-utf8-hint = save the file as UTF-8 in your editor
not-utf8-windows = this file is saved in Windows-1252 ("ANSI"), not UTF-8: here the byte { $byte } is «{ $letter }» in that encoding
not-utf8-windows-hint = save it again as UTF-8: in Notepad, File → Save as → Encoding: UTF-8; in other editors, choose the UTF-8 encoding when you save

## Languages, themes and documents

campaign-not-built = campaign `{ $name }` is not built in `{ $lang }`: no landing page (index.md) in { $chain }
campaign-not-built-hint = add { $lang }/index.md, or give `{ $lang }` a fallback language
ui-string-missing = UI string `{ $key }` is missing for language `{ $lang }`
ui-string-missing-hint = add `{ $key }:` to themes/{ $theme }/i18n/{ $lang }.yaml, or give `{ $lang }` a `fallback:` language in altavoz.yaml
template-failed = a template of theme `{ $theme }` { $failed }: { $reason }
template-failed-hint = check the template against the data described in the guide's theme chapter
template-does-not-parse = does not parse
template-cannot-fill = cannot be filled in
template-missing = there is no template `{ $name }` in the theme
template-missing-hint = the theme's templates are: { $names }
handout-too-long = the page is too long for a handout ({ $size } KiB; at most 256 KiB)
handout-too-long-hint = split the page, or set `handout: false`
glyphs-missing-print = no font of the theme can print these characters (language `{ $lang }`): { $list }
glyphs-missing-card = no font of the theme can draw these characters on the `{ $format }` card (language `{ $lang }`): { $list }
glyphs-missing-hint = replace them (they would print as empty boxes: the fonts have Latin, Greek, Cyrillic and Arabic letters and the emoji of Unicode 15), or add a font that has them to themes/<theme>/fonts/
card-wrong-size = { $path } is { $size } pixels, not { $expected }: the template changed the page size
typeset-failed = cannot make { $path }
typeset-failed-because = cannot make { $path }: { $reason }
typeset-also = also: { $reasons }

## The live preview

serve-rebuilt = rebuilt { $pages } pages in { $site_ms } ms, handouts and cards in { $all_ms } ms
serve-rebuilt-pages = rebuilt { $pages } pages in { $site_ms } ms; handouts and cards left to the next build
serve-last-good = the last good version stays on screen until this is fixed
serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-serving = serving { $url } (Ctrl-C to stop)
serve-network-warning = warning: --bind { $bind } makes the preview visible to the network: anyone who can reach this computer can read the drafts and the error messages it shows
serve-no-ctrl-c = cannot handle Ctrl-C: { $reason }
serve-stopped = stopped
serve-open-yourself = open { $url } in your browser
serve-cannot-watch = cannot watch { $path }: { $reason }

## Translations on the command line

translate-started = started { $path }
translate-done = done: { $path } is up to date with its source
translate-left = left { $path }: { $reason }
translate-drafts = started pages are drafts: readers keep the fallback page until you run `altavoz translate --done <page>`
translate-nothing = nothing to do
translate-into-source = `{ $lang }` is the language campaign `{ $campaign }` is written in: choose a language to translate into
translate-no-page = campaign `{ $campaign }` has no page `{ $name }` in `{ $lang }`
translate-no-front-matter = { $path } has no front matter (the lines between two --- at the top)
translate-not-a-page = { $path } is not a page of this project (write its path from the project folder, like campaigns/<campaign>/<language>/<page>.md)
translate-skip-exists = it exists already
translate-skip-source = it is a source page, not a translation (campaign `{ $campaign }` is written in `{ $lang }`)
translate-skip-no-source = it has no source page { $lang }/{ $page } to be up to date with
translate-skip-done = it is marked done already
status-page-failed = cannot make the status page: { $reason }
status-denied = some pages are in a state --deny refuses ({ $states }): exit code 1
status-state = { $state ->
    [up_to_date] up to date
    [outdated] outdated
    [missing] missing
    [draft] draft
   *[unknown] unknown
}
block-field = { $id }
block-what = { $kind ->
    [heading] heading
    [paragraph] paragraph
    [list_item] list item
    [table_cell] table cell
    [image_alt] image description
    [footnote] footnote
    [html] HTML block
   *[code] code block
} { $number }
status-no-language = { $campaign }: no language to translate into
status-since-commit = since { $since } ({ $commit } “{ $message }”)
status-since-uncommitted = since { $since } (not committed yet)
status-since-unknown = since a time the history does not tell
status-changed-unknown = the source changed; the history does not tell what or since when
status-changes = { $count ->
    [one] 1 change
   *[other] { $count } changes
} { $since }:
status-item = { $what } { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}:
status-was = was: { $text }
status-now = now: { $text }
status-update = update { $target }, then: altavoz translate --done { $target }
status-readers-get = readers get the { $lang } page
status-readers-nothing = readers get nothing: the page is not built
status-next-start = altavoz translate { $campaign } { $lang } { $page }
status-next-done = when it is done: altavoz translate --done { $target }
status-compare = compare it with { $source }; when it says the same: altavoz translate --done { $target }
status-ui-none = UI strings: none of its own yet (the theme's words are borrowed); `altavoz translate { $campaign } { $lang }` starts them
status-ui-lacks = UI strings: { $file } lacks { $count }: { $keys }
status-no-history = (this project is not a git repository: what changed in a source is not known, only that it changed)
dash-title = Translation status
dash-history-git = what changed comes from the project's git history
dash-history-shallow = a shallow git clone: older versions are missing
dash-history-none = no git history: what changed in a source is not known, only that it changed
dash-totals = Totals:
dash-nav = Campaigns and languages
dash-written-in = written in { $lang }
dash-pages-of = Pages of { $campaign } by language
dash-page = Page
dash-no-language = No language to translate into.
dash-up-to-date-of = { $done } of { $count } up to date
dash-meter = { $lang }: pages up to date
dash-all-done = Every page is translated and up to date.
dash-change-count = { $count ->
    [one] 1 change
   *[other] { $count } changes
}
dash-since-commit = since { $since } ({ $code_commit } “{ $message }”)
dash-was = was:
dash-now = now:
dash-update = Update { $code_target }, then run { $code_command }.
dash-readers-fallback = Readers get the page in { $lang }, with a notice.
dash-readers-nothing = Readers get nothing: the page is not built in this language.
dash-start = Start it with { $code_command }.
dash-draft = Work in progress.
dash-when-done = When it is done: { $code_command }.
dash-unknown = It does not say which version of the source it was made from. Compare it with { $code_source }; when it says the same, run { $code_command }.
dash-ui-lacks = UI strings: { $code_file } lacks { $count }:
dash-ui-none = UI strings: none of its own yet; the theme's words are borrowed. { $code_command } starts them.

## PO files

po-exported = wrote { $path }: { $count } texts to translate into { $lang } ({ $translated } translated, { $fuzzy } fuzzy to check, { $empty } empty)
po-pages-would-break = with the translations of { $file }, the pages above would have { $count ->
    [one] 1 problem
   *[other] { $count } problems
}; no page was written
po-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
} found in { $file }; no page was written
po-published = translated { $path }: published, up to date with its source
po-started-draft = started { $path } as a draft (some texts are still empty or fuzzy): readers keep the fallback page
po-updated-draft = updated the draft { $path } (some texts are still empty or fuzzy)
po-left = left { $path } as it is: { $reason }
po-nothing = nothing to import: { $file } has no new translations ({ $count ->
    [one] 1 page
   *[other] { $count } pages
} as they are)

po-not-published = campaign `{ $campaign }` is not published in `{ $lang }` (it is translated into: { $others })
po-no-campaign = { $file } does not say which campaign it is for (its header has no X-Altavoz-Campaign line): add --campaign NAME
po-no-language = { $file } does not say which language it is in (its header has no Language line): add --lang CODE
po-no-msgctxt = this entry has no msgctxt naming its page: it is left out
po-no-msgctxt-hint = entries altavoz writes have a msgctxt like `page.md#p1`; keep it
po-twice = this entry is in the file twice
po-twice-hint = keep one of the two entries with this msgctxt
po-page-gone = campaign `{ $campaign }` has no page `{ $page }` any more: this entry is left out
po-source-changed = the source text of this entry changed since the file was made: its translation is left out
po-source-changed-hint = export a new PO file; your translations come back as fuzzy entries to check
po-part-gone = this part of the page is not in the source any more: its translation is left out
po-left-unfinished = { $left } of its { $count } texts are empty, fuzzy or out of date, and a published page is never mixed with untranslated text: finish them (and clear “fuzzy”), then import again
po-not-utf8 = this file is not saved as UTF-8
po-not-utf8-hint = save it as UTF-8 (in Poedit and Weblate it is the default)
po-no-msgstr = this entry has a msgid but no msgstr
po-no-msgstr-hint = add a line msgstr "" after the msgid
po-stray-text = this text belongs to no entry
po-stray-text-hint = a line in quotes continues the msgid or msgstr above it; check that the line above it is not missing
po-plural-id = plural forms (msgid_plural) are not used in altavoz files
po-plural-id-hint = remove this entry: it did not come from altavoz
po-plural-text = plural forms (msgstr[…]) are not used in altavoz files
po-plural-text-hint = write the translation in one msgstr "…" line
po-not-po = this line is not part of a PO file: `{ $line }`
po-not-po-hint = each line starts with msgctxt, msgid, msgstr, a " (more text) or a # (a comment); check that the line above ends with a "
po-above-no-msgstr = the entry above has a msgid but no msgstr
po-above-no-msgstr-hint = add a line msgstr "" after its msgid
po-two-msgctxt = this entry has two msgctxt lines
po-two-msgctxt-hint = each entry has msgctxt, then msgid, then msgstr
po-no-msgid = this msgstr has no msgid before it
po-no-msgid-hint = each entry has msgctxt, then msgid, then one msgstr; more text goes on lines in quotes below it
po-ends-no-msgstr = the file ends in an entry that has a msgid but no msgstr
po-ends-no-msgstr-hint = add a line msgstr "" at the end
po-quote-expected = a text in quotes "…" should come here
po-quote-expected-hint = write the text between two " marks
po-after-quote = there is more after the closing "
po-after-quote-hint = a " inside a text is written \"
po-bad-hex = \x must be followed by a hexadecimal number
po-bad-hex-hint = write a \ as \\
po-bad-escape = `{ $escape }` is not a known escape
po-bad-escape-hint = write a \ as \\, a " as \", a line break as \n
po-not-closed = the text in quotes is not closed
po-not-closed-hint = end the line with a "
po-one-line = { $kind ->
    [table-cell] a table cell
    [image-alt] an image description
    [title] the title
    [summary] the summary
    [myth] the myth
    [fact] the fact
    [headline] the card headline
    [sms] the text message
   *[heading] a heading
} is one line, but this text has a line break
po-one-line-hint = remove the line break (\n) from the msgstr
po-changes-layout = this text would change the layout of the page, not only its words ({ $what } of “{ $title }”)
po-together-layout = together, the texts of “{ $title }” would change the layout of the page
po-together-layout-hint = look for a line in a msgstr that starts with -, #, > or a number and a dot, and write it another way
po-summary-long = this summary has { $length } characters; at most { $max } are allowed
po-summary-long-hint = shorten it: link previews and cards cut long summaries
po-headline-long = this card headline has { $length } characters; at most { $max } are allowed
po-headline-long-hint = shorten it: it is set in large letters on the social cards
po-front-matter = the front matter of “{ $title }” cannot be written
po-front-matter-hint = write each of title, summary, myth, fact and headline on one line, as key: "value"
po-read-back = the texts of “{ $title }” cannot be written into the page as they are
po-read-back-hint = check the msgstr texts of this page for marks such as " or : in odd places
po-hint-numbered = a line that starts with a number and a dot (`{ $start }`) starts a numbered list: write `{ $escaped }` instead
po-hint-list = a line that starts with `{ $mark }` starts a list: write `\{ $mark }` instead
po-hint-heading = a line that starts with `{ $mark }` starts a heading or a quote: write `\{ $mark }` instead
po-hint-paragraph = an empty line starts a new paragraph: remove it (one line break, \n, is a new line)
po-hint-marks = keep the marks of the source text (such as [ ], **, `) in pairs, and do not start a line with -, #, > or a number and a dot

## Pictures, budgets and offline packs

image-unreadable = it is not a JPEG, PNG or WebP picture that can be read ({ $detail })
image-too-large = it is { $width } × { $height } pixels, too large to process (at most { $max } megapixels)
image-empty = it has no pixels
image-encode = cannot encode it as { $format } ({ $detail })
svg-malformed = it is not a well-formed SVG file ({ $detail })
picture-unusable = this picture cannot be used: { $reason }
picture-unusable-hint = open it in a photo editor and save it again as JPEG or PNG
svg-unpublishable = this SVG drawing cannot be published: { $reason }
svg-unpublishable-hint = export it again from your drawing program as plain SVG, or use a PNG
image-no-alt = this image has no alt text
image-no-alt-hint = say in a few words what the picture shows, for people who cannot see it: ![Two girls reading a leaflet](../assets/photo.jpg); if it is only decoration, write ![""](../assets/photo.jpg)
img-no-alt = this <img> has no alt text
img-no-alt-hint = add alt="what the picture shows" (or alt="" if it is only decoration), or write it in Markdown: ![what it shows](../assets/photo.jpg)
img-no-src = this <img> has no src
img-no-src-hint = write it in Markdown instead: ![what it shows](../assets/photo.jpg)
image-not-picture = assets/{ $file } is not a picture (JPEG, PNG, WebP or SVG)
image-not-picture-hint = show a photo or drawing here, or link to the file with [text](../assets/file)
card-image-not-photo = the card image `{ $image }` is not a JPEG, PNG or WebP photo
card-image-missing = the card image `{ $image }` was not found in the campaign's assets/ folder
card-image-hint = write `card: {"{"} image: assets/<photo>.jpg {"}"}` with a photo of the campaign's assets/ folder
picture-unprocessable = this picture cannot be processed: { $reason }
picture-unprintable = assets/{ $file } cannot be printed: { $reason }
card-picture-unusable = the card's picture cannot be used: { $reason }
budget-zero = `page_kb` is 0: no page can be that small
budget-zero-hint = write the most a page may weigh in KB, e.g. `budget: {"{"} page_kb: 150 {"}"}`
budget-over = { $page } weighs { $total } at 360 px wide, over the budget of { $budget }; the heaviest part is { $heaviest } ({ $size })
budget-over-hint = readers pay for every byte: show fewer or smaller pictures, or split the page (the budget is `budget: {"{"} page_kb: … {"}"}` in altavoz.yaml)
budget-first-response = the first response of { $page } (HTML and stylesheet, compressed) is { $bytes } bytes, over { $limit }
budget-first-response-hint = a page this size needs a second round trip before anything shows: shorten the page or the theme's stylesheet
budget-foreign = { $page } loads { $url } from another website
budget-foreign-hint = readers must not be tracked or pay for other websites: copy the file into the project
budget-script = { $page } has a script
budget-script-hint = pages must be readable without JavaScript: remove the script from the theme
weights-title = page weights at 360 px (compressed; first response at most { $limit } bytes):
weights-row = { $page } first { $first } B  total { $total }  heaviest { $heaviest } ({ $size })
pack-failed = cannot make the offline pack of `{ $lang }`: { $reason }

## Names the site cannot use, and files the site makes

windows-reserved-name = `{ $name }` is a name Windows does not allow: the site could not be copied to a Windows computer or a USB stick
windows-reserved-name-hint = Windows reserves the names CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, with any extension; rename `{ $name }`
windows-reserved-language = `{ $code }` would name a folder of the site that Windows refuses
windows-reserved-language-hint = Windows reserves the names CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, with any extension; write the code with a region, like `{ $code }-EC`
case-collision = `{ $first }` and `{ $second }` differ only in upper and lower case: on Windows and macOS they are one file, so one would replace the other
case-collision-hint = rename one of them; lowercase names avoid this
static-taken = `{ $file }` would replace a file of the site: { $reason }
static-taken-hint = rename or move it (files for the theme go in themes/<theme>/static/)
static-taken-file = altavoz makes this file itself
static-taken-language = altavoz makes the `{ $folder }/` folder itself: the site in that language
static-taken-assets = altavoz makes the `assets/` folder itself, from the campaigns' assets
static-taken-static = altavoz makes the `static/` folder itself, from the theme's static/ files
ui-strings-none = language `{ $lang }` has no UI strings of its own: buttons and labels are shown in `{ $from }`
ui-strings-none-hint = `altavoz translate <campaign> { $lang }` starts { $file } from the `{ $from }` strings: translate them there
ui-strings-borrowed = UI strings missing for language `{ $lang }`, shown in `{ $from }` instead: { $keys }
ui-strings-borrowed-hint = add them, translated, to { $file }

## Limits on the shape of a page

limit-nesting = this text is nested more than { $max } levels deep (quotes, lists, emphasis or HTML tags inside each other)
limit-nesting-hint = a page this deep cannot be shown or printed; it usually comes from a line that starts with many `>`, `-` or spaces, or HTML tags that are never closed: remove the extra levels
limit-columns = this table has { $count } columns; at most { $max } fit on a phone or a printed page
limit-columns-hint = split it into narrower tables
limit-cells = this table has more than { $max } cells
limit-cells-hint = split it into several smaller tables
limit-code-lines = this block of code has more than { $max } lines
limit-code-lines-hint = a page shows a short example of code; split it, or check that every block opened with ``` or ~~~ is closed
limit-pieces = this paragraph has more than { $max } pieces of formatting (emphasis, links, code, quotes)
limit-pieces-hint = split it into several paragraphs, with an empty line between them
limit-word = this text runs for more than { $max } characters with no place where a line can break: no line of a page or a handout can hold it
limit-word-hint = put spaces between the words (after `[` or `(` a line cannot break, even with a space); a web address this long is better written as a link with a short text
limit-paragraph = this paragraph has more than { $max } characters: it would fill pages of a handout on its own

## Writing files

write-refused = refusing to write to { $path }: { $reason }
write-io = cannot write { $path }: { $reason }
write-refused-project = it is the project folder, or holds it
write-refused-sources = it is inside the sources ({ $source })
write-refused-file = it is a file, not a folder
write-refused-not-ours = it is not empty and altavoz did not make it; choose another folder with --out, or empty it
write-refused-escapes = a file of the site must stay inside the output folder

## The editor (`altavoz edit`)
edit-serving = editor: { $url } (open this address in your browser; do not share it)
edit-loopback-only = the editor opens only on this computer, not on { $bind }
edit-no-random = the editor's key could not be made: { $reason }
edit-template = a page of the editor could not be prepared: { $reason }
edit-token-wrong = This is not the editor's address. Open the one altavoz wrote in the terminal.
edit-no-session = To edit, open the address altavoz wrote in the terminal (it starts with /_edit/?token=).
edit-too-large = This is too large for the editor.
edit-bad-form = The form did not arrive whole. Go back and try again.
edit-no-csrf = This change did not come from a page of the editor, so it was not saved.
edit-not-found = That page of the editor does not exist.
edit-path-refused = That file cannot be edited here: the editor only writes a campaign's pages, campaign.yaml and photos.
edit-not-saved = Nothing was saved: look at the problems marked.
edit-project-broken = The project has a mistake that stops it from being read. Go back to the editor's start to see where it is.
edit-saved = Saved.
edit-changed-on-disk = This file changed on disk while you were editing it, so it was not saved. Check the values and save again.
edit-conflict-title = This file changed while you were editing it
edit-done-created = Page created: { $path }
edit-done-started = Translation started: { $path }
edit-done-finished = Translation marked as finished: { $path }
edit-done-saved = Saved: { $path }
edit-dashboard-title = Campaigns
edit-kind-page = Page
edit-kind-tip = Tip
edit-kind-myth = Myth or fact
edit-kind-story = Story
edit-kind-faq = Frequently asked question
edit-kind-contacts = Contacts
edit-upload-one = Choose a photo to add.
edit-upload-not-picture = Only JPEG, PNG or WebP photos and SVG drawings can be added.
edit-upload-no-alt = Write what the photo shows, for people who cannot see it (or tick that it is only decoration).
edit-upload-done = Photo saved. Copy this where you want the photo in the text: { $markdown }
edit-translate-title = Translate { $path }
edit-campaign-title = Settings of the campaign { $campaign }
edit-skip = Skip to the content
edit-name = editor
edit-open-preview = See the site
edit-back-dashboard = Back to the campaigns
edit-broken-title = The project has mistakes
edit-broken-intro = Until they are mended, the list of pages cannot be shown. Each mistake says where it is:
edit-fix-it = Mend it
edit-campaign-settings = The campaign's name, colours and contacts
edit-draft = draft
edit-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
edit-translate = Translate
edit-start-translation = Start the translation
edit-mark-done = Mark as finished
edit-new-page = New page
edit-new-page-name = File name
edit-new-page-name-help = Letters without accents, digits and hyphens, like signs-of-fraud. Write something else and altavoz makes it one.
edit-field-kind = Kind of page
edit-language = Language
edit-create = Create the page
edit-has-errors = { $count ->
    [one] This page has 1 mistake: it can be saved, but it is not published until it is mended.
   *[other] This page has { $count } mistakes: it can be saved, but it is not published until they are mended.
}
edit-has-warnings = { $count ->
    [one] 1 warning to look at.
   *[other] { $count } warnings to look at.
}
edit-live-errors = Mistakes:
edit-live-warnings = Warnings:
edit-no-problems = No problems.
edit-section-text = Main text
edit-field-title = Title
edit-field-summary = Summary
edit-field-summary-help = One or two sentences; shown in search results and when the page is shared. At most { $max } characters.
edit-field-myth = Myth (what people believe)
edit-field-myth-help = Only for pages of the kind “Myth or fact”.
edit-field-fact = Fact (the verified answer)
edit-field-body = The page's text
edit-toolbar = Text formatting
edit-tool-bold = Bold
edit-tool-italic = Italic
edit-tool-heading = Heading
edit-tool-list = List
edit-tool-link = Link
edit-tool-image = Photo
edit-field-body-help = Written in Markdown: **bold**, *italic*, ## Heading, - list, [text](page.md).
edit-section-review = Review
edit-field-reviewed = Reviewed on
edit-field-reviewed-by = Reviewed by
edit-field-sources = Sources
edit-field-source-title = Source { $n }: name
edit-field-source-url = Source { $n }: web address
edit-section-cards = Cards for social media
edit-field-no-cards = No cards for this page
edit-field-headline = Card headline
edit-field-headline-help = Left empty, the title is used. At most 80 characters.
edit-field-formats = Formats
edit-format = { $format ->
    [og] Link preview (1200×630)
    [square] Square, for feeds (1080×1080)
   *[story] Tall, for stories (1080×1920)
}
edit-field-card-image = Photo behind the card's text
edit-no-picture = No photo
edit-section-publish = Publishing
edit-field-handout = Include in the printable handout
edit-field-draft = Draft (not published yet)
edit-field-order = Place in the campaign (a number; empty: by title)
edit-save = Save
edit-check = Check without saving
edit-preview-title = Preview
edit-open-page = Open the page
edit-open-handout = Printable handout (PDF)
edit-open-card = Card
edit-translation-view = Translation view
edit-upload-title = Add a photo
edit-upload-file = Photo (JPEG, PNG, WebP or SVG)
edit-upload-drop = or drag it here
edit-upload-alt = What the photo shows
edit-upload-alt-help = For people who cannot see the photo, for example: “Two girls read a leaflet at a bus stop”.
edit-upload-decorative = It is only decoration (it says nothing)
edit-upload-send = Add the photo
edit-source-intro = The top of this file (between the --- lines) has a mistake that stops the form from being shown. Mend it here; each problem says on which line it is.
edit-line = line { $line }, column { $col }:
edit-source-label = The whole file
edit-conflict-intro = Someone (another program, or a git pull) changed this file after you opened it. Nothing was lost: your version is on the left and the one on disk on the right. Copy into yours what you want to keep of the other, and save.
edit-conflict-mine = Your version
edit-conflict-keep-mine = Save my version
edit-conflict-theirs = The version on disk now
edit-conflict-take-theirs = Open the version on disk (my changes are lost)
edit-translate-intro = On the left, the original; on the right, your translation into { $language }, part by part.
edit-open-source = Open the original
edit-open-fields = Edit the translation as a form
edit-translate-source = Original
edit-translate-before = Before:
edit-translate-now = Now:
edit-translate-target = Translation ({ $language })
edit-translate-fuzzy = Needs checking
edit-translate-done-help = When every part is translated and none is marked “needs checking”, the translation is published and recorded as up to date with the original.
edit-campaign-name = The campaign's name
edit-campaign-tagline = Tagline
edit-campaign-colors = Colours
edit-campaign-primary = Main colour
edit-campaign-accent = Accent colour
edit-contrast-ok = White text reads well on the main colour.
edit-contrast-low = White text is hard to read on this colour: choose a darker one.
edit-campaign-contacts = Contacts
edit-campaign-contact = Contact { $n }
edit-campaign-contact-label = Name
edit-campaign-phone = Phone
edit-campaign-phone-help = With the country code, like +502 5555 0100.
edit-campaign-whatsapp = WhatsApp (if it is another number)
edit-campaign-hours = Hours
edit-campaign-country = Country (two letters, like GT)

## The web editors' configuration (`altavoz cms`)
cms-header = Web editor (Decap CMS) configuration, written by `altavoz cms` from altavoz.yaml and the campaigns' campaign.yaml. Run `altavoz cms` again after adding a campaign or a language: it rewrites this file and keeps only the `backend:` settings.
cms-header-sveltia = Web editor (Sveltia CMS) configuration, written by `altavoz cms` from altavoz.yaml and the campaigns' campaign.yaml. Run `altavoz cms` again after adding a campaign or a language: it rewrites this file and keeps only the `backend:` settings.
cms-backend-comment = Your repository: OWNER/NAME as in its web address.
cms-gitlab-app-id-comment = Application ID of a GitLab application (scope `api`, redirect URI: the address of /admin/)
cms-local-comment = On your computer: run `npx decap-server` in the project folder and open http://localhost:8000/admin/ while `altavoz serve` runs.
cms-page = page
cms-settings = Campaign settings
cms-settings-singular = campaign settings
cms-title = Title
cms-title-hint = The page's heading. Required.
cms-summary = Summary
cms-summary-hint = One or two sentences: link previews, the campaign's list of pages, handouts and cards. Required, at most 200 characters.
cms-summary-pattern = at most 200 characters
cms-not-empty = must not be empty
cms-kind = Kind
cms-kind-hint = What the page is. Empty: an information page. Leave it empty on the campaign's landing page (index).
cms-kinds-page = Information
cms-kinds-tip = Tip
cms-kinds-myth = Myth or fact?
cms-kinds-story = Story
cms-kinds-faq = Questions and answers
cms-kinds-contacts = Contacts
cms-myth = Myth
cms-myth-hint = Only for the kind “Myth or fact?”, and then required: the false claim, as people repeat it.
cms-fact = Fact
cms-fact-hint = Only for the kind “Myth or fact?”, and then required: the verified answer.
cms-order = Order
cms-order-hint = Position in the campaign's list of pages (0 if empty; then by title).
cms-reviewed = Reviewed on
cms-reviewed-hint = When the facts were last checked.
cms-reviewed-by = Reviewed by
cms-reviewed-by-hint = Who checked them.
cms-sources = Sources
cms-sources-hint = Where the facts come from.
cms-source = source
cms-source-title = Title
cms-source-url = Address
cms-source-url-hint = Optional; starts with https:// or http://.
cms-url-pattern = an address starting with https:// or http://
cms-card = Social cards
cms-card-hint = Optional. Empty: the campaign's cards, with the title.
cms-headline = Headline
cms-headline-hint = Replaces the title on the cards: keep it short.
cms-formats = Formats
cms-formats-hint = Empty: the campaign's formats. All removed: no cards for this page.
cms-formats-options-og = Link preview (1200×630)
cms-formats-options-square = Square (1080×1080)
cms-formats-options-story = Story (1080×1920)
cms-image = Photo
cms-image-hint = A photo behind the card's text (JPEG, PNG or WebP).
cms-handout = Printable handout
cms-handout-hint = On by default: a page that does not say gets a handout. Switch it on and off again to leave this page without one.
cms-poster = Posters (myth, tip and contacts pages)
cms-poster-hint = On by default: an A3 and a Tabloid poster of the page. Switch it on and off again to leave this page without them.
cms-notes = Notes for facilitators
cms-notes-hint = Printed beside this page's workshop slides: questions to ask, an activity, timing. Never on the website.
cms-chat = Chat message (WhatsApp)
cms-chat-hint = Left empty, altavoz writes one from the page. The notice, a contact and the link are added. At most { $max } characters.
cms-sms = Text message (SMS)
cms-sms-hint = One message: 160 characters, or 70 once one is not in the GSM alphabet (such as ó or an emoji).
cms-audio = Voice note
cms-audio-hint = A recording of this page (M4A, MP3 or Ogg). Published without its metadata; the page's text is its transcript.
cms-draft = Draft
cms-draft-hint = A draft is checked but not published.
cms-translated-from = Translated from
cms-body = Text
cms-body-hint = Markdown. Pictures: in the campaign's assets folder, each with a description.
cms-c-name = Name
cms-c-name-hint = The campaign's name, in each language.
cms-c-tagline = Tagline
cms-c-tagline-hint = One line under the name.
cms-c-source-language = Source language
cms-c-source-language-hint = The language the campaign is written in; the others translate it.
cms-c-languages = Languages
cms-c-languages-hint = The languages the campaign is published in. Empty: all.
cms-c-colors = Colours
cms-c-primary = Main colour
cms-c-primary-hint = Behind white text: it needs a contrast of at least 4.5:1 (dark colours).
cms-c-accent = Accent colour
cms-c-accent-hint = Borders, notices, keyboard focus.
cms-c-logo = Logo
cms-c-logo-hint = A file of the campaign's assets folder.
cms-c-review-every-days = Review every (days)
cms-c-review-every-days-hint = Pages reviewed longer ago get a warning. Empty: 365.
cms-c-outdated = Outdated translations
cms-c-outdated-hint = What readers get when the original changed after the translation.
cms-c-outdated-options-notice = The translation, with a notice
cms-c-outdated-options-source = The original, with a notice
cms-c-outdated-options-error = Nothing: stop the build
cms-c-cards = Card formats
cms-c-cards-hint = Empty: all three.
cms-c-contacts = Contacts
cms-c-contacts-hint = Help lines, shown on every page, handout and card.
cms-c-contact = contact
cms-c-label = Who answers
cms-c-phone = Phone
cms-c-phone-hint = International: +, country code, number.
cms-c-whatsapp = WhatsApp
cms-c-whatsapp-hint = International: +, country code, number.
cms-c-hours = Hours
cms-c-country = Country
cms-c-country-hint = Two capital letters (ISO 3166): GT, HN, SV.
cms-hex-pattern = a colour like #0b4f6c
cms-phone-pattern = +, the country code and the number
cms-country-pattern = two capital letters
cms-written = written: { $path }
cms-no-project = there is no altavoz.yaml to read, or it cannot be read
cms-no-campaign = the project has no campaign: make one first (campaigns/<name>/campaign.yaml)
cms-language-code = the web editor takes only language codes of 2 to 10 letters, `-` and `_`; `{ $code }` cannot be used there
new-host-next = before publishing, read { $path }: it says what is left to do once on the host
history-shallow = this project's git history is cut short (a clone of the latest commits only): altavoz cannot tell which translations are outdated, nor since when
history-shallow-hint = clone the whole history: on GitHub Actions, `fetch-depth: 0` in actions/checkout; on GitLab, `GIT_DEPTH: 0`; elsewhere, `git fetch --unshallow` before building
history-partial = this clone of the project lacks older versions of its files (a partial clone): altavoz cannot tell what changed in an original since it was translated
history-partial-hint = fetch the rest before building: `git config --unset remote.origin.partialclonefilter` and `git fetch --refetch`

## Trainers and channels: slides, posters, the campaign notice, chat messages, text messages
notice-missing = the campaign's `notice` has no text in { $langs }
notice-missing-hint = every language with pages of its own needs the notice in its own words, so that no reader misses it (translators: the entry `campaign.yaml#notice` of `altavoz po export`, which works while it is missing): { $example }
slide-overflow = `{ $field }` does not fit on its workshop slide, even in the smallest type a slide allows
slide-overflow-hint = shorten it: a slide is read from the back of a room
notes-overflow = the `notes` are longer than a printed page beside their slides
notes-overflow-hint = keep to what a trainer reads during the workshop; the rest belongs in the page
poster-overflow = `{ $field }` does not fit on the page's poster, even in the smallest type a poster allows
poster-overflow-hint = shorten it, or write `poster: false` in this page
chat-too-long = `chat` has { $length } characters; at most { $max } fit a chat message with the notice, a contact and the link
chat-too-long-hint = shorten it: phones fold a long message behind "Read more"
sms-too-long = `sms` is { $length } characters long in { $encoding }; one text message holds { $limit }
sms-too-long-hint = shorten it to { $limit } characters
sms-too-long-ucs2-hint = «{ $char }» is not in the GSM alphabet, so the whole message goes as UCS-2, which holds { $ucs2 } characters; without such characters it holds { $gsm } (write «o» for «ó»), or shorten it
edit-section-channels = Sharing and workshops
edit-field-chat = Chat message (WhatsApp)
edit-field-chat-help = Left empty, altavoz writes one from the page. The notice, a contact and the link are added to it. At most { $max } characters.
edit-field-sms = Text message (SMS)
edit-field-sms-help = One message: 160 characters, or 70 once one is not in the GSM alphabet (such as ó or an emoji).
edit-field-notes = Notes for facilitators
edit-field-notes-help = Printed beside this page's workshop slides: questions to ask, an activity, timing. Never on the website.
edit-field-poster = Make posters of this page (myth, tip and contacts pages)
status-notice-missing = notice: missing; the campaign's builds stop until `notice:` in campaigns/{ $campaign }/campaign.yaml has a text for { $lang } (`altavoz po export` includes it)
dash-notice-missing = The campaign's notice has no text in this language yet: the site is not built until it has one. Write it in { $code_file }, or translate it in the PO file.
audio-missing = the voice note `{ $file }` is not in the campaign's assets
audio-missing-hint = put the recording in { $dir } and write its path as `audio: assets/<file>`
audio-unknown-format = `{ $file }` is not a recording altavoz can publish{ $looks_like ->
    [none] {""}
   *[other] {" "}(it looks like { $looks_like })
}
audio-damaged = `{ $file }` is a damaged or cut-short { $container } file ({ $detail })
audio-unsupported = `{ $file }` is a { $container } file altavoz cannot publish as it is ({ $detail })
audio-no-sound = `{ $file }` is a { $container } file with no sound in it
audio-export-hint = export the recording again as { $formats } (a phone's voice recorder or WhatsApp already records one of these)
audio-heavy = the voice note `{ $file }` costs readers { $size } ({ $duration } at { $kbps } kb/s)
audio-heavy-hint = readers pay for every byte: export it in mono at 32–48 kb/s (Opus or MP3), at most { $kbps } kb/s, and keep it under { $minutes } minutes
weights-on-demand = {"  "}{ $page } also plays { $size } when the reader presses play
translation-unknown-hint-many = compare each with its source; when it says the same, run `altavoz translate --done` with its file, as in `altavoz translate --done { $path }`
translation-outdated-hint-many = `altavoz status` shows what changed in each; update each translation, then run `altavoz translate --done` with its file, as in `altavoz translate --done { $path }`
sms-formula = `sms` starts with a character that spreadsheets read as the start of a formula
sms-formula-hint = start the message with a word ("Call +502…", not "+502…"): the SMS list opens in spreadsheets
edit-campaign-notice = Notice on every page (every language with pages of its own needs it)
cms-c-notice = Notice on every page
cms-c-notice-hint = One message no reader may miss ("All services are free"), on every page, handout, story card and chat message. Every language with pages of its own needs it.
cms-c-posters = Posters
cms-c-posters-hint = On by default: myth, tip and contacts pages get A3 and Tabloid posters. Switch it on and off again to make none.
notice-too-long = the `notice`{ $lang ->
    [all] {""}
   *[other] {" "}in { $lang }
} has { $length } characters; at most { $max } fit beside the rest on cards, slides and posters
notice-too-long-hint = say it in a sentence or two: what readers must not miss
overflow-campaign-hint = it is the campaign's, in campaign.yaml: shorten it there (or write `posters: false` there for no posters)
audio-linked = this links to the recording `{ $file }`, which is published only as a page's voice note
audio-linked-hint = remove the link and write `audio: assets/{ $file }` in the page's front matter: the page then plays it, without its metadata
