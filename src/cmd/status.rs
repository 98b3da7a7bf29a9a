//! `altavoz status`.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use altavoz::localize::Selection;
use altavoz::pipeline::{Preparation, Prepared};
use altavoz::translate::{self, Filter, State, text};

use super::{CONTENT_ERROR, Console};
use crate::cli::StatusArgs;

pub fn status(args: StatusArgs) -> ExitCode {
    let ui = Console {
        writes: false,
        ..Console::new(&args.common)
    };
    let selection = Selection {
        campaign: args.campaign.clone(),
        lang: args.lang.clone(),
        drafts: false,
    };
    let filter = Filter {
        campaign: args.campaign,
        lang: args.lang,
    };
    let preparation = Preparation {
        allowed: &["notice-missing"],
        ..Preparation::default()
    };
    let prepared = match Prepared::new(&args.common.root, &preparation) {
        Ok(prepared) => prepared,
        Err(failure) => return ui.fail(failure),
    };
    let status = match prepared.site(&selection) {
        Ok((site, _)) => translate::status(&prepared, &site, &filter),
        Err(failure) => return ui.fail(failure),
    };
    let project = &prepared.project;
    let title = project
        .title
        .get(&project.text_chain(&project.default_language().code))
        .to_string();
    let names: std::collections::BTreeMap<String, String> = project
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    let out = match args.format.as_str() {
        "json" => serde_json::to_string_pretty(&status).unwrap_or_default() + "\n",
        "html" => match translate::dashboard(&status, &title, &names, ui.lang) {
            Ok(html) => html,
            Err(e) => {
                ui.error(&altavoz::msg!("status-page-failed", reason = e.clone()));
                return ExitCode::from(super::USAGE_ERROR);
            }
        },
        _ => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            text::render(&status, text::Style { color }, altavoz::messages::Catalog::get(ui.lang))
        }
    };
    let _ = std::io::stdout().write_all(out.as_bytes());
    let deny: BTreeSet<State> = args
        .deny
        .iter()
        .filter_map(|name| State::ALL.into_iter().find(|s| s.name() == name))
        .collect();
    if translate::status::any(&status, &deny) {
        let names: Vec<&str> = deny.iter().map(|s| s.name()).collect();
        ui.say(&altavoz::msg!("status-denied", states = names.join(", ")));
        return ExitCode::from(CONTENT_ERROR);
    }
    ExitCode::SUCCESS
}
