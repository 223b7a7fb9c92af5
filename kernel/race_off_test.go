//go:build !race

package kernel

// raceEnabled reports whether the tests run with the race detector, under
// which sync.Pool drops what it is given at random (allocation counts are
// not the program's).
const raceEnabled = false
