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
