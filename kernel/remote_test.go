package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
	"github.com/gonotes/gonotes/lib/hook"
)

// The interpreter child of these tests is the test binary itself, serving a
// childEngine (TestMain).
const remoteChildEnv = "GONOTES_TEST_REMOTE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(remoteChildEnv) == "1" {
		// A comm opened to the target "slow" is never answered: it stays in
		// flight (see TestRaceSwapAnswersRequestsInFlight).
		hook.SetCommHandler(func(kind string, content map[string]any) bool {
			if content["target_name"] == "slow" {
				fmt.Fprintln(os.Stderr, "slow comm arrived")
				select {}
			}
			return false
		})
		srv := NewServer(&childEngine{}, nil, os.NewFile(3, "events"))
		if err := srv.Serve(os.Stdin); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// childEngine is scriptEngine plus what a RemoteEngine's child needs to
// show: declarations to replay, output after the cell, display, and dying.
//
//	decl NAME      add a declaration
//	decls          print the declarations
//	later TEXT     print TEXT from a goroutine 100 ms after the cell
//	show TEXT      display TEXT as HTML
//	crash          an unrecovered panic in a goroutine ("panic: boom")
//	crashlater     the same 100 ms after the cell
//	hang           block for ever, deaf to interrupts
type childEngine struct {
	scriptEngine
	mu    sync.Mutex
	decls []string
}

func (e *childEngine) Execute(ctx context.Context, s *hook.Scope, code string) (map[string]any, error) {
	var rest []string
	for _, line := range strings.Split(code, "\n") {
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "decl":
			e.mu.Lock()
			e.decls = append(e.decls, arg)
			e.mu.Unlock()
		case "decls":
			fmt.Fprintln(s.Stdout, e.Declarations())
		case "later":
			go func() {
				time.Sleep(100 * time.Millisecond)
				fmt.Fprintln(s.Stdout, arg)
			}()
		case "show":
			s.Display(map[string]any{"text/html": arg}, nil, "", false)
		case "crash":
			go panic("boom")
			time.Sleep(time.Minute)
		case "hang":
			select {} // deaf to interrupts, like a call stuck in compiled code
		case "crashlater":
			go func() {
				time.Sleep(100 * time.Millisecond)
				panic("boom later")
			}()
		default:
			rest = append(rest, line)
		}
	}
	return e.scriptEngine.Execute(ctx, s, strings.Join(rest, "\n"))
}

// Complete of the code "slow" never returns.
func (e *childEngine) Complete(code string, cursor int) ([]string, int, int) {
	if code == "slow" {
		fmt.Fprintln(os.Stderr, "slow query arrived")
		select {}
	}
	return e.scriptEngine.Complete(code, cursor)
}

func (e *childEngine) Declarations() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return strings.Join(e.decls, ",")
}

func (e *childEngine) Load(src string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if src == "" {
		return errors.New("nothing to load")
	}
	e.decls = strings.Split(src, ",")
	return nil
}

func newRemote(t *testing.T) (*RemoteEngine, *testutil.Buffer) {
	t.Helper()
	return newRemoteKillAfter(t, 0)
}

func newRemoteKillAfter(t *testing.T, killAfter time.Duration) (*RemoteEngine, *testutil.Buffer) {
	t.Helper()
	logs := &testutil.Buffer{}
	e, err := NewRemoteEngine(RemoteConfig{
		KillAfter: killAfter,
		Command: func() (*exec.Cmd, error) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), remoteChildEnv+"=1")
			return cmd, nil
		},
		Log: log.New(logs, "", 0),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Shutdown)
	return e, logs
}

type cellRun struct {
	out      *testutil.Buffer
	errOut   *testutil.Buffer
	displays []string
	data     map[string]any
	err      error
	scope    *hook.Scope
}

func runRemote(t *testing.T, e *RemoteEngine, id int64, code string, input func(string) (string, error)) *cellRun {
	t.Helper()
	r := &cellRun{out: &testutil.Buffer{}, errOut: &testutil.Buffer{}}
	r.scope = hook.NewScope(id, r.out, r.errOut)
	var mu sync.Mutex
	r.scope.Display = func(data, _ map[string]any, _ string, _ bool) {
		mu.Lock()
		r.displays = append(r.displays, fmt.Sprint(data["text/html"]))
		mu.Unlock()
	}
	if input != nil {
		r.scope.Input = func(prompt string, _ bool) (string, error) { return input(prompt) }
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r.data, r.err = e.Execute(ctx, r.scope, code)
	return r
}

// A cell in the child process: its output arrives before Execute returns,
// in order, then its result; errors, input, display, completion and
// interrupts work as in one process; output after the cell goes to the
// cell that started it.
func TestRemoteEngine(t *testing.T) {
	e, _ := newRemote(t)
	r := runRemote(t, e, 1, "print one\neprint two\nbulk 3\nvalue 42", nil)
	if r.err != nil || r.out.String() != "one\nline 0\nline 1\nline 2\n" || r.errOut.String() != "two\n" || r.data["text/plain"] != "42" {
		t.Fatalf("cell 1: %q, %q, %v, %v", r.out.String(), r.errOut.String(), r.data, r.err)
	}
	r = runRemote(t, e, 2, "fail no good", nil)
	var ce CellError
	if !errors.As(r.err, &ce) || ce.Evalue() != "no good" {
		t.Fatalf("failing cell: %v", r.err)
	}
	r = runRemote(t, e, 3, "input name?", func(p string) (string, error) { return "ada (" + p + ")", nil })
	if r.err != nil || r.out.String() != "got ada (name?)\n" {
		t.Fatalf("input: %q, %v", r.out.String(), r.err)
	}
	r = runRemote(t, e, 4, "input name?", nil)
	if r.err == nil {
		t.Fatal("input without a frontend did not fail")
	}
	r = runRemote(t, e, 5, "show <b>hi</b>", nil)
	if r.err != nil || len(r.displays) != 1 || r.displays[0] != "<b>hi</b>" {
		t.Fatalf("display: %v, %v", r.displays, r.err)
	}
	late := runRemote(t, e, 6, "later from six", nil)
	r = runRemote(t, e, 7, "print seven", nil)
	deadline := time.Now().Add(5 * time.Second)
	for late.out.String() != "from six\n" && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if late.out.String() != "from six\n" || r.out.String() != "seven\n" {
		t.Fatalf("late output: cell 6 %q, cell 7 %q", late.out.String(), r.out.String())
	}
	if m, start, end := e.Complete("fmt.Pr", 6); len(m) != 2 || start != 4 || end != 6 {
		t.Errorf("complete: %v %d %d", m, start, end)
	}
	if d, ok := e.Inspect("Println", 3, 0); !ok || d["text/plain"] == nil {
		t.Errorf("inspect: %v %v", d, ok)
	}
	if st, ind := e.IsComplete("for {"); st != "incomplete" || ind != "\t" {
		t.Errorf("is_complete: %q %q", st, ind)
	}
	go func() {
		time.Sleep(200 * time.Millisecond)
		e.Interrupt()
	}()
	r = runRemote(t, e, 8, "block", nil)
	if !errors.As(r.err, &ce) || ce.Ename() != "KeyboardInterrupt" {
		t.Fatalf("interrupted cell: %v", r.err)
	}
}

// A child that dies during a cell fails the cell with what Go printed; one
// that dies between cells is reported to the last cell. Either way a new
// child replays the declarations.
func TestRemoteEngineCrash(t *testing.T) {
	e, logs := newRemote(t)
	if r := runRemote(t, e, 1, "decl a\ndecl b", nil); r.err != nil {
		t.Fatal(r.err)
	}
	r := runRemote(t, e, 2, "crash", nil)
	var ce CellError
	if !errors.As(r.err, &ce) || ce.Ename() != "panic" || ce.Evalue() != "boom" ||
		!strings.Contains(strings.Join(ce.Traceback(), "\n"), "started a new Go interpreter") {
		t.Fatalf("crash: %v (log %s)", r.err, logs.String())
	}
	r = runRemote(t, e, 3, "decls", nil)
	if r.err != nil || r.out.String() != "a,b\n" {
		t.Fatalf("after the crash: %q, %v", r.out.String(), r.err)
	}
	last := runRemote(t, e, 4, "crashlater", nil)
	if last.err != nil {
		t.Fatal(last.err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(last.errOut.String(), "panic: boom later") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(last.errOut.String(), "panic: boom later") {
		t.Fatalf("a crash between cells is not reported to the last cell: %q", last.errOut.String())
	}
	r = runRemote(t, e, 5, "decl c\ndecls", nil)
	if r.err != nil || r.out.String() != "a,b,c\n" {
		t.Fatalf("after the crash between cells: %q, %v", r.out.String(), r.err)
	}
}

// newCrashError reads Go's crash output.
func TestCrashErrorMessages(t *testing.T) {
	for _, c := range []struct{ tail, name, value, hint string }{
		{"fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n", "fatal error", "concurrent map writes", "Guard the map"},
		{"\ngoroutine 7 [running]:\ninternal/runtime/maps.fatal({0x1, 0x2})\n\t/usr/local/go/src/runtime/panic.go:1181 +0x18\nreflect.mapassign0(0x1)\n", "fatal error", "concurrent map writes", "Guard the map"},
		{"goroutine 1 [running]:\ninternal/runtime/maps.fatal({0x1, 0x2})\n\t/x.go:1\nreflect.mapaccess_faststr(0x1)\n", "fatal error", "concurrent map read and map write", "Guard the map"},
		{"goroutine 1 [running]:\ninternal/runtime/maps.fatal({0x1, 0x2})\n\t/x.go:1\ninternal/runtime/maps.(*Iter).Next(0x1)\n", "fatal error", "concurrent map iteration and map write", "Guard the map"},
		{"panic: boom\n\ngoroutine 5 [running]:\n", "panic", "boom", ""},
		{"\ngoroutine 1 gp=0x2 m=0 [running]:\nruntime.throw({0x4ad7c7?, 0x4984c0?})\n\t/x.go:1\nruntime.(*mcache).allocLarge(0x4b5b28?, 0x10000000000, 0x1)\n", "fatal error", "out of memory", "more memory"},
		{"\nruntime stack:\nruntime.throw({0x4adc74?, 0x200000008?})\n\t/x.go:1\nruntime.newstack()\n\t/x.go:2\nruntime.morestack()\n", "fatal error", "stack overflow", "recursion"},
		{"", "fatal error", "the interpreter stopped (signal: killed)", "more memory"},
	} {
		var exit error
		if c.tail == "" {
			exit = errors.New("signal: killed")
		}
		e := newCrashError(c.tail, exit)
		trace := strings.Join(e.Traceback(), "\n")
		if e.Ename() != c.name || e.Evalue() != c.value || !strings.Contains(trace, c.hint) {
			t.Errorf("%q: %s: %s\n%s", c.tail, e.Ename(), e.Evalue(), trace)
		}
	}
}

// A cell that does not stop after an interrupt gets its child killed
// KillAfter later: it fails with a KeyboardInterrupt that says so, and a
// new child has the declarations.
func TestRemoteEngineKillsAStuckCell(t *testing.T) {
	e, _ := newRemoteKillAfter(t, 300*time.Millisecond)
	if r := runRemote(t, e, 1, "decl a", nil); r.err != nil {
		t.Fatal(r.err)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		e.Interrupt()
	}()
	r := runRemote(t, e, 2, "hang", nil)
	var ce CellError
	if !errors.As(r.err, &ce) || ce.Ename() != "KeyboardInterrupt" || !strings.Contains(ce.Evalue(), "did not stop") {
		t.Fatalf("stuck cell: %v", r.err)
	}
	r = runRemote(t, e, 3, "decls", nil)
	if r.err != nil || r.out.String() != "a\n" {
		t.Fatalf("after the kill: %q, %v", r.out.String(), r.err)
	}
}

// Shutting the engine down while a cell runs ends that cell with an error;
// nothing is left waiting.
func TestRemoteEngineShutdownDuringCell(t *testing.T) {
	e, _ := newRemote(t)
	go func() {
		time.Sleep(100 * time.Millisecond)
		e.Shutdown()
	}()
	r := runRemote(t, e, 1, "hang", nil)
	if r.err == nil {
		t.Fatal("the cell survived the shutdown")
	}
	if r = runRemote(t, e, 2, "print after", nil); r.err == nil {
		t.Fatal("a cell ran after the shutdown")
	}
}

// A cell's done event carries the declarations (what a new child replays
// after a crash) only when they changed: they grow with the notebook, and
// every cell would send them all to the kernel again. After a load (a new
// child's replay) the next cell sends them.
func TestServerSendsDeclarationsWhenTheyChange(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	srv := NewServer(&childEngine{}, nil, outW)
	go srv.Serve(inR)
	t.Cleanup(func() { inW.Close(); outR.Close() })
	events := lineReader(outR)
	req := &lineWriter{w: inW}
	if !events.Scan() || !strings.Contains(events.Text(), `"ready"`) {
		t.Fatalf("no ready event: %q %v", events.Text(), events.Err())
	}
	steps := []struct {
		req   rpcRequest
		decls string // "-": no declarations in the done event
	}{
		{rpcRequest{Op: "execute", ID: 1, Code: "decl a"}, "a"},
		{rpcRequest{Op: "execute", ID: 2, Code: "print x"}, "-"},
		{rpcRequest{Op: "execute", ID: 3, Code: "decl b\nprint y"}, "a,b"},
		{rpcRequest{Op: "execute", ID: 4, Code: "value 1"}, "-"},
		{rpcRequest{Op: "load", ID: 5, Code: "a,b"}, "-"},
		{rpcRequest{Op: "execute", ID: 6, Code: "value 2"}, "a,b"},
		{rpcRequest{Op: "execute", ID: 7, Code: "value 3"}, "-"},
	}
	for _, st := range steps {
		if err := req.send(st.req); err != nil {
			t.Fatal(err)
		}
		for {
			if !events.Scan() {
				t.Fatalf("request %d: no done event: %v", st.req.ID, events.Err())
			}
			var ev rpcEvent
			if err := json.Unmarshal(events.Bytes(), &ev); err != nil {
				t.Fatal(err)
			}
			if ev.Ev != "done" {
				continue
			}
			got := "-"
			if ev.Decls != nil {
				got = *ev.Decls
			}
			if ev.ID != st.req.ID || got != st.decls {
				t.Errorf("request %d (%s %q): done event %d with declarations %q, want %q", st.req.ID, st.req.Op, st.req.Code, ev.ID, got, st.decls)
			}
			break
		}
	}
}

// The interpreter process runs its cells one at a time, in the order they
// came, and goes on reading requests while one runs: a query is answered
// and an interrupt stops the running cell, after which the queued cells run.
func TestServerRunsCellsInOrderWhileReading(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	srv := NewServer(&childEngine{}, nil, outW)
	go srv.Serve(inR)
	t.Cleanup(func() { inW.Close(); outR.Close() })
	events := lineReader(outR)
	req := &lineWriter{w: inW}
	next := func() rpcEvent {
		t.Helper()
		for events.Scan() {
			var ev rpcEvent
			if err := json.Unmarshal(events.Bytes(), &ev); err != nil {
				t.Fatal(err)
			}
			if ev.Ev == "done" || ev.Ev == "reply" {
				return ev
			}
		}
		t.Fatalf("no more events: %v", events.Err())
		return rpcEvent{}
	}
	if !events.Scan() || !strings.Contains(events.Text(), `"ready"`) {
		t.Fatalf("no ready event: %q %v", events.Text(), events.Err())
	}
	for _, r := range []rpcRequest{
		{Op: "execute", ID: 1, Code: "block"},
		{Op: "execute", ID: 2, Code: "value two"},
		{Op: "load", ID: 3, Code: "a,b"},
		{Op: "execute", ID: 4, Code: "value four"},
		{Op: "is_complete", ID: 5, Code: "for {"},
	} {
		if err := req.send(r); err != nil {
			t.Fatal(err)
		}
	}
	if ev := next(); ev.ID != 5 || ev.Status != "incomplete" {
		t.Fatalf("while cell 1 runs: event %+v, want the reply to query 5", ev)
	}
	if err := req.send(rpcRequest{Op: "interrupt"}); err != nil {
		t.Fatal(err)
	}
	if ev := next(); ev.ID != 1 || ev.Error == nil || ev.Error.Name != "KeyboardInterrupt" {
		t.Fatalf("after the interrupt: event %+v, want cell 1 interrupted", ev)
	}
	if ev := next(); ev.ID != 2 || ev.Data["text/plain"] != "two" {
		t.Errorf("event %+v, want cell 2's result", ev)
	}
	if ev := next(); ev.ID != 3 || ev.Error != nil {
		t.Errorf("event %+v, want load 3 done", ev)
	}
	if ev := next(); ev.ID != 4 || ev.Data["text/plain"] != "four" {
		t.Errorf("event %+v, want cell 4's result", ev)
	}
}

// goroutineEngine answers every cell with the id of the goroutine that
// ran it.
type goroutineEngine struct{ scriptEngine }

func (*goroutineEngine) Execute(ctx context.Context, s *hook.Scope, code string) (map[string]any, error) {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	id, _, _ := strings.Cut(strings.TrimPrefix(string(buf), "goroutine "), " ")
	return map[string]any{"text/plain": id}, nil
}

// Cells run one after another run on the goroutines that ran the cells
// before them, whose stacks have grown to what a cell needs, not each on a
// new goroutine.
func TestServerRunsCellsOnGoroutinesThatRanCells(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	srv := NewServer(&goroutineEngine{}, nil, outW)
	go srv.Serve(inR)
	t.Cleanup(func() { inW.Close(); outR.Close() })
	events := lineReader(outR)
	req := &lineWriter{w: inW}
	if !events.Scan() || !strings.Contains(events.Text(), `"ready"`) {
		t.Fatalf("no ready event: %q %v", events.Text(), events.Err())
	}
	seen := map[string]int{}
	for id := int64(1); id <= 10; id++ {
		if err := req.send(rpcRequest{Op: "execute", ID: id, Code: "x"}); err != nil {
			t.Fatal(err)
		}
		var ev rpcEvent
		for ev.Ev != "done" {
			if !events.Scan() {
				t.Fatalf("no done event for cell %d: %v", id, events.Err())
			}
			if err := json.Unmarshal(events.Bytes(), &ev); err != nil {
				t.Fatal(err)
			}
		}
		g, _ := ev.Data["text/plain"].(string)
		if g == "" {
			t.Fatalf("cell %d: no goroutine in %+v", id, ev)
		}
		seen[g]++
	}
	if len(seen) > 2 {
		t.Errorf("10 cells in a row ran on %d goroutines (%v), want them to reuse the goroutines of earlier cells", len(seen), seen)
	}
}

// With the interpreter in a child process, a cell leaves for the child
// before execute_input is published (RemoteEngine is a Starter), and yet
// iopub keeps the protocol's order: busy, execute_input, the cell's
// output (display and stream, even when the child sends it at once),
// the result, idle — and a cell that writes nothing publishes the same
// sequence without the output.
func TestRemoteKernelPublishesInOrder(t *testing.T) {
	e, _ := newRemote(t)
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	ci.Key = "order"
	k, err := New(Config{Conn: ci, Engine: e, Log: log.New(io.Discard, "", 0), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go k.Run(ctx)
	c, err := Connect(context.Background(), ci)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(); cancel() })
	for i := 1; i <= 20; i++ {
		for _, cell := range []struct{ code, want string }{
			{"value 1", "status,execute_input,execute_result,status"},
			{"show <b>x</b>\nprint hi\nvalue 2", "status,execute_input,display_data,stream,execute_result,status"},
			{"print hi", "status,execute_input,stream,status"},
		} {
			res, err := c.Execute(ctx10(t), cell.code)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(types(res.IOPub), ","); got != cell.want {
				t.Fatalf("%q: iopub %s, want %s", cell.code, got, cell.want)
			}
			in := content(t, res.IOPub[1])
			if in["code"] != cell.code {
				t.Errorf("execute_input = %v", in)
			}
			if r := content(t, res.Reply); r["status"] != "ok" || r["execution_count"] != in["execution_count"] {
				t.Errorf("reply = %v, execute_input = %v", r, in)
			}
		}
	}
}

// tidyEngine is scriptEngine that logs each cell it runs and each Tidy
// (see Tidier) to log, shared with the writer of the Server's events.
type tidyEngine struct {
	scriptEngine
	log *orderLog
}

func (e *tidyEngine) Execute(ctx context.Context, s *hook.Scope, code string) (map[string]any, error) {
	e.log.add("execute " + code)
	return e.scriptEngine.Execute(ctx, s, code)
}

func (e *tidyEngine) Tidy() { e.log.add("tidy") }

// orderLog is a log of what happened, in order, from any goroutine; as an
// io.Writer of a Server's events it logs "done ID" for each done event.
type orderLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *orderLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
}

func (l *orderLog) Write(p []byte) (int, error) {
	for _, line := range strings.Split(strings.TrimSpace(string(p)), "\n") {
		var ev rpcEvent
		if json.Unmarshal([]byte(line), &ev) == nil && ev.Ev == "done" {
			l.add(fmt.Sprintf("done %d", ev.ID))
		}
	}
	return len(p), nil
}

// The interpreter process tidies up after a cell (Tidier) once the cell's
// done event is written, so that the kernel publishes the result
// meanwhile, and before it runs the next cell.
func TestServerTidiesAfterTheDoneEvent(t *testing.T) {
	log := &orderLog{}
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	srv := NewServer(&tidyEngine{log: log}, nil, io.MultiWriter(log, outW))
	go srv.Serve(inR)
	t.Cleanup(func() { inW.Close(); outR.Close() })
	events := lineReader(outR)
	req := &lineWriter{w: inW}
	if !events.Scan() || !strings.Contains(events.Text(), `"ready"`) {
		t.Fatalf("no ready event: %q %v", events.Text(), events.Err())
	}
	// Two cells sent at once: the second is queued behind the first.
	for id := int64(1); id <= 2; id++ {
		if err := req.send(rpcRequest{Op: "execute", ID: id, Code: fmt.Sprintf("value %d", id)}); err != nil {
			t.Fatal(err)
		}
	}
	for dones := 0; dones < 2; {
		if !events.Scan() {
			t.Fatalf("no more events: %v", events.Err())
		}
		if strings.Contains(events.Text(), `"ev":"done"`) {
			dones++
		}
	}
	// The second cell's Tidy follows its done event, which the test has
	// read: wait for it by the next request, a load, done after it.
	if err := req.send(rpcRequest{Op: "load", ID: 3, Code: "x"}); err != nil {
		t.Fatal(err)
	}
	for !strings.Contains(events.Text(), `"id":3`) {
		if !events.Scan() {
			t.Fatalf("no more events: %v", events.Err())
		}
	}
	log.mu.Lock()
	got := strings.Join(log.lines, ", ")
	log.mu.Unlock()
	want := "execute value 1, done 1, tidy, execute value 2, done 2, tidy, done 3"
	if got != want {
		t.Errorf("order: %s\nwant:  %s", got, want)
	}
}

// A kernel running its engine in its own process tidies up after a cell
// (Tidier) once the cell is answered, and before the next cell runs; the
// cell's output, result, reply and idle status are what they were.
func TestKernelTidiesAfterTheCell(t *testing.T) {
	log := &orderLog{}
	c := startKernel(t, "k", &tidyEngine{log: log})
	for _, code := range []string{"value 1", "print hi\nvalue 2"} {
		res, err := c.Execute(ctx10(t), code)
		if err != nil {
			t.Fatal(err)
		}
		want := "status,execute_input,execute_result,status"
		if strings.HasPrefix(code, "print") {
			want = "status,execute_input,stream,execute_result,status"
		}
		if got := strings.Join(types(res.IOPub), ","); got != want {
			t.Errorf("%q: iopub %s, want %s", code, got, want)
		}
		if r := content(t, res.Reply); r["status"] != "ok" {
			t.Errorf("%q: reply %v", code, r)
		}
	}
	log.mu.Lock()
	got := strings.Join(log.lines, ", ")
	log.mu.Unlock()
	// The second cell's Tidy may still be on its way.
	if want := "execute value 1, tidy, execute print hi\nvalue 2"; !strings.HasPrefix(got, want) {
		t.Errorf("order: %q, want it to start with %q", got, want)
	}
}
