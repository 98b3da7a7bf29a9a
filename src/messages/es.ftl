# Los mensajes de altavoz en español. Un mensaje por id; `en.ftl` tiene los mismos ids.
# Los valores entre { $llaves } los pone altavoz. Palabras sencillas: quien escribe su
# primera página a los 16 años debe entender cada mensaje.

## Cómo se muestran los mensajes

follows = (un problema que resulta de otro ya informado)
severity-error = error
severity-warning = aviso
help-label = ayuda
note-in = en { $place }
note-line-reads = allí la línea dice: { $text }
note-also-at = { $label }: línea { $line }, columna { $col }
did-you-mean = ¿quisiste decir `{ $name }`?
case-hint = el archivo se llama `{ $name }`: las mayúsculas y minúsculas cuentan, escríbelo exactamente así
problems-found = { $count ->
    [one] se encontró 1 problema; no se escribió nada (lo que había antes sigue igual)
   *[other] se encontraron { $count } problemas; no se escribió nada (lo que había antes sigue igual)
}
problems-found-checked = { $count ->
    [one] se encontró 1 problema
   *[other] se encontraron { $count } problemas
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
render-more = { $first }; { $more }
render-pictures = fotos: { $made } procesadas, { $reused } sin cambios
render-packs = paquetes sin conexión: { $packs }

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
yaml-expected-switch = aquí va `false`, `true`, o claves y valores
yaml-expected-switch-hint = escribe `false` para apagarlo, o claves y valores como `{"{"} clave: valor {"}"}`; las claves que se permiten aquí son: { $keys }
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
yaml-duplicate-key-first = aquí aparece la primera vez
yaml-too-deep = los valores están anidados demasiado hondo (más de 32 niveles de listas y mapas uno dentro de otro)
yaml-too-deep-hint = escribe los valores planos: la configuración y el encabezado necesitan solo unos pocos niveles
yaml-many-documents = aquí hay más de un documento YAML
yaml-many-documents-hint = quita la línea `---` que sobra: el archivo (o el encabezado) es un solo documento
yaml-many-aliases = demasiadas copias con `&` y `*` (anclas y alias)
yaml-many-aliases-hint = escribe los valores completos: la configuración y el encabezado nunca necesitan `&` ni `*`
yaml-too-large = este YAML crece demasiado: sus `&` y `*` (anclas y alias) copian valores una y otra vez, o tiene demasiados valores
yaml-too-large-hint = escribe los valores completos en vez de copiarlos con `&` y `*`, y deja el archivo corto
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

## Ajustes del proyecto y de la campaña

theme-not-found = no se encuentra el tema `{ $theme }`
theme-not-found-hint = usa `default`, o crea themes/{ $theme }/ en el proyecto
base-url-invalid = `base_url` debe ser una dirección web completa, no `{ $url }`
base-url-invalid-hint = escríbela así: `https://example.org/campanas/`
project-languages = idiomas del proyecto: { $codes }
localized-unknown-language = `{ $key }` tiene un texto para `{ $code }`, que no es un idioma del proyecto
value-empty = `{ $key }` está vacío
campaign-bad-name = el nombre de carpeta de campaña `{ $name }` no sirve en una dirección web
rename-folder-to = cambia el nombre de la carpeta a `{ $name }` (letras minúsculas, números y `-`)
campaign-reserved-name = `{ $name }` es un nombre que altavoz usa para sus propias páginas
campaign-reserved-name-hint = cambia el nombre de la carpeta de la campaña
logo-not-found = no se encuentra el logo `{ $logo }` en la carpeta assets/ de la campaña
logo-not-found-hint = pon el archivo en { $dir }/assets/ y escribe `logo: assets/<archivo>`
campaign-no-landing-page = la campaña `{ $name }` no tiene página principal en su idioma de origen
campaign-no-landing-page-hint = agrega { $path }
language-did-you-mean = ¿quisiste decir `{ $name }`? Idiomas del proyecto: { $codes }
language-add-or-use = agrégalo a `languages` en altavoz.yaml, o usa uno de estos: { $codes }
not-a-project-language = `{ $code }` no es un idioma del proyecto
folder-language-did-you-mean = ¿quisiste decir `{ $name }`? Cambia el nombre de la carpeta, o agrega `{ $folder }` a `languages` en altavoz.yaml
folder-language-add = agrega `{ $folder }` a `languages` en altavoz.yaml, o cambia el nombre de la carpeta a uno de estos: { $codes }
folder-unknown-language = idioma desconocido `{ $folder }` en el nombre de la carpeta
colour-invalid = `{ $colour }` no es un color
colour-invalid-hint = escribe un color hexadecimal como "#0b4f6c" (entre comillas)
colour-contrast = el texto blanco sobre `{ $colour }` tiene un contraste de { $ratio }:1; hace falta al menos { $minimum }:1
colour-contrast-hint = elige un color principal más oscuro, para que el texto encima se lea bien
languages-empty = `languages` está vacío
languages-empty-hint = pon al menos un idioma, por ejemplo `- {"{"} code: es, name: "Español" {"}"}`
language-code-invalid = `{ $code }` no es un código de idioma válido: { $reason }
language-code-invalid-hint = usa un código BCP 47: dos o tres letras minúsculas (`es`, `quc`) y, si quieres, una región (`es-GT`)
language-code-primary = la parte del idioma debe tener 2 o 3 letras minúsculas
language-code-subtag = lo que sigue a `-` no es una escritura, una región ni una variante
language-twice = el idioma `{ $code }` aparece dos veces
keep-one = deja uno solo
fallback-unknown = el idioma de respaldo `{ $code }` no es un idioma del proyecto
use-one-of = usa uno de estos: { $codes }
fallback-circle = los idiomas de respaldo forman un círculo: { $chain }
fallback-circle-hint = un idioma de la cadena no debe tener idioma de respaldo

## Páginas y enlaces

link-no-target = el enlace no lleva a ningún lado
link-absolute = los enlaces dentro de la campaña deben ser relativos, como `otra-pagina.md`
link-leaves-campaign = el enlace sale de la carpeta de la campaña
link-not-md = los enlaces a páginas terminan en `.md`; los demás archivos van en la carpeta assets/ de la campaña
link-outside = el enlace apunta fuera de la carpeta del idioma y de assets/
link-invalid = no se puede seguir el enlace `{ $link }`: { $reason }
link-invalid-hint = escribe los enlaces a otras páginas así: `otra-pagina.md`
image-external = la imagen `{ $link }` está en otro sitio web
image-external-hint = quien lee paga cada byte y no debe ser rastreado: copia la imagen en assets/
link-removed = el enlace `{ $link }` se quitará
link-removed-hint = solo se conservan los enlaces https:, http:, mailto:, tel: y sms:
anchor-missing = no hay ningún título con el id `{ $id }` en esta página
anchor-missing-hint = revisa cómo está escrito, o dale un id al título: `## Título {"{"}#id{"}"}`
link-missing-heading = enlace a un título que no existe: { $path } no tiene ningún título con el id `{ $id }`
page-duplicate = página repetida: { $path } tiene la misma dirección
page-duplicate-hint = cambia el nombre de una o quítala (`x.md` y `x/index.md` son la misma página, y también dos nombres que solo cambian en mayúsculas y minúsculas)
page-bad-name = `{ $name }` no sirve en una dirección web
rename-to = cámbiale el nombre a `{ $name }` (letras minúsculas, números y `-`)
page-named-like-campaign = una página no puede llamarse como su campaña (`{ $name }`)
page-named-like-campaign-hint = su impreso tendría el nombre del folleto de la campaña: cambia el nombre de la página
translation-no-source = esta traducción no tiene página de origen en `{ $lang }`
translation-no-source-hint = las traducciones se emparejan por el nombre del archivo: ¿existe { $path }?
summary-empty-hint = una o dos frases: son la descripción en los buscadores y al compartir el enlace
summary-too-long = `summary` tiene { $length } caracteres; se permiten { $max } como máximo
summary-too-long-hint = acórtalo: las vistas previas de enlaces y las tarjetas cortan los resúmenes largos
myth-needs = una página `myth` necesita `{ $key }:`
myth-needs-myth-hint = agrega `myth:` con la idea falsa, como la repite la gente
myth-needs-fact-hint = agrega `fact:` con la respuesta verificada
myth-only = `{ $key }` solo se usa en páginas con `kind: myth`
myth-only-hint = agrega `kind: myth`, o quita esta línea
date-in-future = `reviewed` { $date } está en el futuro
date-in-future-hint = escribe la fecha en que se revisó el contenido por última vez
translated-from-invalid = `translated_from` `{ $value }` no es una marca de traducción
translated-from-invalid-hint = son 8 caracteres (0-9, a-f) que escribe altavoz: usa `altavoz translate --done` en esta página en vez de editarla
source-url-invalid = la dirección de la fuente `{ $url }` no es una dirección web
source-url-invalid-hint = escribe la dirección completa, empezando con https://

## Traducciones

translation-unknown = esta traducción no dice de qué versión de la página en `{ $lang }` se hizo
translation-unknown-many = { $count } traducciones no dicen de qué versión de su original se hicieron:
translation-unknown-hint = compárala con { $source }; cuando diga lo mismo, usa `altavoz translate --done { $path }`
translation-outdated = la página en `{ $lang }` cambió después de hacer esta traducción
translation-outdated-many = { $count } traducciones son más antiguas que la página que traducen:
translation-outdated-hint = `altavoz status` muestra qué cambió; actualiza la traducción y luego usa `altavoz translate --done { $path }`
translation-outdated-error-hint = `altavoz status` muestra qué cambió; actualiza la traducción y luego usa `altavoz translate --done { $path }` (o escribe `outdated: notice` en campaign.yaml para publicarla con un aviso)
title-empty-hint = cada página necesita un título

## Lectura del proyecto

campaign-no-config = la campaña `{ $name }` no tiene campaign.yaml
campaign-no-config-hint = agrega campaigns/<campaña>/campaign.yaml con al menos `name:`
ignored-in-campaign = ignorado: una carpeta de campaña tiene campaign.yaml, assets/ y carpetas de idioma
ignored-in-campaign-hint = mueve las páginas a una carpeta de idioma, como es/
ignored-in-language = ignorado: en una carpeta de idioma solo van páginas Markdown (.md)
ignored-in-language-hint = pon las imágenes y otros archivos en la carpeta assets/ de la campaña
cannot-read = no se puede leer: { $reason }
link-outside-project = esto es un enlace a un archivo fuera de la carpeta del proyecto
link-outside-project-hint = copia el archivo dentro del proyecto en vez de enlazarlo
file-too-large = el archivo es demasiado grande ({ $size } KiB; como máximo { $max } KiB)
file-too-large-hint = divide la página, o haz la imagen más pequeña
not-utf8 = el archivo no es texto UTF-8 válido
not-utf8-hint = guarda el archivo como UTF-8 en tu editor
not-utf8-windows = este archivo está guardado en Windows-1252 («ANSI»), no en UTF-8: aquí el byte { $byte } es «{ $letter }» en esa codificación
not-utf8-windows-hint = guárdalo otra vez como UTF-8: en el Bloc de notas, Archivo → Guardar como → Codificación: UTF-8; en otros editores, elige la codificación UTF-8 al guardar

## Idiomas, temas y documentos

campaign-not-built = la campaña `{ $name }` no se hace en `{ $lang }`: no hay página principal (index.md) en { $chain }
campaign-not-built-hint = agrega { $lang }/index.md, o dale a `{ $lang }` un idioma de respaldo
ui-string-missing = falta el texto de interfaz `{ $key }` para el idioma `{ $lang }`
ui-string-missing-hint = agrega `{ $key }:` a themes/{ $theme }/i18n/{ $lang }.yaml, o dale a `{ $lang }` un idioma `fallback:` en altavoz.yaml
template-failed = una plantilla del tema `{ $theme }` { $failed }: { $reason }
template-failed-hint = revisa la plantilla con los datos que describe el capítulo de temas de la guía
template-does-not-parse = no se puede leer
template-cannot-fill = no se puede completar
template-missing = el tema no tiene ninguna plantilla `{ $name }`
template-missing-hint = las plantillas del tema son: { $names }
handout-too-long = la página es demasiado larga para un impreso ({ $size } KiB; como máximo 256 KiB)
handout-too-long-hint = divide la página, o pon `handout: false`
glyphs-missing-print = ninguna fuente del tema puede imprimir estos caracteres (idioma `{ $lang }`): { $list }
glyphs-missing-card = ninguna fuente del tema puede dibujar estos caracteres en la tarjeta `{ $format }` (idioma `{ $lang }`): { $list }
glyphs-missing-hint = cámbialos (saldrían como cuadros vacíos: las fuentes tienen letras latinas, griegas, cirílicas y árabes y los emojis de Unicode 15), o agrega una fuente que los tenga en themes/<tema>/fonts/
card-wrong-size = { $path } mide { $size } píxeles, no { $expected }: la plantilla cambió el tamaño de la página
typeset-failed = no se puede hacer { $path }
typeset-failed-because = no se puede hacer { $path }: { $reason }
typeset-also = además: { $reasons }

## La vista previa en vivo

serve-rebuilt = { $pages } páginas rehechas en { $site_ms } ms, impresos y tarjetas en { $all_ms } ms
serve-rebuilt-pages = { $pages } páginas rehechas en { $site_ms } ms; los impresos y las tarjetas quedan para la próxima vez
serve-last-good = la última versión buena sigue en pantalla hasta que lo arregles
serve-cannot-listen = no se puede escuchar en { $address }: { $reason }
serve-serving = sirviendo { $url } (Ctrl-C para parar)
serve-network-warning = aviso: --bind { $bind } hace visible la vista previa en la red: quien pueda llegar a esta computadora puede leer los borradores y los mensajes de error que muestra
serve-no-ctrl-c = no se puede atender Ctrl-C: { $reason }
serve-stopped = detenido
serve-open-yourself = abre { $url } en tu navegador
serve-cannot-watch = no se puede vigilar { $path }: { $reason }

## Las traducciones en la línea de comandos

translate-started = empezada { $path }
translate-done = lista: { $path } está al día con su original
translate-left = sin tocar { $path }: { $reason }
translate-drafts = las páginas empezadas son borradores: quien lee sigue viendo la página de respaldo hasta que uses `altavoz translate --done <página>`
translate-nothing = no hay nada que hacer
translate-into-source = `{ $lang }` es el idioma en que está escrita la campaña `{ $campaign }`: elige un idioma al que traducir
translate-no-page = la campaña `{ $campaign }` no tiene ninguna página `{ $name }` en `{ $lang }`
translate-no-front-matter = { $path } no tiene encabezado (las líneas entre dos --- al principio)
translate-not-a-page = { $path } no es una página de este proyecto (escribe su ruta desde la carpeta del proyecto, como campaigns/<campaña>/<idioma>/<página>.md)
translate-skip-exists = ya existe
translate-skip-source = es una página original, no una traducción (la campaña `{ $campaign }` está escrita en `{ $lang }`)
translate-skip-no-source = no tiene página original { $lang }/{ $page } con la que estar al día
translate-skip-done = ya está marcada como lista
status-page-failed = no se puede hacer la página de estado: { $reason }
status-denied = hay páginas en un estado que --deny no acepta ({ $states }): código de salida 1
status-state = { $state ->
    [up_to_date] al día
    [outdated] desactualizada
    [missing] falta
    [draft] borrador
   *[unknown] desconocido
}
block-field = { $id }
block-what = { $kind ->
    [heading] título
    [paragraph] párrafo
    [list_item] punto de lista
    [table_cell] celda de tabla
    [image_alt] descripción de imagen
    [footnote] nota al pie
    [html] bloque HTML
   *[code] bloque de código
} { $number }
status-no-language = { $campaign }: no hay ningún idioma al que traducir
status-since-commit = desde el { $since } ({ $commit } “{ $message }”)
status-since-uncommitted = desde el { $since } (aún sin commit)
status-since-unknown = desde un momento que el historial no dice
status-changed-unknown = el original cambió; el historial no dice qué ni desde cuándo
status-changes = { $count ->
    [one] 1 cambio
   *[other] { $count } cambios
} { $since }:
status-item = { $change ->
    [added] se agregó
    [removed] se quitó
   *[changed] cambió
} { $what }:
status-was = antes: { $text }
status-now = ahora: { $text }
status-update = actualiza { $target }, luego: altavoz translate --done { $target }
status-readers-get = quien lee ve la página en { $lang }
status-readers-nothing = quien lee no ve nada: la página no se hace
status-next-start = altavoz translate { $campaign } { $lang } { $page }
status-next-done = cuando esté lista: altavoz translate --done { $target }
status-compare = compárala con { $source }; cuando diga lo mismo: altavoz translate --done { $target }
status-ui-none = textos de interfaz: todavía no tiene propios (se usan los del tema en otro idioma); `altavoz translate { $campaign } { $lang }` los empieza
status-ui-lacks = textos de interfaz: a { $file } le faltan { $count }: { $keys }
status-no-history = (este proyecto no es un repositorio git: no se sabe qué cambió en un original, solo que cambió)
dash-title = Estado de las traducciones
dash-history-git = lo que cambió viene del historial git del proyecto
dash-history-shallow = una copia git incompleta (shallow): faltan las versiones más viejas
dash-history-none = sin historial git: no se sabe qué cambió en un original, solo que cambió
dash-totals = En total:
dash-nav = Campañas e idiomas
dash-written-in = escrita en { $lang }
dash-pages-of = Páginas de { $campaign } por idioma
dash-page = Página
dash-no-language = No hay ningún idioma al que traducir.
dash-up-to-date-of = { $done } de { $count } al día
dash-meter = { $lang }: páginas al día
dash-all-done = Todas las páginas están traducidas y al día.
dash-change-count = { $count ->
    [one] 1 cambio
   *[other] { $count } cambios
}
dash-since-commit = desde el { $since } ({ $code_commit } “{ $message }”)
dash-was = antes:
dash-now = ahora:
dash-update = Actualiza { $code_target } y luego ejecuta { $code_command }.
dash-readers-fallback = Quien lee ve la página en { $lang }, con un aviso.
dash-readers-nothing = Quien lee no ve nada: la página no se hace en este idioma.
dash-start = Empiézala con { $code_command }.
dash-draft = En proceso.
dash-when-done = Cuando esté lista: { $code_command }.
dash-unknown = No dice de qué versión del original se hizo. Compárala con { $code_source }; cuando diga lo mismo, ejecuta { $code_command }.
dash-ui-lacks = Textos de interfaz: a { $code_file } le faltan { $count }:
dash-ui-none = Textos de interfaz: todavía no tiene propios; se usan los del tema en otro idioma. { $code_command } los empieza.

## Archivos PO

po-exported = se escribió { $path }: { $count } textos para traducir a { $lang } ({ $translated } traducidos, { $fuzzy } dudosos para revisar, { $empty } vacíos)
po-pages-would-break = con las traducciones de { $file }, las páginas de arriba tendrían { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}; no se escribió ninguna página
po-problems = { $count ->
    [one] se encontró 1 problema
   *[other] se encontraron { $count } problemas
} en { $file }; no se escribió ninguna página
po-published = traducida { $path }: publicada, al día con su original
po-started-draft = se empezó { $path } como borrador (hay textos vacíos o dudosos): quien lee sigue viendo la página de respaldo
po-updated-draft = se actualizó el borrador { $path } (hay textos vacíos o dudosos)
po-left = { $path } queda como estaba: { $reason }
po-nothing = nada que importar: { $file } no trae traducciones nuevas ({ $count ->
    [one] 1 página queda
   *[other] { $count } páginas quedan
} como estaba)

po-not-published = la campaña `{ $campaign }` no se publica en `{ $lang }` (se traduce a: { $others })
po-no-campaign = { $file } no dice para qué campaña es (su encabezado no tiene la línea X-Altavoz-Campaign): agrega --campaign NOMBRE
po-no-language = { $file } no dice en qué idioma está (su encabezado no tiene la línea Language): agrega --lang CÓDIGO
po-no-msgctxt = esta entrada no tiene un msgctxt que diga de qué página es: queda fuera
po-no-msgctxt-hint = las entradas que escribe altavoz tienen un msgctxt como `pagina.md#p1`; déjalo como está
po-twice = esta entrada está dos veces en el archivo
po-twice-hint = deja solo una de las dos entradas con este msgctxt
po-page-gone = la campaña `{ $campaign }` ya no tiene la página `{ $page }`: esta entrada queda fuera
po-source-changed = el texto original de esta entrada cambió desde que se hizo el archivo: su traducción queda fuera
po-source-changed-hint = exporta un archivo PO nuevo; tus traducciones vuelven como entradas dudosas (fuzzy) para revisar
po-part-gone = esta parte de la página ya no está en el original: su traducción queda fuera
po-left-unfinished = { $left } de sus { $count } textos están vacíos, dudosos o desactualizados, y una página publicada nunca se mezcla con texto sin traducir: termínalos (y quita “fuzzy”), luego importa de nuevo
po-not-utf8 = este archivo no está guardado como UTF-8
po-not-utf8-hint = guárdalo como UTF-8 (en Poedit y Weblate es lo normal)
po-no-msgstr = esta entrada tiene msgid pero no msgstr
po-no-msgstr-hint = agrega una línea msgstr "" después del msgid
po-stray-text = este texto no pertenece a ninguna entrada
po-stray-text-hint = una línea entre comillas continúa el msgid o el msgstr de arriba; revisa que no falte la línea de arriba
po-plural-id = los archivos de altavoz no usan formas de plural (msgid_plural)
po-plural-id-hint = quita esta entrada: no vino de altavoz
po-plural-text = los archivos de altavoz no usan formas de plural (msgstr[…])
po-plural-text-hint = escribe la traducción en una sola línea msgstr "…"
po-not-po = esta línea no es parte de un archivo PO: `{ $line }`
po-not-po-hint = cada línea empieza con msgctxt, msgid, msgstr, una " (más texto) o un # (un comentario); revisa que la línea de arriba termine con "
po-above-no-msgstr = la entrada de arriba tiene msgid pero no msgstr
po-above-no-msgstr-hint = agrega una línea msgstr "" después de su msgid
po-two-msgctxt = esta entrada tiene dos líneas msgctxt
po-two-msgctxt-hint = cada entrada tiene msgctxt, luego msgid, luego msgstr
po-no-msgid = este msgstr no tiene un msgid antes
po-no-msgid-hint = cada entrada tiene msgctxt, luego msgid, luego un msgstr; el texto que sigue va en líneas entre comillas debajo
po-ends-no-msgstr = el archivo termina con una entrada que tiene msgid pero no msgstr
po-ends-no-msgstr-hint = agrega una línea msgstr "" al final
po-quote-expected = aquí debe ir un texto entre comillas "…"
po-quote-expected-hint = escribe el texto entre dos comillas "
po-after-quote = hay algo más después de la comilla que cierra "
po-after-quote-hint = una " dentro de un texto se escribe \"
po-bad-hex = después de \x debe ir un número hexadecimal
po-bad-hex-hint = una \ se escribe \\
po-bad-escape = `{ $escape }` no es una secuencia de escape conocida
po-bad-escape-hint = una \ se escribe \\, una " se escribe \", un salto de línea se escribe \n
po-not-closed = el texto entre comillas no está cerrado
po-not-closed-hint = termina la línea con una "
po-one-line = { $kind ->
    [table-cell] una celda de tabla es
    [image-alt] la descripción de una imagen es
    [title] el título es
    [summary] el resumen es
    [myth] el mito es
    [fact] el dato es
    [headline] el titular de la tarjeta es
    [sms] el mensaje de texto es
   *[heading] un título de sección es
} de una sola línea, pero este texto tiene un salto de línea
po-one-line-hint = quita el salto de línea (\n) del msgstr
po-changes-layout = este texto cambiaría la forma de la página, no solo sus palabras ({ $what } de “{ $title }”)
po-together-layout = juntos, los textos de “{ $title }” cambiarían la forma de la página
po-together-layout-hint = busca una línea de un msgstr que empiece con -, #, > o con un número y un punto, y escríbela de otra manera
po-summary-long = este resumen tiene { $length } caracteres; se permiten { $max } como mucho
po-summary-long-hint = acórtalo: las vistas previas de enlaces y las tarjetas cortan los resúmenes largos
po-headline-long = este titular de tarjeta tiene { $length } caracteres; se permiten { $max } como mucho
po-headline-long-hint = acórtalo: va en letras grandes en las tarjetas para redes sociales
po-front-matter = no se puede escribir el encabezado de “{ $title }”
po-front-matter-hint = escribe title, summary, myth, fact y headline cada uno en una línea, así: clave: "valor"
po-read-back = los textos de “{ $title }” no se pueden escribir en la página tal como están
po-read-back-hint = revisa si los msgstr de esta página tienen signos como " o : en lugares raros
po-hint-numbered = una línea que empieza con un número y un punto (`{ $start }`) empieza una lista numerada: escribe `{ $escaped }` en su lugar
po-hint-list = una línea que empieza con `{ $mark }` empieza una lista: escribe `\{ $mark }` en su lugar
po-hint-heading = una línea que empieza con `{ $mark }` empieza un título o una cita: escribe `\{ $mark }` en su lugar
po-hint-paragraph = una línea vacía empieza un párrafo nuevo: quítala (un salto de línea, \n, es una línea nueva)
po-hint-marks = deja en pares los signos del texto original (como [ ], **, `), y no empieces una línea con -, #, > o con un número y un punto

## Fotos, presupuestos y paquetes sin conexión

image-unreadable = no es una foto JPEG, PNG o WebP que se pueda leer ({ $detail })
image-too-large = mide { $width } × { $height } píxeles, demasiado para procesarla (como mucho { $max } megapíxeles)
image-empty = no tiene píxeles
image-encode = no se puede guardar como { $format } ({ $detail })
svg-malformed = no es un archivo SVG bien formado ({ $detail })
picture-unusable = esta foto no se puede usar: { $reason }
picture-unusable-hint = ábrela en un editor de fotos y guárdala de nuevo como JPEG o PNG
svg-unpublishable = este dibujo SVG no se puede publicar: { $reason }
svg-unpublishable-hint = expórtalo de nuevo desde tu programa de dibujo como SVG simple, o usa un PNG
image-no-alt = esta imagen no tiene texto alternativo
image-no-alt-hint = di en pocas palabras qué muestra la foto, para quien no puede verla: ![Dos chicas leen un folleto](../assets/foto.jpg); si es solo decoración, escribe ![""](../assets/foto.jpg)
img-no-alt = este <img> no tiene texto alternativo (alt)
img-no-alt-hint = añade alt="lo que muestra la foto" (o alt="" si es solo decoración), o escríbela en Markdown: ![lo que muestra](../assets/foto.jpg)
img-no-src = este <img> no tiene src
img-no-src-hint = escríbela en Markdown: ![lo que muestra](../assets/foto.jpg)
image-not-picture = assets/{ $file } no es una imagen (JPEG, PNG, WebP o SVG)
image-not-picture-hint = muestra aquí una foto o un dibujo, o enlaza el archivo con [texto](../assets/archivo)
card-image-not-photo = la imagen de la tarjeta `{ $image }` no es una foto JPEG, PNG o WebP
card-image-missing = la imagen de la tarjeta `{ $image }` no está en la carpeta assets/ de la campaña
card-image-hint = escribe `card: {"{"} image: assets/<foto>.jpg {"}"}` con una foto de la carpeta assets/ de la campaña
picture-unprocessable = esta foto no se puede procesar: { $reason }
picture-unprintable = assets/{ $file } no se puede imprimir: { $reason }
card-picture-unusable = la foto de la tarjeta no se puede usar: { $reason }
budget-zero = `page_kb` es 0: ninguna página puede pesar tan poco
budget-zero-hint = escribe lo máximo que puede pesar una página, en KB; por ejemplo `budget: {"{"} page_kb: 150 {"}"}`
budget-over = { $page } pesa { $total } en una pantalla de 360 px, más que el presupuesto de { $budget }; lo que más pesa es { $heaviest } ({ $size })
budget-over-hint = cada byte le cuesta a quien lee: muestra menos fotos o más pequeñas, o divide la página (el presupuesto es `budget: {"{"} page_kb: … {"}"}` en altavoz.yaml)
budget-first-response = la primera respuesta de { $page } (HTML y hoja de estilo, comprimidos) pesa { $bytes } bytes, más de { $limit }
budget-first-response-hint = una página de este tamaño necesita un segundo viaje por la red antes de mostrar algo: acorta la página o la hoja de estilo del tema
budget-foreign = { $page } carga { $url } desde otro sitio web
budget-foreign-hint = a quien lee no se le debe rastrear ni hacer pagar por otros sitios: copia el archivo dentro del proyecto
budget-script = { $page } tiene un script
budget-script-hint = las páginas deben leerse sin JavaScript: quita el script del tema
weights-title = peso de las páginas a 360 px (comprimidas; primera respuesta como mucho { $limit } bytes):
weights-row = { $page } primera { $first } B  total { $total }  lo más pesado { $heaviest } ({ $size })
pack-failed = no se puede hacer el paquete sin conexión de `{ $lang }`: { $reason }

## Nombres que el sitio no puede usar, y archivos que hace el sitio

windows-reserved-name = `{ $name }` es un nombre que Windows no permite: el sitio no se podría copiar a una computadora con Windows ni a una memoria USB
windows-reserved-name-hint = Windows reserva los nombres CON, PRN, AUX, NUL, COM1 a COM9 y LPT1 a LPT9, con cualquier extensión; cambia el nombre de `{ $name }`
windows-reserved-language = `{ $code }` daría nombre a una carpeta del sitio que Windows no acepta
windows-reserved-language-hint = Windows reserva los nombres CON, PRN, AUX, NUL, COM1 a COM9 y LPT1 a LPT9, con cualquier extensión; escribe el código con una región, como `{ $code }-EC`
case-collision = `{ $first }` y `{ $second }` solo cambian en mayúsculas y minúsculas: en Windows y macOS son un solo archivo, así que uno reemplazaría al otro
case-collision-hint = cambia el nombre de uno de los dos; los nombres en minúsculas evitan esto
static-taken = `{ $file }` reemplazaría un archivo del sitio: { $reason }
static-taken-hint = cámbiale el nombre o muévelo (los archivos del tema van en themes/<tema>/static/)
static-taken-file = altavoz hace este archivo
static-taken-language = altavoz hace la carpeta `{ $folder }/`: el sitio en ese idioma
static-taken-assets = altavoz hace la carpeta `assets/`, con los archivos de las campañas
static-taken-static = altavoz hace la carpeta `static/`, con los archivos static/ del tema
ui-strings-none = el idioma `{ $lang }` no tiene textos de interfaz propios: los botones y etiquetas salen en `{ $from }`
ui-strings-none-hint = `altavoz translate <campaña> { $lang }` empieza { $file } con los textos en `{ $from }`: tradúcelos allí
ui-strings-borrowed = faltan textos de interfaz para el idioma `{ $lang }`, se muestran en `{ $from }`: { $keys }
ui-strings-borrowed-hint = agrégalos, traducidos, a { $file }

## Límites a la forma de una página

limit-nesting = este texto está anidado más de { $max } niveles (citas, listas, énfasis o etiquetas HTML unas dentro de otras)
limit-nesting-hint = una página tan honda no se puede mostrar ni imprimir; casi siempre viene de una línea que empieza con muchos `>`, `-` o espacios, o de etiquetas HTML que nunca se cierran: quita los niveles de más
limit-columns = esta tabla tiene { $count } columnas; en un teléfono o una hoja impresa caben { $max } como mucho
limit-columns-hint = divídela en tablas más angostas
limit-cells = esta tabla tiene más de { $max } celdas
limit-cells-hint = divídela en varias tablas más pequeñas
limit-code-lines = este bloque de código tiene más de { $max } líneas
limit-code-lines-hint = una página muestra un ejemplo corto de código; divídelo, o revisa que cada bloque abierto con ``` o ~~~ esté cerrado
limit-pieces = este párrafo tiene más de { $max } partes con formato (énfasis, enlaces, código, comillas)
limit-pieces-hint = divídelo en varios párrafos, con una línea vacía entre ellos
limit-word = este texto sigue más de { $max } caracteres sin ningún lugar donde se pueda cortar la línea: ninguna línea de una página o de una hoja impresa puede contenerlo
limit-word-hint = pon espacios entre las palabras (después de `[` o `(` la línea no se corta, aunque haya un espacio); una dirección web tan larga queda mejor como un enlace con un texto corto
limit-paragraph = este párrafo tiene más de { $max } caracteres: llenaría solo varias páginas de una hoja impresa

## Escribir archivos

write-refused = no voy a escribir en { $path }: { $reason }
write-io = no se puede escribir { $path }: { $reason }
write-refused-project = es la carpeta del proyecto, o la contiene
write-refused-sources = está dentro de las fuentes ({ $source })
write-refused-file = es un archivo, no una carpeta
write-refused-not-ours = no está vacía y no la hizo altavoz; elige otra carpeta con --out, o vacíala
write-refused-escapes = un archivo del sitio debe quedar dentro de la carpeta de salida

## The editor (`altavoz edit`)
edit-serving = editor: { $url } (abre esta dirección en tu navegador; no la compartas)
edit-loopback-only = el editor solo se abre en esta computadora, no en { $bind }
edit-no-random = no se pudo crear la clave del editor: { $reason }
edit-template = una página del editor no se pudo preparar: { $reason }
edit-token-wrong = Esta dirección no es la del editor. Abre la que altavoz escribió en la terminal.
edit-no-session = Para editar, abre la dirección que altavoz escribió en la terminal (empieza con /_edit/?token=).
edit-too-large = Es demasiado grande para el editor.
edit-bad-form = El formulario no llegó bien. Vuelve atrás e inténtalo otra vez.
edit-no-csrf = Este cambio no vino de una página del editor, así que no se guardó.
edit-not-found = Esa página del editor no existe.
edit-path-refused = Ese archivo no se puede editar aquí: el editor solo escribe páginas, campaign.yaml y fotos de una campaña.
edit-not-saved = No se guardó nada: revisa los problemas marcados.
edit-project-broken = El proyecto tiene un error que no deja leerlo. Vuelve al inicio del editor para ver dónde está.
edit-saved = Guardado.
edit-changed-on-disk = Este archivo cambió en el disco mientras lo editabas, así que no se guardó. Revisa los valores y guarda otra vez.
edit-conflict-title = Este archivo cambió mientras lo editabas
edit-done-created = Página creada: { $path }
edit-done-started = Traducción empezada: { $path }
edit-done-finished = Traducción marcada como terminada: { $path }
edit-done-saved = Guardado: { $path }
edit-dashboard-title = Campañas
edit-kind-page = Página
edit-kind-tip = Consejo
edit-kind-myth = Mito o realidad
edit-kind-story = Historia
edit-kind-faq = Pregunta frecuente
edit-kind-contacts = Contactos
edit-upload-one = Elige una foto para subir.
edit-upload-not-picture = Solo se pueden subir fotos JPEG, PNG o WebP, o dibujos SVG.
edit-upload-no-alt = Escribe qué muestra la foto, para quien no puede verla (o marca que es solo decoración).
edit-upload-done = Foto guardada. Copia esto donde quieras la foto en el texto: { $markdown }
edit-translate-title = Traducir { $path }
edit-campaign-title = Ajustes de la campaña { $campaign }
edit-skip = Ir al contenido
edit-name = editor
edit-open-preview = Ver el sitio
edit-back-dashboard = Volver a las campañas
edit-broken-title = El proyecto tiene errores
edit-broken-intro = Hasta arreglarlos, no se puede mostrar la lista de páginas. Cada error dice dónde está:
edit-fix-it = Arreglar
edit-campaign-settings = Nombre, colores y contactos de la campaña
edit-draft = borrador
edit-problems = { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}
edit-translate = Traducir
edit-start-translation = Empezar la traducción
edit-mark-done = Marcar como terminada
edit-new-page = Nueva página
edit-new-page-name = Nombre del archivo
edit-new-page-name-help = Letras sin tildes, números y guiones, como senales-de-fraude. Si escribes otra cosa, altavoz la convierte.
edit-field-kind = Tipo de página
edit-language = Idioma
edit-create = Crear la página
edit-has-errors = { $count ->
    [one] Esta página tiene 1 error: se puede guardar, pero no se publicará hasta arreglarlo.
   *[other] Esta página tiene { $count } errores: se puede guardar, pero no se publicará hasta arreglarlos.
}
edit-has-warnings = { $count ->
    [one] 1 aviso para revisar.
   *[other] { $count } avisos para revisar.
}
edit-live-errors = Errores:
edit-live-warnings = Avisos:
edit-no-problems = Sin problemas.
edit-section-text = Texto principal
edit-field-title = Título
edit-field-summary = Resumen
edit-field-summary-help = Una o dos frases; aparece en buscadores y al compartir. Máximo { $max } caracteres.
edit-field-myth = Mito (lo que la gente cree)
edit-field-myth-help = Solo para páginas de tipo «Mito o realidad».
edit-field-fact = Realidad (la respuesta verificada)
edit-field-body = Texto de la página
edit-toolbar = Formato del texto
edit-tool-bold = Negrita
edit-tool-italic = Cursiva
edit-tool-heading = Subtítulo
edit-tool-list = Lista
edit-tool-link = Enlace
edit-tool-image = Foto
edit-field-body-help = Se escribe en Markdown: **negrita**, *cursiva*, ## Subtítulo, - lista, [texto](pagina.md).
edit-section-review = Revisión
edit-field-reviewed = Revisado el
edit-field-reviewed-by = Revisado por
edit-field-sources = Fuentes
edit-field-source-title = Fuente { $n }: nombre
edit-field-source-url = Fuente { $n }: dirección web
edit-section-cards = Tarjetas para redes sociales
edit-field-no-cards = Sin tarjetas para esta página
edit-field-headline = Titular de la tarjeta
edit-field-headline-help = Si lo dejas vacío, se usa el título. Máximo 80 caracteres.
edit-field-formats = Formatos
edit-format = { $format ->
    [og] Vista previa de enlace (1200×630)
    [square] Cuadrada, para el muro (1080×1080)
   *[story] Vertical, para historias (1080×1920)
}
edit-field-card-image = Foto de fondo de la tarjeta
edit-no-picture = Sin foto
edit-section-publish = Publicación
edit-field-handout = Incluir en la hoja para imprimir
edit-field-draft = Borrador (no se publica todavía)
edit-field-order = Orden en la campaña (un número; vacío: por título)
edit-save = Guardar
edit-check = Revisar sin guardar
edit-preview-title = Vista previa
edit-open-page = Abrir la página
edit-open-handout = Hoja para imprimir (PDF)
edit-open-card = Tarjeta
edit-translation-view = Vista de traducción
edit-upload-title = Agregar una foto
edit-upload-file = Foto (JPEG, PNG, WebP o SVG)
edit-upload-drop = o arrástrala aquí
edit-upload-alt = Qué muestra la foto
edit-upload-alt-help = Para quien no puede ver la foto, por ejemplo: «Dos chicas leen un folleto en una parada de bus».
edit-upload-decorative = Es solo decoración (no dice nada)
edit-upload-send = Subir la foto
edit-source-intro = La parte de arriba de este archivo (entre las líneas ---) tiene un error que no deja mostrar el formulario. Arréglalo aquí; cada problema dice en qué línea está.
edit-line = línea { $line }, columna { $col }:
edit-source-label = El archivo completo
edit-conflict-intro = Alguien (otro programa, o un git pull) cambió este archivo después de que lo abriste. No se perdió nada: a la izquierda está tu versión y a la derecha la del disco. Copia en tu versión lo que quieras conservar de la otra y guarda.
edit-conflict-mine = Tu versión
edit-conflict-keep-mine = Guardar mi versión
edit-conflict-theirs = La versión del disco ahora
edit-conflict-take-theirs = Abrir la versión del disco (se pierden mis cambios)
edit-translate-intro = A la izquierda, el original; a la derecha, tu traducción al { $language }, parte por parte.
edit-open-source = Abrir el original
edit-open-fields = Editar la traducción como formulario
edit-translate-source = Original
edit-translate-before = Antes:
edit-translate-now = Ahora:
edit-translate-target = Traducción ({ $language })
edit-translate-fuzzy = Hay que revisarla
edit-translate-done-help = Cuando todas las partes estén traducidas y ninguna marcada «hay que revisarla», la traducción se publica y queda registrada como al día con el original.
edit-campaign-name = Nombre de la campaña
edit-campaign-tagline = Lema
edit-campaign-colors = Colores
edit-campaign-primary = Color principal
edit-campaign-accent = Color de acento
edit-contrast-ok = El texto blanco se lee bien sobre el color principal.
edit-contrast-low = El texto blanco se lee mal sobre este color: elige uno más oscuro.
edit-campaign-contacts = Contactos
edit-campaign-contact = Contacto { $n }
edit-campaign-contact-label = Nombre
edit-campaign-phone = Teléfono
edit-campaign-phone-help = Con el código del país, como +502 5555 0100.
edit-campaign-whatsapp = WhatsApp (si es otro número)
edit-campaign-hours = Horario
edit-campaign-country = País (dos letras, como GT)

## The web editors' configuration (`altavoz cms`)
cms-header = Configuración del editor web (Decap CMS), escrita por `altavoz cms` a partir de altavoz.yaml y de los campaign.yaml de las campañas. Ejecuta `altavoz cms` de nuevo al añadir una campaña o un idioma: reescribe este archivo y conserva solo `backend:`.
cms-header-sveltia = Configuración del editor web (Sveltia CMS), escrita por `altavoz cms` a partir de altavoz.yaml y de los campaign.yaml de las campañas. Ejecuta `altavoz cms` de nuevo al añadir una campaña o un idioma: reescribe este archivo y conserva solo `backend:`.
cms-backend-comment = Tu repositorio: DUEÑO/NOMBRE, como en su dirección web.
cms-gitlab-app-id-comment = Application ID de una aplicación de GitLab (permiso `api`, retorno: la dirección de /admin/)
cms-local-comment = En tu computadora: ejecuta `npx decap-server` en la carpeta del proyecto y abre http://localhost:8000/admin/ mientras corre `altavoz serve`.
cms-page = página
cms-settings = Ajustes de las campañas
cms-settings-singular = ajustes de la campaña
cms-title = Título
cms-title-hint = El encabezado de la página. Obligatorio.
cms-summary = Resumen
cms-summary-hint = Una o dos frases: vistas previas de enlaces, lista de páginas de la campaña, folletos y tarjetas. Obligatorio, 200 caracteres como máximo.
cms-summary-pattern = 200 caracteres como máximo
cms-not-empty = no puede estar vacío
cms-kind = Tipo
cms-kind-hint = Qué es la página. Vacío: una página de información. Déjalo vacío en la página principal de la campaña (index).
cms-kinds-page = Información
cms-kinds-tip = Consejo
cms-kinds-myth = ¿Mito o realidad?
cms-kinds-story = Historia
cms-kinds-faq = Preguntas y respuestas
cms-kinds-contacts = Contactos
cms-myth = Mito
cms-myth-hint = Solo para el tipo «¿Mito o realidad?», y entonces obligatorio: la afirmación falsa, como la repite la gente.
cms-fact = Realidad
cms-fact-hint = Solo para el tipo «¿Mito o realidad?», y entonces obligatorio: la respuesta verificada.
cms-order = Orden
cms-order-hint = Posición en la lista de páginas de la campaña (0 si está vacío; después, por título).
cms-reviewed = Revisado el
cms-reviewed-hint = Cuándo se verificaron los datos por última vez.
cms-reviewed-by = Revisado por
cms-reviewed-by-hint = Quién los verificó.
cms-sources = Fuentes
cms-sources-hint = De dónde vienen los datos.
cms-source = fuente
cms-source-title = Título
cms-source-url = Dirección
cms-source-url-hint = Opcional; empieza por https:// o http://.
cms-url-pattern = una dirección que empiece por https:// o http://
cms-card = Tarjetas para redes
cms-card-hint = Opcional. Vacío: las tarjetas de la campaña, con el título.
cms-headline = Titular
cms-headline-hint = Reemplaza el título en las tarjetas: que sea corto.
cms-formats = Formatos
cms-formats-hint = Vacío: los formatos de la campaña. Todos quitados: esta página no tiene tarjetas.
cms-formats-options-og = Vista previa de enlace (1200×630)
cms-formats-options-square = Cuadrada (1080×1080)
cms-formats-options-story = Historia (1080×1920)
cms-image = Foto
cms-image-hint = Una foto detrás del texto de la tarjeta (JPEG, PNG o WebP).
cms-handout = Folleto para imprimir
cms-handout-hint = Activado por omisión: una página que no lo dice tiene folleto. Actívalo y desactívalo para dejar esta página sin folleto.
cms-poster = Pósteres (páginas de mitos, consejos y contactos)
cms-poster-hint = Activado por omisión: un póster A3 y uno tabloide de la página. Actívalo y desactívalo para dejar esta página sin pósteres.
cms-notes = Notas para quien facilita
cms-notes-hint = Se imprimen junto a las diapositivas de esta página: preguntas, una actividad, el tiempo. Nunca salen en el sitio web.
cms-chat = Mensaje de chat (WhatsApp)
cms-chat-hint = Si lo dejas vacío, altavoz escribe uno a partir de la página. Se agregan el aviso, un contacto y el enlace. Como máximo { $max } caracteres.
cms-sms = Mensaje de texto (SMS)
cms-sms-hint = Un solo mensaje: 160 caracteres, o 70 si alguno no está en el alfabeto GSM (como ó o un emoji).
cms-audio = Nota de voz
cms-audio-hint = Una grabación de esta página (M4A, MP3 u Ogg). Se publica sin sus metadatos; el texto de la página es su transcripción.
cms-draft = Borrador
cms-draft-hint = Un borrador se revisa pero no se publica.
cms-translated-from = Traducido de
cms-body = Texto
cms-body-hint = Markdown. Imágenes: en la carpeta assets de la campaña, cada una con su descripción.
cms-c-name = Nombre
cms-c-name-hint = El nombre de la campaña, en cada idioma.
cms-c-tagline = Lema
cms-c-tagline-hint = Una línea bajo el nombre.
cms-c-source-language = Idioma original
cms-c-source-language-hint = El idioma en que se escribe la campaña; los demás la traducen.
cms-c-languages = Idiomas
cms-c-languages-hint = Los idiomas en que se publica la campaña. Vacío: todos.
cms-c-colors = Colores
cms-c-primary = Color principal
cms-c-primary-hint = Detrás de texto blanco: necesita un contraste de al menos 4,5:1 (colores oscuros).
cms-c-accent = Color de acento
cms-c-accent-hint = Bordes, avisos, foco del teclado.
cms-c-logo = Logotipo
cms-c-logo-hint = Un archivo de la carpeta assets de la campaña.
cms-c-review-every-days = Revisar cada (días)
cms-c-review-every-days-hint = Las páginas revisadas hace más tiempo reciben un aviso. Vacío: 365.
cms-c-outdated = Traducciones desactualizadas
cms-c-outdated-hint = Qué recibe quien lee cuando el original cambió después de la traducción.
cms-c-outdated-options-notice = La traducción, con un aviso
cms-c-outdated-options-source = El original, con un aviso
cms-c-outdated-options-error = Nada: detener la construcción
cms-c-cards = Formatos de tarjeta
cms-c-cards-hint = Vacío: los tres.
cms-c-contacts = Contactos
cms-c-contacts-hint = Líneas de ayuda, en cada página, folleto y tarjeta.
cms-c-contact = contacto
cms-c-label = Quién atiende
cms-c-phone = Teléfono
cms-c-phone-hint = Internacional: +, código del país, número.
cms-c-whatsapp = WhatsApp
cms-c-whatsapp-hint = Internacional: +, código del país, número.
cms-c-hours = Horario
cms-c-country = País
cms-c-country-hint = Dos letras mayúsculas (ISO 3166): GT, HN, SV.
cms-hex-pattern = un color como #0b4f6c
cms-phone-pattern = +, el código del país y el número
cms-country-pattern = dos letras mayúsculas
cms-written = escrito: { $path }
cms-no-project = no hay altavoz.yaml que leer, o no se puede leer
cms-no-campaign = el proyecto no tiene ninguna campaña: crea una antes (campaigns/<nombre>/campaign.yaml)
cms-language-code = el editor web solo acepta códigos de idioma de 2 a 10 letras, `-` y `_`; `{ $code }` no sirve ahí
new-host-next = antes de publicar, lee { $path }: dice lo que falta hacer una vez en el sitio donde se publica
history-shallow = la historia de git de este proyecto está cortada (una copia con solo los últimos cambios): altavoz no puede saber qué traducciones quedaron desactualizadas ni desde cuándo
history-shallow-hint = copia la historia completa: en GitHub Actions, `fetch-depth: 0` en actions/checkout; en GitLab, `GIT_DEPTH: 0`; en otro lugar, `git fetch --unshallow` antes de construir
history-partial = esta copia del proyecto no trae las versiones anteriores de los archivos (una copia parcial): altavoz no puede decir qué cambió en un original desde que se tradujo
history-partial-hint = trae el resto antes de construir: `git config --unset remote.origin.partialclonefilter` y `git fetch --refetch`

## Talleres y canales: diapositivas, pósteres, el aviso de la campaña, mensajes de chat y de texto
notice-missing = el `notice` de la campaña no tiene texto en { $langs }
notice-missing-hint = cada idioma con páginas propias necesita el aviso con sus propias palabras, para que nadie se lo pierda (quien traduce: la entrada `campaign.yaml#notice` de `altavoz po export`, que funciona aunque falte): { $example }
slide-overflow = `{ $field }` no cabe en su diapositiva, ni con la letra más pequeña que admite una diapositiva
slide-overflow-hint = acórtalo: una diapositiva se lee desde el fondo de la sala
notes-overflow = las `notes` son más largas que una hoja impresa junto a sus diapositivas
notes-overflow-hint = deja lo que la persona que facilita lee durante el taller; lo demás va en la página
poster-overflow = `{ $field }` no cabe en el póster de la página, ni con la letra más pequeña que admite un póster
poster-overflow-hint = acórtalo, o escribe `poster: false` en esta página
chat-too-long = `chat` tiene { $length } caracteres; caben { $max } como máximo en un mensaje con el aviso, un contacto y el enlace
chat-too-long-hint = acórtalo: en el teléfono, un mensaje largo queda escondido tras «Leer más»
sms-too-long = `sms` mide { $length } caracteres en { $encoding }; un mensaje de texto admite { $limit }
sms-too-long-hint = acórtalo a { $limit } caracteres
sms-too-long-ucs2-hint = «{ $char }» no está en el alfabeto GSM, así que todo el mensaje va en UCS-2, que admite { $ucs2 } caracteres; sin esos caracteres admite { $gsm } (escribe «o» en vez de «ó»), o acórtalo
edit-section-channels = Compartir y talleres
edit-field-chat = Mensaje de chat (WhatsApp)
edit-field-chat-help = Si lo dejas vacío, altavoz escribe uno a partir de la página. Se le agregan el aviso, un contacto y el enlace. Como máximo { $max } caracteres.
edit-field-sms = Mensaje de texto (SMS)
edit-field-sms-help = Un solo mensaje: 160 caracteres, o 70 si alguno no está en el alfabeto GSM (como ó o un emoji).
edit-field-notes = Notas para quien facilita
edit-field-notes-help = Se imprimen junto a las diapositivas de esta página: preguntas, una actividad, el tiempo. Nunca salen en el sitio web.
edit-field-poster = Hacer pósteres de esta página (mitos, consejos y contactos)
status-notice-missing = aviso: falta; la campaña no se publica hasta que `notice:` en campaigns/{ $campaign }/campaign.yaml tenga un texto en { $lang } (`altavoz po export` lo incluye)
dash-notice-missing = El aviso de la campaña todavía no tiene texto en este idioma: el sitio no se publica hasta que lo tenga. Escríbelo en { $code_file }, o tradúcelo en el archivo PO.
audio-missing = la nota de voz `{ $file }` no está en los archivos de la campaña
audio-missing-hint = pon la grabación en { $dir } y escribe su ruta como `audio: assets/<archivo>`
audio-unknown-format = `{ $file }` no es una grabación que altavoz pueda publicar{ $looks_like ->
    [none] {""}
   *[other] {" "}(parece { $looks_like })
}
audio-damaged = `{ $file }` es un archivo { $container } dañado o cortado ({ $detail })
audio-unsupported = `{ $file }` es un archivo { $container } que altavoz no puede publicar así ({ $detail })
audio-no-sound = `{ $file }` es un archivo { $container } sin sonido
audio-export-hint = vuelve a exportar la grabación como { $formats } (la grabadora de voz del teléfono o WhatsApp ya graban en uno de ellos)
audio-heavy = la nota de voz `{ $file }` les cuesta a quienes leen { $size } ({ $duration } a { $kbps } kb/s)
audio-heavy-hint = quien lee paga cada byte: expórtala en mono a 32–48 kb/s (Opus o MP3), como máximo { $kbps } kb/s, y que dure menos de { $minutes } minutos
weights-on-demand = {"  "}{ $page } además reproduce { $size } cuando se pulsa el botón de reproducir
translation-unknown-hint-many = compara cada una con su original; cuando diga lo mismo, ejecuta `altavoz translate --done` con su archivo, como en `altavoz translate --done { $path }`
translation-outdated-hint-many = `altavoz status` muestra qué cambió en cada una; actualiza cada traducción y luego ejecuta `altavoz translate --done` con su archivo, como en `altavoz translate --done { $path }`
sms-formula = `sms` empieza con un carácter que las hojas de cálculo leen como el comienzo de una fórmula
sms-formula-hint = empieza el mensaje con una palabra («Llama al +502…», no «+502…»): la lista de SMS se abre en hojas de cálculo
edit-campaign-notice = Aviso en todas las páginas (todo idioma con páginas propias lo necesita)
cms-c-notice = Aviso en todas las páginas
cms-c-notice-hint = Un mensaje que nadie debe perderse («Todos los servicios son gratuitos»), en cada página, hoja, tarjeta de historia y mensaje de chat. Todo idioma con páginas propias lo necesita.
cms-c-posters = Pósteres
cms-c-posters-hint = Activado por omisión: las páginas de mitos, consejos y contactos tienen pósteres A3 y tabloide. Actívalo y desactívalo para no hacer ninguno.
notice-too-long = el `notice`{ $lang ->
    [all] {""}
   *[other] {" "}en { $lang }
} tiene { $length } caracteres; caben { $max } como máximo junto al resto en tarjetas, diapositivas y pósteres
notice-too-long-hint = dilo en una o dos frases: lo que nadie debe perderse
overflow-campaign-hint = es de la campaña, en campaign.yaml: acórtalo allí (o escribe allí `posters: false` para no hacer pósteres)
audio-linked = esto enlaza la grabación `{ $file }`, que solo se publica como nota de voz de una página
audio-linked-hint = quita el enlace y escribe `audio: assets/{ $file }` en la portada de la página: la página la reproduce, sin sus metadatos
