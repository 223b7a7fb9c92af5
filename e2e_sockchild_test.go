package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gonotes/gonotes/kernel"
)

// The interpreter child serves the kernel's shell, stdin and iopub sockets
// itself (kernel.Supervisor). A cell that ends that process mid-cell — a signal,
// a fatal error of the Go runtime, a SIGKILL from outside — is answered over
// the same ports, by the next child: the cell's error comes as its reply and
// on iopub, what the cell printed before reached iopub, the kernel process
// stays, and the next cell runs in a new interpreter that replayed the
// declarations.
func TestCrashMidCellAnsweredOnTheSamePorts(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	kernelPid := c.Process().Pid
	mustOK(t, exec1(t, c, `import ("fmt"; "os"; "sync"; "syscall"; "time")
func triple(x int) int { return 3 * x }
type point struct{ X, Y int }
const base = 7`))
	pidOf := func() int {
		r := exec1(t, c, `fmt.Println(os.Getpid())`)
		mustOK(t, r)
		pid, err := strconv.Atoi(strings.TrimSpace(r.stdout))
		if err != nil {
			t.Fatalf("pid cell printed %q", r.stdout)
		}
		return pid
	}
	for _, tc := range []struct {
		name, code string
		kill       bool   // the test kills the interpreter once the cell printed
		ename      string // of the cell's error
		evalue     string // in the cell's error
	}{
		// os.Exit is the cell's SystemExit (the process stays); a signal
		// the cell sends its own process ends it.
		{name: "SIGTERM", code: `fmt.Println("before the signal")
time.Sleep(300 * time.Millisecond)
syscall.Kill(os.Getpid(), syscall.SIGTERM)
time.Sleep(time.Minute)`, ename: "fatal error", evalue: "terminated"},
		{name: "fatal error", code: `fmt.Println("before the map")
time.Sleep(300 * time.Millisecond)
m := map[int]int{}
var wg sync.WaitGroup
for g := 0; g < 4; g++ {
	wg.Add(1)
	go func() { defer wg.Done(); for i := 0; i < 50000000; i++ { m[i%100] = i } }()
}
wg.Wait()`, ename: "fatal error", evalue: "concurrent map writes"},
		{name: "SIGKILL", code: `fmt.Println("before the kill")
time.Sleep(time.Minute)`, kill: true, ename: "fatal error", evalue: "killed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := pidOf()
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			var printed sync.Once
			res, err := c.RequestWatch(ctx, "shell", "execute_request", map[string]any{"code": tc.code, "allow_stdin": false}, func(m *kernel.Message) {
				if tc.kill && m.Header.MsgType == "stream" {
					printed.Do(func() {
						if err := syscall.Kill(before, syscall.SIGKILL); err != nil {
							t.Errorf("kill the interpreter: %v", err)
						}
					})
				}
			})
			if err != nil {
				t.Fatalf("the crashing cell got no answer: %v", err)
			}
			r := toCell(t, res)
			if r.status != "error" || r.ename != tc.ename || !strings.Contains(r.evalue, tc.evalue) {
				t.Errorf("reply: %s %s: %s, want an error %s containing %q", r.status, r.ename, r.evalue, tc.ename, tc.evalue)
			}
			if !strings.HasPrefix(r.stdout, "before ") {
				t.Errorf("the cell's output before the crash did not reach iopub: stdout %q", r.stdout)
			}
			var errors int
			for _, m := range res.IOPub {
				if m.Header.MsgType == "error" {
					var e struct {
						Ename string `json:"ename"`
					}
					_ = json.Unmarshal(m.Content, &e)
					if e.Ename == tc.ename {
						errors++
					}
				}
			}
			if errors != 1 {
				t.Errorf("%d error messages on iopub, want 1", errors)
			}
			if !res.Idle {
				t.Error("no idle status for the crashed cell")
			}
			// The same client, on the same ports, reaches a new interpreter
			// of the same kernel process, with the declarations replayed.
			if after := pidOf(); after == before {
				t.Errorf("the interpreter's pid is still %d", after)
			}
			if c.Process().Pid != kernelPid {
				t.Error("the kernel process changed")
			}
			r = exec1(t, c, `fmt.Println(triple(base), point{1, 2})`)
			mustOK(t, r)
			if r.stdout != "21 {1 2}\n" {
				t.Errorf("after the crash: %q", r.stdout)
			}
		})
	}
	// The execution count went on across the three interpreters.
	r := exec1(t, c, `1`)
	mustOK(t, r)
	if r.result == nil {
		t.Fatal("no result")
	}
	var count int
	for _, m := range r.outputs {
		if n, ok := m["execution_count"].(float64); ok {
			count = int(n)
		}
	}
	// 1 declaration cell, then per crash: pid, crash, pid, triple.
	if want := 1 + 3*4 + 1; count != want {
		t.Errorf("execution_count = %d, want %d", count, want)
	}
}

// Requests that reach a dying interpreter are not lost: one it received
// while a cell ran (queued behind it), and one it never read (the process
// was stopped: the request stayed in the shell connection, which the
// kernel process keeps a copy of) both run in the next interpreter, after
// the running cell got its error.
func TestRequestsToADyingInterpreterRunInTheNext(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	for _, tc := range []struct {
		stop    bool // the interpreter is stopped before the request leaves: never read
		aborted bool // the running cell asked stop_on_error: the next request is aborted
	}{{false, false}, {true, false}, {false, true}, {true, true}} {
		stop := tc.stop
		name := "queued"
		if stop {
			name = "unread"
		}
		if tc.aborted {
			name += "_aborted"
		}
		t.Run(name, func(t *testing.T) {
			c := startKernel(t)
			mustOK(t, exec1(t, c, `import ("fmt"; "os"; "syscall"; "time")
func triple(x int) int { return 3 * x }`))
			r := exec1(t, c, `fmt.Println(os.Getpid())`)
			pid, err := strconv.Atoi(strings.TrimSpace(r.stdout))
			if err != nil {
				t.Fatalf("pid cell printed %q", r.stdout)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			code := `fmt.Println("running"); time.Sleep(time.Minute)`
			if stop {
				code = `fmt.Println("running"); time.Sleep(300 * time.Millisecond); syscall.Kill(os.Getpid(), syscall.SIGSTOP); time.Sleep(time.Minute)`
			}
			first := startPrintingRequest(ctx, t, c, map[string]any{"code": code, "stop_on_error": tc.aborted})
			if stop {
				// Until the process is stopped.
				for !strings.Contains(procState(pid), "T") {
					time.Sleep(5 * time.Millisecond)
				}
			}
			second := make(chan *kernel.Result, 1)
			go func() {
				res, err := c.Request(ctx, "shell", "execute_request", map[string]any{"code": `fmt.Println(triple(2))`})
				if err != nil {
					t.Error(err)
				}
				second <- res
			}()
			// The request leaves; then the interpreter is killed.
			time.Sleep(300 * time.Millisecond)
			if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			res1, res2 := <-first, <-second
			if res1 == nil || res2 == nil {
				t.Fatal("no answer")
			}
			r1 := toCell(t, res1)
			if r1.status != "error" || !strings.Contains(r1.evalue, "killed") {
				t.Errorf("the running cell: %s %s: %s", r1.status, r1.ename, r1.evalue)
			}
			r2 := toCell(t, res2)
			if tc.aborted {
				// As behind any failed cell: ipykernel aborts what was
				// queued, and the client sees "aborted".
				if r2.status != "aborted" || r2.stdout != "" {
					t.Errorf("behind the killed cell with stop_on_error, the queued request: %s, printed %q", r2.status, r2.stdout)
				}
				r3 := exec1(t, c, `fmt.Println(triple(3))`)
				mustOK(t, r3)
				if r3.stdout != "9\n" {
					t.Errorf("the next cell printed %q", r3.stdout)
				}
				return
			}
			mustOK(t, r2)
			if r2.stdout != "6\n" {
				t.Errorf("the request sent to the dying interpreter printed %q", r2.stdout)
			}
		})
	}
}

// procState returns the state field of /proc/PID/stat ("" if unknown).
func procState(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+3 < len(s) {
		return s[i+2 : i+3]
	}
	return ""
}

// Two front ends on one kernel (a notebook and a console): a request the
// second one sent that the dying interpreter never read is answered to the
// second one, not to the client whose cell was running.
func TestUnreadRequestOfASecondClientAnsweredToIt(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	a := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := kernel.Connect(ctx, a.Conn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	mustOK(t, exec1(t, a, `import ("fmt"; "os"; "syscall"; "time")
func triple(x int) int { return 3 * x }`))
	r := exec1(t, a, `fmt.Println(os.Getpid())`)
	pid, err := strconv.Atoi(strings.TrimSpace(r.stdout))
	if err != nil {
		t.Fatalf("pid cell printed %q", r.stdout)
	}
	// Without stop_on_error, so that the second client's request runs
	// (it is aborted otherwise, as behind any failed cell).
	first := startPrintingRequest(ctx, t, a, map[string]any{"stop_on_error": false,
		"code": `fmt.Println("running"); time.Sleep(300 * time.Millisecond); syscall.Kill(os.Getpid(), syscall.SIGSTOP); time.Sleep(time.Minute)`})
	for !strings.Contains(procState(pid), "T") {
		time.Sleep(5 * time.Millisecond)
	}
	second := make(chan *kernel.Result, 1)
	go func() {
		res, err := b.Request(ctx, "shell", "execute_request", map[string]any{"code": `fmt.Println(triple(5))`})
		if err != nil {
			t.Errorf("the second client's request: %v", err)
			res = nil
		}
		second <- res
	}()
	// The request leaves; then the interpreter is killed.
	time.Sleep(300 * time.Millisecond)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	res1, res2 := <-first, <-second
	if res1 == nil || res2 == nil {
		t.Fatal("no answer")
	}
	if r1 := toCell(t, res1); r1.status != "error" || !strings.Contains(r1.evalue, "killed") {
		t.Errorf("the running cell: %s %s: %s", r1.status, r1.ename, r1.evalue)
	}
	r2 := toCell(t, res2)
	mustOK(t, r2)
	if r2.stdout != "15\n" {
		t.Errorf("the second client's request printed %q", r2.stdout)
	}
}

// A kernel whose interpreter dies again and again (a student's notebook
// that crashes it often) keeps what it holds: no descriptor of a dead
// interpreter stays open in the kernel process.
func TestCrashesLeakNoDescriptors(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "os"; "syscall")`))
	crash := func() {
		r := exec1(t, c, `fmt.Println(os.Getpid())`)
		before := strings.TrimSpace(r.stdout)
		// The cell kills its interpreter; the next one answers it.
		r = exec1(t, c, `syscall.Kill(os.Getpid(), syscall.SIGKILL)`)
		if r.status != "error" || !strings.Contains(r.evalue, "killed") {
			t.Fatalf("the killing cell: %s %s: %s", r.status, r.ename, r.evalue)
		}
		r = exec1(t, c, `fmt.Println(os.Getpid())`)
		mustOK(t, r)
		if strings.TrimSpace(r.stdout) == before {
			t.Fatal("the interpreter did not change")
		}
	}
	fds := func() []string {
		dir := fmt.Sprintf("/proc/%d/fd", c.Process().Pid)
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Skipf("no %s: %v", dir, err)
		}
		var links []string
		for _, e := range ents {
			l, _ := os.Readlink(dir + "/" + e.Name())
			links = append(links, l)
		}
		return links
	}
	crash()
	before := fds()
	for i := 0; i < 3; i++ {
		crash()
	}
	if after := fds(); len(after) != len(before) {
		t.Errorf("the kernel process has %d descriptors after 3 more crashes, %d before:\n%v\n%v", len(after), len(before), after, before)
	}
}

// An interpreter that dies while its cell waits for input: the cell gets
// the crash as its error, the answer the user then types (to the dead
// interpreter's prompt) is not taken by the next cell that asks, which
// gets its own.
func TestCrashWhileInputPending(t *testing.T) {
	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		t.Skip("single-process kernel")
	}
	c := startKernel(t)
	mustOK(t, exec1(t, c, `import ("fmt"; "os")`))
	r := exec1(t, c, `fmt.Println(os.Getpid())`)
	pid, err := strconv.Atoi(strings.TrimSpace(r.stdout))
	if err != nil {
		t.Fatalf("pid cell printed %q", r.stdout)
	}
	var mu sync.Mutex
	prompts := 0
	c.Input = func(prompt string, password bool) string {
		mu.Lock()
		prompts++
		n := prompts
		mu.Unlock()
		if n == 1 {
			// The user answers after the interpreter died.
			if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
				t.Error(err)
			}
			for procState(pid) != "" && procState(pid) != "Z" {
				time.Sleep(5 * time.Millisecond)
			}
			return "stale"
		}
		return "fresh"
	}
	r = exec1(t, c, `var s string
fmt.Print("first? ")
fmt.Scanln(&s)
fmt.Println("got", s)`)
	if r.status != "error" || !strings.Contains(r.evalue, "killed") {
		t.Errorf("the cell waiting for input: %s %s: %s, want the crash", r.status, r.ename, r.evalue)
	}
	r = exec1(t, c, `var s string
fmt.Print("second? ")
fmt.Scanln(&s)
fmt.Println("got", s)`)
	mustOK(t, r)
	if !strings.HasSuffix(r.stdout, "got fresh\n") {
		t.Errorf("the next cell read %q, want its own answer", r.stdout)
	}
}

// startPrintingCell sends code, a cell that prints before it goes on, and
// returns once its first output arrived; the cell's result comes on the
// channel when it ends.
func startPrintingCell(ctx context.Context, t *testing.T, c *kernel.Client, code string) <-chan *kernel.Result {
	t.Helper()
	return startPrintingRequest(ctx, t, c, map[string]any{"code": code})
}

// startPrintingRequest is startPrintingCell with the request's content.
func startPrintingRequest(ctx context.Context, t *testing.T, c *kernel.Client, content map[string]any) <-chan *kernel.Result {
	t.Helper()
	running := make(chan struct{})
	var once sync.Once
	result := make(chan *kernel.Result, 1)
	go func() {
		res, err := c.RequestWatch(ctx, "shell", "execute_request", content, func(m *kernel.Message) {
			if m.Header.MsgType == "stream" {
				once.Do(func() { close(running) })
			}
		})
		if err != nil {
			t.Error(err)
		}
		result <- res
	}()
	select {
	case <-running:
	case <-ctx.Done():
		t.Fatal("the cell printed nothing")
	}
	return result
}
