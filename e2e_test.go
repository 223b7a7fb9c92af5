package main

// End-to-end tests: the real gonotes binary as a kernel process, driven over
// real ZeroMQ sockets by kernel.Client, exactly as Jupyter drives it.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gonotes/gonotes/kernel"
)

var gonotesBin string

func TestMain(m *testing.M) {
	if os.Getenv(pcCellsEnv) != "" {
		// TestPyCompat runs a program as cells in a fresh process.
		os.Exit(pcCellsMain())
	}
	gonotesBin = os.Getenv("GONOTES_BIN")
	if gonotesBin == "" {
		dir, err := os.MkdirTemp("", "gonotes-bin-")
		if err != nil {
			panic(err)
		}
		gonotesBin = filepath.Join(dir, "gonotes")
		out, err := exec.Command("go", "build", "-o", gonotesBin, ".").CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "build gonotes: %v\n%s", err, out)
			os.Exit(1)
		}
		defer os.RemoveAll(dir)
	}
	code := m.Run()
	os.Exit(code)
}

// startKernel starts the binary as a kernel and returns a connected client.
func startKernel(t *testing.T) *kernel.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	logs, err := os.Create(filepath.Join(t.TempDir(), "kernel.log"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := kernel.StartKernel(ctx, kernel.StartOptions{Argv: []string{gonotesBin, "kernel"}, ConnDir: t.TempDir(), Dir: t.TempDir(), Stderr: logs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logs.Name())
			t.Logf("kernel log:\n%s", b)
		}
	})
	return c
}

type cell struct {
	status, ename, evalue string
	stdout, stderr        string
	result                map[string]any
	outputs               []map[string]any
}

func exec1(t *testing.T, c *kernel.Client, code string) cell {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := c.Execute(ctx, code)
	if err != nil {
		t.Fatalf("execute %q: %v", code, err)
	}
	return toCell(t, res)
}

func toCell(t *testing.T, res *kernel.Result) cell {
	t.Helper()
	var r struct {
		Status string `json:"status"`
		Ename  string `json:"ename"`
		Evalue string `json:"evalue"`
	}
	_ = res.ReplyContent(&r)
	out := cell{status: r.Status, ename: r.Ename, evalue: r.Evalue}
	for _, m := range res.IOPub {
		var c map[string]any
		_ = json.Unmarshal(m.Content, &c)
		switch m.Header.MsgType {
		case "stream":
			if c["name"] == "stdout" {
				out.stdout += c["text"].(string)
			} else {
				out.stderr += c["text"].(string)
			}
		case "execute_result":
			out.result = c["data"].(map[string]any)
		}
	}
	out.outputs = kernel.OutputsOf(res.IOPub)
	return out
}

func (c cell) plain() string {
	if c.result == nil {
		return ""
	}
	s, _ := c.result["text/plain"].(string)
	return s
}

func mustOK(t *testing.T, c cell) {
	t.Helper()
	if c.status != "ok" {
		t.Fatalf("cell failed: %s: %s\nstdout: %s\nstderr: %s", c.ename, c.evalue, c.stdout, c.stderr)
	}
}

func TestMixedCellsAndPersistence(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, `import "fmt"
type point struct{ x, y int }
func (p point) sum() int { return p.x + p.y }
p := point{1, 2}
const k = 10
fmt.Println("sum", p.sum()+k)
func() { fmt.Println("iife") }()
if v := p.sum(); v > 2 { fmt.Println("big") } else { fmt.Println("small") }
for i := 0; i < 2; i++ { fmt.Print(i) }; fmt.Println()
p.sum() * 2`)
	mustOK(t, r)
	if r.stdout != "sum 13\niife\nbig\n01\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	if r.plain() != "6" {
		t.Errorf("result = %q", r.plain())
	}
	// Variables, funcs and imports persist; re-importing is fine; the IIFE
	// does not run again.
	r = exec1(t, c, `import "fmt"
fmt.Println(p.sum(), k)`)
	mustOK(t, r)
	if r.stdout != "3 10\n" {
		t.Errorf("second cell stdout = %q", r.stdout)
	}
	// Multi-value and void results.
	r = exec1(t, c, `func two() (int, bool) { return 3, true }
two()`)
	mustOK(t, r)
	if !strings.Contains(r.plain(), "3") || !strings.Contains(r.plain(), "true") {
		t.Errorf("multi-value result = %q", r.plain())
	}
	r = exec1(t, c, `func nothing() {}
nothing()`)
	mustOK(t, r)
	if r.result != nil {
		t.Errorf("void call produced a result: %v", r.result)
	}
}

func TestErrorsNameTheLine(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, "a := 1\nb := a +\n")
	if r.status != "error" {
		t.Fatalf("syntax error accepted: %+v", r)
	}
	r = exec1(t, c, "x := 1\ny := nope + x")
	if r.status != "error" || !strings.Contains(r.evalue, "2:") || !strings.Contains(r.evalue, "nope") {
		t.Errorf("compile error = %s: %s", r.ename, r.evalue)
	}
	r = exec1(t, c, "var s []int\n\ns[3] = 1")
	if r.status != "error" || !strings.Contains(r.evalue+strings.Join(nil, ""), "index out of range") {
		t.Errorf("panic = %s: %s", r.ename, r.evalue)
	}
}

func TestGoroutinePanicKeepsKernel(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, "keep := 7"))
	r := exec1(t, c, `import ("sync"; "time")
var wg sync.WaitGroup
wg.Add(1)
go func() { defer wg.Done(); var m map[string]int; m["x"] = 1 }()
wg.Wait()
time.Sleep(100 * time.Millisecond) // the report is printed as the goroutine unwinds`)
	if !strings.Contains(r.stderr+r.evalue, "assignment to entry in nil map") {
		t.Errorf("goroutine panic not reported: %+v", r)
	}
	r = exec1(t, c, "keep")
	mustOK(t, r)
	if r.plain() != "7" {
		t.Errorf("after goroutine panic keep = %q", r.plain())
	}
}

// A deadlocked cell in the real kernel (the interpreter process, whose
// request loop waits for the kernel) stops with Go's message and names the
// wait and its line; the kernel and its variables stay.
func TestDeadlockKeepsKernel(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		// The kernel's own goroutines (ZeroMQ, its message loop) share the
		// process: the conservative detector does not know them, and
		// rightly reports nothing (the cell waits for Interrupt).
		t.Skip("the deadlock detector works in the interpreter process")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, "keep := 9"))
	r := exec1(t, c, "ch := make(chan int)\nfmt.Println(\"before\")\nch <- 1")
	if r.status != "error" || r.ename+": "+r.evalue != "fatal error: all goroutines are asleep - deadlock!" {
		t.Fatalf("deadlocked cell = %+v", r)
	}
	var tb []string
	for _, o := range r.outputs {
		if lines, ok := o["traceback"].([]any); ok {
			for _, l := range lines {
				tb = append(tb, fmt.Sprint(l))
			}
		}
	}
	if !strings.Contains(strings.Join(tb, "\n"), "goroutine 1 [chan send]: cell line 3") {
		t.Errorf("traceback %q does not name the wait", tb)
	}
	r = exec1(t, c, "keep")
	if r.plain() != "9" {
		t.Errorf("after the deadlock keep = %q (%+v)", r.plain(), r)
	}
}

func TestOsExitKeepsKernel(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, "keep := 8"))
	r := exec1(t, c, `import "os"
os.Exit(3)`)
	if r.status != "error" || !strings.Contains(r.ename+r.evalue, "xit") {
		t.Errorf("os.Exit cell = %+v", r)
	}
	r = exec1(t, c, `import "log"
log.Fatal("fatal!")`)
	if r.status != "error" {
		t.Errorf("log.Fatal cell = %+v", r)
	}
	r = exec1(t, c, "keep")
	if r.plain() != "8" {
		t.Errorf("after os.Exit keep = %q (%+v)", r.plain(), r)
	}
}

// Infinite recursion, the classic missing base case, would grow the Go
// stack until the runtime killed the kernel ("fatal error: stack overflow"
// cannot be recovered); it is a RecursionError in the cell instead, in a
// goroutine too.
func TestInfiniteRecursionKeepsKernel(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, "keep := 9"))
	r := exec1(t, c, `func fact(n int) int {
	return n * fact(n-1)
}
fact(5)`)
	if r.status != "error" || !strings.Contains(r.evalue, "stack overflow: goroutine stack exceeds") {
		t.Errorf("infinite recursion cell = %+v", r)
	}
	// The goroutine's panic ends the running cell (its sleep is only the
	// cell still running when the panic comes, however slow the machine).
	r = exec1(t, c, `import "time"
go func() { fact(3) }()
time.Sleep(time.Minute)`)
	if !strings.Contains(r.stderr+r.evalue, "stack overflow: goroutine stack exceeds") {
		t.Errorf("infinite recursion in a goroutine = %+v", r)
	}
	r = exec1(t, c, `func fact2(n int) int { if n <= 1 { return 1 }; return n * fact2(n-1) }
fmt.Println(keep, fact2(20))`)
	mustOK(t, r)
	if r.stdout != "9 2432902008176640000\n" {
		t.Errorf("after the recursion errors: %q", r.stdout)
	}
}

// What Go cannot recover from — here the classic "concurrent map writes"
// of a threads course — ends the interpreter process, not the kernel: the
// cell says what happened, and the notebook's imports, funcs, types and
// vars are back in a new interpreter. A crash between cells (a goroutine
// of an earlier cell) is survived too.
func TestFatalErrorKeepsKernel(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "sync")
type pair struct{ A, B int }
func double(x int) int { return 2 * x }
keep := 10`))
	crash := `m := map[int]int{}
var wg sync.WaitGroup
for g := 0; g < 4; g++ {
	wg.Add(1)
	go func() { defer wg.Done(); for i := 0; i < 50000000; i++ { m[i%100] = i } }()
}
wg.Wait()`
	r := exec1(t, c, crash)
	if r.status != "error" || r.ename != "fatal error" || !strings.Contains(r.evalue, "concurrent map") {
		t.Fatalf("concurrent map writes: %+v", r)
	}
	if !strings.Contains(strings.Join(tracebackOf(r), "\n"), "Guard the map with a lock") {
		t.Errorf("no advice in the traceback: %q", tracebackOf(r))
	}
	r = exec1(t, c, `fmt.Println(double(keep), pair{1, 2})`)
	mustOK(t, r)
	if r.stdout != "20 {1 2}\n" {
		t.Errorf("after the crash: %q", r.stdout)
	}
	// The same crash in goroutines that outlive their cell (it may come
	// before the cell's reply, or after it).
	exec1(t, c, `m2 := map[int]int{}
for g := 0; g < 4; g++ {
	go func() { for i := 0; i < 50000000; i++ { m2[i%100] = i } }()
}`)
	deadline := time.Now().Add(20 * time.Second)
	for {
		r = exec1(t, c, `fmt.Println(double(21))`)
		if r.status == "ok" && r.stdout == "42\n" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a crash between cells: %+v", r)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// A throw of the Go runtime with a message of its own ("fatal error:
// runtime.SetFinalizer: second argument is int, not a function", as go run
// prints it) is named in the cell's error, although Go writes that line to
// the captured fd 2 alone (in rare runs the function that threw, see
// throwFatal); and a crash whose goroutine dump is larger than
// a pipe (thousands of goroutines, each blocked) ends instead of blocking
// the interpreter for ever on its full stderr pipe.
func TestThrowIsExplained(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "runtime")
keep := 7`))
	const want = "runtime.SetFinalizer: second argument is int, not a function"
	for _, cell := range []string{
		`runtime.SetFinalizer(new(int), 5)`,
		`block := make(chan int)
for i := 0; i < 2000; i++ {
	go func() { <-block }()
}
runtime.SetFinalizer(new(int), 5)`,
	} {
		r := exec1(t, c, cell)
		// Go's message, or, when the interpreter's reader of its fd 2
		// was stopped by the crash between reading it and copying it to
		// the kernel, the function that threw.
		if r.status != "error" || r.ename != "fatal error" || (r.evalue != want && !strings.Contains(r.evalue, "in runtime.SetFinalizer")) {
			t.Errorf("%s:\ngot %s %q, want fatal error %q\n(status %s, stdout %q, stderr %q, traceback %q)",
				cell, r.ename, r.evalue, want, r.status, r.stdout, r.stderr, tracebackOf(r))
		}
		r = exec1(t, c, `fmt.Println(keep)`)
		if r.status != "ok" || r.stdout != "7\n" {
			t.Errorf("after the crash of %q: %+v", cell, r)
		}
	}
}

// A cell may close os.Stdin, os.Stdout or os.Stderr, as a Go program may:
// closing os.Stdin closed the interpreter's request pipe, which ended it,
// and closing os.Stdout or os.Stderr closed the capture of fds 1 and 2 for
// every later cell. The next cells run, with the session's variables, and
// write to the os package's files again.
func TestClosingStdioKeepsKernel(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	// Collections (and their finalizers) first: the os package's files
	// of fds 1 and 2, no longer os.Stdout and os.Stderr, must not close
	// those descriptors.
	mustOK(t, exec1(t, c, `import ("fmt"; "os"; "runtime"; "time")
keep := 5
for i := 0; i < 3; i++ { runtime.GC(); time.Sleep(20 * time.Millisecond) }`))
	r := exec1(t, c, `fmt.Println(os.Stdin.Close(), os.Stdout.Close(), os.Stderr.Close())`)
	mustOK(t, r)
	if r.stdout != "<nil> <nil> <nil>\n" {
		t.Errorf("closing: %q", r.stdout)
	}
	r = exec1(t, c, `fmt.Println(keep)
os.Stdout.WriteString("to os.Stdout\n")
os.Stderr.WriteString("to os.Stderr\n")`)
	mustOK(t, r)
	if r.stdout != "5\nto os.Stdout\n" || r.stderr != "to os.Stderr\n" {
		t.Errorf("after closing: stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

// An interpreter killed from outside (as the kernel's OOM killer would)
// is reported and replaced the same way.
func TestKilledInterpreterKeepsKernel(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "os"; "os/exec"; "time")
func triple(x int) int { return 3 * x }`))
	r := exec1(t, c, `exec.Command("kill", "-KILL", fmt.Sprint(os.Getpid())).Run()
time.Sleep(10 * time.Second)`)
	if r.status != "error" || !strings.Contains(r.evalue, "killed") ||
		!strings.Contains(strings.Join(tracebackOf(r), "\n"), "more memory") {
		t.Fatalf("killed interpreter: %+v", r)
	}
	r = exec1(t, c, `fmt.Println(triple(3))`)
	mustOK(t, r)
	if r.stdout != "9\n" {
		t.Errorf("after the kill: %q", r.stdout)
	}
}

func tracebackOf(r cell) []string {
	for _, o := range r.outputs {
		if o["output_type"] == "error" {
			var tb []string
			for _, l := range o["traceback"].([]any) {
				tb = append(tb, l.(string))
			}
			return tb
		}
	}
	return nil
}

func interruptAfter(t *testing.T, c *kernel.Client, code string, signal bool) cell {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var started atomic.Bool
	done := make(chan *kernel.Result, 1)
	go func() {
		res, err := c.RequestWatch(ctx, "shell", "execute_request", map[string]any{"code": code, "allow_stdin": false}, func(m *kernel.Message) {
			if m.Header.MsgType == "stream" {
				started.Store(true)
			}
		})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	for !started.Load() {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	if signal {
		_ = c.Process().Signal(syscall.SIGINT)
	} else if _, err := c.Request(ctx, "control", "interrupt_request", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	return toCell(t, <-done)
}

func TestInterrupt(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "time"; "sync")
counter := 0
mk := func() func() int { n := 0; return func() int { n++; return n } }
ctr := mk()
ctr()
ticks := 0
go func() { for { ticks++; time.Sleep(time.Millisecond) } }()`))
	cases := []struct {
		name, code string
		signal     bool
	}{
		{"infinite loop, message", `fmt.Println("go"); for { counter++ }`, false},
		{"infinite loop, SIGINT", `fmt.Println("go"); for { counter++ }`, true},
		{"sleep", `fmt.Println("go"); time.Sleep(time.Hour)`, false},
		{"waitgroup", `fmt.Println("go"); var wg sync.WaitGroup; wg.Add(1); wg.Wait()`, false},
		{"channel deadlock", `fmt.Println("go"); ch := make(chan int); <-ch`, false},
		{"mutex deadlock", `fmt.Println("go"); var mu sync.Mutex; mu.Lock(); mu.Lock()`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := interruptAfter(t, c, tc.code, tc.signal)
			if r.status != "error" || r.ename != "KeyboardInterrupt" {
				t.Fatalf("interrupted cell = %s: %s", r.ename, r.evalue)
			}
			// Everything defined before still works, closures included.
			r = exec1(t, c, "ctr()")
			mustOK(t, r)
			if r.plain() == "0" || r.plain() == "" {
				t.Errorf("closure after interrupt returned %q", r.plain())
			}
		})
	}
	// The background goroutine of the first cell kept running.
	r1 := exec1(t, c, "ticks")
	time.Sleep(50 * time.Millisecond)
	r2 := exec1(t, c, "ticks")
	if r1.plain() == r2.plain() {
		t.Errorf("background goroutine stopped: ticks %s then %s", r1.plain(), r2.plain())
	}
}

// Seed 001's pattern over the wire: a worker thread started in one cell
// serves a queue; the next cell puts work and joins the queue. The worker's
// lines are published under the next cell, before "All work completed", as
// ipykernel publishes them (python3's ipykernel through nbclient, the same
// program: cell 1 has no output, cell 2 the lines below). Output written
// while no cell runs goes to the cell that started the thread.
func TestEarlierCellsThreadPrintsIntoTheRunningCell(t *testing.T) {
	c := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	late := make(chan *kernel.Message, 16)
	c.OnLate(func(m *kernel.Message) {
		select {
		case late <- m:
		default:
		}
	})
	resA, err := c.Execute(ctx, `q := queue.New(0)
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
	if err != nil {
		t.Fatal(err)
	}
	a := toCell(t, resA)
	mustOK(t, a)
	if a.stdout != "" {
		t.Errorf("first cell printed %q", a.stdout)
	}
	b := exec1(t, c, `for item := range 3 {
	q.Put(item)
}
fmt.Print("All task requests sent\n")
q.Join()
fmt.Println("All work completed")
close(release)`)
	mustOK(t, b)
	// The worker may take item 0 before the cell prints "All task requests
	// sent" (in Python too): that line may come anywhere before the end.
	want := "Working on 0\nFinished 0\nWorking on 1\nFinished 1\nWorking on 2\nFinished 2\nAll work completed\n"
	if rest, n := strings.Replace(b.stdout, "All task requests sent\n", "", 1), strings.Count(b.stdout, "All task requests sent\n"); rest != want || n != 1 {
		t.Errorf("second cell:\n%s\nwant, with \"All task requests sent\" once anywhere before the last line:\n%s", b.stdout, want)
	}
	var parentA struct {
		MsgID string `json:"msg_id"`
	}
	_ = json.Unmarshal(resA.Reply.Parent, &parentA)
	select {
	case m := <-late:
		var parent struct {
			MsgID string `json:"msg_id"`
		}
		var content struct {
			Text string `json:"text"`
		}
		_ = json.Unmarshal(m.Parent, &parent)
		_ = json.Unmarshal(m.Content, &content)
		if m.Header.MsgType != "stream" || parent.MsgID != parentA.MsgID || content.Text != "no cell runs\n" {
			t.Errorf("late output: %s %q under %s, want a stream under the first cell %s", m.Header.MsgType, content.Text, parent.MsgID, parentA.MsgID)
		}
	case <-ctx.Done():
		t.Fatal("no output after the cells")
	}
}

func TestStdinRoundTrip(t *testing.T) {
	c := startKernel(t)
	c.Input = func(prompt string, password bool) string { return "42" }
	r := exec1(t, c, `import "fmt"
var n int
fmt.Print("number? ")
fmt.Scanln(&n)
n * 2`)
	mustOK(t, r)
	if r.plain() != "84" {
		t.Errorf("result = %q", r.plain())
	}
	// Without allow_stdin, a read is at end of file, as in a program run
	// with `go run </dev/null`.
	c.Input = nil
	r = exec1(t, c, `var s string
_, err := fmt.Scanln(&s)
err`)
	mustOK(t, r)
	if r.plain() != "EOF" {
		t.Errorf("reading without allow_stdin: %+v, want the result EOF", r)
	}
}

func TestRichResult(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, `type badge string
func (b badge) HTML() string { return "<b>" + string(b) + "</b>" }
badge("hi")`)
	mustOK(t, r)
	if r.result["text/html"] != "<b>hi</b>" {
		t.Errorf("result bundle = %v", r.result)
	}
}

func TestCompiledAndChildOutputCaptured(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, `import ("fmt"; "os"; "os/exec")
fmt.Fprintln(os.Stdout, "to os.Stdout")
cmd := exec.Command("echo", "from a child")
cmd.Stdout = os.Stdout
cmd.Run()`)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "to os.Stdout") || !strings.Contains(r.stdout, "from a child") {
		t.Errorf("stdout = %q", r.stdout)
	}
}

// A cell that reads file descriptor 0 itself (compiled code, or a process it
// starts with that descriptor) reads nothing: the interpreter's stdin, where
// the kernel's requests come, is not handed to cells, whose read would have
// waited for the next request and taken it.
func TestCellReadingDescriptor0GetsEOF(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, `import ("fmt"; "syscall")
buf := make([]byte, 64)
n, err := syscall.Read(0, buf)
fmt.Println(n, err)`)
	mustOK(t, r)
	if r.stdout != "0 <nil>\n" {
		t.Errorf("stdout = %q, want %q", r.stdout, "0 <nil>\n")
	}
	mustOK(t, exec1(t, c, "1 + 1"))
}

func TestDisplayMessages(t *testing.T) {
	c := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := c.Execute(ctx, `import "github.com/gonotes/gonotes/lib/display"
h := display.NewHandle()
h.Display(display.HTML("<b>step 1</b>"))
h.Update(display.HTML("<b>step 2</b>"))
display.Display(display.Markdown("# 제목"))`)
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, toCell(t, res))
	var kinds []string
	var ids []string
	for _, m := range res.IOPub {
		if m.Header.MsgType != "display_data" && m.Header.MsgType != "update_display_data" {
			continue
		}
		var c struct {
			Data      map[string]any `json:"data"`
			Transient struct {
				DisplayID string `json:"display_id"`
			} `json:"transient"`
		}
		_ = json.Unmarshal(m.Content, &c)
		kinds = append(kinds, m.Header.MsgType)
		ids = append(ids, c.Transient.DisplayID)
		switch len(kinds) {
		case 1:
			if c.Data["text/html"] != "<b>step 1</b>" {
				t.Errorf("first display = %v", c.Data)
			}
		case 2:
			if c.Data["text/html"] != "<b>step 2</b>" {
				t.Errorf("update = %v", c.Data)
			}
		case 3:
			if c.Data["text/markdown"] != "# 제목" {
				t.Errorf("markdown display = %v", c.Data)
			}
		}
	}
	if strings.Join(kinds, ",") != "display_data,update_display_data,display_data" {
		t.Fatalf("display messages = %v", kinds)
	}
	if ids[0] == "" || ids[0] != ids[1] {
		t.Errorf("display ids = %v, want the same id for display and update", ids)
	}
	// The stored notebook keeps the updated content, as Jupyter does.
	outs := kernel.OutputsOf(res.IOPub)
	if data, _ := outs[0]["data"].(map[string]any); fmt.Sprint(data["text/html"]) != "[<b>step 2</b>]" {
		t.Errorf("stored display output = %v", outs[0]["data"])
	}
}

const mpCell = `import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var counter = 0

func sumRange(lo, hi int, q *multiprocessing.Queue) {
	s := 0
	for i := lo; i < hi; i++ {
		s += i
	}
	q.Put([]any{os.Getpid(), s})
}

func bump() {
	counter += 100
	fmt.Println("child counter", counter)
}

func square(x int) int { return x * x }

func appendPid(l *multiprocessing.ListProxy) { l.Append(os.Getpid()) }
`

func TestMultiprocessingFromCells(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, mpCell))
	// Two halves summed in two processes, through a Queue; PIDs differ.
	r := exec1(t, c, `q := multiprocessing.NewQueue()
p1 := &multiprocessing.Process{Target: sumRange, Args: []any{0, 500000, q}}
p2 := &multiprocessing.Process{Target: sumRange, Args: []any{500000, 1000000, q}}
p1.Start(); p2.Start()
a := q.Get().([]any)
b := q.Get().([]any)
p1.Join(); p2.Join()
fmt.Println("total", a[1].(int)+b[1].(int))
fmt.Println("distinct", a[0] != b[0] && a[0] != os.Getpid() && b[0] != os.Getpid())
fmt.Println(p1.ExitCode(), p2.ExitCode())`)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "total 499999500000") || !strings.Contains(r.stdout, "distinct true") || !strings.Contains(r.stdout, "0 0") {
		t.Errorf("sum cell stdout = %q", r.stdout)
	}
	// A global changed in a child is unchanged in the parent; the child's
	// print reaches the cell.
	r = exec1(t, c, `p := &multiprocessing.Process{Target: bump}
p.Start(); p.Join()
fmt.Println("parent counter", counter)`)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "child counter 100") || !strings.Contains(r.stdout, "parent counter 0") {
		t.Errorf("global cell stdout = %q", r.stdout)
	}
	// A func declared in the same cell, above the Start, is known to the
	// child too.
	r = exec1(t, c, `func cube(x int, q *multiprocessing.Queue) { q.Put(x * x * x) }
cq := multiprocessing.NewQueue()
pc := &multiprocessing.Process{Target: cube, Args: []any{3, cq}}
fmt.Println(pc.Start())
fmt.Println("cube", cq.Get())
pc.Join()`)
	mustOK(t, r)
	if r.stdout != "<nil>\ncube 27\n" {
		t.Errorf("same-cell target stdout = %q", r.stdout)
	}
	// Pool.Map.
	r = exec1(t, c, `pool := multiprocessing.NewPool(2)
res, err := pool.Map(square, []any{1, 2, 3, 4})
pool.Terminate()
fmt.Println(res, err)`)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "[1 4 9 16] <nil>") {
		t.Errorf("pool cell stdout = %q", r.stdout)
	}
	// A Manager list shared by children.
	r = exec1(t, c, `m := multiprocessing.NewManager()
l := m.List()
var ps []*multiprocessing.Process
for i := 0; i < 3; i++ {
	p := &multiprocessing.Process{Target: appendPid, Args: []any{l}}
	p.Start()
	ps = append(ps, p)
}
for _, p := range ps { p.Join() }
fmt.Println("len", l.Len())
m.Shutdown()`)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "len 3") {
		t.Errorf("manager cell stdout = %q", r.stdout)
	}
}

func TestMultiprocessingBadInput(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, mpCell))
	r := exec1(t, c, `p := &multiprocessing.Process{Target: func() {}}
err := p.Start()
fmt.Println(err)`)
	if !strings.Contains(r.stdout+r.evalue, "top-level") {
		t.Errorf("closure target: %+v", r)
	}
	r = exec1(t, c, `p := &multiprocessing.Process{Target: sumRange, Args: []any{0, 1, func() {}}}
fmt.Println(p.Start())`)
	if !strings.Contains(r.stdout+r.evalue, "cannot send argument") {
		t.Errorf("unsendable argument: %+v", r)
	}
	r = exec1(t, c, `p := &multiprocessing.Process{Target: bump}
p.Join()`)
	if r.status != "error" && !strings.Contains(r.stdout+r.stderr, "start") {
		t.Errorf("join before start: %+v", r)
	}
}

// The notebook's main thread is one thread in every cell (Python's
// notebook runs every cell in its main thread): an RLock acquired in one
// cell is released in a later one, by a func declared in between.
func TestRLockAcquiredInOneCellReleasedInTheNext(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, `r := &threading.RLock{}
r.Acquire()
first := threading.GetIdent()`))
	mustOK(t, exec1(t, c, `func release() { r.Release() }`))
	r := exec1(t, c, `fmt.Println(threading.GetIdent() == first, threading.CurrentThread().Name)
release()
fmt.Println(r.Locked())`)
	mustOK(t, r)
	if r.stdout != "true MainThread\nfalse\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
}

// A panic in a Pool function of the notebook comes back from Map as the
// function's own error, as Python's Pool.map raises the worker's exception:
// python3 of the same program (ValueError("bad input") for 3) prints
// "bad input".
func TestPoolPanicIsTheFunctionsError(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, `func squareBad(x int) int {
	if x == 3 {
		panic("bad input")
	}
	return x * x
}`))
	r := exec1(t, c, `p := multiprocessing.NewPool(2)
_, err := p.Map(squareBad, []int{1, 2, 3})
fmt.Println(err)
p.Close()
p.Join()`)
	mustOK(t, r)
	if r.stdout != "bad input\n" {
		t.Errorf("stdout = %q, want %q", r.stdout, "bad input\n")
	}
}

// TestNoOrphans kills the kernel with SIGKILL while a child process runs
// and checks that the child dies too.
func TestNoOrphans(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "os"; "time"; "github.com/gonotes/gonotes/lib/multiprocessing")
func sleeper() { time.Sleep(time.Hour) }`))
	r := exec1(t, c, `p := &multiprocessing.Process{Target: sleeper}
p.Start()
fmt.Println("PID", p.Pid())`)
	mustOK(t, r)
	var pid int
	if _, err := fmt.Sscanf(strings.TrimSpace(r.stdout), "PID %d", &pid); err != nil || pid <= 0 {
		t.Fatalf("no child pid in %q", r.stdout)
	}
	if err := syscall.Kill(pid, 0); err != nil {
		t.Fatalf("child %d not running: %v", pid, err)
	}
	_ = c.Process().Kill()
	<-c.Exited()
	deadline := time.Now().Add(5 * time.Second)
	for {
		// A zombie is reaped by init; /proc/PID disappears or shows state Z.
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil || strings.Contains(string(b), ") Z ") {
			return
		}
		if time.Now().After(deadline) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("child %d outlived the killed kernel", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Completion, inspection and is_complete reach the interpreter (in its own
// process) and answer.
func TestQueries(t *testing.T) {
	c := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var comp struct {
		Matches     []string `json:"matches"`
		CursorStart int      `json:"cursor_start"`
	}
	res, err := c.Request(ctx, "shell", "complete_request", map[string]any{"code": "fmt.Pri", "cursor_pos": 7})
	if err != nil {
		t.Fatal(err)
	}
	_ = res.ReplyContent(&comp)
	if !slices.Contains(comp.Matches, "Println") || comp.CursorStart != 4 {
		t.Errorf("complete fmt.Pri: %+v", comp)
	}
	var insp struct {
		Found bool           `json:"found"`
		Data  map[string]any `json:"data"`
	}
	res, err = c.Request(ctx, "shell", "inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 8, "detail_level": 0})
	if err != nil {
		t.Fatal(err)
	}
	_ = res.ReplyContent(&insp)
	if plain, _ := insp.Data["text/plain"].(string); !insp.Found || !strings.Contains(plain, "func Println") {
		t.Errorf("inspect fmt.Println: %+v", insp)
	}
	var ic struct{ Status, Indent string }
	res, err = c.Request(ctx, "shell", "is_complete_request", map[string]any{"code": "for {"})
	if err != nil {
		t.Fatal(err)
	}
	_ = res.ReplyContent(&ic)
	if ic.Status != "incomplete" {
		t.Errorf("is_complete: %+v", ic)
	}
}

// The banner says which Go the cells speak and what they cannot do yet.
func TestBannerNamesGoVersion(t *testing.T) {
	c := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := c.Request(ctx, "shell", "kernel_info_request", map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	var info struct {
		Banner       string `json:"banner"`
		LanguageInfo struct {
			Version string `json:"version"`
		} `json:"language_info"`
	}
	if err := res.ReplyContent(&info); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(info.Banner, "Go "+runtime.Version()) || !strings.Contains(info.Banner, "Not yet") || !strings.Contains(info.Banner, "%timeit") {
		t.Errorf("banner %q does not name Go %s and what is unsupported", info.Banner, runtime.Version())
	}
	if "go"+info.LanguageInfo.Version != runtime.Version() {
		t.Errorf("language_info.version = %q, want %s", info.LanguageInfo.Version, runtime.Version())
	}
}

// descendants returns the processes under pid (children, grandchildren...),
// from /proc.
func descendants(pid int) []int {
	entries, _ := os.ReadDir("/proc")
	parent := map[int]int{}
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if st, ok := procStat(p); ok {
			parent[p] = st.ppid
		}
	}
	var out []int
	var walk func(int)
	walk = func(pp int) {
		for p, q := range parent {
			if q == pp {
				out = append(out, p)
				walk(p)
			}
		}
	}
	walk(pid)
	return out
}

type pstat struct {
	state byte
	ppid  int
}

// procStat reads a process's state and parent from /proc/PID/stat.
func procStat(pid int) (pstat, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return pstat{}, false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 || i+2 >= len(s) {
		return pstat{}, false
	}
	f := strings.Fields(s[i+2:])
	if len(f) < 2 {
		return pstat{}, false
	}
	ppid, _ := strconv.Atoi(f[1])
	return pstat{state: f[0][0], ppid: ppid}, true
}

// After a shutdown request, every process the kernel started — its
// interpreter, and the Pool workers the interpreter killed — is gone:
// reaped by its parent, not left as a zombie for init to collect.
func TestShutdownReapsChildren(t *testing.T) {
	c := startKernel(t)
	mustOK(t, exec1(t, c, mpCell))
	mustOK(t, exec1(t, c, `import "time"
func sleeper() { time.Sleep(time.Hour) }`))
	r := exec1(t, c, `pool := multiprocessing.NewPool(3)
res, err := pool.Map(square, []any{1, 2, 3})
fmt.Println(res, err)
p := &multiprocessing.Process{Target: sleeper}
p.Start()`)
	mustOK(t, r)
	under := descendants(c.Process().Pid)
	want := 5 // the interpreter, 3 workers, 1 process
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		want = 4 // the kernel is the interpreter
	}
	if len(under) < want {
		t.Fatalf("processes under the kernel: %v, want %d", under, want)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := c.Request(ctx, "control", "shutdown_request", map[string]any{"restart": false}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-c.Exited():
	case <-ctx.Done():
		t.Fatal("the kernel did not exit after shutdown_request")
	}
	// Each process was reaped by its parent before that parent exited: none
	// is left, as a zombie for init to collect or otherwise.
	for _, pid := range under {
		st, ok := procStat(pid)
		switch {
		case ok && st.state == 'Z':
			t.Errorf("process %d is left as a zombie (its parent is now %d)", pid, st.ppid)
		case ok:
			syscall.Kill(pid, syscall.SIGKILL)
			t.Errorf("process %d outlived the kernel (state %c, parent %d)", pid, st.state, st.ppid)
		}
	}
}

// After a fatal error, the new interpreter does not run again a var
// initialiser with effects (here one that truncates a file), nor does a
// multiprocessing child; the crash message names the variable, now a zero
// value, so that the student knows to run its cell again.
func TestRestartDoesNotReplayEffects(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "os"; "sync"; "github.com/gonotes/gonotes/lib/multiprocessing")
var f, _ = os.Create("results.csv")
var rows = []string{"a", "b"}
func report(q *multiprocessing.Queue) { q.Put(fmt.Sprint(f == nil, len(rows))) }`))
	mustOK(t, exec1(t, c, `fmt.Fprintln(f, "row 1")
f.Sync()`))
	// A child replays the declarations: f is nil there, the file is kept.
	r := exec1(t, c, `q := multiprocessing.NewQueue()
p := &multiprocessing.Process{Target: report, Args: []any{q}}
p.Start()
fmt.Println("child:", q.Get())
p.Join()
b, _ := os.ReadFile("results.csv")
fmt.Printf("%q\n", b)`)
	mustOK(t, r)
	if r.stdout != "child: true 2\n\"row 1\\n\"\n" {
		t.Errorf("after a child: %q", r.stdout)
	}
	r = exec1(t, c, `m := map[int]int{}
var wg sync.WaitGroup
for g := 0; g < 4; g++ {
	wg.Add(1)
	go func() { defer wg.Done(); for i := 0; i < 50000000; i++ { m[i%100] = i } }()
}
wg.Wait()`)
	if r.status != "error" || r.ename != "fatal error" {
		t.Fatalf("concurrent map writes: %+v", r)
	}
	tb := strings.Join(tracebackOf(r), "\n")
	if !strings.Contains(tb, "f (cell[1]: os.Create)") || strings.Contains(tb, "rows (") {
		t.Errorf("the crash message does not name f (only f): %q", tb)
	}
	r = exec1(t, c, `b, _ := os.ReadFile("results.csv")
fmt.Printf("%v %d %q\n", f == nil, len(rows), b)`)
	mustOK(t, r)
	if r.stdout != "true 2 \"row 1\\n\"\n" {
		t.Errorf("after the restart: %q (want f a zero value, rows replayed, the file kept)", r.stdout)
	}
}

// IPython's lines over the wire, with the interpreter in its own process:
// a shell line streams its output while it runs and sees the session's
// values; %cd and %env change what the cells and their processes see;
// %time prints its report; %timeit? answers with a page; %tim completes.
func TestMagicsOverTheWire(t *testing.T) {
	c := startKernel(t)
	dir := t.TempDir()
	mustOK(t, exec1(t, c, "x := 7"))

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := c.Execute(ctx, "!echo first {x*6}; sleep 1; echo second $x")
	if err != nil {
		t.Fatal(err)
	}
	r := toCell(t, res)
	mustOK(t, r)
	if r.stdout != "first 42\nsecond 7\n" {
		t.Errorf("shell line printed %q", r.stdout)
	}
	var streams []string
	for _, m := range res.IOPub {
		if m.Header.MsgType == "stream" {
			streams = append(streams, string(m.Content))
		}
	}
	if len(streams) < 2 {
		t.Errorf("the shell line's output came in one message after it ended: %q", streams)
	}

	r = exec1(t, c, "%cd "+dir+"\n%env GONOTES_E2E=magic\n!echo $GONOTES_E2E > out.txt\nb, _ := os.ReadFile(\"out.txt\")\nstring(b)")
	mustOK(t, r)
	if want := dir + "\nenv: GONOTES_E2E=magic\n"; r.stdout != want {
		t.Errorf("%%cd/%%env printed %q, want %q", r.stdout, want)
	}
	if r.plain() != `"magic\n"` {
		t.Errorf("file written by the shell line: %s", r.plain())
	}

	r = exec1(t, c, "%%time\nfmt.Println(\"timed\")")
	mustOK(t, r)
	if !strings.HasPrefix(r.stdout, "timed\nCPU times: user ") || !strings.Contains(r.stdout, "\nWall time: ") {
		t.Errorf("%%%%time printed %q", r.stdout)
	}

	r = exec1(t, c, "%nosuch")
	if r.ename != "UsageError" || !strings.Contains(r.evalue, "%timeit") {
		t.Errorf("unknown magic: %s: %s", r.ename, r.evalue)
	}

	res, err = c.Execute(ctx, "%timeit?")
	if err != nil {
		t.Fatal(err)
	}
	var reply struct {
		Payload []struct {
			Source string         `json:"source"`
			Data   map[string]any `json:"data"`
		} `json:"payload"`
	}
	_ = res.ReplyContent(&reply)
	if len(reply.Payload) != 1 || reply.Payload[0].Source != "page" || !strings.Contains(fmt.Sprint(reply.Payload[0].Data["text/plain"]), "%timeit") {
		t.Errorf("%%timeit? payload: %+v", reply.Payload)
	}

	var comp struct {
		Matches     []string `json:"matches"`
		CursorStart int      `json:"cursor_start"`
	}
	res, err = c.Request(ctx, "shell", "complete_request", map[string]any{"code": "%tim", "cursor_pos": 4})
	if err != nil {
		t.Fatal(err)
	}
	_ = res.ReplyContent(&comp)
	if !slices.Equal(comp.Matches, []string{"%time", "%timeit"}) || comp.CursorStart != 0 {
		t.Errorf("complete %%tim: %+v", comp)
	}
}

// Interrupting a shell line stops the shell command (SIGINT) and the cell
// ends with KeyboardInterrupt; the kernel goes on. A %timeit loop is
// interruptible too.
func TestMagicsInterrupt(t *testing.T) {
	c := startKernel(t)
	marker := filepath.Join(t.TempDir(), "after")
	r := interruptAfter(t, c, "!echo go; sleep 30; touch "+marker, false)
	if r.status != "error" || r.ename != "KeyboardInterrupt" {
		t.Fatalf("interrupted shell line = %s: %s (stdout %q)", r.ename, r.evalue, r.stdout)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Errorf("the shell command went on after the interrupt")
	}
	r = interruptAfter(t, c, "fmt.Println(\"go\")\n%timeit for {}", false)
	if r.status != "error" || r.ename != "KeyboardInterrupt" {
		t.Fatalf("interrupted %%timeit = %s: %s", r.ename, r.evalue)
	}
	mustOK(t, exec1(t, c, "!true"))
}

// The headless runner (gonotes run) sees magics and shell lines as Jupyter
// does: they run, and their output is stored in the notebook.
func TestRunNotebookWithMagics(t *testing.T) {
	dir := t.TempDir()
	nb := `{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
  "source": ["n := 4\n", "!echo shell {n*10}\n", "%time fmt.Println(n)"]}],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}`
	path := filepath.Join(dir, "magics.ipynb")
	if err := os.WriteFile(path, []byte(nb), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(gonotesBin, "run", path, "--inplace").CombinedOutput(); err != nil {
		t.Fatalf("gonotes run: %v\n%s", err, out)
	}
	got, err := kernel.ReadNotebook(path)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(got.Cells[0]["outputs"])
	var outs []struct {
		Text []string `json:"text"`
	}
	_ = json.Unmarshal(b, &outs)
	text := ""
	for _, o := range outs {
		text += strings.Join(o.Text, "")
	}
	if !strings.HasPrefix(text, "shell 40\n4\nCPU times: user ") || !strings.Contains(text, "\nWall time: ") {
		t.Errorf("stored output %q", text)
	}
}

// The headless runner keeps the output a cell's goroutine writes after the
// cell ended, while no cell runs: Jupyter's front ends add it to that cell,
// and gonotes run stores it there (nbclient drops it). The goroutine prints
// as soon as its cell has ended; if a later cell has started by then (the
// next, or on a loaded machine the one after it, which waits for the
// line), the line is that cell's. Either way it is stored exactly once.
// (Output that comes after the last cell ended is not waited for.)
func TestRunNotebookKeepsLateOutput(t *testing.T) {
	dir := t.TempDir()
	cells := []string{`import (
	"fmt"
	"runtime"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

done := make(chan bool)
first := hook.Current()
go func() {
	for hook.Active() == first && !first.Ended() {
		runtime.Gosched()
	}
	fmt.Println("printed after its cell")
	close(done)
}()
fmt.Println("one")`, `fmt.Println("two")`, `<-done
time.Sleep(500 * time.Millisecond) // the kernel publishes printed text within 20 ms
fmt.Println("three")`}
	var nb strings.Builder
	nb.WriteString(`{"cells": [`)
	for i, src := range cells {
		if i > 0 {
			nb.WriteString(",")
		}
		b, _ := json.Marshal(src)
		fmt.Fprintf(&nb, `{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": %s}`, b)
	}
	nb.WriteString(`], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}`)
	path := filepath.Join(dir, "late.ipynb")
	if err := os.WriteFile(path, []byte(nb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(gonotesBin, "run", path, "--inplace").CombinedOutput(); err != nil {
		t.Fatalf("gonotes run: %v\n%s", err, out)
	}
	got, err := kernel.ReadNotebook(path)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range got.Cells {
		b, _ := json.Marshal(c["outputs"])
		var outs []struct {
			Text []string `json:"text"`
		}
		_ = json.Unmarshal(b, &outs)
		text := ""
		for _, o := range outs {
			text += strings.Join(o.Text, "")
		}
		texts = append(texts, text)
	}
	all := strings.Join(texts, "")
	if n := strings.Count(all, "printed after its cell\n"); n != 1 {
		t.Errorf("the late line is stored %d times, want once; cells' outputs: %q", n, texts)
	}
	// On a loaded machine the goroutine may print only once the third
	// cell has started (it waits for the line): then the line is that
	// cell's, as the doc comment says of the next cell.
	if !strings.HasPrefix(texts[0], "one\n") || !strings.Contains(texts[1], "two\n") || !strings.HasSuffix(texts[2], "three\n") {
		t.Errorf("cells' outputs: %q", texts)
	}
	t.Logf("cells' outputs: %q", texts)
}

// The kernel process runs with one P (it only relays messages), but the
// interpreter, where cells run, keeps every CPU the machine gives Go: the
// course's threads must run in parallel.
func TestInterpreterUsesEveryCPU(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, "import \"runtime\"\nruntime.GOMAXPROCS(0)")
	mustOK(t, r)
	if want := strconv.Itoa(runtime.GOMAXPROCS(0)); r.plain() != want {
		t.Fatalf("GOMAXPROCS in a cell = %s, want %s (the test's own)", r.plain(), want)
	}
}

// A cell that writes on os.Stdout itself (os.Stdout.WriteString, Write)
// between fmt's prints: the notebook shows the lines in the order written.
func TestOSStdoutWritesKeepTheirOrder(t *testing.T) {
	c := startKernel(t)
	r := exec1(t, c, `import ("fmt"; "os")
fmt.Println("a"); os.Stdout.WriteString("hi\n"); os.Stdout.Write([]byte("w\n")); fmt.Fprintln(os.Stdout, "b")
os.Stderr.WriteString("e\n"); fmt.Fprintln(os.Stderr, "f")`)
	mustOK(t, r)
	if r.stdout != "a\nhi\nw\nb\n" || r.stderr != "e\nf\n" {
		t.Errorf("stdout %q, stderr %q; want \"a\\nhi\\nw\\nb\\n\", \"e\\nf\\n\"", r.stdout, r.stderr)
	}
}
