//! Command-line arguments (clap).

use std::path::PathBuf;

use altavoz::render::Output;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "altavoz",
    // `altavoz 0.1.0 (e04900376)`: the commit comes from build.rs (git, ALTAVOZ_COMMIT, or the
    // crate's .cargo_vcs_info.json; `unknown` without any).
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("ALTAVOZ_COMMIT"), ")"),
    about = "Localized campaign websites, printable handouts and social cards from Markdown + YAML",
    after_help = "Examples:\n  altavoz build                         build the project in this folder into public/\n  \
                  altavoz build --root my-campaigns     build another project folder\n  \
                  altavoz build --lang es --campaign think-twice\n  \
                  altavoz check                         find every problem, write nothing\n  \
                  altavoz build --pack --deny-warnings  offline zips too; warnings fail the build\n  \
                  altavoz status                        where translations stand\n  \
                  altavoz po export think-twice en -o think-twice.en.po\n  \
                  altavoz new my-campaigns              start a new project\n  \
                  altavoz check --messages es           messages in Spanish\n\n\
                  Exit codes: 0 success, 1 problems in the sources, 2 wrong usage or environment."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new project (with one example campaign in Spanish and English), or a new page
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "Examples:\n  altavoz new my-campaigns\n  \
                            altavoz new page think-twice/es/coyote --kind myth --root my-campaigns"
    )]
    New(NewArgs),
    /// Build the site into the output folder (default: `output` of altavoz.yaml, usually public/)
    #[command(
        after_help = "Examples:\n  altavoz build\n  altavoz build --out /media/usb/site --base-url https://example.org/\n  \
                            altavoz build --only site --campaign think-twice --lang es\n  \
                            altavoz build --drafts --quiet"
    )]
    Build(BuildArgs),
    /// Live preview: build in memory, serve on 127.0.0.1, rebuild and reload the browser on save
    #[command(after_help = "Examples:\n  altavoz serve\n  altavoz serve --port 3000 --open\n  \
                            altavoz serve --root my-campaigns\n\n\
                            The preview never writes into the output folder; stop it with Ctrl-C.")]
    Serve(ServeArgs),
    /// The live preview with an editor in the browser: forms for pages, translations and photos
    #[command(
        after_help = "Examples:\n  altavoz edit --open\n  altavoz edit --root my-campaigns --messages es\n\n\
                            It answers only on this computer, to the address it prints (with a key for this\n\
                            run); it writes only the campaigns' pages, campaign.yaml and photos. Stop it with Ctrl-C."
    )]
    Edit(ServeArgs),
    /// Write the web editor's configuration again (static/admin/) from the campaigns and languages
    #[command(
        after_help = "Examples:\n  altavoz cms\n  altavoz cms --cms sveltia --repo red-jovenes/campanas\n\n\
                            Run it again after adding a campaign or a language: it keeps the backend settings\n\
                            of the existing static/admin/config.yml."
    )]
    Cms(CmsArgs),
    /// Check the sources (everything build validates) without writing anything
    #[command(after_help = "Examples:\n  altavoz check\n  altavoz check --root campaigns-2027\n  \
                            altavoz check --deny-warnings   (for CI: exit code 1 on any warning)")]
    Check(CheckArgs),
    /// Where translations stand: up to date, outdated (with what changed), missing, draft, unknown
    #[command(
        after_help = "Examples:\n  altavoz status\n  altavoz status --campaign think-twice --lang en\n  \
                            altavoz status --format html > status.html\n  \
                            altavoz status --format json --deny outdated,missing   (for CI: exit code 1 if any)\n\n\
                            The JSON shape is described in the guide's translating chapter."
    )]
    Status(StatusArgs),
    /// Start translations of a campaign into a language, or record that translations are done
    #[command(
        after_help = "Examples:\n  altavoz translate think-twice en                  start every missing English page\n  \
                            altavoz translate think-twice quc coyote-seguro    start one K'iche' page\n  \
                            altavoz translate --done campaigns/think-twice/en/coyote-seguro.md\n\n\
                            A started page is a draft with the source text to translate: readers keep the\n\
                            fallback page until it is done."
    )]
    Translate(TranslateArgs),
    /// Translation files for Poedit, Weblate and Crowdin (gettext PO): export a campaign's texts,
    /// import the translations
    #[command(subcommand)]
    Po(PoCommand),
}

#[derive(Debug, Subcommand)]
pub enum PoCommand {
    /// Write a PO file of a campaign's texts to translate into a language
    #[command(
        after_help = "Examples:\n  altavoz po export think-twice en -o think-twice.en.po\n  \
                            altavoz po export think-twice quc > think-twice.quc.po\n\n\
                            Each text of each page is one entry; existing translations are filled in, and\n\
                            those whose source changed since are marked fuzzy (\"Needs work\" in Poedit)."
    )]
    Export(PoExportArgs),
    /// Write the translations of a PO file into the campaign's pages
    #[command(after_help = "Examples:\n  altavoz po import think-twice.en.po\n\n\
                            A page whose texts are all translated (none empty, none fuzzy) is published;\n\
                            a new page with texts left is written as a draft, so readers keep the fallback.\n\
                            If anything is wrong, nothing is written.")]
    Import(PoImportArgs),
}

#[derive(Debug, Args)]
pub struct PoExportArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The campaign (its folder name)
    #[arg(value_name = "CAMPAIGN")]
    pub campaign: String,
    /// The language to translate into
    #[arg(value_name = "LANG")]
    pub lang: String,
    /// Write the PO file here instead of to the standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PoImportArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The PO file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The campaign, when the file's header does not say (X-Altavoz-Campaign)
    #[arg(long, value_name = "NAME")]
    pub campaign: Option<String>,
    /// The language, when the file's header does not say (Language)
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only this campaign
    #[arg(long, value_name = "NAME")]
    pub campaign: Option<String>,
    /// Only this language
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// text (for people), json (for scripts and CI) or html (a page to open or publish)
    #[arg(long, value_name = "FORMAT", default_value = "text", value_parser = ["text", "json", "html"])]
    pub format: String,
    /// Exit with code 1 when any page has one of these states
    #[arg(long, value_name = "STATES", value_delimiter = ',', value_parser = ["outdated", "missing", "draft", "unknown"])]
    pub deny: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TranslateArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Record that the translations PAGE… are finished or brought up to date
    #[arg(long)]
    pub done: bool,
    /// CAMPAIGN LANG [PAGE…] to start translations; with --done, the translations' paths
    #[arg(value_name = "ARGS", required = true)]
    pub args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CommonArgs {
    /// The project folder (the one with altavoz.yaml)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Print only errors and warnings (no progress, no summary)
    #[arg(long, short)]
    pub quiet: bool,
    /// List every warning, not only the first five of each kind
    #[arg(long, short)]
    pub verbose: bool,
    /// The language of altavoz's messages (default: `messages` in altavoz.yaml, else the system
    /// language, else English)
    #[arg(long, value_name = "LANG", value_parser = ["es", "en"])]
    pub messages: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Treat warnings as errors: exit code 1 if there is any (for CI)
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    #[command(subcommand)]
    pub page: Option<NewPage>,
    /// The folder of the new project (it must not exist, or be empty)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The language of messages and of the comments in the new files
    #[arg(long, value_name = "LANG", value_parser = ["es", "en"])]
    pub messages: Option<String>,
    /// Also write the files that publish the site from its repository on this host
    #[arg(long, value_name = "HOST", value_parser = ["github", "gitlab", "netlify", "cloudflare"])]
    pub host: Option<String>,
    /// Also write the configuration of a web editor for teams (static/admin/)
    #[arg(long, value_name = "CMS", value_parser = ["decap", "sveltia"])]
    pub cms: Option<String>,
}

#[derive(Debug, Args)]
pub struct CmsArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Which web editor (default: the one the project has, else decap)
    #[arg(long, value_parser = ["decap", "sveltia"])]
    pub cms: Option<String>,
    /// Where the repository is (when static/admin/config.yml does not say yet)
    #[arg(long, default_value = "github", value_parser = ["github", "gitlab"])]
    pub forge: String,
    /// The repository, OWNER/NAME (replaces the one static/admin/config.yml names)
    #[arg(long)]
    pub repo: Option<String>,
    /// The branch the site is published from
    #[arg(long, default_value = "main")]
    pub branch: String,
}

#[derive(Debug, Subcommand)]
pub enum NewPage {
    /// A new page, with the front matter of its kind, commented
    Page(NewPageArgs),
}

#[derive(Debug, Args)]
pub struct NewPageArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Where: <campaign>/<lang>/<name> (the file is campaigns/<campaign>/<lang>/<name>.md)
    #[arg(value_name = "CAMPAIGN/LANG/NAME")]
    pub path: String,
    /// What kind of page
    #[arg(long, default_value = "page", value_parser = ["page", "tip", "myth", "story", "faq", "contacts"])]
    pub kind: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Port to listen on (0: any free port)
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Address to listen on; the default keeps the preview on this computer
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the preview in the browser
    #[arg(long)]
    pub open: bool,
    /// Also show pages marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output folder (relative to the current folder), instead of `output` in altavoz.yaml
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Site address, instead of `base_url` in altavoz.yaml (used for canonical links and sitemaps)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Build only these outputs: site (the website), print (handouts and booklets, PDF), cards
    /// (social cards, PNG)
    #[arg(long, value_name = "OUTPUTS", value_delimiter = ',', value_parser = output_parser())]
    pub only: Vec<Output>,
    /// Build only this campaign
    #[arg(long, value_name = "NAME")]
    pub campaign: Option<String>,
    /// Build only this language
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// Also build pages marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Also write one zip per language for reading offline (pages, handouts, small pictures)
    #[arg(long)]
    pub pack: bool,
    /// Treat warnings as errors: exit code 1 and nothing written if there is any (for CI)
    #[arg(long)]
    pub deny_warnings: bool,
}

/// `site`, `print` or `cards`, the names of [`Output`].
fn output_parser() -> impl TypedValueParser<Value = Output> {
    PossibleValuesParser::new(Output::ALL.map(Output::name)).map(|name| {
        Output::ALL
            .into_iter()
            .find(|o| o.name() == name)
            .unwrap_or(Output::Site)
    })
}
