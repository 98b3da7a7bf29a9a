use super::*;

#[test]
fn scaled_sizes_keep_proportions_and_never_grow() {
    assert_eq!(scaled_size(4000, 3000, 360), (360, 270));
    assert_eq!(scaled_size(300, 200, 360), (300, 200));
    assert_eq!(scaled_size(3000, 4000, 1080), (1080, 1440));
}
