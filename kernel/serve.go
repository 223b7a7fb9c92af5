package kernel

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

// Declarer is implemented by an Engine whose definitions can be replayed in
// a fresh engine: a RemoteEngine keeps the latest Declarations and Loads
// them into a new interpreter after the old one died.
type Declarer interface {
	// Declarations returns the source of the definitions made so far.
	Declarations() string
	// Load compiles declarations returned by Declarations.
	Load(src string) error
}

// ReplayNoter is implemented by a Declarer whose replay does not bring
// everything back (a var whose initializer has effects is not run again).
type ReplayNoter interface {
	// ReplayNotes returns the lines a restart's message adds about what
	// the replay of Declarations does not bring back (nil: nothing).
	ReplayNotes() []string
}

// Tidier is implemented by an Engine that leaves part of a cell's cleanup
// until the cell's reply is on its way (eval.Session, with SetTidyLater):
// Tidy does it. The Server calls it after a cell's done event, the Kernel
// after a cell's idle status; the engine does it before the next cell in
// any case.
type Tidier interface {
	Tidy()
}

// childFlushDelay batches a cell's output in the interpreter process; the
// kernel batches it again (flushDelay) before publishing.
const childFlushDelay = 5 * time.Millisecond

// Server runs an Engine for a RemoteEngine in another process: it reads
// requests from in and writes events to out (see rpc.go).
type Server struct {
	engine  Engine
	capture *Capture
	out     *lineWriter
	// sent holds the declarations and replay notes last sent to the
	// parent (nil: none since the start or the last load; used by the
	// goroutine that runs cells only): a done event carries them only when
	// they changed, since they grow with the notebook.
	sent *sentDecls

	mu     sync.Mutex
	last   *hook.Scope
	inputs map[int64]chan rpcRequest
	nextIn int64
	ctx    context.Context
	cancel context.CancelFunc
}

// NewServer returns a server of e writing events to out. capture, if not
// nil, is synced before a cell's done event.
func NewServer(e Engine, capture *Capture, out io.Writer) *Server {
	ctx, cancel := context.WithCancel(context.Background())
	return &Server{engine: e, capture: capture, out: &lineWriter{w: out}, inputs: map[int64]chan rpcRequest{}, ctx: ctx, cancel: cancel}
}

// Route returns where fd-captured output of the given stream goes: the
// running cell, else the last cell that ran, else fallback (as
// Kernel.Route does in a single process).
func (s *Server) Route(stream string, fallback io.Writer) io.Writer {
	s.mu.Lock()
	last := s.last
	s.mu.Unlock()
	if w := cellStream(last, stream); w != nil {
		return w
	}
	return fallback
}

// Serve handles requests from in until a shutdown request or the end of
// in, then shuts the engine down.
//
// Cells and loads run one at a time, in order, while requests go on being
// read (an interrupt, an input reply, a completion, a comm message). The
// goroutine that reads an execute request when none is running runs it
// itself, and another goroutine reads on: the cell starts at once on the
// thread that received it, with no hand-off to another goroutine (which
// another thread would often pick up, after being woken). The goroutine
// that ran the last cell is the one that reads on (a new one only when
// there is none), so that cells run on goroutines whose stacks have
// already grown to what the interpreter needs: a new goroutine's stack
// grows by copying, several times, in every cell. in is best read through
// Go's poller (a non-blocking pipe, see os.NewFile).
func (s *Server) Serve(in io.Reader) error {
	defer s.cancel()
	if err := s.out.send(rpcEvent{Ev: "ready"}); err != nil {
		return err
	}
	l := &serveLoop{s: s, sc: lineReader(in), end: make(chan error, 1), turn: make(chan struct{}), done: make(chan struct{})}
	defer close(l.done)
	go l.loop()
	return <-l.end
}

// serveLoop is the state of Serve: the request reader, whose goroutine
// changes when the one reading starts running a cell, and the cells and
// loads waiting for the one running.
type serveLoop struct {
	s   *Server
	sc  *bufio.Scanner // used by the reading goroutine only
	end chan error     // Serve's result
	// turn hands the reading on to the goroutine that waits for it,
	// having run the last cell; done ends its wait when Serve returns.
	turn chan struct{}
	done chan struct{}

	mu      sync.Mutex
	running bool         // a goroutine runs cells and loads
	queue   []rpcRequest // what it runs next, in order
	idle    bool         // the goroutine that ran them waits for its turn to read
}

// loop reads requests (read) and runs the cells and loads it got, until
// the reading ends; after a cell it waits for its turn to read again.
func (l *serveLoop) loop() {
	for {
		req, handOff, ok := l.read()
		if !ok {
			return
		}
		// Another goroutine reads on: the one that ran the last cell,
		// else a new one.
		if handOff {
			select {
			case l.turn <- struct{}{}:
			case <-l.done:
				return
			}
		} else {
			go l.loop()
		}
		l.run(req)
		select {
		case <-l.turn:
		case <-l.done:
			return
		}
	}
}

// read reads requests until the end of the input, a shutdown request
// (ok is false then), or an execute (or load) request that the calling
// goroutine is to run (l.running is set); handOff tells that the
// goroutine that ran the last one waits for its turn to read (it was
// idle, and no longer is).
func (l *serveLoop) read() (run rpcRequest, handOff, ok bool) {
	s := l.s
	for l.sc.Scan() {
		var req rpcRequest
		if err := json.Unmarshal(l.sc.Bytes(), &req); err != nil {
			l.end <- fmt.Errorf("serve: bad request: %w", err)
			return rpcRequest{}, false, false
		}
		switch req.Op {
		case "execute", "load":
			l.mu.Lock()
			if l.running {
				l.queue = append(l.queue, req)
				l.mu.Unlock()
				continue
			}
			l.running = true
			handOff := l.idle
			l.idle = false
			l.mu.Unlock()
			return req, handOff, true
		case "input_reply":
			s.mu.Lock()
			ch := s.inputs[req.ID]
			delete(s.inputs, req.ID)
			s.mu.Unlock()
			if ch != nil {
				ch <- req
			}
		case "interrupt":
			s.engine.Interrupt()
		case "complete", "inspect", "is_complete":
			go s.query(req)
		case "comm":
			go s.comm(req)
		case "shutdown":
			s.engine.Shutdown()
			l.end <- nil
			return rpcRequest{}, false, false
		}
	}
	s.engine.Shutdown()
	l.end <- l.sc.Err()
	return rpcRequest{}, false, false
}

// run runs req, then the cells and loads queued meanwhile, one at a time;
// the calling goroutine is then idle (it waits for its turn to read).
func (l *serveLoop) run(req rpcRequest) {
	for {
		if req.Op == "load" {
			l.s.load(req)
		} else {
			l.s.execute(req)
		}
		l.mu.Lock()
		if len(l.queue) == 0 {
			l.running = false
			l.idle = true
			l.mu.Unlock()
			return
		}
		req = l.queue[0]
		l.queue = l.queue[1:]
		l.mu.Unlock()
	}
}

// sentDecls is what a Server last told its parent to replay.
type sentDecls struct {
	src   string
	notes string
}

func (s *Server) load(req rpcRequest) {
	s.sent = nil
	ev := rpcEvent{Ev: "done", ID: req.ID}
	if d, ok := s.engine.(Declarer); ok {
		if err := d.Load(req.Code); err != nil {
			ev.Error = &rpcError{Name: "ReplayError", Value: err.Error(), Trace: []string{err.Error()}}
		}
	}
	_ = s.out.send(ev)
}

func (s *Server) execute(req rpcRequest) {
	id := req.ID
	scope, flush := s.newScope(id, req.Cell)
	if req.Stdin {
		scope.Input = func(prompt string, password bool) (string, error) {
			flush()
			return s.input(id, scope, prompt, password)
		}
	}
	s.mu.Lock()
	s.last = scope
	s.mu.Unlock()
	data, err := s.engine.Execute(s.ctx, scope, req.Code)
	s.capture.Sync()
	flush()
	ev := rpcEvent{Ev: "done", ID: id, Data: data}
	if err != nil {
		ename, evalue, tb := describe(err)
		ev.Error = &rpcError{Name: ename, Value: evalue, Trace: tb}
	}
	if d, ok := s.engine.(Declarer); ok {
		src := d.Declarations()
		var notes []string
		if n, ok := d.(ReplayNoter); ok {
			notes = n.ReplayNotes()
		}
		now := sentDecls{src: src, notes: strings.Join(notes, "\n")}
		if s.sent == nil || *s.sent != now {
			ev.Decls, ev.Notes = &src, notes
			s.sent = &now
		}
	}
	_ = s.out.send(ev)
	// The kernel publishes the result while the interpreter tidies up; a
	// next cell waits for it (Serve runs cells one at a time).
	if t, ok := s.engine.(Tidier); ok {
		t.Tidy()
	}
}

// newScope returns the scope of request id (the execute request, or a comm
// message's delivery) whose output goes to the kernel as events of id, and
// the function that flushes its streams.
func (s *Server) newScope(id, cell int64) (*hook.Scope, func()) {
	return newOutputScope(cell, scopeOutput{
		delay: childFlushDelay,
		stream: func(name, text string) {
			_ = s.out.send(rpcEvent{Ev: "stream", ID: id, Name: name, Text: text})
		},
		display: func(data, metadata map[string]any, displayID string, update bool) {
			_ = s.out.send(rpcEvent{Ev: "display", ID: id, Data: data, Metadata: metadata, DisplayID: displayID, Update: update})
		},
		clear: func(wait bool) { _ = s.out.send(rpcEvent{Ev: "clear", ID: id, Update: wait}) },
		comm: func(kind string, content, metadata map[string]any) {
			_ = s.out.send(rpcEvent{Ev: "comm", ID: id, Kind: kind, Data: content, Metadata: metadata})
		},
	})
}

// comm delivers a comm message from the front end to the library and
// reports whether it was handled in its done event.
func (s *Server) comm(req rpcRequest) {
	scope, flush := s.newScope(req.ID, 0)
	handled := handleCommLocal(scope, req.Kind, req.Data)
	s.capture.Sync()
	flush()
	_ = s.out.send(rpcEvent{Ev: "done", ID: req.ID, Found: handled})
}

// input asks the kernel (and so the frontend) for a line of text.
func (s *Server) input(id int64, scope *hook.Scope, prompt string, password bool) (string, error) {
	ch := make(chan rpcRequest, 1)
	s.mu.Lock()
	s.nextIn++
	in := s.nextIn
	s.inputs[in] = ch
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.inputs, in)
		s.mu.Unlock()
	}()
	if err := s.out.send(rpcEvent{Ev: "input", ID: id, Input: in, Prompt: prompt, Password: password}); err != nil {
		return "", err
	}
	select {
	case r := <-ch:
		if r.Err != "" {
			return "", errors.New(r.Err)
		}
		return r.Value, nil
	case <-scope.Done():
		return "", hook.KeyboardInterrupt
	case <-s.ctx.Done():
		return "", errors.New("kernel shutting down")
	}
}

func (s *Server) query(req rpcRequest) {
	ev := rpcEvent{Ev: "reply", ID: req.ID}
	switch req.Op {
	case "complete":
		ev.Matches, ev.Start, ev.End = s.engine.Complete(req.Code, req.Cursor)
	case "inspect":
		ev.Data, ev.Found = s.engine.Inspect(req.Code, req.Cursor, req.Detail)
	case "is_complete":
		ev.Status, ev.Indent = s.engine.IsComplete(req.Code)
	}
	_ = s.out.send(ev)
}
