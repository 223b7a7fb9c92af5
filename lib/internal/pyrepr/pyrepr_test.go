package pyrepr

import (
	"math"
	"runtime"
	"testing"
)

func TestStr(t *testing.T) {
	for in, want := range map[string]string{
		"이것은 subprocess입니다.": `'이것은 subprocess입니다.'`,
		"it's":               `"it's"`,
		`it's "x"`:           `'it\'s "x"'`,
		"a\nb\t\\":           `'a\nb\t\\'`,
		"\x00\x7f\u00a0é":    `'\x00\x7f\xa0é'`,
		"\u200b":             `'\u200b'`,
		"\xff":               `'\xff'`,
	} {
		if got := Str(in); got != want {
			t.Errorf("Str(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestBytes(t *testing.T) {
	if got, want := Bytes([]byte("hi\n\x00é'")), `b"hi\n\x00\xc3\xa9'"`; got != want {
		t.Errorf("Bytes = %s, want %s", got, want)
	}
	if got, want := Bytes([]byte{}), `b''`; got != want {
		t.Errorf("Bytes = %s, want %s", got, want)
	}
}

func TestStrListSeconds(t *testing.T) {
	if got, want := StrList([]string{"sleep", "10"}), `['sleep', '10']`; got != want {
		t.Errorf("StrList = %s", got)
	}
	for in, want := range map[float64]string{5: "5", 0.1: "0.1", 1.5: "1.5"} {
		if got := Seconds(in); got != want {
			t.Errorf("Seconds(%v) = %s, want %s", in, got, want)
		}
	}
}

func TestSignalName(t *testing.T) {
	if s, ok := SignalName(15); !ok || s != "SIGTERM" {
		t.Errorf("SignalName(15) = %q, %v", s, ok)
	}
	if _, ok := SignalName(99); ok {
		t.Error("SignalName(99) is known")
	}
}

// Expected values from python3 on Linux: signal.Signals(n).name, and
// multiprocessing.process._exitcode_to_name.
func TestSignalNameLinux(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("Linux's signal numbers")
	}
	for n, want := range map[int]string{16: "SIGSTKFLT", 29: "SIGIO", 30: "SIGPWR", 34: "SIGRTMIN", 64: "SIGRTMAX", 35: "", 63: "", 65: ""} {
		if got, ok := SignalName(n); got != want || ok != (want != "") {
			t.Errorf("SignalName(%d) = %q, %v; want %q", n, got, ok, want)
		}
	}
	for n, want := range map[int]string{29: "SIGPOLL", 15: "SIGTERM", 34: "SIGRTMIN"} {
		if got, ok := ExitcodeSignalName(n); got != want || !ok {
			t.Errorf("ExitcodeSignalName(%d) = %q, %v; want %q", n, got, ok, want)
		}
	}
}

// Expected values from python3: repr of each float, and of the tuples.
func TestValue(t *testing.T) {
	floats := []float64{1.0, 0.1, 1e16, 1e15, 1.5e-7, 0.0001, 0.00001, 123456789012345678.0, math.Copysign(0, -1), 2.5, 1.0 / 3, math.Inf(1)}
	want := []string{"1.0", "0.1", "1e+16", "1000000000000000.0", "1.5e-07", "0.0001", "1e-05", "1.2345678901234568e+17", "-0.0", "2.5", "0.3333333333333333", "inf"}
	for i, f := range floats {
		if got := Value(f); got != want[i] {
			t.Errorf("Value(%v) = %s, want %s", f, got, want[i])
		}
	}
	// print((1, 'a', None, True), ("it's",), ())
	got := Value([]any{1, "a", nil, true}) + " " + Value([]any{"it's"}) + " " + Value([]any{})
	if w := `(1, 'a', None, True) ("it's",) ()`; got != w {
		t.Errorf("tuples: %s, want %s", got, w)
	}
}
