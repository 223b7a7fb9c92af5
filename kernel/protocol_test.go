package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

// scriptEngine is a test double for the Go interpreter: each line of a cell
// is a command, so the protocol side can be tested on its own.
//
//	print TEXT     write TEXT and a newline to the cell's stdout
//	eprint TEXT    the same on stderr
//	value TEXT     the cell's result is TEXT
//	fail TEXT      the cell fails with TEXT
//	input PROMPT   read a line from the user and print it
//	block          wait until interrupted
//	bulk N         print N lines
type scriptEngine struct {
	interrupts atomic.Int32
	current    atomic.Pointer[hook.Scope]
}

func (e *scriptEngine) Execute(ctx context.Context, s *hook.Scope, code string) (map[string]any, error) {
	e.current.Store(s)
	var result map[string]any
	for _, line := range strings.Split(code, "\n") {
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "print":
			fmt.Fprintln(s.Stdout, arg)
		case "eprint":
			fmt.Fprintln(s.Stderr, arg)
		case "value":
			result = map[string]any{"text/plain": arg}
		case "fail":
			return nil, errors.New(arg)
		case "input":
			if s.Input == nil {
				return nil, errors.New("stdin not allowed")
			}
			v, err := s.Input(arg, false)
			if err != nil {
				return nil, err
			}
			fmt.Fprintln(s.Stdout, "got "+v)
		case "block":
			<-s.Done()
			return nil, hook.KeyboardInterrupt
		case "bulk":
			var n int
			fmt.Sscan(arg, &n)
			for i := 0; i < n; i++ {
				fmt.Fprintf(s.Stdout, "line %d\n", i)
			}
		case "sleep":
			d, _ := time.ParseDuration(arg)
			time.Sleep(d)
		}
	}
	return result, nil
}

func (e *scriptEngine) Complete(code string, cursor int) ([]string, int, int) {
	return []string{"Println", "Printf"}, cursor - 2, cursor
}
func (e *scriptEngine) Inspect(code string, cursor, detail int) (map[string]any, bool) {
	return map[string]any{"text/plain": "func Println(a ...any)"}, true
}
func (e *scriptEngine) IsComplete(code string) (string, string) {
	if strings.HasSuffix(code, "{") {
		return "incomplete", "\t"
	}
	return "complete", ""
}
func (e *scriptEngine) Interrupt() {
	e.interrupts.Add(1)
	e.current.Load().Interrupt()
}
func (e *scriptEngine) Shutdown() {}

func startInProcess(t *testing.T, key string) (*Client, *scriptEngine) {
	t.Helper()
	eng := &scriptEngine{}
	return startKernel(t, key, eng), eng
}

// startKernel runs a kernel of eng in this process, over real ZeroMQ
// sockets, and returns a client connected to it.
func startKernel(t *testing.T, key string, eng Engine) *Client {
	t.Helper()
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	ci.Key = key
	k, err := New(Config{Conn: ci, Engine: eng, Log: log.New(io.Discard, "", 0), Version: "test"})
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
	return c
}

func ctx10(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func types(msgs []*Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Header.MsgType)
	}
	return out
}

func content(t *testing.T, m *Message) map[string]any {
	t.Helper()
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestKernelInfo(t *testing.T) {
	c, _ := startInProcess(t, "k1")
	res, err := c.Request(ctx10(t), "shell", "kernel_info_request", map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	var info struct {
		Protocol string         `json:"protocol_version"`
		Impl     string         `json:"implementation"`
		Lang     map[string]any `json:"language_info"`
		Debugger *bool          `json:"debugger"`
		Features []string       `json:"supported_features"`
	}
	_ = res.ReplyContent(&info)
	// 5.5: the iopub welcome (TestIOPubWelcome), supported_features (none:
	// no debugger, no subshells) and kernel_info on control (below). 5.3
	// clients still require "debugger"; gonotes answers no debug_request.
	if info.Protocol != "5.5" || info.Impl != "gonotes" || info.Debugger == nil || *info.Debugger || info.Features == nil || len(info.Features) != 0 {
		t.Errorf("info = %+v", info)
	}
	for k, v := range map[string]string{"name": "go", "mimetype": "text/x-go", "file_extension": ".go", "pygments_lexer": "go", "codemirror_mode": "go"} {
		if info.Lang[k] != v {
			t.Errorf("language_info[%s] = %v, want %s", k, info.Lang[k], v)
		}
	}
	if got := types(res.IOPub); strings.Join(got, ",") != "status,status" {
		t.Errorf("iopub = %v, want busy and idle", got)
	}
	// kernel_info also answers on control.
	res, err = c.Request(ctx10(t), "control", "kernel_info_request", map[string]any{})
	if err != nil || res.Reply.Header.MsgType != "kernel_info_reply" {
		t.Fatalf("control kernel_info: %v", err)
	}
}

// TestIOPubWelcome checks protocol 5.5's iopub_welcome: each client that
// subscribes to iopub gets one, with its subscription and no parent; the
// clients already there get another.
func TestIOPubWelcome(t *testing.T) {
	c, _ := startInProcess(t, "k1")
	check := func(who string, ws []*Message) {
		t.Helper()
		for _, w := range ws {
			if got := content(t, w); len(got) != 1 || got["subscription"] != "" {
				t.Errorf("%s: welcome content = %v, want subscription \"\"", who, got)
			}
			if string(w.Parent) != "{}" {
				t.Errorf("%s: welcome parent = %s, want {}", who, w.Parent)
			}
			if w.Header.Version != ProtocolVersion {
				t.Errorf("%s: welcome version = %q", who, w.Header.Version)
			}
		}
	}
	ws, err := c.Welcome(ctx10(t))
	if err != nil {
		t.Fatal(err)
	}
	check("first client", ws)
	c2, err := Connect(ctx10(t), c.Conn)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	ws2, err := c2.Welcome(ctx10(t))
	if err != nil {
		t.Fatal(err)
	}
	check("second client", ws2)
	// The first client sees the second's welcome too (XPUB sends it to
	// every subscriber of the topic): it arrives before the reply to a
	// request sent now, since iopub is one ordered stream per client.
	if _, err := c.Request(ctx10(t), "shell", "kernel_info_request", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	ws, _ = c.Welcome(ctx10(t))
	if len(ws) < 2 {
		t.Errorf("first client got %d welcomes, want one for each client's subscription", len(ws))
	}
	check("first client", ws)
}

func TestExecuteSequence(t *testing.T) {
	c, _ := startInProcess(t, "k2")
	res, err := c.Execute(ctx10(t), "print hello\neprint warn\nvalue 42")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(types(res.IOPub), ",")
	if got != "status,execute_input,stream,stream,execute_result,status" {
		t.Fatalf("iopub sequence = %s", got)
	}
	busy := content(t, res.IOPub[0])
	if busy["execution_state"] != "busy" {
		t.Errorf("first status = %v", busy)
	}
	// Every iopub message has the request as parent.
	var parent struct {
		MsgType string `json:"msg_type"`
	}
	for _, m := range res.IOPub {
		_ = json.Unmarshal(m.Parent, &parent)
		if parent.MsgType != "execute_request" {
			t.Errorf("%s has parent %s", m.Header.MsgType, parent.MsgType)
		}
	}
	outs := OutputsOf(res.IOPub)
	if len(outs) != 3 || outs[0]["name"] != "stdout" || outs[1]["name"] != "stderr" {
		t.Fatalf("outputs = %v", outs)
	}
	if r := content(t, res.Reply); r["status"] != "ok" || r["execution_count"] != 1.0 {
		t.Errorf("reply = %v", r)
	}
	res, _ = c.Execute(ctx10(t), "value 1")
	if r := content(t, res.Reply); r["execution_count"] != 2.0 {
		t.Errorf("second execution_count = %v", r["execution_count"])
	}
}

func TestErrorReplyAndAbort(t *testing.T) {
	c, _ := startInProcess(t, "k3")
	res, err := c.Execute(ctx10(t), "fail boom")
	if err != nil {
		t.Fatal(err)
	}
	r := content(t, res.Reply)
	if r["status"] != "error" || r["evalue"] != "boom" {
		t.Fatalf("reply = %v", r)
	}
	if got := types(res.IOPub); got[len(got)-2] != "error" {
		t.Fatalf("iopub = %v", got)
	}
	// The kernel goes on: a request sent once the failure was replied is
	// not aborted as if it had been queued behind the failed cell.
	for i := 0; i < 5; i++ {
		if _, err := c.Execute(ctx10(t), "fail again"); err != nil {
			t.Fatal(err)
		}
		res, _ = c.Execute(ctx10(t), "value ok")
		if r := content(t, res.Reply); r["status"] != "ok" {
			t.Fatalf("after error (round %d): %v", i, r)
		}
	}
}

func TestBadSignatureDropped(t *testing.T) {
	c, _ := startInProcess(t, "secret")
	header := []byte(`{"msg_id":"x1","msg_type":"execute_request","session":"s","username":"u","version":"5.3","date":""}`)
	body := []byte(`{"code":"print should-not-run"}`)
	if err := c.SendRaw("shell", [][]byte{[]byte("<IDS|MSG>"), []byte("00"), header, []byte("{}"), []byte("{}"), body}); err != nil {
		t.Fatal(err)
	}
	if err := c.SendRaw("shell", [][]byte{[]byte("garbage")}); err != nil {
		t.Fatal(err)
	}
	if err := c.SendRaw("control", [][]byte{[]byte("<IDS|MSG>"), []byte("zz"), []byte("{"), []byte("{}")}); err != nil {
		t.Fatal(err)
	}
	// A correctly signed request still works, and nothing ran.
	res, err := c.Execute(ctx10(t), "value alive")
	if err != nil {
		t.Fatal(err)
	}
	if r := content(t, res.Reply); r["status"] != "ok" || r["execution_count"] != 1.0 {
		t.Fatalf("reply = %v (the badly signed cell must not have run)", r)
	}
	if err := c.Heartbeat(ctx10(t)); err != nil {
		t.Fatal(err)
	}
}

func TestIsCompleteCompleteInspectHistoryComm(t *testing.T) {
	c, _ := startInProcess(t, "k4")
	ctx := ctx10(t)
	res, _ := c.Request(ctx, "shell", "is_complete_request", map[string]any{"code": "for {"})
	if r := content(t, res.Reply); r["status"] != "incomplete" || r["indent"] != "\t" {
		t.Errorf("is_complete = %v", r)
	}
	res, _ = c.Request(ctx, "shell", "complete_request", map[string]any{"code": "fmt.Pr", "cursor_pos": 6})
	if r := content(t, res.Reply); r["cursor_start"] != 4.0 || len(r["matches"].([]any)) != 2 {
		t.Errorf("complete = %v", r)
	}
	res, _ = c.Request(ctx, "shell", "inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 5, "detail_level": 0})
	if r := content(t, res.Reply); r["found"] != true {
		t.Errorf("inspect = %v", r)
	}
	c.Execute(ctx, "value 1")
	c.Execute(ctx, "value 2")
	res, _ = c.Request(ctx, "shell", "history_request", map[string]any{"hist_access_type": "tail", "n": 1, "output": false, "raw": true})
	if r := content(t, res.Reply); fmt.Sprint(r["history"]) != "[[1 2 value 2]]" {
		t.Errorf("history = %v", r["history"])
	}
	res, _ = c.Request(ctx, "shell", "comm_info_request", map[string]any{})
	if r := content(t, res.Reply); r["status"] != "ok" {
		t.Errorf("comm_info = %v", r)
	}
}

func TestInterruptMessageMode(t *testing.T) {
	c, eng := startInProcess(t, "k5")
	ctx := ctx10(t)
	done := make(chan *Result)
	go func() {
		res, _ := c.Execute(ctx, "print started\nblock")
		done <- res
	}()
	// Wait until the cell runs, then interrupt on control.
	for eng.current.Load() == nil {
		time.Sleep(5 * time.Millisecond)
	}
	res, err := c.Request(ctx, "control", "interrupt_request", map[string]any{})
	if err != nil || res.Reply.Header.MsgType != "interrupt_reply" {
		t.Fatalf("interrupt: %v", err)
	}
	cell := <-done
	if r := content(t, cell.Reply); r["ename"] != "KeyboardInterrupt" {
		t.Fatalf("interrupted cell reply = %v", r)
	}
}

func TestStdin(t *testing.T) {
	c, _ := startInProcess(t, "k6")
	c.Input = func(prompt string, password bool) string { return "Gopher(" + prompt + ")" }
	res, err := c.Execute(ctx10(t), "input name?")
	if err != nil {
		t.Fatal(err)
	}
	outs := OutputsOf(res.IOPub)
	if len(outs) != 1 || fmt.Sprint(outs[0]["text"]) != "[got Gopher(name?)\n]" {
		t.Fatalf("outputs = %v", outs)
	}
	c.Input = nil
	res, _ = c.Execute(ctx10(t), "input name?")
	if r := content(t, res.Reply); r["status"] != "error" || !strings.Contains(r["evalue"].(string), "stdin") {
		t.Fatalf("without allow_stdin: %v", r)
	}
}

func TestStreamBatchingAndLiveness(t *testing.T) {
	c, _ := startInProcess(t, "k7")
	res, err := c.Execute(ctx10(t), "bulk 10000")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	var text strings.Builder
	for _, m := range res.IOPub {
		if m.Header.MsgType == "stream" {
			n++
			text.WriteString(content(t, m)["text"].(string))
		}
	}
	if n > 10 {
		t.Errorf("10,000 lines took %d stream messages, want at most 10", n)
	}
	lines := strings.Split(strings.TrimSuffix(text.String(), "\n"), "\n")
	if len(lines) != 10000 || lines[9999] != "line 9999" {
		t.Errorf("got %d lines, last %q", len(lines), lines[len(lines)-1])
	}
	// A print followed by a sleep arrives before the cell ends.
	var sawEarly atomic.Bool
	start := time.Now()
	_, err = c.RequestWatch(ctx10(t), "shell", "execute_request", map[string]any{"code": "print early\nsleep 1s", "allow_stdin": false}, func(m *Message) {
		if m.Header.MsgType == "stream" && time.Since(start) < 900*time.Millisecond {
			sawEarly.Store(true)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if !sawEarly.Load() {
		t.Error("output printed before a 1 s sleep arrived only after the cell ended")
	}
}

func TestShutdown(t *testing.T) {
	c, _ := startInProcess(t, "k8")
	res, err := c.Request(ctx10(t), "control", "shutdown_request", map[string]any{"restart": false})
	if err != nil {
		t.Fatal(err)
	}
	if r := content(t, res.Reply); r["status"] != "ok" || r["restart"] != false {
		t.Fatalf("shutdown_reply = %v", r)
	}
}

// A correctly signed message sent twice (a replay by someone who saw it on
// the wire) runs once: the second copy is dropped, as jupyter_client's
// signature history drops it.
func TestReplayedMessageRunsOnce(t *testing.T) {
	c, eng := startInProcess(t, "secret")
	header := []byte(`{"msg_id":"replay-1","msg_type":"execute_request","session":"s","username":"u","version":"5.3","date":""}`)
	parent, meta := []byte("{}"), []byte("{}")
	body := []byte(`{"code":"print replayed","silent":false,"store_history":true}`)
	frames := [][]byte{[]byte("<IDS|MSG>"), c.Sign(header, parent, meta, body), header, parent, meta, body}
	for i := 0; i < 2; i++ {
		if err := c.SendRaw("shell", frames); err != nil {
			t.Fatal(err)
		}
	}
	res, err := c.Execute(ctx10(t), "value after")
	if err != nil {
		t.Fatal(err)
	}
	// The shell handles requests in order: the signed request ran (count 1),
	// its replay did not, so this one is the second.
	if r := content(t, res.Reply); r["status"] != "ok" || r["execution_count"] != 2.0 {
		t.Fatalf("reply = %v: want execution_count 2 (the replayed request must run once)", r)
	}
	if s := eng.current.Load(); s == nil || s.ID != 2 {
		t.Fatalf("the engine's last cell is %v, want cell 2", s)
	}
}

// TestClosedKernelLeavesNoSpinningRecv: once a kernel has stopped, its
// iopub welcome loop ends. zmq4's Recv on a closed XPUB socket returned an
// empty message and no error, so the loop spun on a CPU for the rest of the
// process (third_party/zmq4/PATCHES.md).
func TestClosedKernelLeavesNoSpinningRecv(t *testing.T) {
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	k, err := New(Config{Conn: ci, Engine: &scriptEngine{}, Log: log.New(io.Discard, "", 0), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- k.Run(ctx) }()
	c, err := Connect(context.Background(), ci)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if _, err := c.Request(ctx10(t), "shell", "kernel_info_request", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	c.Close()
	cancel()
	<-done
	welcomeAlive := func() bool {
		buf := make([]byte, 1<<20)
		return strings.Contains(string(buf[:runtime.Stack(buf, true)]), "kernel.(*Kernel).welcome")
	}
	for deadline := time.Now().Add(10 * time.Second); welcomeAlive(); {
		if time.Now().After(deadline) {
			t.Fatal("the stopped kernel's iopub welcome loop is still running")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// gateEngine runs each cell until gate is closed, then answers 1.
type gateEngine struct {
	scriptEngine
	gate chan struct{}
}

func (e *gateEngine) Execute(ctx context.Context, s *hook.Scope, code string) (map[string]any, error) {
	<-e.gate
	return map[string]any{"text/plain": "1"}, nil
}

// A cell's busy status and execute_input, held back so that a short
// cell sends them with its result (Kernel.hold), reach the front end
// while a longer cell still runs: here the cell runs until the client has
// seen its execute_input.
func TestBusyAndInputPublishedWhileTheCellRuns(t *testing.T) {
	eng := &gateEngine{gate: make(chan struct{})}
	c := startKernel(t, "k", eng)
	var once sync.Once
	res, err := c.RequestWatch(ctx10(t), "shell", "execute_request", map[string]any{
		"code": "wait", "silent": false, "store_history": true, "user_expressions": map[string]any{},
		"allow_stdin": false, "stop_on_error": true,
	}, func(m *Message) {
		if m.Header.MsgType == "execute_input" {
			once.Do(func() { close(eng.gate) })
		}
	})
	if err != nil {
		t.Fatalf("%v (the cell waits for its execute_input to be published)", err)
	}
	if got := strings.Join(types(res.IOPub), ","); got != "status,execute_input,execute_result,status" {
		t.Errorf("iopub %s", got)
	}
}
