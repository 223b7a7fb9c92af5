package kernel

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"
	"golang.org/x/sys/unix"

	"github.com/gonotes/gonotes/lib/hook"
)

// A supervised kernel is two processes. The supervisor, the process
// Jupyter started, binds the five ports; it serves heartbeat and control
// itself, and passes the listening sockets of shell, stdin and iopub to
// its interpreter child, which serves them: a cell's request, its run,
// its output and its reply never leave the child (no hop through another
// process, whose wake-ups a round trip would wait for).
//
// When the child dies (a fatal error of the Go runtime, out of memory,
// os.Exit in a cell, a signal), the supervisor starts a new one on the
// same listening sockets (the ports stay; the client's ZeroMQ sockets
// reconnect by themselves). The new child answers the cell that was
// running with the error that tells what happened, once the client's
// sockets are back, and replays the notebook's declarations. It knows
// that cell, the execution count and the declarations from two files the
// dead child kept up to date (stateFile): one write per request, read by
// nobody until the child is gone.

// The descriptors of a supervised child (after stdin, stdout and stderr:
// its requests, its own log).
const (
	childEventsFD = 3 // events to the supervisor (rpcEvent lines)
	// 4 and 5 are the pipe of the child's fd 2 (StderrPipeEnv).
	childShellFD = 6 // shell's listening socket
	childStdinFD = 7 // stdin's
	childIOPubFD = 8 // iopub's
	childStateFD = 9 // the running cell and the execution count (stateFile)
	childDeclsFD = 10
	// childKeepFD is a Unix socket to which the child sends each shell
	// connection it accepts (keepListener).
	childKeepFD = 11
)

// SockChildEnv names the environment variable that tells an interpreter
// child to serve the kernel's shell, stdin and iopub itself (RunChild).
const SockChildEnv = "GONOTES_SOCKCHILD"

// Listeners are the listening sockets of shell, stdin and iopub that a
// supervisor keeps for its children.
type Listeners struct {
	Shell, Stdin, IOPub *os.File
}

// Close closes the listening sockets.
func (l *Listeners) Close() {
	for _, f := range []*os.File{l.Shell, l.Stdin, l.IOPub} {
		if f != nil {
			f.Close()
		}
	}
}

// retryListen calls listen until it succeeds, or fails otherwise than with
// a port in use, or bindRetry has passed (see Bind).
func retryListen(listen func() error) error {
	deadline := time.Now().Add(bindRetry)
	for {
		err := listen()
		if err == nil {
			return nil
		}
		if errors.Is(err, syscall.EADDRINUSE) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		return err
	}
}

// listenFile listens on ci's port and returns the listening socket as a
// file (to pass to a child), not accepting.
func listenFile(ci ConnectionInfo, port int) (*os.File, error) {
	var l net.Listener
	var err error
	switch ci.Transport {
	case "ipc":
		var ul *net.UnixListener
		ul, err = net.ListenUnix("unix", &net.UnixAddr{Name: fmt.Sprintf("%s-%d", ci.IP, port), Net: "unix"})
		if err == nil {
			ul.SetUnlinkOnClose(false)
			l = ul
		}
	default:
		l, err = net.Listen("tcp", net.JoinHostPort(ci.IP, fmt.Sprint(port)))
	}
	if err != nil {
		return nil, err
	}
	defer l.Close() // File's copy stays open
	switch l := l.(type) {
	case *net.TCPListener:
		return l.File()
	case *net.UnixListener:
		return l.File()
	}
	return nil, fmt.Errorf("listener of type %T", l)
}

// BindSupervised binds a supervised kernel's ports: control and
// heartbeat as sockets of this process, shell, stdin and iopub as
// listening sockets for its children (see Bind).
func BindSupervised(ci ConnectionInfo) (*Sockets, *Listeners, error) {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Sockets{
		ctx:     ctx,
		cancel:  cancel,
		control: zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-control"))),
		hb:      zmq4.NewRep(ctx),
	}
	l := &Listeners{}
	fail := func(name string, port int, err error) (*Sockets, *Listeners, error) {
		s.Close()
		l.Close()
		return nil, nil, fmt.Errorf("kernel: listen %s on %s: %w", name, ci.endpoint(port), err)
	}
	for _, b := range []struct {
		f    **os.File
		port int
		name string
	}{{&l.Shell, ci.ShellPort, "shell"}, {&l.Stdin, ci.StdinPort, "stdin"}, {&l.IOPub, ci.IOPubPort, "iopub"}} {
		if err := retryListen(func() (err error) { *b.f, err = listenFile(ci, b.port); return err }); err != nil {
			return fail(b.name, b.port, err)
		}
	}
	for _, b := range []struct {
		sock zmq4.Socket
		port int
		name string
	}{{s.control, ci.ControlPort, "control"}, {s.hb, ci.HBPort, "heartbeat"}} {
		if err := retryListen(func() error { return b.sock.Listen(ci.zmqEndpoint(b.port)) }); err != nil {
			return fail(b.name, b.port, err)
		}
	}
	return s, l, nil
}

// childSockets makes a supervised child's shell, stdin and iopub sockets
// on the listening sockets it inherited.
func childSockets() (*Sockets, error) {
	registerTransports()
	ctx, cancel := context.WithCancel(context.Background())
	s := &Sockets{
		ctx:    ctx,
		cancel: cancel,
		shell:  zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-shell"))),
		stdin:  zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-stdin"))),
		iopub:  zmq4.NewXPub(ctx),
	}
	for _, b := range []struct {
		sock zmq4.Socket
		fd   int
		name string
	}{{s.shell, childShellFD, "shell"}, {s.stdin, childStdinFD, "stdin"}, {s.iopub, childIOPubFD, "iopub"}} {
		ep := fmt.Sprintf("%s://%d", fdTransportName, b.fd)
		if b.fd == childShellFD {
			ep += fmt.Sprintf("+%d", childKeepFD)
		}
		if err := b.sock.Listen(ep); err != nil {
			s.Close()
			return nil, fmt.Errorf("kernel: %s: %w", b.name, err)
		}
	}
	return s, nil
}

// stateFile is a record that a child rewrites in place, with one write,
// and its supervisor reads after the child died: a length, a checksum
// and the record.
type stateFile struct {
	mu  sync.Mutex
	f   *os.File
	buf []byte
}

const stateHeader = 12

// put replaces the record with the one that fill appends to its
// argument.
func (s *stateFile) put(fill func([]byte) []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := fill(append(s.buf[:0], make([]byte, stateHeader)...))
	binary.LittleEndian.PutUint64(b, uint64(len(b)-stateHeader))
	binary.LittleEndian.PutUint32(b[8:], crc32.ChecksumIEEE(b[stateHeader:]))
	_, _ = s.f.WriteAt(b, 0)
	s.buf = b
}

// readState reads the record of f; ok is false when there is none, or
// it is torn.
func readState(f *os.File) (rec []byte, ok bool) {
	var h [stateHeader]byte
	if _, err := f.ReadAt(h[:], 0); err != nil {
		return nil, false
	}
	n := binary.LittleEndian.Uint64(h[:])
	if n > 1<<30 {
		return nil, false
	}
	rec = make([]byte, n)
	if _, err := f.ReadAt(rec, stateHeader); err != nil && !(errors.Is(err, io.EOF) && n == 0) {
		return nil, false
	}
	if crc32.ChecksumIEEE(rec) != binary.LittleEndian.Uint32(h[8:]) {
		return nil, false
	}
	return rec, true
}

// newStateFile makes an unnamed file for a stateFile.
func newStateFile() (*os.File, error) {
	f, err := os.CreateTemp("", "gonotes-state-")
	if err != nil {
		return nil, fmt.Errorf("kernel: state file: %w", err)
	}
	os.Remove(f.Name())
	return f, nil
}

// cellRecord is what a child's state file tells of its execute
// requests.
type cellRecord struct {
	Count int // the execution count
	// Last is the last execute request that started (its cell may have
	// left goroutines behind); Pending are those received and not
	// answered yet, in order (the first runs, unless it is Last's
	// successor still waiting for its turn).
	Last    reqRef
	Pending []reqRef
}

// reqRef is a request as a child's successor answers it: its routing
// identities and its header (the parent of the answer); Running tells
// that it started.
type reqRef struct {
	Idents  [][]byte        `json:"idents,omitempty"`
	Header  json.RawMessage `json:"header,omitempty"`
	Running bool            `json:"running,omitempty"`
	// Done is when its reply and idle status were queued (Unix
	// nanoseconds; 0: not yet).
	Done int64 `json:"done,omitempty"`
	// Content is a pending request's content (run by the successor when
	// it had not started).
	Content json.RawMessage `json:"content,omitempty"`
}

func (r reqRef) appendTo(b []byte) []byte {
	run := byte(0)
	if r.Running {
		run = 1
	}
	b = append(b, run)
	b = binary.LittleEndian.AppendUint64(b, uint64(r.Done))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(r.Idents)))
	for _, id := range r.Idents {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(id)))
		b = append(b, id...)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(r.Header)))
	b = append(b, r.Header...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(r.Content)))
	return append(b, r.Content...)
}

// bytesField reads a length-prefixed field of b.
func bytesField(b []byte) (field, rest []byte, ok bool) {
	if len(b) < 4 {
		return nil, nil, false
	}
	n := binary.LittleEndian.Uint32(b)
	if uint32(len(b)-4) < n {
		return nil, nil, false
	}
	return append([]byte(nil), b[4:4+n]...), b[4+n:], true
}

func parseReqRef(b []byte) (r reqRef, rest []byte, ok bool) {
	if len(b) < 13 {
		return r, nil, false
	}
	r.Running = b[0] == 1
	r.Done = int64(binary.LittleEndian.Uint64(b[1:]))
	n := binary.LittleEndian.Uint32(b[9:])
	b = b[13:]
	for i := uint32(0); i < n; i++ {
		var id []byte
		if id, b, ok = bytesField(b); !ok {
			return r, nil, false
		}
		r.Idents = append(r.Idents, id)
	}
	var h []byte
	if h, b, ok = bytesField(b); !ok {
		return r, nil, false
	}
	if len(h) > 0 {
		r.Header = h
	}
	var content []byte
	if content, b, ok = bytesField(b); !ok {
		return r, nil, false
	}
	if len(content) > 0 {
		r.Content = content
	}
	return r, b, true
}

func (r cellRecord) appendTo(b []byte) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(r.Count))
	b = r.Last.appendTo(b)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(r.Pending)))
	for _, p := range r.Pending {
		b = p.appendTo(b)
	}
	return b
}

func parseCellRecord(b []byte) (r cellRecord, ok bool) {
	if len(b) < 8 {
		return r, false
	}
	r.Count = int(binary.LittleEndian.Uint64(b))
	if r.Last, b, ok = parseReqRef(b[8:]); !ok || len(b) < 4 {
		return r, false
	}
	n := binary.LittleEndian.Uint32(b)
	b = b[4:]
	for i := uint32(0); i < n; i++ {
		var p reqRef
		if p, b, ok = parseReqRef(b); !ok {
			return r, false
		}
		r.Pending = append(r.Pending, p)
	}
	return r, true
}

// declsRecord is what a child's declarations file holds.
type declsRecord struct {
	Decls string   `json:"decls"`
	Notes []string `json:"notes,omitempty"`
}

// startRequest is the first line a supervisor writes to a new child.
type startRequest struct {
	Conn    ConnectionInfo `json:"conn"`
	Session string         `json:"session"`
	// First: the kernel's first child (it publishes the starting status).
	First bool     `json:"first,omitempty"`
	Count int      `json:"count,omitempty"`
	Decls string   `json:"decls,omitempty"`
	Notes []string `json:"notes,omitempty"`
	// Crash is why the predecessor died: the cell that was running
	// (Running), or else the last one (a goroutine of it crashed the
	// process between cells), is told.
	Crash *rpcError `json:"crash,omitempty"`
	// Died is when the predecessor's death was seen (Unix nanoseconds).
	Died int64 `json:"died,omitempty"`
	// Last and Pending are those of the predecessor's cellRecord.
	Last    reqRef   `json:"last"`
	Pending []reqRef `json:"pending,omitempty"`
	// History is the kernel's history session (0: the child starts one).
	History int `json:"history,omitempty"`
	// Race: the child runs the race-enabled build.
	Race bool `json:"race,omitempty"`
	// Resume, when set, goes on with the running cell, whose %race magic
	// replaced the predecessor.
	Resume *resumeCell `json:"resume,omitempty"`
}

// resumeCell is the rest of a cell whose %race magic replaced the child:
// Text is printed, then Rest runs as the cell.
type resumeCell struct {
	Text string `json:"text"`
	Rest string `json:"rest"`
}

// childRequest is a request from a supervisor to its child, after the
// startRequest.
type childRequest struct {
	// Op is "interrupt", "shutdown", "publish" (Frames on iopub) or
	// "race_error" (Err: the %race magic cannot be done).
	Op     string   `json:"op"`
	Frames [][]byte `json:"frames,omitempty"`
	Err    string   `json:"err,omitempty"`
}

// childState is what a supervised child's kernel keeps for its
// supervisor.
type childState struct {
	start  startRequest
	state  *stateFile
	decls  *stateFile
	events *lineWriter
	// subscribed is closed at the first subscription to iopub.
	subscribed     chan struct{}
	subscribedOnce sync.Once
	// subscriptions counts the subscriptions to iopub.
	subscriptions atomic.Int32
	// saved is the declarations last saved (used by the goroutine that
	// runs cells only).
	saved declsRecord

	mu  sync.Mutex
	rec cellRecord // what state holds

	// requeue are the requests the predecessor received and did not
	// start, served first (set before the gate opens).
	requeue []*Message
	// resumed is the request of requeue that goes on with a cell whose
	// %race magic replaced the predecessor (resumedText is printed
	// first).
	resumed     *Message
	resumedText string
	// abortRequeued says that the predecessor's running cell failed (its
	// crash answered as an error) with stop_on_error: the execute
	// requests queued behind it are aborted, as behind any failed cell
	// (set before the gate opens).
	abortRequeued bool
	// raceErr receives the supervisor's answer to a %race magic that it
	// cannot do.
	raceErr chan string
}

// received records an execute request received (from the shell
// reader, before it is handled).
func (c *childState) received(m *Message) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rec.Pending = append(c.rec.Pending, reqRef{Idents: m.Identities, Header: m.rawHeader, Content: m.Content})
	c.save()
}

// started records that the execute request m started, with the
// execution count.
func (c *childState) started(m *Message, count int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rec.Count = count
	c.rec.Last = reqRef{Idents: m.Identities, Header: m.rawHeader, Running: true}
	for i := range c.rec.Pending {
		if string(c.rec.Pending[i].Header) == string(m.rawHeader) {
			c.rec.Pending[i].Running = true
			break
		}
	}
	c.save()
}

// done records that the execute request m was answered (or is about to
// be).
func (c *childState) done(m *Message) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rec.Last.Running = false
	if string(c.rec.Last.Header) == string(m.rawHeader) {
		c.rec.Last.Done = time.Now().UnixNano()
	}
	for i := range c.rec.Pending {
		if string(c.rec.Pending[i].Header) == string(m.rawHeader) {
			c.rec.Pending = append(c.rec.Pending[:i], c.rec.Pending[i+1:]...)
			break
		}
	}
	c.save()
}

// message returns the request r refers to (nil if its header is not
// one).
func (r reqRef) message() *Message {
	if len(r.Header) == 0 {
		return nil
	}
	m := &Message{Identities: r.Idents, rawHeader: r.Header, Parent: json.RawMessage("{}"), Content: r.Content}
	if err := json.Unmarshal(r.Header, &m.Header); err != nil || m.Header.MsgType == "" {
		return nil
	}
	if len(m.Content) == 0 {
		m.Content = json.RawMessage("{}")
	}
	return m
}

// save writes rec, with mu held.
func (c *childState) save() {
	c.state.put(c.rec.appendTo)
}

// saveDecls saves e's declarations when they changed.
func (c *childState) saveDecls(e Engine) {
	d, ok := e.(Declarer)
	if !ok {
		return
	}
	now := declsRecord{Decls: d.Declarations()}
	if n, ok := d.(ReplayNoter); ok {
		now.Notes = n.ReplayNotes()
	}
	if now.Decls == c.saved.Decls && strings.Join(now.Notes, "\n") == strings.Join(c.saved.Notes, "\n") {
		return
	}
	b, err := json.Marshal(now)
	if err != nil {
		return
	}
	c.decls.put(func(dst []byte) []byte { return append(dst, b...) })
	c.saved = now
}

// answeredWindow is how soon after a cell's answer was queued a death of
// its process has the next one answer it again (see predecessorRequests).
const answeredWindow = 200 * time.Millisecond

// reconnectWait bounds how long a new child waits for the client's
// sockets to reconnect before it answers its predecessor's last cell
// (ZeroMQ clients reconnect within 100 ms by default).
const reconnectWait = 5 * time.Second

// startChild starts what a supervised child does before it serves shell
// requests: answer its predecessor's last cell, replay the declarations.
// The returned channel is closed when both are done.
func (k *Kernel) startChild(c *childState) <-chan struct{} {
	st := c.start
	k.mu.Lock()
	k.count = st.Count
	k.mu.Unlock()
	running, requeue := predecessorRequests(st)
	if k.cfg.Debug && st.Crash != nil {
		k.log.Printf("the predecessor died: last %s running %v, %d pending", st.Last.message().msgID(), st.Last.Running, len(st.Pending))
	}
	if st.Resume != nil && running != nil {
		// The cell whose %race magic replaced the predecessor goes on
		// here, first.
		c.resumed = withCode(running, st.Resume.Rest)
		c.resumedText = st.Resume.Text
		requeue = append([]*Message{c.resumed}, requeue...)
		running = nil
	}
	c.requeue = requeue
	// The record of this child, from now: a death before it answered
	// the running cell leaves that to the next one.
	c.mu.Lock()
	c.rec = cellRecord{Count: st.Count, Last: st.Last}
	c.rec.Last.Running = running != nil
	if running != nil {
		c.rec.Pending = append(c.rec.Pending, reqRef{Idents: running.Identities, Header: running.rawHeader, Running: true})
	}
	for _, m := range requeue {
		c.rec.Pending = append(c.rec.Pending, reqRef{Idents: m.Identities, Header: m.rawHeader, Content: m.Content})
	}
	c.save()
	c.mu.Unlock()
	gate := make(chan struct{})
	go func() {
		defer close(gate)
		answered := make(chan struct{})
		go func() {
			defer close(answered)
			k.answerPredecessor(c, running)
			if running != nil {
				c.done(running)
			}
		}()
		if st.Decls != "" {
			if d, ok := k.cfg.Engine.(Declarer); ok {
				if err := d.Load(st.Decls); err != nil {
					k.log.Printf("replaying the declarations: %v", err)
				}
			}
			c.saved = declsRecord{Decls: st.Decls, Notes: st.Notes}
		}
		_ = c.events.send(rpcEvent{Ev: "ready", History: k.history.session})
		<-answered
	}()
	return gate
}

// answerPredecessor tells the cell that was running when the previous
// child died (or else the last cell) what happened, once the client's
// iopub subscription (and shell connection) are back. It returns the
// requests the predecessor received and did not start, to run now.
func (k *Kernel) answerPredecessor(c *childState, running *Message) {
	st := c.start
	last := st.Last.message()
	if running == nil && (last == nil || st.Crash == nil) {
		return
	}
	if running == nil {
		k.awaitClient(c, nil)
		k.publish(last, "stream", map[string]any{"name": "stderr", "text": strings.Join(st.Crash.Trace, "\n") + "\n"})
		return
	}
	if k.cfg.Debug {
		k.log.Printf("answering %s, the predecessor's running cell", running.Header.MsgID)
	}
	k.awaitClient(c, running)
	e := st.Crash
	if e == nil {
		e = newCrashError("", nil)
	}
	k.publish(running, "error", map[string]any{"ename": e.Name, "evalue": e.Value, "traceback": e.Trace})
	var req executeRequest
	if err := json.Unmarshal(running.Content, &req); err == nil && (req.StopOnError == nil || *req.StopOnError) {
		// As execute does for a failed cell, before the reply leaves:
		// the requests received until now were sent before the client
		// saw the failure.
		c.abortRequeued = true
		k.mu.Lock()
		k.failRecv = k.received.Load()
		k.mu.Unlock()
	}
	k.reply(k.shell, &k.shellMu, running, "execute_reply", map[string]any{
		"status": "error", "execution_count": st.Count, "ename": e.Name, "evalue": e.Value, "traceback": e.Trace,
	})
	k.status(running, "idle")
}

// awaitClient waits, within reconnectWait each, until a client has
// subscribed to iopub and, when m is not nil, until the shell socket that
// sent m has reconnected (its answer goes there by its identity), and
// then until there are as many subscriptions as shell peers.
func (k *Kernel) awaitClient(c *childState, m *Message) {
	t := time.NewTimer(reconnectWait)
	defer t.Stop()
	select {
	case <-c.subscribed:
	case <-t.C:
		k.log.Printf("no client subscribed to iopub within %v", reconnectWait)
	case <-k.ctx.Done():
		return
	}
	if hp, ok := k.shell.(interface{ HasPeer([]byte) bool }); ok && m != nil && len(m.Identities) > 0 {
		deadline := time.Now().Add(reconnectWait)
		for !hp.HasPeer(m.Identities[0]) && time.Now().Before(deadline) && k.ctx.Err() == nil {
			time.Sleep(2 * time.Millisecond)
		}
		if !hp.HasPeer(m.Identities[0]) {
			k.log.Printf("the client's shell socket did not reconnect within %v", reconnectWait)
		}
	}
	// With two front ends on the kernel (a notebook and a console), the
	// other's subscription may have come first: each client whose shell
	// socket is back gets the time to subscribe again, so that the crash's
	// error and idle status reach the client of the running cell.
	if p, ok := k.shell.(interface{ Peers() int }); ok {
		deadline := time.Now().Add(reconnectWait)
		for int(c.subscriptions.Load()) < p.Peers() && time.Now().Before(deadline) && k.ctx.Err() == nil {
			time.Sleep(2 * time.Millisecond)
		}
	}
}

// predecessorRequests splits the requests the predecessor received and
// did not answer: the one that was running (nil: none), and those that
// had not started.
func predecessorRequests(st startRequest) (running *Message, requeue []*Message) {
	for _, p := range st.Pending {
		m := p.message()
		switch {
		case m == nil:
		case p.Running && running == nil:
			running = m
		case !p.Running:
			requeue = append(requeue, m)
		}
	}
	if running == nil && (st.Last.Running || st.Crash != nil && st.Last.Done != 0 && st.Died-st.Last.Done < int64(answeredWindow)) {
		// Started and not answered (not in Pending, which should not
		// be), or answered just before the process died: its reply and
		// idle status were queued, and may not have left (the iopub
		// socket sends from a queue). Answered (again): a client
		// ignores a second reply, and waits for the idle status.
		running = st.Last.message()
	}
	return running, requeue
}

// withCode returns m with the code of its content replaced.
func withCode(m *Message, code string) *Message {
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil || c == nil {
		c = map[string]any{}
	}
	c["code"] = code
	b, err := json.Marshal(c)
	if err != nil {
		return m
	}
	r := *m
	r.Content = b
	return &r
}

// sendRaw publishes signed frames (a supervisor's iopub message) after
// the messages held back.
func (k *Kernel) sendRaw(frames [][]byte) {
	k.heldMu.Lock()
	defer k.heldMu.Unlock()
	k.sendHeld()
	k.iopubMu.Lock()
	defer k.iopubMu.Unlock()
	if err := k.iopub.Send(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("publish the supervisor's message: %v", err)
	}
}

// ChildConfig configures a supervised child's kernel (RunChild).
type ChildConfig struct {
	Engine      Engine
	Capture     *Capture
	Log         *log.Logger
	Version     string
	Banner      string
	HistoryFile string
	Debug       bool
	// Requests are the supervisor's requests (the child's stdin, best
	// read through Go's poller).
	Requests io.Reader
	// Kernel, if set, is called with the kernel before it serves (to
	// route the output of the process's descriptors).
	Kernel func(*Kernel)
}

// RunChild serves the shell, stdin and iopub sockets of a supervised
// kernel in its interpreter child (see Supervisor), until the supervisor
// asks it to stop or goes away.
func RunChild(cfg ChildConfig) error {
	sc := lineReader(cfg.Requests)
	if !sc.Scan() {
		return fmt.Errorf("kernel: no start request: %v", sc.Err())
	}
	var st startRequest
	if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
		return fmt.Errorf("kernel: bad start request: %w", err)
	}
	socks, err := childSockets()
	if err != nil {
		return err
	}
	events := os.NewFile(childEventsFD, "events")
	c := &childState{
		raceErr:    make(chan string, 1),
		start:      st,
		state:      &stateFile{f: os.NewFile(childStateFD, "state")},
		decls:      &stateFile{f: os.NewFile(childDeclsFD, "decls")},
		events:     &lineWriter{w: events},
		subscribed: make(chan struct{}),
	}
	engine := Engine(&sockChildEngine{Engine: cfg.Engine, c: c})
	k, err := New(Config{
		Conn: st.Conn, Sockets: socks, Engine: engine, Log: cfg.Log, Capture: cfg.Capture,
		Version: cfg.Version, Banner: cfg.Banner, HistoryFile: cfg.HistoryFile, Debug: cfg.Debug,
		Session: st.Session, Child: c, HistorySession: st.History,
		Exit: func(restart bool) {
			// A shutdown_request on shell: the supervisor ends too.
			_ = c.events.send(rpcEvent{Ev: "exit"})
			os.Exit(0)
		},
	})
	if err != nil {
		return err
	}
	if cfg.Kernel != nil {
		cfg.Kernel(k)
	}
	go func() {
		for sc.Scan() {
			var req childRequest
			if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
				k.log.Printf("bad request from the supervisor: %v", err)
				continue
			}
			switch req.Op {
			case "interrupt":
				k.Interrupt()
			case "publish":
				k.sendRaw(req.Frames)
			case "race_error":
				select {
				case c.raceErr <- req.Err:
				default:
				}
			case "shutdown":
				engine.Shutdown()
				// Let what was published leave (iopub sends from a
				// queue), the supervisor's idle status after a
				// shutdown_request included.
				time.Sleep(100 * time.Millisecond)
				os.Exit(0)
			}
		}
		// The supervisor is gone.
		engine.Shutdown()
		os.Exit(0)
	}()
	return k.Run(context.Background())
}

// SupervisorConfig configures a Supervisor.
type SupervisorConfig struct {
	// Conn is the kernel's connection (its key signs the messages).
	Conn ConnectionInfo
	// Session is the session id of every child's messages.
	Session string
	// Listeners are the listening sockets the children serve.
	Listeners *Listeners
	// Command returns the command of a new child (`gonotes interp`);
	// Supervisor sets Stdin, Stdout, Stderr, ExtraFiles and adds to Env.
	Command func() (*exec.Cmd, error)
	// RaceCommand returns the command of a child built with the race
	// detector (`%race on`), or an error that tells how to get one; nil
	// means there is none.
	RaceCommand func() (*exec.Cmd, error)
	// Race starts the first child with RaceCommand.
	Race bool
	// Log receives the children's own stderr and the supervisor's
	// diagnostics.
	Log *log.Logger
	// KillAfter: see RemoteConfig (zero means 10 s).
	KillAfter time.Duration
	// Exit is called when a child ended the kernel (a shutdown_request
	// on shell).
	Exit func()
}

// Supervisor runs a kernel's interpreter children, which serve shell,
// stdin and iopub (see RunChild), and starts a new one, on the same
// sockets, when one dies. It is the Engine of the kernel that serves
// control and heartbeat in the supervisor's process: it forwards
// interrupts to the child, and its iopub messages (Relay).
type Supervisor struct {
	cfg    SupervisorConfig
	signer *signer

	mu       sync.Mutex
	child    *remoteChild
	shutdown bool
	failures int // children in a row that died before they were ready
	race     bool
	history  int      // the history session the first child started
	state    *os.File // the children's stateFile of the running cell
	decls    *os.File // and of the declarations
}

// NewSupervisor starts the first child.
func NewSupervisor(cfg SupervisorConfig) (*Supervisor, error) {
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr, "gonotes: ", log.LstdFlags)
	}
	s := &Supervisor{cfg: cfg, race: cfg.Race}
	if cfg.Race && cfg.RaceCommand == nil {
		return nil, errors.New("no race-enabled interpreter")
	}
	var err error
	if s.signer, err = newSigner(cfg.Conn.Key, cfg.Conn.SignatureScheme); err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	if s.state, err = newStateFile(); err != nil {
		return nil, err
	}
	if s.decls, err = newStateFile(); err != nil {
		s.state.Close()
		return nil, err
	}
	if err := s.start(startRequest{First: true}); err != nil {
		return nil, err
	}
	return s, nil
}

// start starts a child with st (Conn and Session are filled in).
func (s *Supervisor) start(st startRequest) error {
	command := s.cfg.Command
	s.mu.Lock()
	if s.race {
		command = s.cfg.RaceCommand
	}
	s.mu.Unlock()
	cmd, err := command()
	if err != nil {
		return fmt.Errorf("start the interpreter: %w", err)
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("start the interpreter: %w", err)
	}
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
	c.log = &crashLog{w: s.cfg.Log.Writer(), crashed: c.tail.isCrashed, max: crashLogMax}
	logw := io.MultiWriter(c.log, c.tail)
	cmd.Stdout, cmd.Stderr = logw, logw
	keep, keepChild, err := keepPair()
	if err != nil {
		closeAll()
		return fmt.Errorf("start the interpreter: %w", err)
	}
	l := s.cfg.Listeners
	cmd.ExtraFiles = []*os.File{evW, errW, errR, l.Shell, l.Stdin, l.IOPub, s.state, s.decls, keepChild}
	cmd.Env = append(cmd.Environ(), StderrPipeEnv+"=4,5", SockChildEnv+"=1")
	if err := cmd.Start(); err != nil {
		closeAll()
		keep.Close()
		keepChild.Close()
		return fmt.Errorf("start the interpreter: %w", err)
	}
	evW.Close()
	errW.Close()
	// keepChild stays open here: stop wakes receive through it.
	kept := &keptConns{wake: keepChild, finished: make(chan struct{})}
	go kept.receive(keep)
	c.kept = kept
	st.Conn, st.Session = s.cfg.Conn, s.cfg.Session
	s.mu.Lock()
	st.Race, st.History = s.race, s.history
	s.mu.Unlock()
	// A child that cannot read it died: read tells. It comes before any
	// other request.
	_ = c.in.send(st)
	s.mu.Lock()
	s.child = c
	s.mu.Unlock()
	go s.read(c, evR)
	return nil
}

// read handles a child's events until it exits, then starts the next
// child.
func (s *Supervisor) read(c *remoteChild, r io.ReadCloser) {
	exitReq := false
	sc := lineReader(r)
	for sc.Scan() {
		var ev rpcEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			s.cfg.Log.Printf("interpreter: bad event: %v", err)
			continue
		}
		switch ev.Ev {
		case "ready":
			c.up.Store(true)
			close(c.ready)
			s.mu.Lock()
			if s.history == 0 {
				s.history = ev.History
			}
			s.mu.Unlock()
		case "exit":
			exitReq = true
		case "race":
			s.raceSwap(c, ev.Update, ev.Text)
		}
	}
	r.Close()
	died := time.Now().UnixNano()
	c.exit = c.cmd.Wait()
	c.log.finish()
	close(c.exited)
	c.drainStderrPipe(true)
	close(c.dead)
	// Every connection the child sent is in the keep socket by now.
	c.kept.stop()

	s.mu.Lock()
	shutdown := s.shutdown
	s.mu.Unlock()
	if shutdown {
		return
	}
	if exitReq {
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		if s.cfg.Exit != nil {
			s.cfg.Exit()
		}
		return
	}
	var rec cellRecord
	if b, ok := readState(s.state); ok {
		rec, _ = parseCellRecord(b)
	}
	var decls declsRecord
	if b, ok := readState(s.decls); ok {
		_ = json.Unmarshal(b, &decls)
	}
	st := startRequest{Count: rec.Count, Last: rec.Last, Pending: rec.Pending, Decls: decls.Decls, Notes: decls.Notes, Died: died}
	// The requests still unread in its shell connections: the next
	// child serves them.
	if unread := c.kept.unread(s.signer, rec); len(unread) > 0 {
		s.cfg.Log.Printf("%d requests the interpreter did not read go to the next one", len(unread))
		st.Pending = append(st.Pending, unread...)
	}
	if c.swap.Load() {
		// Replaced on purpose (%race): the next build goes on with the
		// cell.
		s.mu.Lock()
		want := s.race
		s.mu.Unlock()
		st.Resume = &resumeCell{Text: raceSwapText(want, decls.Decls != "", decls.Notes), Rest: c.swapRest}
		if err := s.start(st); err != nil {
			s.cfg.Log.Printf("restart the interpreter: %v", err)
			if s.cfg.Exit != nil {
				s.cfg.Exit()
			}
		}
		return
	}
	crash := newCrashError(c.tail.String(), c.exit)
	if c.stuck.Load() {
		crash = stuckError(s.killAfter())
	}
	if decls.Decls != "" {
		crash.Trace = append(crash.Trace, decls.Notes...)
	}
	st.Crash = crash
	s.cfg.Log.Printf("the interpreter died (%s: %s); starting a new one", crash.Name, crash.Value)
	s.mu.Lock()
	if c.up.Load() {
		s.failures = 0
	} else {
		s.failures++
	}
	failures := s.failures
	s.mu.Unlock()
	if failures >= 4 {
		s.cfg.Log.Printf("the Go interpreter does not start: %s: %s", crash.Name, crash.Value)
		if s.cfg.Exit != nil {
			s.cfg.Exit()
		}
		return
	}
	if failures >= 2 && st.Decls != "" {
		// Replaying the declarations is what kills it: start empty.
		s.cfg.Log.Printf("the declarations could not be replayed; starting an empty interpreter")
		st.Decls, st.Notes = "", nil
		s.decls.Truncate(0)
	}
	if err := s.start(st); err != nil {
		s.cfg.Log.Printf("restart the interpreter: %v", err)
		if s.cfg.Exit != nil {
			s.cfg.Exit()
		}
	}
}

func (s *Supervisor) killAfter() time.Duration {
	if s.cfg.KillAfter > 0 {
		return s.cfg.KillAfter
	}
	return 10 * time.Second
}

// raceSwap replaces child c with the build with (want) or without the
// race detector, which goes on with the cell of the %race magic (rest is
// the rest of its code); or tells c why it cannot.
func (s *Supervisor) raceSwap(c *remoteChild, want bool, rest string) {
	if want {
		msg := ""
		if s.cfg.RaceCommand == nil {
			msg = "this kernel has no race detector"
		} else if _, err := s.cfg.RaceCommand(); err != nil {
			msg = err.Error()
		}
		if msg != "" {
			_ = c.in.send(childRequest{Op: "race_error", Err: msg})
			return
		}
	}
	s.mu.Lock()
	s.race = want
	s.mu.Unlock()
	c.swapRest = rest
	c.swap.Store(true)
	_ = c.in.send(childRequest{Op: "shutdown"})
}

// Relay publishes a supervisor's iopub message through the child.
func (s *Supervisor) Relay(frames [][]byte) {
	s.mu.Lock()
	c := s.child
	s.mu.Unlock()
	if c != nil {
		_ = c.in.send(childRequest{Op: "publish", Frames: frames})
	}
}

// runningCell returns the header of the cell the child runs, or nil.
func (s *Supervisor) runningCell() json.RawMessage {
	b, ok := readState(s.state)
	if !ok {
		return nil
	}
	rec, ok := parseCellRecord(b)
	if !ok || !rec.Last.Running {
		return nil
	}
	return rec.Last.Header
}

// Interrupt forwards an interrupt to the child. If the cell it runs
// still runs KillAfter later, the child is killed: the cell fails with a
// KeyboardInterrupt and a new child replays the declarations.
func (s *Supervisor) Interrupt() {
	s.mu.Lock()
	c := s.child
	s.mu.Unlock()
	if c == nil {
		return
	}
	_ = c.in.send(childRequest{Op: "interrupt"})
	cell := s.runningCell()
	if cell == nil {
		return
	}
	time.AfterFunc(s.killAfter(), func() {
		s.mu.Lock()
		same := s.child == c
		s.mu.Unlock()
		if now := s.runningCell(); same && now != nil && string(now) == string(cell) {
			s.cfg.Log.Printf("the cell did not stop %v after the interrupt: killing the interpreter", s.killAfter())
			c.stuck.Store(true)
			_ = c.cmd.Process.Kill()
		}
	})
}

// Shutdown stops the child and starts no other.
func (s *Supervisor) Shutdown() {
	s.mu.Lock()
	if s.shutdown {
		s.mu.Unlock()
		return
	}
	s.shutdown = true
	c := s.child
	s.mu.Unlock()
	if c != nil {
		_ = c.in.send(childRequest{Op: "shutdown"})
		_ = c.stdin.Close()
		select {
		case <-c.dead:
		case <-time.After(shutdownGrace):
			_ = c.cmd.Process.Kill()
			<-c.dead
		}
	}
}

// Execute is never called: the child serves shell.
func (s *Supervisor) Execute(ctx context.Context, scope *hook.Scope, code string) (map[string]any, error) {
	return nil, errors.New("the supervisor runs no cells")
}

// Complete is never called: the child serves shell.
func (s *Supervisor) Complete(code string, cursor int) ([]string, int, int) {
	return nil, cursor, cursor
}

// Inspect is never called: the child serves shell.
func (s *Supervisor) Inspect(code string, cursor, detail int) (map[string]any, bool) {
	return nil, false
}

// IsComplete is never called: the child serves shell.
func (s *Supervisor) IsComplete(code string) (string, string) { return "unknown", "" }

// NewSessionID returns a new session id, for the messages of a kernel's
// processes (Config.Session).
func NewSessionID() string { return newID() }

// keepPair returns the two ends of the Unix socket through which a child
// sends its shell connections (keepListener): the supervisor's, and the
// child's.
func keepPair() (mine, child *os.File, err error) {
	// Not every system has SOCK_CLOEXEC: the descriptors are made
	// close-on-exec after (the child's copy is passed by ExtraFiles,
	// which clears the flag on its own descriptor number).
	syscall.ForkLock.RLock()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_DGRAM, 0)
	if err == nil {
		unix.CloseOnExec(fds[0])
		unix.CloseOnExec(fds[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return nil, nil, fmt.Errorf("keep socket: %w", err)
	}
	return os.NewFile(uintptr(fds[0]), "keep"), os.NewFile(uintptr(fds[1]), "keep-child"), nil
}

// keptConns are copies of a child's shell connections: when the child
// dies, they stay open (the client does not see them close), and what the
// client sent that the child never read is still in them.
type keptConns struct {
	mu    sync.Mutex
	files []*os.File
	done  bool
	// wake is the supervisor's copy of the child's end of the keep
	// socket: a datagram socket does not tell its reader that the other
	// end closed, so stop sends an empty datagram through it, after
	// those of the child (receive ends, finished is closed).
	wake     *os.File
	finished chan struct{}
}

// receive takes the connections the child sends on keep until stop.
func (k *keptConns) receive(keep *os.File) {
	defer close(k.finished)
	defer keep.Close()
	c, err := net.FileConn(keep)
	if err != nil {
		return
	}
	defer c.Close()
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return
	}
	buf := make([]byte, 1)
	oob := make([]byte, unix.CmsgSpace(4*4))
	for {
		n, oobn, _, _, err := uc.ReadMsgUnix(buf, oob)
		if err != nil || n == 0 && oobn == 0 {
			return // stop's empty datagram
		}
		msgs, err := unix.ParseSocketControlMessage(oob[:oobn])
		if err != nil {
			continue
		}
		for _, m := range msgs {
			fds, err := unix.ParseUnixRights(&m)
			if err != nil {
				continue
			}
			for _, fd := range fds {
				unix.CloseOnExec(fd)
				k.add(os.NewFile(uintptr(fd), "kept-shell"))
			}
		}
	}
}

// stop ends receive (the child is dead: the connections it sent are
// queued before stop's datagram) and waits for it.
func (k *keptConns) stop() {
	if k.wake == nil {
		return
	}
	if err := unix.Sendmsg(int(k.wake.Fd()), nil, nil, nil, 0); err == nil {
		<-k.finished
	}
	k.wake.Close()
	k.wake = nil
}

// add keeps f, and lets go of the kept connections that have ended.
func (k *keptConns) add(f *os.File) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.done {
		f.Close()
		return
	}
	live := k.files[:0]
	for _, g := range k.files {
		if connEnded(g) {
			g.Close()
			continue
		}
		live = append(live, g)
	}
	k.files = append(live, f)
}

// connEnded reports whether the connection f was closed by its peer or
// shut down.
func connEnded(f *os.File) bool {
	var b [1]byte
	n, _, err := unix.Recvfrom(int(f.Fd()), b[:], unix.MSG_PEEK|unix.MSG_DONTWAIT)
	return n == 0 && err == nil
}

// unread reads what is left in the kept connections (the child is dead),
// closes them, and returns the requests found there, routed as the
// recorded requests of the same session (the same client), or else by
// their session (a Jupyter client's shell identity): with two clients,
// one's request must not be answered to the other.
func (k *keptConns) unread(s *signer, rec cellRecord) []reqRef {
	k.mu.Lock()
	files := k.files
	k.files, k.done = nil, true
	k.mu.Unlock()
	bySession := map[string][][]byte{}
	for _, p := range append([]reqRef{rec.Last}, rec.Pending...) {
		if m := p.message(); m != nil && len(p.Idents) > 0 {
			bySession[m.Header.Session] = p.Idents
		}
	}
	// A request the client sends as the child dies may not have arrived
	// yet: each connection is half-closed, and read until the client,
	// which sees its end, closes it (what it sent before is all there).
	for _, f := range files {
		_ = unix.Shutdown(int(f.Fd()), unix.SHUT_WR)
	}
	deadline := time.Now().Add(drainWait)
	var refs []reqRef
	for _, f := range files {
		data := drainConn(f, deadline)
		f.Close()
		for _, frames := range zmtpMessages(data) {
			m, err := s.decode(frames)
			if err != nil {
				continue
			}
			ids := bySession[m.Header.Session]
			if len(ids) == 0 {
				ids = [][]byte{[]byte(m.Header.Session)}
			}
			refs = append(refs, reqRef{Idents: ids, Header: m.rawHeader, Content: m.Content})
		}
	}
	return refs
}

// drainWait bounds how long a dead child's successor waits for the
// clients to close the connections the supervisor kept (keptConns.unread):
// a ZeroMQ socket closes its end once it reads the end of the other.
const drainWait = time.Second

// drainConn returns what can be read of the connection f until its peer
// closes it, or until deadline.
func drainConn(f *os.File, deadline time.Time) []byte {
	var data []byte
	buf := make([]byte, 64<<10)
	for {
		n, _, err := unix.Recvfrom(int(f.Fd()), buf, unix.MSG_DONTWAIT)
		switch {
		case n > 0:
			data = append(data, buf[:n]...)
			continue
		case errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.EINTR):
			if time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
				continue
			}
		}
		return data // the end (n == 0), an error, or the deadline
	}
}

// zmtpMessages splits ZMTP 3 traffic that starts at a frame into its
// messages (commands left out), up to the first incomplete one.
func zmtpMessages(b []byte) [][][]byte {
	var msgs [][][]byte
	var cur [][]byte
	for len(b) > 0 {
		flags := b[0]
		var size uint64
		if flags&flagLong != 0 {
			if len(b) < 9 {
				break
			}
			size = binary.BigEndian.Uint64(b[1:9])
			b = b[9:]
		} else {
			if len(b) < 2 {
				break
			}
			size = uint64(b[1])
			b = b[2:]
		}
		if uint64(len(b)) < size {
			break
		}
		body := b[:size]
		b = b[size:]
		if flags&flagCommand != 0 {
			continue
		}
		cur = append(cur, body)
		if flags&flagMore == 0 {
			msgs = append(msgs, cur)
			cur = nil
		}
	}
	return msgs
}

// sockChildEngine is a supervised child's engine: a %race magic asks the
// supervisor to replace the child with the other build.
type sockChildEngine struct {
	Engine
	c *childState
}

// Execute runs a cell (see Engine); a %race magic that is to replace the
// child waits for the replacement, which goes on with the cell.
func (e *sockChildEngine) Execute(ctx context.Context, scope *hook.Scope, code string) (map[string]any, error) {
	arg, rest, ok := raceMagic(code)
	if !ok {
		return e.Engine.Execute(ctx, scope, code)
	}
	want, text, done, err := raceArg(arg, e.c.start.Race)
	if done {
		if scope.Stdout != nil {
			fmt.Fprint(scope.Stdout, text)
		}
		if err != nil || strings.TrimSpace(rest) == "" {
			return nil, err
		}
		return e.Engine.Execute(ctx, scope, rest)
	}
	if err := e.c.events.send(rpcEvent{Ev: "race", Update: want, Text: rest}); err != nil {
		return nil, err
	}
	// The supervisor stops this process, or says why it cannot.
	select {
	case msg := <-e.c.raceErr:
		return nil, raceError(msg)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Load, Declarations and ReplayNotes are the engine's (see Declarer).
func (e *sockChildEngine) Load(src string) error {
	if d, ok := e.Engine.(Declarer); ok {
		return d.Load(src)
	}
	return nil
}

// Declarations returns the engine's (see Declarer).
func (e *sockChildEngine) Declarations() string {
	if d, ok := e.Engine.(Declarer); ok {
		return d.Declarations()
	}
	return ""
}

// ReplayNotes returns the engine's (see ReplayNoter).
func (e *sockChildEngine) ReplayNotes() []string {
	if n, ok := e.Engine.(ReplayNoter); ok {
		return n.ReplayNotes()
	}
	return nil
}

// Tidy is the engine's (see Tidier).
func (e *sockChildEngine) Tidy() {
	if t, ok := e.Engine.(Tidier); ok {
		t.Tidy()
	}
}

// HandleComm is the engine's (see CommEngine).
func (e *sockChildEngine) HandleComm(scope *hook.Scope, kind string, content map[string]any) bool {
	if ce, ok := e.Engine.(CommEngine); ok {
		return ce.HandleComm(scope, kind, content)
	}
	return handleCommLocal(scope, kind, content)
}

// msgID returns m's id ("" for nil), for the log.
func (m *Message) msgID() string {
	if m == nil {
		return ""
	}
	return m.Header.MsgID
}
