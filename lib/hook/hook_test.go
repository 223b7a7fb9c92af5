package hook

import (
	"fmt"
	"os"
	"testing"

	"github.com/gonotes/gonotes/internal/testutil"
)

func TestOutputFollowsTheGoroutinesCell(t *testing.T) {
	defer Reset()
	var outA, outB testutil.Buffer
	a := NewScope(1, &outA, &outA)
	b := NewScope(2, &outB, &outB)

	// A goroutine started while cell A runs keeps writing to A, even when
	// B has become the active cell.
	SetActive(a)
	release := make(chan struct{})
	done := make(chan struct{})
	func() {
		defer Bind(a)()
		Go(func() {
			<-release
			fmt.Fprintln(Stdout(), "late from A")
			close(done)
		})
	}()
	SetActive(b)
	func() {
		defer Bind(b)()
		fmt.Fprintln(Stdout(), "from B")
		close(release)
		<-done
	}()
	if outA.String() != "late from A\n" || outB.String() != "from B\n" {
		t.Fatalf("A got %q, B got %q", outA.String(), outB.String())
	}
	// An unbound goroutine writes to the active cell.
	unbound := make(chan struct{})
	go func() { fmt.Fprint(Stderr(), "to the active cell"); close(unbound) }()
	<-unbound
	if outB.String() != "from B\nto the active cell" {
		t.Fatalf("unbound write went elsewhere: B has %q", outB.String())
	}
}

func TestInterruptIsPerScope(t *testing.T) {
	defer Reset()
	a := NewScope(1, nil, nil)
	b := NewScope(2, nil, nil)
	a.Interrupt()
	a.Interrupt() // twice is fine
	if !a.Interrupted() || b.Interrupted() {
		t.Fatalf("interrupted: a=%v b=%v", a.Interrupted(), b.Interrupted())
	}
	select {
	case <-a.Done():
	default:
		t.Fatal("a's Done channel is open")
	}
	// Check panics only in goroutines of the interrupted scope.
	panicked := func(s *Scope) (p any) {
		defer func() { p = recover() }()
		defer Bind(s)()
		Check()
		return nil
	}
	if p := panicked(a); !IsInterrupt(p) {
		t.Fatalf("Check in a = %v, want KeyboardInterrupt", p)
	}
	if p := panicked(b); p != nil {
		t.Fatalf("Check in b panicked: %v", p)
	}
	// A nil scope (a compiled program) is never interrupted.
	var none *Scope
	if none.Interrupted() || none.Done() != nil {
		t.Fatal("nil scope interrupted")
	}
}

func TestBindRestores(t *testing.T) {
	defer Reset()
	a := NewScope(1, nil, nil)
	b := NewScope(2, nil, nil)
	if Current() != nil {
		t.Fatal("a fresh goroutine has a scope")
	}
	restoreA := Bind(a)
	restoreB := Bind(b)
	if Current() != b {
		t.Fatal("inner binding not current")
	}
	restoreB()
	if Current() != a {
		t.Fatal("outer binding not restored")
	}
	restoreA()
	if Current() != nil {
		t.Fatal("binding left behind")
	}
}

// The main thread keeps the identity of the first main goroutine however
// many goroutines play it, as a notebook's cells run in one Python thread.
func TestMainThreadIdentityLasts(t *testing.T) {
	defer Reset()
	inMain := func() (thread, g int64) {
		c := make(chan [2]int64)
		go func() {
			SetMainGoroutine(GoID())
			c <- [2]int64{ThreadID(), GoID()}
		}()
		r := <-c
		return r[0], r[1]
	}
	first, g1 := inMain()
	second, g2 := inMain()
	if first != g1 || second != first || g2 == g1 {
		t.Fatalf("main thread ids %d then %d (goroutines %d, %d)", first, second, g1, g2)
	}
	if MainThreadID() != first {
		t.Fatalf("MainThreadID = %d, want %d", MainThreadID(), first)
	}
	if ThreadID() == first {
		t.Fatal("a goroutine that is not the main one has the main thread's id")
	}
	SetMainGoroutine(0)
	if MainThreadID() != 0 || ClaimMainGoroutine(GoID()) != GoID() || ThreadID() != GoID() {
		t.Fatal("clearing the main goroutine did not forget its identity")
	}
}

// Output of a goroutine whose own cell has finished goes to the cell running
// now, as ipykernel sends it; when no cell runs, to its own cell. While its
// own cell runs, it stays there.
func TestOutputOfAFinishedCellsGoroutine(t *testing.T) {
	defer Reset()
	var outA, outB testutil.Buffer
	a := NewScope(1, &outA, &outA)
	b := NewScope(2, &outB, &outB)
	say := make(chan string)
	said := make(chan struct{})
	SetActive(a)
	func() {
		defer Bind(a)()
		Go(func() {
			for s := range say {
				fmt.Fprintln(Stdout(), s)
				said <- struct{}{}
			}
		})
	}()
	write := func(s string) { say <- s; <-said }
	write("while A runs")
	a.End()
	write("between cells")
	SetActive(b)
	write("while B runs")
	if OutputScope(a) != b || OutputScope(b) != b {
		t.Error("OutputScope does not follow the running cell")
	}
	b.End()
	write("after B")
	close(say)
	if got, want := outA.String(), "while A runs\nbetween cells\nafter B\n"; got != want {
		t.Errorf("A got %q, want %q", got, want)
	}
	if got, want := outB.String(), "while B runs\n"; got != want {
		t.Errorf("B got %q, want %q", got, want)
	}
	if !a.Ended() || NewScope(3, nil, nil).Ended() {
		t.Error("Ended is wrong")
	}
}

func TestEnvironFollowsTheScope(t *testing.T) {
	defer Reset()
	if got, want := len(Environ()), len(os.Environ()); got != want {
		t.Fatalf("Environ() outside a scope: %d variables, want os.Environ()'s %d", got, want)
	}
	sc := NewScope(1, nil, nil)
	sc.Environ = func() []string { return []string{"A=1"} }
	restore := Bind(sc)
	if got := Environ(); len(got) != 1 || got[0] != "A=1" {
		t.Fatalf("Environ() in the scope = %q, want its Environ's", got)
	}
	if got := sc.Derive().Environ; got == nil {
		t.Fatal("a derived scope lost Environ")
	}
	restore()
	if got, want := len(Environ()), len(os.Environ()); got != want {
		t.Fatalf("Environ() after the scope: %d variables, want %d", got, want)
	}
}
