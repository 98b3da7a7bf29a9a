# Los mensajes de altavoz en español. Un mensaje por id; `en.ftl` tiene los mismos ids.
# Los valores entre { $llaves } los pone altavoz. Palabras sencillas: quien escribe su
# primera página a los 16 años debe entender cada mensaje.

## Cómo se muestran los mensajes

text = { $text }
follows = (un problema que resulta de otro ya informado)
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

## YAML: los ajustes y el encabezado de las páginas

yaml-missing-key = falta la clave `{ $key }`
yaml-missing-key-hint = agrega una línea `{ $key }: ...`
yaml-wrong-form = este valor no tiene la forma que altavoz espera aquí
yaml-allowed-keys = las claves que se pueden usar aquí son: { $keys }
yaml-unknown-value = no conozco el valor `{ $value }`
yaml-unknown-value-suggest = ¿quisiste decir `{ $name }`? Valores posibles: { $allowed }
yaml-unknown-value-hint = valores posibles: { $allowed }
yaml-number-range = este número debe estar entre { $min } y { $max }
yaml-expected-number = aquí va un número entero
yaml-expected-number-hint = escribe un número entero, como `3`
yaml-expected-bool = aquí va true o false
yaml-expected-bool-hint = escribe `true` (sí) o `false` (no)
yaml-expected-text = aquí va un texto
yaml-expected-text-hint = escribe texto; ponlo entre comillas si tiene `:`, `#`, `[` o `{"{"}`
yaml-expected-list = aquí va una lista
yaml-expected-list-hint = escribe una lista: `[a, b]`, o un `- elemento` por línea
yaml-expected-keys = aquí van claves y valores
yaml-expected-keys-hint = escribe pares `clave: valor`, uno por línea, o `{"{"} clave: valor {"}"}`
yaml-empty = este valor está vacío
yaml-empty-hint = escribe un valor después de los `:`
yaml-hash-colour = en YAML, `#` empieza un comentario, así que el color { $colour } no se lee
yaml-hash-colour-hint = escribe "{ $colour }" entre comillas
yaml-unclosed-quote = este texto abre una comilla { $quote } y nunca la cierra
yaml-unclosed-quote-hint = termina el texto con { $quote } en la misma línea
yaml-tab = esta línea tiene una tabulación al principio
yaml-tab-hint = YAML necesita espacios para la sangría: cambia la tabulación por espacios
yaml-no-space = después de `{ $key }:` hace falta un espacio
yaml-no-space-hint = escribe `{ $key }: ` con un espacio y luego el valor
yaml-colon-in-text = este texto tiene `: ` adentro, y YAML lo lee como una clave nueva
yaml-colon-in-text-hint = pon todo el texto entre comillas: "…"
yaml-list-dash = esta línea está dentro de una lista pero no empieza con `- `
yaml-list-dash-hint = empieza cada elemento de una lista con `- `
yaml-duplicate-key = la clave `{ $key }` aparece dos veces
yaml-duplicate-key-hint = deja solo una
yaml-too-complex = este YAML está demasiado anidado o se repite demasiado
yaml-too-complex-hint = escribe los valores de forma sencilla, sin mucho anidamiento ni muchas referencias `*`
yaml-invalid = esto no es YAML válido
yaml-invalid-hint = revisa la sangría (espacios, la misma para las claves del mismo nivel) y las comillas
yaml-parser-says = el lector de YAML dice: { $text }
page-no-front-matter = la página no tiene encabezado (front matter)
page-no-front-matter-hint = empieza el archivo con una línea `---`, luego `title:` y `summary:`, y otra línea `---`
page-front-matter-unclosed = el encabezado (front matter) nunca se cierra
page-front-matter-unclosed-hint = termina el encabezado con una línea `---` antes del texto de la página
review-stale-hint = revisa de nuevo los datos y actualiza `reviewed:`
review-missing-hint = revisa los datos y agrega `reviewed:` con la fecha de hoy (AAAA-MM-DD) y `reviewed_by:`
date-no-such-day = `reviewed` { $date } no es un día del calendario
date-no-such-day-hint = el mes { $month } de ese año tiene { $days } días
date-no-such-month = `reviewed` { $date } no es un día del calendario
date-no-such-month-hint = el mes es un número del 01 al 12: AAAA-MM-DD, por ejemplo 2026-05-01
date-not-a-date = `reviewed` `{ $date }` no es una fecha
date-form-hint = escribe la fecha como AAAA-MM-DD, por ejemplo 2026-05-01
link-missing-page = enlace a una página que no existe: { $path }
link-missing-page-hint = revisa el nombre del archivo; los enlaces son relativos a la carpeta de esta página
link-missing-asset = { $path } no existe
link-missing-asset-hint = pon el archivo en la carpeta assets/ de la campaña
link-did-you-mean = ¿quisiste decir `{ $link }`?

## Contactos

phone-no-plus = no empieza con + y el código del país
phone-not-digits = tiene caracteres que no son números
phone-unknown-code = las cifras después de + no empiezan con el código de ningún país
phone-too-short = es demasiado corto para { $country } (+{ $code }): allí los números tienen { $digits } cifras después de +{ $code }
phone-too-long = es demasiado largo para { $country } (+{ $code }): allí los números tienen { $digits } cifras después de +{ $code }
phone-bad-prefix = ningún número de { $country } (+{ $code }) empieza así
phone-invalid = `{ $key }` `{ $number }` no es un número de teléfono real: { $reason }
phone-invalid-hint = escríbelo con + y el código del país, como se marca desde el extranjero, por ejemplo "+502 5555 0100"
phone-wrong-country = `{ $key }` `{ $number }` es un número de { $actual }, pero `country` dice { $country }
phone-wrong-country-hint = corrige el número, o escribe `country: { $actual }`
country-unknown = `{ $country }` no es un código de país
country-unknown-hint = usa las dos letras mayúsculas del país (ISO 3166), por ejemplo GT, HN, SV, MX, US
