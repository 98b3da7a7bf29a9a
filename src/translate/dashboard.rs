//! The status as one self-contained HTML page a coordinator can open or publish: no script,
//! nothing from another origin, readable at 320 px and printed.

use std::collections::BTreeMap;

use serde::Serialize;

use super::status::{State, Status};

const TEMPLATE: &str = include_str!("dashboard.html");

#[derive(Serialize)]
struct StateName {
    key: &'static str,
    words: &'static str,
}

#[derive(Serialize)]
struct Data<'a> {
    title: &'a str,
    status: &'a Status,
    states: Vec<StateName>,
    totals: BTreeMap<&'static str, usize>,
    /// Language names by code, for "readers get the page in Español".
    names: &'a BTreeMap<String, String>,
}

/// The dashboard of `status`, for the project titled `title` whose languages are `names`
/// (code → name).
pub fn dashboard(status: &Status, title: &str, names: &BTreeMap<String, String>) -> Result<String, String> {
    let mut totals = BTreeMap::new();
    for language in status.campaigns.iter().flat_map(|c| &c.languages) {
        for state in State::ALL {
            *totals.entry(state.name()).or_insert(0) += language.counts.get(state);
        }
    }
    let data = Data {
        title,
        status,
        states: State::ALL
            .iter()
            .map(|s| StateName {
                key: s.name(),
                words: s.words(),
            })
            .collect(),
        totals,
        names,
    };
    let mut tera = tera::Tera::new();
    tera.add_raw_template("dashboard.html", TEMPLATE)
        .map_err(|e| e.to_string())?;
    let context = tera::Context::from_serialize(&data).map_err(|e| e.to_string())?;
    tera.render("dashboard.html", &context).map_err(|e| e.to_string())
}
