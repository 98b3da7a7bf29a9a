use std::process::ExitCode;

use clap::Parser;

mod cli;
mod cmd;

// Building a site allocates many small strings on every core at once: glibc's allocator
// spent a sixth of a preview's rebuild in malloc and free. With transparent huge pages, a
// website build took 40 % more memory than with glibc's; built with `no_thp`, 19 % more (v3).
// Its v2 gives freed memory back after 10 ms where v3 waits a second: `edit` on 2,000 pages took
// 0.79× v3's memory, a website 0.92×, at about the same speed (the guide's contributing page).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli.command {
        cli::Command::New(args) => cmd::new::new(args),
        cli::Command::Build(args) => cmd::build::build(args),
        cli::Command::Check(args) => cmd::build::check(args),
        cli::Command::Cms(args) => cmd::new::cms(args),
        cli::Command::Serve(args) => cmd::serve::serve(args),
        cli::Command::Edit(args) => cmd::serve::edit(args),
        cli::Command::Status(args) => cmd::status::status(args),
        cli::Command::Translate(args) => cmd::translate::translate(args),
        cli::Command::Po(cli::PoCommand::Export(args)) => cmd::po::export(args),
        cli::Command::Po(cli::PoCommand::Import(args)) => cmd::po::import(args),
    }
}
