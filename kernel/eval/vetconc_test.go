package eval

import (
	"fmt"
	"strings"
	"testing"
)

// TestVetConc: go vet's concurrency findings appear on the cell's stderr at
// the cell's line, and the cell still runs; the correct versions give none.
func TestVetConc(t *testing.T) {
	cases := []struct {
		name, code string
		out        string // what the cell prints
		warns      []string
	}{
		{"value_receiver", `type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

c := Counter{n: 3}
fmt.Println(c.Get())`, "3\n", []string{"cell[1]:6: Get passes lock by value: Counter contains sync.Mutex"}},
		{"pointer_receiver", `type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

c := &Counter{n: 3}
fmt.Println(c.Get())`, "3\n", nil},
		{"pass_by_value", `func show(m sync.Mutex) { fmt.Println("show") }
var mu sync.Mutex
show(mu)`, "show\n", []string{
			"cell[1]:1: show passes lock by value: sync.Mutex",
			"cell[1]:3: call of show copies lock value: sync.Mutex"}},
		{"pass_pointer", `func show(m *sync.Mutex) { fmt.Println("show") }
var mu sync.Mutex
show(&mu)`, "show\n", nil},
		{"assign_range_return", `type Box struct{ wg sync.WaitGroup }
var a Box
b := a
boxes := []Box{{}, {}}
for _, x := range boxes {
	_ = &x
}
fmt.Println(len(boxes), &b != nil)`, "2 true\n", []string{
			"cell[1]:3: assignment copies lock value to b: Box contains sync.WaitGroup contains sync.noCopy",
			"cell[1]:5: range var x copies lock: Box contains sync.WaitGroup contains sync.noCopy"}},
		{"add_in_goroutine", `var wg sync.WaitGroup
n := 0
go func() {
	wg.Add(1)
	defer wg.Done()
}()
wg.Wait()
fmt.Println(n)`, "0\n", []string{"cell[1]:4: WaitGroup.Add called from inside new goroutine"}},
		{"add_in_goroutine_wg_param_elsewhere", `func worker(wg *sync.WaitGroup) {
	defer wg.Done()
}

func run() {
	var wg sync.WaitGroup
	go func() {
		wg.Add(1)
		defer wg.Done()
	}()
	wg.Add(1)
	go worker(&wg)
	wg.Wait()
}

run()
fmt.Println("done")`, "done\n", []string{"cell[1]:8: WaitGroup.Add called from inside new goroutine"}},
		{"add_later_in_goroutine", `var wg sync.WaitGroup
total := make(chan int, 1)
wg.Add(1)
go func() {
	defer wg.Done()
	var inner sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 3; i++ {
		inner.Add(1)
		go func() {
			defer inner.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	inner.Wait()
	total <- sum
}()
wg.Wait()
fmt.Println(<-total)`, "6\n", nil},
		{"add_before_go", `var wg sync.WaitGroup
var mu sync.Mutex
n := 0
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		n++
		mu.Unlock()
	}()
}
wg.Wait()
fmt.Println(n)`, "3\n", nil},
		{"sizeof_is_no_copy", `import "unsafe"

var mu sync.Mutex
var wg sync.WaitGroup
fmt.Println(unsafe.Sizeof(mu), unsafe.Alignof(wg), unsafe.Sizeof(wg))`, "8 8 16\n", nil},
		{"discarded_cancel", `ctx, _ := context.WithCancel(context.Background())
fmt.Println(ctx.Err())`, "<nil>\n", []string{
			"cell[1]:1: the cancel function returned by context.WithCancel should be called, not discarded, to avoid a context leak"}},
		{"deferred_cancel", `func work() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	return ctx.Err()
}
fmt.Println(work())`, "<nil>\n", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			c := ts.ok(tc.code)
			if c.stdout.String() != tc.out {
				t.Errorf("stdout %q, want %q (stderr %q)", c.stdout, tc.out, c.stderr)
			}
			var got []string
			for _, l := range strings.Split(c.stderr.String(), "\n") {
				if l != "" {
					got = append(got, l)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.warns, "\n") {
				t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.warns, "\n"))
			}
		})
	}
}

// TestVetConcAcrossCells: a type of an earlier cell is known to the
// checks of a later one.
func TestVetConcAcrossCells(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type Account struct {
	mu      sync.Mutex
	balance int
}`)
	c := ts.ok(`func (a Account) Balance() int { return a.balance }
fmt.Println(Account{balance: 5}.Balance())`)
	want := "cell[2]:1: Balance passes lock by value: Account contains sync.Mutex"
	if got := strings.TrimSpace(c.stderr.String()); got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	if c.stdout.String() != "5\n" {
		t.Errorf("stdout %q", c.stdout)
	}
}

// TestVetConcTypeDeclaredAgain: a type declared again as another kind of
// type (a student pasting a second program whose Counter is a map) no
// longer holds the mutex of the earlier struct Counter.
func TestVetConcTypeDeclaredAgain(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type Counter struct {
	mu sync.Mutex
	n  int
}`)
	c := ts.ok(`type Counter map[string]int
c := Counter{}
c["a"]++
fmt.Println(c)`)
	if got := c.stderr.String(); strings.Contains(got, "lock") {
		t.Errorf("stderr %q: a warning about the earlier Counter's mutex", got)
	}
	if c.stdout.String() != "map[a:1]\n" {
		t.Errorf("stdout %q", c.stdout)
	}
}

// TestVetConcGlobals: the variables of earlier cells (var and :=) are known
// to the checks of a later one.
func TestVetConcGlobals(t *testing.T) {
	ts := newSession(t)
	ts.ok(`var wg sync.WaitGroup
type Pair struct {
	mu   sync.Mutex
	a, b int
}
p := Pair{a: 1, b: 2}`)
	c := ts.ok(`q := p
go func() {
	wg.Add(1)
	wg.Done()
}()
fmt.Println(q.a + q.b)`)
	want := "cell[2]:1: assignment copies lock value to q: Pair contains sync.Mutex\n" +
		"cell[2]:3: WaitGroup.Add called from inside new goroutine"
	if got := strings.TrimSpace(c.stderr.String()); got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	if c.stdout.String() != "3\n" {
		t.Errorf("stdout %q", c.stdout)
	}
}

// TestVetConcCacheBounded: the parsed declarations the checks keep are
// those of the session's current declarations: 2,000 cells that declare
// the same type, var and func again leave one entry each, and the checks
// still see the latest type.
func TestVetConcCacheBounded(t *testing.T) {
	ts := newSession(t)
	for i := 0; i < 2000; i++ {
		ts.ok(fmt.Sprintf(`type Box struct {
	mu sync.Mutex
	n  int
}
var box%d Box
var last = %d
func get() int { return last }`, i%3, i))
	}
	ts.s.declMu.Lock()
	n := len(ts.s.vetDecls)
	ts.s.declMu.Unlock()
	if n > 5 { // Box, box0, box1, box2, last
		t.Errorf("the vet cache holds %d parsed declarations after 2,000 cells re-declaring 5 names", n)
	}
	c := ts.ok(`func (b Box) N() int { return b.n }`)
	if want := "cell[2001]:1: N passes lock by value: Box contains sync.Mutex"; strings.TrimSpace(c.stderr.String()) != want {
		t.Errorf("stderr %q, want %q", c.stderr, want)
	}
}

// TestVetConcTupleDefine: a name declared as a lock in a func literal and
// again by a define of a call's values (v, ok := m.Load(k)), or as a range
// variable, is not a lock there: no warning (go vet gives none).
func TestVetConcTupleDefine(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`func() {
	var v atomic.Value
	v.Store(1)
}()
var m sync.Map
m.Store("k", 1)
v, ok := m.Load("k")
fmt.Println(v, ok)
for _, v := range []int{2} {
	fmt.Println(v)
}`)
	if got := strings.TrimSpace(c.stderr.String()); got != "" {
		t.Errorf("stderr %q, want none", got)
	}
	if c.stdout.String() != "1 true\n2\n" {
		t.Errorf("stdout %q", c.stdout)
	}
}
