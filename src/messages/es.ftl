# Los mensajes de altavoz en español. Un mensaje por id; `en.ftl` tiene los mismos ids.
# Los valores entre { $llaves } los pone altavoz. Palabras sencillas: quien escribe su
# primera página a los 16 años debe entender cada mensaje.

## Cómo se muestran los mensajes

text = { $text }
severity-error = error
severity-warning = aviso
help-label = ayuda
note-in = en { $place }
did-you-mean = ¿quisiste decir `{ $name }`?
problems-found = { $count ->
    [one] se encontró 1 problema; no se escribió nada (lo que había antes sigue igual)
   *[other] se encontraron { $count } problemas; no se escribió nada (lo que había antes sigue igual)
}
warning-group = { $count } avisos de este tipo:
warning-group-more = … y { $count } más (agrega --verbose para verlos todos)

## YAML y encabezado de las páginas

yaml-unknown-key = no conozco la clave `{ $key }`
review-stale = revisada por última vez el { $date }, hace más de { $days } días
review-stale-many = { $count } páginas se revisaron por última vez hace más de { $days } días:
review-missing = esta página no dice cuándo se revisaron sus datos por última vez
review-missing-many = { $count } páginas no dicen cuándo se revisaron sus datos por última vez:

## Uso: la línea de comandos y la carpeta del proyecto

usage-base-url = --base-url `{ $url }` no es una dirección web completa (escríbela así: https://example.org/)
usage-write-failed = no se puede escribir la salida: { $reason }
usage-no-campaign = no hay ninguna campaña `{ $name }`
usage-no-language = `{ $code }` no es un idioma de este proyecto
usage-unknown-suggest = { $what }: ¿quisiste decir `{ $name }`?
usage-unknown-list = { $what } (hay: { $names })
load-no-root = { $path } no es una carpeta
load-not-a-project = no hay ningún altavoz.yaml en { $path }, así que esto no es un proyecto de altavoz
    (indica la carpeta del proyecto con --root, o empieza uno nuevo con `altavoz new <carpeta>`)
load-io = no se puede leer { $path }: { $reason }

## Líneas de resumen

build-done = { $pages ->
    [one] se hizo 1 página
   *[other] se hicieron { $pages } páginas
} en { $languages ->
    [one] 1 idioma
   *[other] { $languages } idiomas
} ({ $files } archivos) en { $out } en { $seconds } s
check-done = ningún error ({ $pages ->
    [one] 1 página revisada
   *[other] { $pages } páginas revisadas
}, { $warnings ->
    [one] 1 aviso
   *[other] { $warnings } avisos
})
render-site = sitio: { $made } páginas hechas, { $reused } sin cambios
render-print = impresión: { $made } PDF hechos, { $reused } sin cambios
render-cards = tarjetas: { $made } hechas, { $reused } sin cambios

## Progreso

progress-site = páginas web
progress-print = impresos
progress-cards = tarjetas
progress-done = { $what }: { $count } listos ({ $seconds } s)
translate-usage = escribe la campaña y el idioma al que traducir: altavoz translate <campaña> <idioma> [página…]

## altavoz new

new-not-empty = { $path } ya existe y no está vacía: elige una carpeta nueva para el proyecto
new-cannot-write = no se puede escribir { $path }: { $reason }
new-done = el proyecto nuevo está listo en { $path } ({ $count } archivos). Ahora: altavoz serve --root { $path }
new-page-done = se escribió { $path }: completa su encabezado y su texto
new-page-usage = escribe dónde va la página como <campaña>/<idioma>/<nombre>, por ejemplo piensalo/es/mi-pagina (no `{ $given }`)
new-page-bad-name = `{ $name }` no sirve en una dirección web: prueba `{ $suggestion }` (letras minúsculas, números y `-`)
new-page-exists = { $path } ya existe: elige otro nombre
new-comment-project = El proyecto: su título, su dirección en la web y sus idiomas.
new-comment-base-url = Dónde se publicará el sitio (sirve para los enlaces de las tarjetas y los códigos QR).
new-comment-languages = Los idiomas, en el orden en que los ve quien lee. El primero es el principal.
new-comment-messages = El idioma de los mensajes de altavoz: es o en.
new-comment-campaign = La campaña: su nombre y una descripción corta, en cada idioma.
new-comment-source-language = El idioma en que se escribe primero la campaña; los demás la traducen.
new-comment-colors = Colores del sitio, los impresos y las tarjetas. El texto blanco debe leerse bien sobre `primary`.
new-comment-review = Las páginas revisadas hace más de estos días reciben un aviso.
new-comment-contacts = Teléfonos con + y el código del país; `country` es el código de dos letras del país.
new-page-comment-top = El título de la página, como lo verá quien lee.
new-page-title = Escribe aquí el título
new-page-comment-summary = Una o dos frases (200 caracteres como máximo): salen en buscadores y al compartir el enlace.
new-page-summary = Escribe en una frase lo que dice la página.
new-page-comment-myth = La idea falsa, como la repite la gente, y la respuesta verificada.
new-page-myth = La idea falsa
new-page-fact = La respuesta verificada
new-page-comment-order = Su lugar en la campaña (el número menor va primero).
new-page-comment-reviewed = Cuándo se revisaron los datos por última vez (AAAA-MM-DD), y quién lo hizo.
new-page-reviewed-by = Tu nombre o tu organización
new-page-comment-sources = De dónde salen los datos: - { "{" } title: "…", url: "https://…" { "}" }
new-page-body = Escribe aquí el texto de la página, en Markdown.
new-page-body-myth = Explica aquí por qué la idea es falsa y qué hacer en su lugar.
new-page-body-tip = Explica aquí el consejo, paso a paso.
new-page-body-contacts = Di aquí a quién se puede llamar o escribir, y cuándo.
new-usage = escribe la carpeta del proyecto nuevo: altavoz new <carpeta>
