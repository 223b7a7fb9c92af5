package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"golang.org/x/sys/unix"
)

// RemoteEngine is an Engine that runs the real one in a child process (a
// Server), so that what Go cannot recover from — "fatal error: concurrent
// map writes", running out of memory, an unrecovered panic in compiled
// code — ends the child, never the kernel. The cell that was running (or,
// if none was, the last one) reports what happened; a new child starts at
// once and replays the notebook's declarations (imports, consts, types,
// funcs and vars, as the engine's Declarer gives them).
type RemoteEngine struct {
	cfg RemoteConfig

	mu       sync.Mutex
	child    *remoteChild
	decls    string   // the declarations to replay after a crash
	notes    []string // what replaying them does not bring back, for the crash message
	nextID   int64
	scopes   map[int64]*hook.Scope // execute id -> scope, for late output
	order    []int64
	last     *hook.Scope
	shutdown bool
	started  chan struct{} // closed when the current child is ready (replayed)
	failures int           // children in a row that died before they were ready
	broken   error         // set when children keep dying at start
	running  int64         // the execute request in progress, or 0
	race     bool          // children run the race-enabled build (%race on)
}

// RemoteConfig configures a RemoteEngine.
type RemoteConfig struct {
	// Command returns the command of a new child, which must run
	// Server.Serve with its stdin as requests and file descriptor 3 as
	// events. RemoteEngine sets Stdin, Stdout, Stderr and ExtraFiles.
	Command func() (*exec.Cmd, error)
	// Log receives the child's own stderr (its crash output included) and
	// the engine's diagnostics.
	Log *log.Logger
	// RaceCommand returns the command of a child built with the race
	// detector (`%race on`), or an error that tells how to get one; nil
	// means there is none.
	RaceCommand func() (*exec.Cmd, error)
	// Race starts the first child with RaceCommand (the kernelspec of the
	// race detector).
	Race bool
	// KillAfter is how long a cell may go on after an interrupt before the
	// child is killed and a new one started (the interpreter stops a cell
	// within a second; this is the last resort). Zero means 10 s.
	KillAfter time.Duration
}

// maxScopes is how many cells' scopes are kept for late output.
const maxScopes = 256

// NewRemoteEngine starts the first child.
func NewRemoteEngine(cfg RemoteConfig) (*RemoteEngine, error) {
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr, "gonotes: ", log.LstdFlags)
	}
	e := &RemoteEngine{cfg: cfg, scopes: map[int64]*hook.Scope{}}
	if cfg.Race {
		if cfg.RaceCommand == nil {
			return nil, errors.New("no race-enabled interpreter")
		}
		e.race = true
	}
	if err := e.start(""); err != nil {
		return nil, err
	}
	return e, nil
}

// remoteChild is one interpreter process.
type remoteChild struct {
	cmd   *exec.Cmd
	in    *lineWriter
	stdin io.Closer
	ready chan struct{}
	dead  chan struct{} // closed after the child exited and its events were read
	tail  *tailBuffer   // the end of its stderr
	exit  error         // cmd.Wait's result, set before dead is closed
	up    atomic.Bool   // ready and the declarations replayed
	swap  atomic.Bool   // stopped to be replaced by another build (%race)
	stuck atomic.Bool   // killed because a cell did not stop after an interrupt

	// stderrPipe is this process's copy of the read end of the pipe the
	// child made its fd 2 (see StartCaptureInto), drained is what was read
	// from it after the last newline, exited is closed when the child has
	// exited.
	drainMu     sync.Mutex
	stderrPipe  *os.File
	drained     []byte
	drainedLine bool // a line was drained
	exited      chan struct{}

	log *crashLog // the kernel's log, where the child's stderr goes

	// kept are a supervised child's shell connections (see Supervisor).
	kept *keptConns
	// swapRest is the rest of the cell whose %race magic swapped a
	// supervised child (set before swap).
	swapRest string

	mu      sync.Mutex
	pending map[int64]chan rpcEvent // done and reply events by request id
}

// StderrPipeEnv names the environment variable with which RemoteEngine
// tells its child the descriptors ("4,5": write end, read end) of the pipe
// to make its fd 2 (see StartCaptureInto).
const StderrPipeEnv = "GONOTES_STDERR_PIPE"

// drainStderrPipe reads what is in the pipe of the child's fd 2 through
// this process's copy of its read end, and keeps the crash lines found
// in the tail. It is called, from the first line of a crash on the
// child's real stderr until the child has exited, every few milliseconds:
// a crashing child has stopped its own reader, and Go writes a throw's
// "fatal error: MSG" line to fd 2 alone, before it starts to crash
// (debug.SetCrashOutput copies only what follows); a goroutine dump
// larger than the pipe would block the child for ever. final reads what
// is left once the child has exited.
func (c *remoteChild) drainStderrPipe(final bool) {
	c.drainMu.Lock()
	defer c.drainMu.Unlock()
	f := c.stderrPipe
	if f == nil {
		return
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return
	}
	buf := make([]byte, 64<<10)
	_ = rc.Control(func(fd uintptr) {
		if unix.SetNonblock(int(fd), true) != nil {
			return
		}
		for {
			n, err := unix.Read(int(fd), buf)
			if n <= 0 || err != nil {
				return
			}
			c.drained = append(c.drained, buf[:n]...)
			for {
				i := bytes.IndexByte(c.drained, '\n')
				if i < 0 {
					break
				}
				line := strings.TrimSpace(string(c.drained[:i]))
				c.drained = c.drained[i+1:]
				if line != "" && !c.drainedLine {
					// Go prints "fatal error: " and the message in
					// separate writes: the child may have copied the
					// first (teeFatal) and left the message here.
					c.drainedLine = true
					if c.tail.completeFatal(line) {
						continue
					}
				}
				for _, prefix := range crashPrefixes {
					if strings.HasPrefix(line, prefix) {
						c.tail.addReason(line)
						break
					}
				}
			}
			if len(c.drained) > 4096 {
				c.drained = c.drained[len(c.drained)-4096:]
			}
		}
	})
	if final {
		f.Close()
		c.stderrPipe = nil
	}
}

// watchCrash drains the pipe of the child's fd 2 (drainStderrPipe) from
// the start of a crash until the child has exited.
func (c *remoteChild) watchCrash() {
	t := time.NewTicker(2 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-c.exited:
			return
		case <-t.C:
			c.drainStderrPipe(false)
		}
	}
}

// start starts a child and, when decls is not empty, replays them in it.
func (e *RemoteEngine) start(decls string) error {
	command := e.cfg.Command
	e.mu.Lock()
	if e.race {
		command = e.cfg.RaceCommand
	}
	e.mu.Unlock()
	cmd, err := command()
	if err != nil {
		return fmt.Errorf("start the interpreter: %w", err)
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("start the interpreter: %w", err)
	}
	// The pipe into which the child redirects its own fd 2 (see
	// kernel.StartCaptureInto): this process keeps a copy of its read end,
	// to read after a crash the line a throw wrote there ("fatal error:
	// ...") while the child could no longer read it.
	errR, errW, err := os.Pipe()
	if err != nil {
		evR.Close()
		evW.Close()
		return fmt.Errorf("start the interpreter: %w", err)
	}
	closeAll := func() {
		for _, f := range []*os.File{evR, evW, errR, errW} {
			f.Close()
		}
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		closeAll()
		return fmt.Errorf("start the interpreter: %w", err)
	}
	c := &remoteChild{
		cmd: cmd, in: &lineWriter{w: stdin}, stdin: stdin,
		ready: make(chan struct{}), dead: make(chan struct{}),
		tail: &tailBuffer{max: 64 << 10}, pending: map[int64]chan rpcEvent{},
		stderrPipe: errR, exited: make(chan struct{}),
	}
	c.tail.onCrash = func() { go c.watchCrash() }
	c.log = &crashLog{w: e.cfg.Log.Writer(), crashed: c.tail.isCrashed, max: crashLogMax}
	logw := io.MultiWriter(c.log, c.tail)
	cmd.Stdout, cmd.Stderr = logw, logw
	cmd.ExtraFiles = []*os.File{evW, errW, errR}
	cmd.Env = append(cmd.Environ(), StderrPipeEnv+"=4,5")
	if err := cmd.Start(); err != nil {
		closeAll()
		return fmt.Errorf("start the interpreter: %w", err)
	}
	evW.Close()
	errW.Close()
	started := make(chan struct{})
	e.mu.Lock()
	e.child = c
	e.started = started
	e.mu.Unlock()
	go e.read(c, evR)
	go func() {
		defer close(started)
		select {
		case <-c.ready:
		case <-c.dead:
			return
		}
		if decls != "" {
			ev, ok := e.call(c, rpcRequest{Op: "load", Code: decls}, 0)
			if !ok {
				return
			}
			if ev.Error != nil {
				e.cfg.Log.Printf("replaying the declarations: %s", ev.Error.Value)
			}
		}
		c.up.Store(true)
	}()
	return nil
}

// read handles a child's events until it exits, then reports a crash and
// starts the next child.
func (e *RemoteEngine) read(c *remoteChild, r io.ReadCloser) {
	sc := lineReader(r)
	for sc.Scan() {
		var ev rpcEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			e.cfg.Log.Printf("interpreter: bad event: %v", err)
			continue
		}
		e.dispatch(c, ev)
	}
	r.Close()
	c.exit = c.cmd.Wait()
	c.log.finish()
	close(c.exited)
	c.drainStderrPipe(true)
	close(c.dead)

	c.mu.Lock()
	pending := c.pending
	c.pending = map[int64]chan rpcEvent{}
	c.mu.Unlock()
	e.mu.Lock()
	shutdown := e.shutdown
	decls, notes := e.decls, e.notes
	last := e.last
	e.mu.Unlock()
	// failPending ends every pending request with err.
	failPending := func(err *rpcError) {
		for _, ch := range pending {
			ch <- rpcEvent{Ev: "crash", Error: err}
		}
	}
	if shutdown {
		failPending(&rpcError{Name: "Shutdown", Value: "the kernel is shutting down", Trace: []string{"the kernel is shutting down"}})
		return
	}
	if c.swap.Load() {
		// Replaced on purpose (%race): what it was still handling (a comm
		// message, a completion) gets an answer, and the next build starts
		// with the same declarations.
		failPending(&rpcError{Name: "Restarted", Value: "the interpreter was replaced (%race)",
			Trace: []string{"the interpreter was replaced (%race)"}})
		if err := e.start(decls); err != nil {
			e.mu.Lock()
			e.broken = err
			e.mu.Unlock()
			e.cfg.Log.Printf("restart the interpreter: %v", err)
		}
		return
	}
	crash := newCrashError(c.tail.String(), c.exit)
	if c.stuck.Load() {
		crash = stuckError(e.killAfter())
	}
	if decls != "" {
		crash.Trace = append(crash.Trace, notes...)
	}
	e.cfg.Log.Printf("the interpreter died (%s: %s); starting a new one", crash.Name, crash.Value)
	failPending(crash)
	if len(pending) == 0 && last != nil {
		// A goroutine of an earlier cell crashed the interpreter between
		// cells: tell the last cell, as a late goroutine panic would.
		fmt.Fprintln(last.Stderr, strings.Join(crash.Trace, "\n"))
	}
	if c.up.Load() {
		e.mu.Lock()
		e.failures = 0
		e.mu.Unlock()
	} else {
		e.mu.Lock()
		e.failures++
		failures := e.failures
		e.mu.Unlock()
		if failures >= 4 {
			err := fmt.Errorf("the Go interpreter does not start: %s: %s", crash.Name, crash.Value)
			e.mu.Lock()
			e.broken = err
			e.mu.Unlock()
			e.cfg.Log.Print(err)
			return
		}
		if failures >= 2 && decls != "" {
			// Replaying the declarations is what kills it: start empty.
			e.cfg.Log.Printf("the declarations could not be replayed; starting an empty interpreter")
			decls = ""
			e.mu.Lock()
			e.decls, e.notes = "", nil
			e.mu.Unlock()
		}
	}
	if err := e.start(decls); err != nil {
		e.mu.Lock()
		e.broken = err
		e.mu.Unlock()
		e.cfg.Log.Printf("restart the interpreter: %v", err)
	}
}

func (e *RemoteEngine) dispatch(c *remoteChild, ev rpcEvent) {
	switch ev.Ev {
	case "ready":
		close(c.ready)
	case "stream":
		if s := e.scope(ev.ID); s != nil {
			w := s.Stdout
			if ev.Name == "stderr" {
				w = s.Stderr
			}
			if w != nil {
				_, _ = io.WriteString(w, ev.Text)
			}
		}
	case "display":
		if s := e.scope(ev.ID); s != nil && s.Display != nil {
			s.Display(ev.Data, ev.Metadata, ev.DisplayID, ev.Update)
		}
	case "clear":
		if s := e.scope(ev.ID); s != nil && s.Clear != nil {
			s.Clear(ev.Update)
		}
	case "comm":
		if s := e.scope(ev.ID); s != nil && s.Comm != nil {
			s.Comm(ev.Kind, ev.Data, ev.Metadata)
		}
	case "input":
		s := e.scope(ev.ID)
		go func() {
			reply := rpcRequest{Op: "input_reply", ID: ev.Input}
			if s == nil || s.Input == nil {
				reply.Err = "no frontend to ask for input"
			} else if v, err := s.Input(ev.Prompt, ev.Password); err != nil {
				reply.Err = err.Error()
			} else {
				reply.Value = v
			}
			_ = c.in.send(reply)
		}()
	case "done", "reply":
		c.mu.Lock()
		ch := c.pending[ev.ID]
		delete(c.pending, ev.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- ev
		}
	}
}

func (e *RemoteEngine) newID() int64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.nextID++
	return e.nextID
}

func (e *RemoteEngine) scope(id int64) *hook.Scope {
	e.mu.Lock()
	defer e.mu.Unlock()
	if s := e.scopes[id]; s != nil {
		return s
	}
	return e.last
}

// current waits until a child is ready and returns it.
func (e *RemoteEngine) current(ctx context.Context) (*remoteChild, error) {
	for {
		e.mu.Lock()
		c, started, shutdown, broken := e.child, e.started, e.shutdown, e.broken
		e.mu.Unlock()
		if shutdown {
			return nil, errors.New("kernel shutting down")
		}
		if broken != nil {
			return nil, broken
		}
		select {
		case <-started:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		select {
		case <-c.dead:
			// Died while starting: the reader starts the next one.
			time.Sleep(10 * time.Millisecond)
			continue
		default:
			return c, nil
		}
	}
}

// call sends req to c with a new id and waits for its done or reply event
// (at most timeout when not 0). ok is false when there was none.
func (e *RemoteEngine) call(c *remoteChild, req rpcRequest, timeout time.Duration) (rpcEvent, bool) {
	ch, forget, ok := e.send(c, &req)
	if !ok {
		return rpcEvent{}, false
	}
	return e.await(ch, forget, timeout)
}

// send sends req to c, with a new id when it has none, and returns the
// channel of its done or reply event and the function that stops waiting
// for it; ok is false when c is gone.
func (e *RemoteEngine) send(c *remoteChild, req *rpcRequest) (ch chan rpcEvent, forget func(), ok bool) {
	if req.ID == 0 {
		req.ID = e.newID()
	}
	id := req.ID
	ch = make(chan rpcEvent, 1)
	c.mu.Lock()
	c.pending[id] = ch
	c.mu.Unlock()
	forget = func() {
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
	}
	select {
	case <-c.dead:
		forget()
		return nil, nil, false
	default:
	}
	if err := c.in.send(*req); err != nil {
		forget()
		return nil, nil, false
	}
	return ch, forget, true
}

// await waits for the event of a request sent with send (at most timeout
// when not 0).
func (e *RemoteEngine) await(ch chan rpcEvent, forget func(), timeout time.Duration) (rpcEvent, bool) {
	var expire <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expire = t.C
	}
	select {
	case ev := <-ch:
		return ev, true
	case <-expire:
		forget()
		return rpcEvent{}, false
	}
}

// Execute runs code in the child; see Engine.
func (e *RemoteEngine) Execute(ctx context.Context, scope *hook.Scope, code string) (map[string]any, error) {
	if arg, rest, ok := raceMagic(code); ok {
		if err := e.raceMagic(ctx, scope, arg); err != nil {
			return nil, err
		}
		if strings.TrimSpace(rest) == "" {
			return nil, nil
		}
		code = rest
	}
	return e.startCell(ctx, scope, code)()
}

// Start sends code to the child and returns at once, with the function
// that waits for the cell to end and returns what Execute returns; see
// Starter. A cell with a %race magic is not started this way (nil): the
// magic may replace the child first.
func (e *RemoteEngine) Start(ctx context.Context, scope *hook.Scope, code string) (wait func() (map[string]any, error)) {
	if _, _, magic := raceMagic(code); magic {
		return nil
	}
	// A child still starting (replaying the declarations) may take long:
	// Execute waits for it, after execute_input.
	e.mu.Lock()
	started := e.started
	e.mu.Unlock()
	select {
	case <-started:
	default:
		return nil
	}
	return e.startCell(ctx, scope, code)
}

func (e *RemoteEngine) startCell(ctx context.Context, scope *hook.Scope, code string) func() (map[string]any, error) {
	c, err := e.current(ctx)
	if err != nil {
		return func() (map[string]any, error) { return nil, err }
	}
	id := e.register(scope)
	e.mu.Lock()
	e.last = scope
	e.running = id
	e.mu.Unlock()
	ch, forget, sent := e.send(c, &rpcRequest{Op: "execute", ID: id, Cell: scope.ID, Code: code, Stdin: scope.Input != nil})
	return func() (map[string]any, error) {
		var ev rpcEvent
		ok := sent
		if sent {
			ev, ok = e.await(ch, forget, 0)
		}
		e.mu.Lock()
		e.running = 0
		e.mu.Unlock()
		if !ok {
			return nil, errors.New("the interpreter is gone")
		}
		if ev.Decls != nil {
			e.mu.Lock()
			e.decls = *ev.Decls
			e.notes = ev.Notes
			e.mu.Unlock()
		}
		if ev.Error != nil {
			return nil, ev.Error
		}
		return ev.Data, nil
	}
}

// register gives scope a new request id, under which the child's output
// events reach it (the latest maxScopes are kept, for late output).
func (e *RemoteEngine) register(scope *hook.Scope) int64 {
	id := e.newID()
	e.mu.Lock()
	defer e.mu.Unlock()
	e.scopes[id] = scope
	e.order = append(e.order, id)
	if len(e.order) > maxScopes {
		delete(e.scopes, e.order[0])
		e.order = e.order[1:]
	}
	return id
}

// HandleComm delivers a comm message to the library in the child; see
// CommEngine.
func (e *RemoteEngine) HandleComm(scope *hook.Scope, kind string, content map[string]any) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := e.current(ctx)
	if err != nil {
		return false
	}
	id := e.register(scope)
	ev, ok := e.call(c, rpcRequest{Op: "comm", ID: id, Kind: kind, Data: content}, 0)
	return ok && ev.Found
}

// queryTimeout bounds completion and inspection, which must never hang
// the frontend.
const queryTimeout = 3 * time.Second

func (e *RemoteEngine) query(req rpcRequest) (rpcEvent, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), queryTimeout)
	defer cancel()
	c, err := e.current(ctx)
	if err != nil {
		return rpcEvent{}, false
	}
	ev, ok := e.call(c, req, queryTimeout)
	return ev, ok && ev.Ev != "crash" // the child died or was replaced meanwhile
}

// Complete asks the child; see Engine.
func (e *RemoteEngine) Complete(code string, cursor int) ([]string, int, int) {
	ev, ok := e.query(rpcRequest{Op: "complete", Code: code, Cursor: cursor})
	if !ok {
		return nil, cursor, cursor
	}
	return ev.Matches, ev.Start, ev.End
}

// Inspect asks the child; see Engine.
func (e *RemoteEngine) Inspect(code string, cursor, detail int) (map[string]any, bool) {
	ev, ok := e.query(rpcRequest{Op: "inspect", Code: code, Cursor: cursor, Detail: detail})
	return ev.Data, ok && ev.Found
}

// IsComplete asks the child; see Engine.
func (e *RemoteEngine) IsComplete(code string) (string, string) {
	ev, ok := e.query(rpcRequest{Op: "is_complete", Code: code})
	if !ok {
		return "unknown", ""
	}
	return ev.Status, ev.Indent
}

// Interrupt forwards the interrupt to the child. If the running cell still
// runs KillAfter later, the child is killed: the cell fails with a
// KeyboardInterrupt and a new child replays the declarations.
func (e *RemoteEngine) Interrupt() {
	e.mu.Lock()
	c, id := e.child, e.running
	e.mu.Unlock()
	if c == nil {
		return
	}
	_ = c.in.send(rpcRequest{Op: "interrupt"})
	if id == 0 {
		return
	}
	time.AfterFunc(e.killAfter(), func() {
		e.mu.Lock()
		still := e.running == id && e.child == c
		e.mu.Unlock()
		if still {
			e.cfg.Log.Printf("the cell did not stop %v after the interrupt: killing the interpreter", e.killAfter())
			c.stuck.Store(true)
			_ = c.cmd.Process.Kill()
		}
	})
}

func (e *RemoteEngine) killAfter() time.Duration {
	if e.cfg.KillAfter > 0 {
		return e.cfg.KillAfter
	}
	return 10 * time.Second
}

// stuckError is the error of a cell whose interpreter was killed because
// the cell did not stop after an interrupt.
func stuckError(after time.Duration) *rpcError {
	return &rpcError{Name: "KeyboardInterrupt", Value: "the cell did not stop, so its interpreter was restarted", Trace: []string{
		"\x1b[0;31mKeyboardInterrupt\x1b[0m",
		"",
		fmt.Sprintf("The cell was still running %v after the interrupt (blocked in compiled code that cannot be", after),
		"interrupted), so the kernel ended its Go interpreter and started a new one with the notebook's",
		"imports, types, funcs and vars replayed. Values that statements computed are gone: run those cells again.",
	}}
}

// Shutdown stops the child (killing it if it does not stop within
// shutdownGrace) and starts no other.
func (e *RemoteEngine) Shutdown() {
	e.mu.Lock()
	if e.shutdown {
		e.mu.Unlock()
		return
	}
	e.shutdown = true
	c := e.child
	e.mu.Unlock()
	if c != nil {
		c.stop()
	}
}

// stop asks the child to shut down and waits until it has (killing it if
// it does not stop within shutdownGrace).
func (c *remoteChild) stop() {
	_ = c.in.send(rpcRequest{Op: "shutdown"})
	_ = c.stdin.Close()
	// The child kills its own children and reaps them before it exits
	// (killed first, they would be left as zombies for init).
	select {
	case <-c.dead:
	case <-time.After(shutdownGrace):
		_ = c.cmd.Process.Kill()
		<-c.dead
	}
}

// shutdownGrace is how long a child may take to shut down (its children
// killed and reaped) before it is killed.
const shutdownGrace = 5 * time.Second

// tailBuffer keeps the last max bytes written to it, and the first lines
// that tell why a Go program died (Go's crash output starts with them and
// then dumps every goroutine, which may be far longer than max).
type tailBuffer struct {
	mu      sync.Mutex
	max     int
	buf     []byte
	partial []byte   // the unfinished last line
	reasons []string // "fatal error: ...", "panic: ...", "runtime: out of memory..."
	// onCrash, if set, is called once, at the first line of Go's crash
	// output (see isCrashStart).
	onCrash func()
	crashed bool
	// head is the start of the crash output (from the line that
	// isCrashStart tells), crashLen its length so far: the goroutine
	// that crashed comes first in Go's dump, and a dump of thousands of
	// goroutines is far longer than max.
	head     []byte
	crashLen int
}

// crashHeadMax is how much of the start of a crash's output tailBuffer
// keeps.
const crashHeadMax = 16 << 10

// isCrashStart reports whether line, of a child's real stderr, is Go's
// crash output: nothing else writes there but the child's own log
// ("gonotes interp: ...") and the "fatal error: " lines that the child
// copies there from its fd 2 (kernel.captureReader.teeFatal), which a
// cell may print too, since its fd 2 is captured.
func isCrashStart(line string) bool {
	for _, prefix := range []string{"goroutine ", "runtime stack:", "panic: ", "runtime: out of memory"} {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return false
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > 2*t.max {
		// Trimmed at twice the size, not at each write: Go's crash
		// output comes in many small writes.
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.max:]...)
	}
	if t.crashed {
		t.keepHead(p)
	}
	t.partial = append(t.partial, p...)
	for {
		i := bytes.IndexByte(t.partial, '\n')
		if i < 0 {
			break
		}
		raw := t.partial[:i+1]
		line := strings.TrimSpace(string(t.partial[:i]))
		t.partial = t.partial[i+1:]
		if !t.crashed && isCrashStart(line) {
			t.crashed = true
			// The crash starts with this line: what p held after it
			// is the head's too.
			t.keepHead(raw)
			t.keepHead(t.partial)
			if t.onCrash != nil {
				t.onCrash()
			}
		}
		for _, prefix := range crashPrefixes {
			// A bare "fatal error:" waits for its message (completeFatal).
			if (strings.HasPrefix(line, prefix) || line+" " == prefix) && len(t.reasons) < 8 {
				t.reasons = append(t.reasons, line)
			}
		}
	}
	if len(t.partial) > 4096 {
		t.partial = t.partial[len(t.partial)-4096:]
	}
	return len(p), nil
}

// addReason adds a crash line read elsewhere (not a part of the text
// written, whose last line may be unfinished).
func (t *tailBuffer) addReason(line string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.reasons) < 8 {
		t.reasons = append(t.reasons, line)
	}
}

// completeFatal completes a reason "fatal error:" without its message
// with msg (a line that does not start as a crash line), and reports
// whether it did.
func (t *tailBuffer) completeFatal(msg string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, prefix := range append(crashPrefixes, "goroutine ", "runtime stack:", "[signal ", "created by ", "/", "...") {
		if strings.HasPrefix(msg, prefix) {
			return false
		}
	}
	if isDumpFrame(msg) {
		return false
	}
	for i, r := range t.reasons {
		if r == strings.TrimSpace(crashPrefixes[0]) {
			t.reasons[i] = crashPrefixes[0] + msg
			return true
		}
	}
	return false
}

// isDumpFrame reports whether line is a frame of a goroutine dump
// ("runtime.throw({0x15f1eb9?, 0x2411?})", "main.(*T).M(...)", with or
// without " fp=... sp=... pc=..."), not a message: a frame's name comes
// before its first parenthesis, without a space or a colon, and its
// arguments end the line.
func isDumpFrame(line string) bool {
	if i := strings.Index(line, " fp=0x"); i > 0 {
		line = line[:i]
	}
	open := strings.IndexByte(line, '(')
	return open > 0 && !strings.ContainsAny(line[:open], " :") && strings.HasSuffix(line, ")")
}

// isCrashed reports whether Go's crash output has started.
func (t *tailBuffer) isCrashed() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.crashed
}

// crashLogMax is how much of a crash's output the kernel's log keeps.
const crashLogMax = 64 << 10

// crashLog passes what a child writes to its real stderr (its own log
// lines and, when it crashes, Go's crash output) on to the kernel's log,
// with the crash output cut after max bytes: a crash with thousands of
// goroutines dumps megabytes, which would bury everything else in the
// log (the terminal that runs Jupyter, a test's failure message). The
// cell's error is made from tailBuffer, not from this.
type crashLog struct {
	w       io.Writer
	crashed func() bool
	max     int

	mu      sync.Mutex
	written int // bytes of crash output passed on
	left    int // bytes of crash output left out
}

func (l *crashLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.crashed() {
		l.w.Write(p)
		return len(p), nil
	}
	room := l.max - l.written
	if len(p) <= room {
		l.written += len(p)
		l.w.Write(p)
		return len(p), nil
	}
	if room > 0 {
		// End at a line's end, so that what follows the cut is the
		// note of finish.
		cut := bytes.LastIndexByte(p[:room], '\n') + 1
		l.w.Write(p[:cut])
		l.left += len(p) - cut
	} else {
		l.left += len(p)
	}
	l.written = l.max
	return len(p), nil
}

// finish notes, once the child has exited, how much of its crash output
// was left out.
func (l *crashLog) finish() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.left > 0 {
		fmt.Fprintf(l.w, "\n... %d more bytes of the interpreter's crash output left out of this log\n", l.left)
		l.left = 0
	}
}

// keepHead adds p to the crash output's length, and to its head while
// that is shorter than crashHeadMax.
func (t *tailBuffer) keepHead(p []byte) {
	t.crashLen += len(p)
	if room := crashHeadMax - len(t.head); room > 0 {
		t.head = append(t.head, p[:min(room, len(p))]...)
	}
}

// String returns the reasons found, then the start of the crash output
// when the tail no longer holds it, then the tail.
func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	buf := t.buf
	if len(buf) > t.max {
		buf = buf[len(buf)-t.max:]
	}
	head := ""
	if t.crashLen > len(buf) {
		head = string(t.head) + "\n...\n"
	}
	return strings.Join(t.reasons, "\n") + "\n" + head + string(buf)
}

var crashPrefixes = []string{"fatal error: ", "panic: ", "runtime: out of memory"}

// newCrashError describes the death of an interpreter process from the end
// of its stderr (Go's crash output) and its exit status.
func newCrashError(tail string, exit error) *rpcError {
	name, value := "fatal error", ""
	lines := strings.Split(tail, "\n")
	for _, prefix := range crashPrefixes {
		for _, line := range lines {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, prefix) {
				continue
			}
			switch prefix {
			case "panic: ":
				name, value = "panic", strings.TrimPrefix(line, prefix)
			case "runtime: out of memory":
				value = "out of memory"
			default:
				value = strings.TrimPrefix(line, prefix)
				if value == "runtime: out of memory" {
					value = "out of memory"
				}
			}
			break
		}
		if value != "" {
			break
		}
	}
	if value == "" {
		value = mapFatal(lines)
	}
	if value == "" {
		value = throwFatal(lines)
	}
	var hint string
	switch {
	case strings.Contains(value, "concurrent map"):
		hint = "Two goroutines used the same map at the same time, and the Go runtime stops a program that does that. " +
			"Guard the map with a lock (threading.Lock or sync.Mutex), or use sync.Map."
	case value == "out of memory":
		hint = "The program used more memory than the machine has."
	case value == "stack overflow":
		hint = "A goroutine's stack outgrew Go's limit: most likely a recursion without an end, through compiled code."
	case value == "":
		value = "the interpreter stopped"
		if exit != nil {
			value = fmt.Sprintf("the interpreter stopped (%v)", exit)
			if strings.Contains(exit.Error(), "killed") {
				hint = "It was killed, most likely because it used more memory than the machine allows."
			}
		}
	}
	trace := []string{"\x1b[0;31m" + name + ": " + value + "\x1b[0m", ""}
	if hint != "" {
		trace = append(trace, hint)
	}
	trace = append(trace,
		"Go cannot recover from this, so the kernel started a new Go interpreter and replayed the notebook's",
		"imports, types, funcs and vars. Values that statements computed are gone: run those cells again.")
	return &rpcError{Name: name, Value: value, Trace: trace}
}

// mapFatal recognises, in Go's crash output, the goroutine that the map
// implementation stopped, and returns the message that Go printed to the
// process's own stderr only (not to the crash output): "concurrent map
// writes" and its two siblings. It returns "" for any other crash.
func mapFatal(lines []string) string {
	caller, ok := frameAfter(lines, "internal/runtime/maps.fatal(")
	switch {
	case !ok:
		return ""
	case strings.Contains(caller, "Iter"), strings.Contains(caller, "mapiter"):
		return "concurrent map iteration and map write"
	case strings.Contains(caller, "mapaccess"), strings.Contains(caller, "Get"):
		return "concurrent map read and map write"
	}
	return "concurrent map writes"
}

// throwFatal recognises, in Go's crash output, the runtime's own fatal
// errors whose message went to the process's stderr only, from the frame
// that called runtime.throw: "stack overflow" and "out of memory". It
// returns "" for any other crash.
func throwFatal(lines []string) string {
	caller, _ := frameAfter(lines, "runtime.throw(")
	switch {
	case strings.Contains(caller, "runtime.newstack"):
		return "stack overflow"
	case strings.Contains(caller, "alloc"), strings.Contains(caller, "mheap"), strings.Contains(caller, "sysMap"):
		return "out of memory"
	}
	// Go's own message is lost when the interpreter's reader of its fd 2
	// read it but was stopped before copying it (teeFatal): name at least
	// the function that threw.
	if name, _, ok := strings.Cut(caller, "("); ok && name != "" {
		return "in " + name + " (Go's message was lost in the crash)"
	}
	return ""
}

// frameAfter finds the first frame of a goroutine dump that starts with
// fn and returns the frame below it (its caller), if any; ok reports
// whether fn was found.
func frameAfter(lines []string, fn string) (caller string, ok bool) {
	for i, line := range lines {
		if !strings.HasPrefix(strings.TrimSpace(line), fn) {
			continue
		}
		for _, next := range lines[i+1:] {
			next = strings.TrimSpace(next)
			if next != "" && !strings.HasPrefix(next, "/") { // not a file:line
				return next, true
			}
		}
		return "", true
	}
	return "", false
}
