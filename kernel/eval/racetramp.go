// One function per origin slot of the race detector (see race.go).

package eval

// raceTramps run a goroutine's body through a distinct compiled function
// per origin, which the race runtime's stacks name (see race.go).
var raceTramps = [...]func(func()){
	raceTramp00, raceTramp01, raceTramp02, raceTramp03, raceTramp04, raceTramp05, raceTramp06, raceTramp07, raceTramp08, raceTramp09, raceTramp10, raceTramp11, raceTramp12, raceTramp13, raceTramp14, raceTramp15, raceTramp16, raceTramp17, raceTramp18, raceTramp19, raceTramp20, raceTramp21, raceTramp22, raceTramp23, raceTramp24, raceTramp25, raceTramp26, raceTramp27, raceTramp28, raceTramp29, raceTramp30, raceTramp31,
}

//go:noinline
func raceTramp00(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp01(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp02(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp03(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp04(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp05(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp06(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp07(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp08(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp09(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp10(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp11(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp12(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp13(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp14(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp15(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp16(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp17(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp18(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp19(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp20(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp21(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp22(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp23(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp24(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp25(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp26(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp27(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp28(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp29(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp30(f func()) { f(); raceKeep() }

//go:noinline
func raceTramp31(f func()) { f(); raceKeep() }

// raceKeep follows each trampoline's call, so that the call is not a tail
// call and the trampoline's frame stays in the stack.
//
//go:noinline
func raceKeep() {}
