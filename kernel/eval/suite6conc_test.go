package eval

import (
	"errors"
	"strings"
	"testing"
)

// Regression tests of the fixes made for the concurrency programs of the
// conformance corpus (suite6 conc: sections concurrency2 and sync2). Each
// test runs a program as one cell and as a user would split it
// (declarations, then main's body as top-level statements); the expected
// outputs are those of `go run`.

// s6both runs prog whole, and split into its declarations and main's body.
func s6both(t *testing.T, prog, want string) {
	t.Helper()
	ts := newSession(t)
	if got := ts.ok(prog).stdout.String(); got != want {
		t.Errorf("whole: got\n%s\nwant\n%s", got, want)
	}
	i := strings.Index(prog, "func main() {\n")
	decls, body := prog[:i], prog[i+len("func main() {\n"):]
	body = body[:strings.LastIndex(body, "}")]
	ts = newSession(t)
	got := ts.ok(decls).stdout.String()
	if got += ts.ok(body).stdout.String(); got != want {
		t.Errorf("split: got\n%s\nwant\n%s", got, want)
	}
}

// TestSuite6ParallelAssignInPlace: in a parallel assignment, a source that
// is a call, a receive or a composite literal was written in place into
// its destination and the whole statement's assign was dropped, so the
// other destinations stayed zero: a, b := x, <-ch gave a == 0, and the
// go statement go producer(ch, []string{...}) (rewritten into such an
// assignment of its arguments) passed a nil channel: the program
// deadlocked.
func TestSuite6ParallelAssignInPlace(t *testing.T) {
	s6both(t, `import "fmt"

func f() int { return 7 }

func producer(out chan string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func main() {
	ch := make(chan int, 2)
	ch <- 9
	x := 3
	a, b := x, <-ch
	fmt.Println(a, b)
	var c, d int
	c, d = x, f()
	fmt.Println(c, d)
	e, s := x, []int{1, 2}
	fmt.Println(e, s)
	ch <- 10
	g, h := <-ch, x
	fmt.Println(g, h)
	p := &x
	q, r := p, struct{ A int }{4}
	fmt.Println(q == p, r)
	words := make(chan string)
	go producer(words, []string{"x", "y"})
	for w := range words {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
`, "3 9\n3 7\n3 [1 2]\n10 3\ntrue {4}\nx y \n")
}

// TestSuite6SelectContinue: a continue in a select clause (a loop that
// drains a channel with select and default) made the compile recurse
// forever: the select's generator generates its clause bodies, whose walk
// came back through the loop to the select being generated.
func TestSuite6SelectContinue(t *testing.T) {
	s6both(t, `import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 5
	n := 0
	for i := 0; i < 3; i++ {
		n++
		select {
		case v := <-ch:
			fmt.Println("drained", v)
			continue
		default:
		}
		fmt.Println("after select", i, n)
		break
	}
	out := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case out <- i:
			if i%2 == 0 {
				continue
			}
		case v := <-out:
			fmt.Println("got", v)
			continue
		}
		fmt.Println("odd", i)
	}
	fmt.Println("done")
}
`, "drained 5\nafter select 1 2\ngot 0\ngot 2\ndone\n")
}

// TestSuite6OnceValuePanicStderr: a panic recovered by the caller of a
// sync.OnceValue function (interpreted from the toolchain's sources)
// printed yaegi's unwinding lines ("sync/go1_26.go.txt:27:5: panic:
// sync.OnceValue.func(...)") on the cell's stderr: their position names a
// file, which the filter of those lines did not expect.
func TestSuite6OnceValuePanicStderr(t *testing.T) {
	prog := `import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceValue(func() int {
		calls++
		panic(fmt.Sprint("bad value ", calls))
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println("calls", calls)
}
`
	s6both(t, prog, "recovered: bad value 1\nrecovered: bad value 1\nrecovered: bad value 1\ncalls 1\n")
	ts := newSession(t)
	if c := ts.ok(prog); c.stderr.String() != "" {
		t.Errorf("stderr %q, want none", c.stderr.String())
	}
}

// TestSuite6UnnamedParams: a function with an unnamed parameter (func(int)
// error, a func literal passed as func(int, string) string) had no frame
// slot for it; the call writes the arguments in consecutive slots, so the
// argument overwrote the function's first local: "reflect.Set: value of
// type int is not assignable to type func(string) error" as soon as the
// body called a compiled function.
func TestSuite6UnnamedParams(t *testing.T) {
	s6both(t, `import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ n int }

func (T) Name(string, int) string { return strings.Repeat("t", 2) }

func g(int) error { return errors.New("from g") }

func apply(f func(int, string) string) string { return f(1, "a") }

func main() {
	fmt.Println(g(1))
	f := func(int) string { return fmt.Sprint("lit ", 2) }
	fmt.Println(f(7))
	fmt.Println(apply(func(_ int, s string) string { return strings.ToUpper(s) }))
	fmt.Println(apply(func(int, string) string { return strings.ToUpper("unnamed") }))
	k := func(int, string, float64) (int, error) {
		err := fmt.Errorf("k")
		return 3, err
	}
	fmt.Println(k(1, "", 2))
	fmt.Println(T{}.Name("x", 1))
	h := func(a int, _ string, _ float64) (int, error) {
		err := fmt.Errorf("a=%d", a)
		return a * 2, err
	}
	fmt.Println(h(4, "s", 1.5))
}
`, "from g\nlit 2\nA\nUNNAMED\n3 k\ntt\n8 a=4\n")
}

// TestSuite6SelectBreak: a break in a select clause ends the select
// statement; it ended the enclosing loop, or with no loop around, the
// function (the statements after the select never ran).
func TestSuite6SelectBreak(t *testing.T) {
	s6both(t, `import "fmt"

func first(c chan int) string {
	select {
	case v := <-c:
		if v > 0 {
			break
		}
		return "not positive"
	}
	return "broke out of select"
}

func main() {
	c := make(chan int, 3)
	c <- 1
	fmt.Println(first(c))
	c <- 0
	fmt.Println(first(c))
	n := 0
	for i := 0; i < 3; i++ {
		c <- i
		select {
		case v := <-c:
			if v == 1 {
				break
			}
			n += 10
		}
		n++
	}
	fmt.Println("loop ran to the end:", n)
}
`, "broke out of select\nnot positive\nloop ran to the end: 23\n")
}

// TestSuite6WaitGroupGoPanic: as sync.WaitGroup.Go, the kernel's calls
// Done only when f returns: when f panics, Wait must not return (it let
// the cell print "not reached" before the panic stopped it).
func TestSuite6WaitGroupGoPanic(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
	"sync"
)`)
	for i := 0; i < 5; i++ {
		c := ts.run(`var wg sync.WaitGroup
fmt.Println("launching")
wg.Go(func() {
	var m map[string]int
	m["boom"]++
})
wg.Wait()
fmt.Println("not reached")`)
		if got := c.stdout.String(); got != "launching\n" {
			t.Errorf("stdout %q, want %q", got, "launching\n")
		}
		var e *Error
		if !errors.As(c.err, &e) || e.Name != "panic" || e.Value != "assignment to entry in nil map [recovered, repanicked]" { // WaitGroup.Go recovers and panics again, as go run prints
			t.Fatalf("error %v, want the goroutine's panic", c.err)
		}
	}
	// f returning or calling runtime.Goexit counts as done.
	c := ts.ok(`var wg2 sync.WaitGroup
wg2.Go(func() {})
wg2.Go(func() { runtime.Goexit() })
wg2.Wait()
fmt.Println("both done")`)
	if got := c.stdout.String(); got != "both done\n" {
		t.Errorf("stdout %q", got)
	}
}
