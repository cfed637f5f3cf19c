//! Freeing large values off the path the user waits on.

/// Drop `value` on a thread of its own, or here if no thread can be started.
///
/// A million sketches or findings are tens of millions of small boxes, and
/// freeing them one by one takes seconds; nothing that follows needs that
/// memory back first. A process that exits meanwhile does not wait for it.
pub fn drop_in_background<T: Send + 'static>(value: T) {
    // On failure `spawn` drops the closure, and the value with it, here.
    let _ = std::thread::Builder::new()
        .name("presslint-drop".into())
        .spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[test]
    fn the_value_is_dropped_in_the_end() {
        let shared = Arc::new(vec![1u8; 1024]);
        drop_in_background(Arc::clone(&shared));
        let deadline = Instant::now() + Duration::from_secs(10);
        while Arc::strong_count(&shared) > 1 {
            assert!(Instant::now() < deadline, "the background drop never ran");
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}
