package eval

import (
	"bytes"
	"context"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// run executes code in s and returns what it printed.
func runCell(t *testing.T, s *Session, code string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	_, err := s.Execute(context.Background(), hook.NewScope(1, &out, &out), code)
	return out.String(), err
}

// A loop variable whose name an earlier cell's top-level loop made a
// global: goroutines of the loop still see their own iteration's value.
func TestLoopVarNamedLikeAnEarlierGlobal(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runCell(t, s, "for i := 0; i < 3; i++ {}"); err != nil {
		t.Fatal(err)
	}
	out, err := runCell(t, s, `import ("fmt"; "sync")
var wg sync.WaitGroup
res := make([]int, 5)
for i := 0; i < 5; i++ {
	wg.Add(1)
	go func() { defer wg.Done(); res[i] = i * 10 }()
}
wg.Wait()
fmt.Println(res)`)
	if err != nil || out != "[0 10 20 30 40]\n" {
		t.Fatalf("got %q, %v; want [0 10 20 30 40]", out, err)
	}
}

// A cell that fails on an import of a missing package must not make later
// imports of its other packages fail ("time/_.go redeclared").
func TestImportAfterFailedImport(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runCell(t, s, "import (\"time\"; \"nosuch/pkg\")\ntime.Sleep(1)"); err == nil {
		t.Fatal("import of a missing package compiled")
	}
	out, err := runCell(t, s, "import (\"fmt\"; \"time\")\nfmt.Println(time.Duration(1500) * time.Millisecond)")
	if err != nil || out != "1.5s\n" {
		t.Fatalf("after a failed import: %q, %v", out, err)
	}
}

// Two packages of one name in a cell stay an error the user sees.
func TestTwoImportsOfOneName(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runCell(t, s, "import (\"math/rand\"; \"crypto/rand\")\nrand.Int()"); err == nil {
		t.Fatal("two packages named rand compiled")
	}
}
