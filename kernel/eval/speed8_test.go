package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// speed8Want is what `go run` prints for
// testdata/conformance/regressions/arrays_parallel_fused.go
// (/work/scratch/speed/multi).
const speed8Want = `false false false false true true false false false false true false true true true false false false 
recovered: runtime error: invalid memory address or nil pointer dereference 5 10 3
[[7 8 9] [4 5 6] [1 2 3]] 45
12586269025
ab|bc|cab
0 11 22 
[true true true false false] [true false true true true] [-63 86 93 93]
1 [9 2 3]
{2 1}
3 3
5 7
2.5 1.25
[1 1 65535]
recovered: runtime error: index out of range [3] with length 3
1 -1
recovered: runtime error: invalid memory address or nil pointer dereference
[[y ] [ x]]
`

// TestSpeed8ArraysParallel: elements of arrays and of pointers to arrays,
// parallel assignments and && / || done by fast steps give what `go run`
// prints, three times in a session (the steps' later runs reuse what the
// first learned); `calls` is a global counter, reset between runs.
func TestSpeed8ArraysParallel(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(confDir, "regressions", "arrays_parallel_fused.go"))
	if err != nil {
		t.Fatal(err)
	}
	prog := strings.Replace(strings.TrimPrefix(string(src)[strings.Index(string(src), "package main\n"):], "package main\n"), "func main() {", "func runSpeed8() {", 1)
	ts := newSession(t)
	ts.ok(prog)
	for i := 0; i < 3; i++ {
		if got := ts.ok("calls = 0\nrunSpeed8()").stdout.String(); got != speed8Want {
			t.Fatalf("run %d:\n%s\nwant:\n%s", i, got, speed8Want)
		}
	}
}

// TestSpeed8IsPanicLine: isPanicLine, which stderrFilter uses instead of
// the regexp panicLine, agrees with it.
func TestSpeed8IsPanicLine(t *testing.T) {
	for _, l := range []string{
		"12:3: panic: main.f(...)\n", "12:3: panic: main.f(...)", "-: panic: main(...)\n",
		"sync/go1_26.go.txt:27:5: panic: sync.OnceValue.func(...)\n", "_.go:1:2: panic: main.g.func(...)\n",
		".go:1:2: panic: x(...)\n", "a b.go:1:2: panic: x(...)\n", "x.txt:1:2: panic: x(...)\n",
		"1:2: panic: x(...)\n\n", "1:2: panic: x(...)y\n", "1:: panic: x(...)\n", ":1:2: panic: x(...)\n",
		"1:2:3:4: panic: x(...)\n", "1a:2: panic: x(...)\n", "1:2: panic: a: panic: b(...)\n",
		"1:2: panic: (...)\n", "1:2: panic: x\n(...)\n", "--: panic: x(...)\n", "- : panic: x(...)\n",
		"hello\n", "", "\n", "1:2: panic:  x(...)\n", "f.go:1:2: panic: x(...)\r\n", "f\t.go:1:2: panic: x(...)\n",
		"12:3: panic: main.f(...)\n12:3: panic: main.f(...)\n",
	} {
		if got, want := isPanicLine([]byte(l)), panicLine.MatchString(l); got != want {
			t.Errorf("isPanicLine(%q) = %v, the regexp says %v", l, got, want)
		}
	}
}
