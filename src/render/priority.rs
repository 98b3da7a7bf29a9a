//! A preview makes its handouts and cards after its pages, while the author goes on working:
//! the threads that make them yield the processor to what the author waits for (the next
//! save's pages, the editor's checks). On two cores, a check that shared them with the
//! documents of the last save took twice as long.

/// Makes the calling thread one that runs when nothing more urgent wants the processor (on
/// Linux its own nice value; where a thread's priority cannot be set, nothing changes).
pub fn yield_to_foreground() {
    let _ = thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min);
}

/// Builds rayon's global pool, where typst and krilla do their background work, with room
/// for deep recursion and, for a preview (`background`), at the priority of the documents it
/// serves. The first call decides; later ones change nothing.
pub fn build_global_pool(background: bool) {
    let builder = rayon::ThreadPoolBuilder::new().stack_size(super::STACK_SIZE);
    let builder = if background {
        builder.start_handler(|_| yield_to_foreground())
    } else {
        builder
    };
    let _ = builder.build_global();
}
