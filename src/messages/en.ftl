# altavoz's messages in English. One message per id; `es.ftl` has the same ids.
# Values in { $braces } are filled in by altavoz. Keep the words plain: a 16-year-old
# writing their first page should understand every message.

## How messages are shown

text = { $text }
follows = (a problem that follows from one already reported)
severity-error = error
severity-warning = warning
help-label = help
note-in = in { $place }
did-you-mean = did you mean `{ $name }`?
problems-found = { $count ->
    [one] 1 problem found; nothing was written (the previous output is unchanged)
   *[other] { $count } problems found; nothing was written (the previous output is unchanged)
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
usage-write-failed = cannot write the output: { $reason }
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

## Progress

progress-site = web pages
progress-print = handouts
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
