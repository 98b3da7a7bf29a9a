# altavoz's messages in English. One message per id; `es.ftl` has the same ids.
# Values in { $braces } are filled in by altavoz. Keep the words plain: a 16-year-old
# writing their first page should understand every message.

## How messages are shown

text = { $text }
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
