package eval

import (
	"fmt"
	goruntime "runtime"
	"testing"
	"time"
)

// liveHeap returns the bytes of live heap objects after full collections.
func liveHeap() uint64 {
	for i := 0; i < 3; i++ {
		goruntime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestCellsDoNotLeak runs cells a notebook of threads runs again and again,
// in a session that already has many globals, and checks that what each run
// leaves allocated stays within what a session must keep (the cell's
// source for tracebacks and its declarations): 5 KB a run. Before the fix a
// top-level goroutine kept a copy of the global frame and, through it, every
// closure made before it (3.6 MB a run here), and every cell kept its syntax
// tree (5 KB a run).
func TestCellsDoNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("memory measurement")
	}
	cells := []struct{ name, code string }{
		{"goroutines", "var wg sync.WaitGroup\nfor j := 0; j < 100; j++ {\n\twg.Add(1)\n\tgo func(j int) { defer wg.Done(); _ = j * 2 }(j)\n}\nwg.Wait()"},
		{"closures", "for j := 0; j < 100; j++ { func(j int) { _ = j * 2 }(j) }"},
		{"channel", "ch := make(chan int)\ngo func() { ch <- 1 }()\n<-ch"},
		{"plain", "y := 1\ny"},
	}
	// What a cell leaves is released at its end, or (SetTidyLater, as the
	// kernel runs cells) by Tidy after its reply, or else by the next cell.
	modes := []struct {
		name        string
		later, tidy bool
	}{{"at once", false, false}, {"by Tidy", true, true}, {"by the next cell", true, false}}
	for _, m := range modes {
		for _, c := range cells {
			t.Run(m.name+"/"+c.name, func(t *testing.T) {
				ts := newSession(t)
				ts.s.SetTidyLater(m.later)
				run := func(code string) {
					ts.ok(code)
					if m.tidy {
						ts.s.Tidy()
					}
				}
				for i := 0; i < 200; i++ {
					run(fmt.Sprintf("var g%d = make([]int, 1000)\nx%d := %d", i, i, i))
				}
				for i := 0; i < 5; i++ {
					run(c.code)
				}
				const runs = 100
				before := liveHeap()
				for i := 0; i < runs; i++ {
					run(c.code)
				}
				per := (int64(liveHeap()) - int64(before)) / runs
				t.Logf("%s: %d bytes retained per run", c.name, per)
				if per > 5000 {
					t.Errorf("each run of %q keeps %d bytes alive, want at most 5,000", c.code, per)
				}
			})
		}
	}
}
