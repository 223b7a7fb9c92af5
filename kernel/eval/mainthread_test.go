package eval

import (
	"fmt"
	"strings"
	"testing"
)

// The notebook's main thread is one thread for the whole session, as in
// Python: its identity is the same in every cell and in funcs declared in
// other cells, so an RLock or a Condition acquired in one cell is released
// in the next, after which another thread can take it. Expected output from
// python3 of the same program (cells one after the other):
//
//	True True MainThread True
//	other thread got it: True
func TestMainThreadLastsAcrossCells(t *testing.T) {
	wantOut(t, "true true MainThread true\nother thread got it: true\n",
		`mainID := threading.GetIdent()
r := &threading.RLock{}
r.Acquire()
cond := threading.NewCondition(nil)
cond.Acquire()`,
		`func ident() int64 { return threading.GetIdent() }`,
		`fmt.Println(threading.GetIdent() == mainID, ident() == mainID, threading.CurrentThread().Name, threading.CurrentThread() == threading.MainThread())
r.Release()
cond.Release()
t := &threading.Thread{Target: func() { fmt.Println("other thread got it:", r.AcquireTimeout(time.Second)) }}
t.Start()
t.Join()`)
}

// Within one cell, statements after a func declaration run in the same
// thread as those before it.
func TestMainThreadAcrossUnitsOfACell(t *testing.T) {
	wantOut(t, "true\n", `before := threading.GetIdent()
func later() int64 { return threading.GetIdent() }
fmt.Println(later() == before)`)
}

// Module-level code runs in Python's main thread: so do the initialisers of
// a cell of declarations (package variables beside funcs), whatever
// goroutine the interpreter runs them in. python3 prints
// "True True MainThread".
func TestMainThreadRunsVarInitialisers(t *testing.T) {
	wantOut(t, "true true MainThread\n", `first := threading.GetIdent()`, `var (
	mainID   = threading.GetIdent()
	mainName = threading.CurrentThread().Name
)

func same() bool { return threading.GetIdent() == mainID }`,
		`fmt.Println(first == mainID, same(), mainName)`)
}

// Seed 001's pattern: a worker thread started in one cell serves a queue;
// the next cell puts work and joins the queue. The worker's lines appear in
// the next cell, before "All work completed", as ipykernel shows them
// (checked with python3's ipykernel through nbclient: cell 1 has no output,
// cell 2 has the lines below). Once no cell runs, the worker writes to the
// cell that started it again.
func TestEarlierCellsThreadPrintsIntoTheRunningCell(t *testing.T) {
	ts := newSession(t)
	c1 := ts.ok(`q := queue.New(0)
release := make(chan bool)
worker := func() {
	for {
		item := q.Get()
		fmt.Printf("Working on %v\n", item)
		fmt.Printf("Finished %v\n", item)
		q.TaskDone()
	}
}
(&threading.Thread{Target: worker, Daemon: true}).Start()
go func() {
	<-release
	for !hook.Active().Ended() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("no cell runs")
}()`)
	c2 := ts.ok(`for item := range 3 {
	q.Put(item)
}
fmt.Print("All task requests sent\n")
q.Join()
fmt.Println("All work completed")
close(release)`)
	// The worker may take item 0 before the cell prints "All task requests
	// sent" (in Python too): that line may come anywhere before the end.
	want := "Working on 0\nFinished 0\nWorking on 1\nFinished 1\nWorking on 2\nFinished 2\nAll work completed\n"
	check := func(what string) {
		got := c2.stdout.String()
		if rest := strings.Replace(got, "All task requests sent\n", "", 1); rest != want || strings.Count(got, "All task requests sent\n") != 1 {
			t.Errorf("second cell %s:\n%s\nwant, with \"All task requests sent\" once anywhere before the last line:\n%s", what, got, want)
		}
	}
	check("")
	waitFor(t, "output after the cells", func() bool { return c1.stdout.String() == "no cell runs\n" })
	check("after the cells")
}

// A Thread whose Target is a notebook func is named after it, as Python ≥
// 3.10 names Thread(target=worker) "Thread-1 (worker)"; a method value by
// its method (Python: "Thread-3 (work)"), except a method named Run, the
// Go form of a Thread subclass's run() (Python: "Thread-4"); a func
// literal or a variable holding one has no name to show.
func TestThreadNamedAfterNotebookFunc(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func worker() {}
type W struct{}
func (W) Run() {}
func (W) Work() {}`)
	c := ts.ok(`names := []string{}
for _, th := range []*threading.Thread{{Target: worker}, {Target: func() {}}, {Target: W{}.Work}, {Target: W{}.Run}, {Target: worker, Name: "custom"}} {
	th.Start()
	th.Join()
	names = append(names, th.Name)
}
t := &threading.Thread{Target: worker, Daemon: true}
t.Start()
t.Join()
for _, n := range append(names, t.Name) {
	fmt.Println(n)
}`)
	// The counter is the process's: earlier tests started threads too.
	var n int
	if _, err := fmt.Sscanf(c.stdout.String(), "Thread-%d (worker)", &n); err != nil {
		t.Fatalf("first name: %q", c.stdout)
	}
	want := fmt.Sprintf("Thread-%d (worker)\nThread-%d\nThread-%d (Work)\nThread-%d\ncustom\nThread-%d (worker)\n", n, n+1, n+2, n+3, n+4)
	if got := c.stdout.String(); got != want {
		t.Errorf("names:\n%s\nwant:\n%s", got, want)
	}
}

// threading.Local in cells: the main thread's values last from cell to
// cell (Python's notebook runs every cell in one main thread); a thread has
// its own.
func TestLocalAcrossCells(t *testing.T) {
	wantOut(t, "worker sees x: false\nworker: worker\nmain: main\n", `var data threading.Local
data.Set("x", "main")`, `th := &threading.Thread{Target: func() {
	_, ok := data.Lookup("x")
	fmt.Println("worker sees x:", ok)
	data.Set("x", "worker")
	fmt.Println("worker:", data.Get("x"))
}}
th.Start()
th.Join()
fmt.Println("main:", data.Get("x"))`)
}
