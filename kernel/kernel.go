// Package kernel is the Jupyter side of gonotes: the messaging protocol
// (version 5.5) over ZeroMQ, the request handlers, and the routing of a
// cell's output to iopub. It knows nothing of Go: the language lives behind
// the [Engine] interface, implemented by package kernel/eval.
//
// The gonotes command runs the Engine in a child process, so that an error
// Go cannot recover from (concurrent map writes, out of memory) ends the
// child, which is replaced, and never the process Jupyter started. The
// process Jupyter started (a [Supervisor]) binds the ports, serves control
// and heartbeat, and passes the listening sockets of shell, stdin and
// iopub to the child, whose Kernel serves them ([RunChild]); a new child
// takes over the same sockets and answers the cell its predecessor died in.
// With GONOTES_RELAY=1 the Kernel runs in the process Jupyter started and
// relays cells to the child instead: [RemoteEngine] is the Engine it talks
// to, and [Server] serves the real one in the child.
package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"

	_ "github.com/gonotes/gonotes/internal/unixonly" // a build for another system fails with one clear message
	"github.com/gonotes/gonotes/lib/hook"
)

// ConnectionInfo is the content of a Jupyter connection file.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	ControlPort     int    `json:"control_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile parses the connection file at path.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	var ci ConnectionInfo
	b, err := os.ReadFile(path)
	if err != nil {
		return ci, fmt.Errorf("read connection file: %w", err)
	}
	if err := json.Unmarshal(b, &ci); err != nil {
		return ci, fmt.Errorf("parse connection file %s: %w", path, err)
	}
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.IP == "" {
		ci.IP = "127.0.0.1"
	}
	return ci, nil
}

func (ci ConnectionInfo) endpoint(port int) string {
	if ci.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", ci.IP, port)
	}
	return fmt.Sprintf("%s://%s:%d", ci.Transport, ci.IP, port)
}

// Config is what a Kernel needs to run.
type Config struct {
	Conn   ConnectionInfo
	Engine Engine
	// Log receives the kernel's own diagnostics; never a notebook.
	Log *log.Logger
	// Capture, when set, is synced before each reply so that output written
	// to the process's descriptors during a cell is published first.
	Capture *Capture
	// Version is gonotes' version, for kernel_info_reply.
	Version string
	// Banner is kernel_info_reply's banner; empty means one naming gonotes
	// and Go's version.
	Banner string
	// Exit is called after a shutdown_request has been answered; nil means
	// Run simply returns.
	Exit func(restart bool)
	// HistoryFile keeps the input history across kernel processes (each
	// one a numbered session, as IPython's); empty keeps it in memory.
	// HistoryPath gives the usual place.
	HistoryFile string
	// Sockets are the kernel's sockets, bound by Bind; nil: New binds
	// them.
	Sockets *Sockets
	// Debug logs each request received and each reply sent, with the
	// request's id (GONOTES_DEBUG=1): what a server log needs to tell a
	// kernel that never got a request from one that never answered.
	Debug bool
	// HistorySession, when not 0, continues that session of HistoryFile
	// (started by an earlier interpreter process of the same kernel)
	// instead of starting one.
	HistorySession int
	// Session is the session id of the kernel's messages; empty: a new
	// one. The processes of a supervised kernel share one (see
	// Supervisor).
	Session string
	// Relay, when set, receives the signed frames of the iopub messages
	// of a kernel that has no iopub socket (a Supervisor's, whose child
	// publishes them).
	Relay func(frames [][]byte)
	// Child, when set, is the state of a kernel that serves shell, stdin
	// and iopub in an interpreter process for a Supervisor (see
	// RunChild).
	Child *childState
}

// Kernel serves one Jupyter connection.
type Kernel struct {
	cfg     Config
	signer  *signer
	session string
	log     *log.Logger

	shell, control, iopub, stdin, hb zmq4.Socket
	shellMu, controlMu, iopubMu      sync.Mutex
	stdinMu                          sync.Mutex

	stdinReplies chan *Message

	mu        sync.Mutex
	count     int  // execution_count
	running   bool // a cell is executing
	history   *history
	lastScope *hook.Scope
	comms     commTable // open comms, for comm_info_request
	// lastFailed is the last execute request that failed with
	// stop_on_error, whose queued successors are aborted; failRecv is the
	// number of messages received when its reply was sent (later ones were
	// sent after the client saw the failure and are not aborted).
	lastFailed *Message
	failRecv   uint64
	received   atomic.Uint64

	// held are iopub messages held back (see hold), sent before the next
	// one, before the reply, or by heldTimer.
	heldMu    sync.Mutex
	held      []*Message
	heldTimer *time.Timer

	// fallback receives fd output that arrives while no cell ever ran.
	fallback io.Writer

	ctx    context.Context
	cancel context.CancelFunc
}

// Sockets are a kernel's five ZeroMQ sockets, bound to its connection's
// ports by Bind.
type Sockets struct {
	ctx                              context.Context
	cancel                           context.CancelFunc
	shell, control, stdin, iopub, hb zmq4.Socket
}

// bindRetry is how long Bind tries a port that is in use again.
const bindRetry = time.Second

// Bind binds the sockets of a kernel to ci's ports. A kernel process binds
// them first thing, before it starts its interpreter: Jupyter chose the ports
// and released them, and until they are bound another process may take one
// (twenty servers starting kernels at once on one machine; jupyter_client
// then restarts the kernel with the same ports, to fail again). A port in use
// is tried again for a second, in case it is held only for a moment.
func Bind(ci ConnectionInfo) (*Sockets, error) {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Sockets{
		ctx:     ctx,
		cancel:  cancel,
		shell:   zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-shell"))),
		control: zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-control"))),
		stdin:   zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-stdin"))),
		// XPUB, not PUB: a subscription is seen, and answered with the
		// iopub welcome message (protocol 5.5).
		iopub: zmq4.NewXPub(ctx),
		hb:    zmq4.NewRep(ctx),
	}
	for _, b := range []struct {
		sock zmq4.Socket
		port int
		name string
	}{
		{s.shell, ci.ShellPort, "shell"},
		{s.control, ci.ControlPort, "control"},
		{s.stdin, ci.StdinPort, "stdin"},
		{s.iopub, ci.IOPubPort, "iopub"},
		{s.hb, ci.HBPort, "heartbeat"},
	} {
		deadline := time.Now().Add(bindRetry)
		for {
			err := b.sock.Listen(ci.zmqEndpoint(b.port))
			if err == nil {
				break
			}
			if errors.Is(err, syscall.EADDRINUSE) && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
				continue
			}
			s.Close()
			return nil, fmt.Errorf("kernel: listen %s on %s: %w", b.name, ci.endpoint(b.port), err)
		}
	}
	return s, nil
}

// Close closes the sockets (of a kernel that New did not make). A
// supervisor's Sockets have no shell, stdin or iopub (its children serve
// them).
func (s *Sockets) Close() {
	s.cancel()
	for _, sock := range []zmq4.Socket{s.shell, s.control, s.stdin, s.iopub, s.hb} {
		if sock != nil {
			_ = sock.Close()
		}
	}
}

// New makes the kernel, binding its sockets unless cfg.Sockets has them
// (they are the kernel's then, closed if New fails).
func New(cfg Config) (*Kernel, error) {
	fail := func(err error) (*Kernel, error) {
		if cfg.Sockets != nil {
			cfg.Sockets.Close()
		}
		return nil, err
	}
	if cfg.Engine == nil {
		return fail(errors.New("kernel: no engine"))
	}
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr, "gonotes: ", log.LstdFlags)
	}
	signer, err := newSigner(cfg.Conn.Key, cfg.Conn.SignatureScheme)
	if err != nil {
		return fail(fmt.Errorf("kernel: %w", err))
	}
	socks := cfg.Sockets
	if socks == nil {
		if socks, err = Bind(cfg.Conn); err != nil {
			return nil, err
		}
	}
	var hist *history
	if cfg.HistorySession > 0 && cfg.HistoryFile != "" {
		hist, err = openHistoryResume(cfg.HistoryFile, cfg.HistorySession)
	} else {
		hist, err = openHistory(cfg.HistoryFile)
	}
	if err != nil {
		cfg.Log.Print(err)
	}
	session := cfg.Session
	if session == "" {
		session = newID()
	}
	k := &Kernel{
		history:      hist,
		cfg:          cfg,
		signer:       signer,
		session:      session,
		log:          cfg.Log,
		stdinReplies: make(chan *Message, 1),
		ctx:          socks.ctx,
		cancel:       socks.cancel,
		shell:        socks.shell,
		control:      socks.control,
		stdin:        socks.stdin,
		iopub:        socks.iopub,
		hb:           socks.hb,
	}
	if cfg.Debug {
		k.log.Printf("listening: shell %d, control %d, stdin %d, iopub %d, heartbeat %d",
			cfg.Conn.ShellPort, cfg.Conn.ControlPort, cfg.Conn.StdinPort, cfg.Conn.IOPubPort, cfg.Conn.HBPort)
	}
	return k, nil
}

func (k *Kernel) close() {
	k.cancel()
	k.history.close()
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			_ = s.Close()
		}
	}
}

// Route returns where fd-captured output of the given stream goes: the
// running cell, else the last cell that ran (as ipykernel does for output of
// background threads), else the fallback.
func (k *Kernel) Route(stream string) io.Writer {
	k.mu.Lock()
	last := k.lastScope
	k.mu.Unlock()
	if w := cellStream(last, stream); w != nil {
		return w
	}
	if stream == "stderr" {
		return k.cfg.Log.Writer()
	}
	return io.Discard
}

// cellStream returns the stream ("stdout" or "stderr") of the running cell,
// else of last (the last cell that ran, as ipykernel sends output of
// background threads there), else nil.
func cellStream(last *hook.Scope, stream string) io.Writer {
	s := hook.Active()
	if s == nil {
		s = last
	}
	if s == nil {
		return nil
	}
	if stream == "stderr" {
		return s.Stderr
	}
	return s.Stdout
}

// Run serves requests until a shutdown_request or until ctx ends.
func (k *Kernel) Run(ctx context.Context) error {
	defer k.close()
	// gate, when not nil, holds shell requests back until the child has
	// answered its predecessor's last cell and replayed the declarations.
	// Its record of requests is made before any is read.
	var gate <-chan struct{}
	if c := k.cfg.Child; c != nil {
		gate = k.startChild(c)
	}
	if k.hb != nil {
		go k.heartbeat()
	}
	if k.stdin != nil {
		go k.readStdin()
	}
	if k.iopub != nil {
		go k.welcome()
	}
	shellMsgs := make(chan *Message, 64)
	if k.shell != nil {
		go k.read(k.shell, "shell", shellMsgs)
	}
	if k.control != nil {
		controlMsgs := make(chan *Message, 16)
		go k.read(k.control, "control", controlMsgs)
		go func() {
			for m := range controlMsgs {
				k.handle(k.control, &k.controlMu, m)
			}
		}()
	}
	if k.iopub != nil && (k.cfg.Child == nil || k.cfg.Child.start.First) {
		// Starting status, as ipykernel publishes it.
		k.status(nil, "starting")
	}
	// The shell loop runs on a goroutine of its own: the caller's may be
	// locked to its OS thread (lib/threading locks the main goroutine to
	// the process's first thread, whose id is the process id), and every
	// wake-up of a locked goroutine is a switch to that one thread.
	done := make(chan error, 1)
	go func() {
		if gate != nil {
			select {
			case <-gate:
			case <-ctx.Done():
				done <- ctx.Err()
				return
			case <-k.ctx.Done():
				done <- nil
				return
			}
			// What the previous child received and did not start; behind
			// a running cell that its death failed, the execute requests
			// are aborted (stop_on_error), as those queued here since.
			c := k.cfg.Child
			for _, m := range c.requeue {
				k.awaitClient(c, m)
				if c.abortRequeued && m != c.resumed && m.Header.MsgType == "execute_request" {
					k.abortOne(m)
					continue
				}
				k.serveShell(m, shellMsgs)
			}
			if c.abortRequeued {
				k.abortQueued(shellMsgs)
			}
		}
		for {
			select {
			case <-ctx.Done():
				done <- ctx.Err()
				return
			case <-k.ctx.Done():
				done <- nil
				return
			case m := <-shellMsgs:
				k.serveShell(m, shellMsgs)
			}
		}
	}()
	return <-done
}

// read receives messages from a ROUTER socket, dropping (and logging) any
// that are malformed or badly signed.
func (k *Kernel) read(sock zmq4.Socket, name string, out chan<- *Message) {
	for {
		raw, err := sock.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Printf("%s: receive: %v", name, err)
			time.Sleep(10 * time.Millisecond)
			continue
		}
		m, err := k.signer.decode(raw.Frames)
		if err != nil {
			k.log.Printf("%s: dropped a message: %v", name, err)
			continue
		}
		m.recv = k.received.Add(1)
		if c := k.cfg.Child; c != nil && sock == k.shell && m.Header.MsgType == "execute_request" {
			// Before it may be queued: the supervisor learns it if
			// the process dies before its reply.
			c.received(m)
		}
		if k.cfg.Debug {
			k.log.Printf("%s: received %s %s", name, m.Header.MsgType, m.Header.MsgID)
		}
		out <- m
	}
}

// welcome answers each subscription to iopub with an iopub_welcome
// message (protocol 5.5): it tells a client that its subscription is
// established, so that it sees every message published from now on. Every
// subscriber of the topic gets it (as the protocol says, extra welcomes are
// to be ignored); it has no parent. Its topic is the subscription (so that
// the subscriber receives it), or its type for a subscription to all.
func (k *Kernel) welcome() {
	for {
		m, err := k.iopub.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if len(m.Frames) != 1 || len(m.Frames[0]) == 0 || m.Frames[0][0] != 1 {
			continue // an unsubscription, or not a subscription at all
		}
		topic := string(m.Frames[0][1:])
		if c := k.cfg.Child; c != nil {
			c.subscriptions.Add(1)
			c.subscribedOnce.Do(func() { close(c.subscribed) })
		}
		msg, err := newMessage(k.session, nil, "iopub_welcome", map[string]any{"subscription": topic})
		if err != nil {
			k.log.Print(err)
			continue
		}
		msg.Identities = [][]byte{[]byte(topic)}
		if topic == "" {
			msg.Identities = [][]byte{[]byte("iopub_welcome")}
		}
		k.send(k.iopub, &k.iopubMu, msg)
	}
}

func (k *Kernel) heartbeat() {
	for {
		m, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if err := k.hb.Send(m); err != nil && k.ctx.Err() == nil {
			k.log.Printf("heartbeat: %v", err)
		}
	}
}

func (k *Kernel) readStdin() {
	ch := make(chan *Message, 4)
	go k.read(k.stdin, "stdin", ch)
	for m := range ch {
		if m.Header.MsgType != "input_reply" {
			k.log.Printf("stdin: ignored %s", m.Header.MsgType)
			continue
		}
		select {
		case k.stdinReplies <- m:
		default:
			k.log.Printf("stdin: input_reply with no pending input_request")
		}
	}
}

// send signs and sends m on sock; on iopub, after the messages held back.
func (k *Kernel) send(sock zmq4.Socket, mu *sync.Mutex, m *Message) {
	if sock == k.iopub {
		k.heldMu.Lock()
		defer k.heldMu.Unlock()
		k.sendHeld()
	}
	k.sendNow(sock, mu, m)
}

// holdDelay bounds how long hold keeps a message back.
const holdDelay = time.Millisecond

// hold publishes an iopub message whose parent is req as publish does,
// but keeps it back until the next iopub message, the next reply
// (releaseHeld) or holdDelay, whichever comes first. A cell's busy status
// and execute_input are held: a cell that ends before holdDelay sends
// them with its result and idle status, in one write that wakes the
// client once, not twice.
func (k *Kernel) hold(req *Message, msgType string, content any) {
	m, err := newMessage(k.session, req, msgType, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	m.Identities = [][]byte{[]byte(msgType)}
	k.heldMu.Lock()
	defer k.heldMu.Unlock()
	k.held = append(k.held, m)
	if len(k.held) > 1 {
		return
	}
	if k.heldTimer == nil {
		k.heldTimer = time.AfterFunc(holdDelay, k.releaseHeld)
	} else {
		k.heldTimer.Reset(holdDelay)
	}
}

// releaseHeld sends the iopub messages held back (see hold).
func (k *Kernel) releaseHeld() {
	k.heldMu.Lock()
	defer k.heldMu.Unlock()
	k.sendHeld()
}

// sendHeld sends the messages held back, with heldMu held.
func (k *Kernel) sendHeld() {
	if len(k.held) == 0 {
		return
	}
	k.heldTimer.Stop()
	for _, m := range k.held {
		k.sendNow(k.iopub, &k.iopubMu, m)
	}
	k.held = nil
}

// sendNow signs and sends m on sock.
func (k *Kernel) sendNow(sock zmq4.Socket, mu *sync.Mutex, m *Message) {
	frames, err := k.signer.encode(m)
	if err != nil {
		k.log.Printf("send %s: %v", m.Header.MsgType, err)
		return
	}
	if sock == nil {
		// A supervisor's iopub message: its child publishes it.
		if k.cfg.Relay != nil {
			k.cfg.Relay(frames)
		}
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("send %s: %v", m.Header.MsgType, err)
	}
}

// reply sends a reply of msgType to req on sock, after the iopub
// messages held back (see hold).
func (k *Kernel) reply(sock zmq4.Socket, mu *sync.Mutex, req *Message, msgType string, content any) {
	m, err := newMessage(k.session, req, msgType, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	k.releaseHeld()
	k.send(sock, mu, m)
	if k.cfg.Debug {
		k.log.Printf("sent %s to %s", msgType, req.Header.MsgID)
	}
}

// publish sends an iopub message whose parent is req (nil for none).
func (k *Kernel) publish(req *Message, msgType string, content any) {
	m, err := newMessage(k.session, req, msgType, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	// The iopub topic is the message type, by convention.
	m.Identities = [][]byte{[]byte(msgType)}
	k.send(k.iopub, &k.iopubMu, m)
}

func (k *Kernel) status(req *Message, state string) {
	k.publish(req, "status", statusContent(state))
}

// handle serves one request, between busy and idle statuses (an execute
// request publishes its busy status itself, see execute).
func (k *Kernel) handle(sock zmq4.Socket, mu *sync.Mutex, m *Message) {
	if m.Header.MsgType != "execute_request" {
		k.status(m, "busy")
	}
	// later is what the handler left until the idle status is out (the
	// history line of a cell's result).
	var later func()
	defer func() {
		k.status(m, "idle")
		k.cellDone(m)
		if later != nil {
			// With one P (runKernelSupervised), iopub's writer sends
			// the result and the idle status when this goroutine yields.
			runtime.Gosched()
			later()
		}
	}()
	defer func() {
		// A bug in a handler must not take the kernel down.
		if r := recover(); r != nil {
			buf := make([]byte, 8<<10)
			buf = buf[:runtime.Stack(buf, false)]
			k.log.Printf("handler %s panicked: %v\n%s", m.Header.MsgType, r, buf)
		}
	}()
	switch t := m.Header.MsgType; t {
	case "kernel_info_request":
		k.reply(sock, mu, m, "kernel_info_reply", k.kernelInfo())
	case "execute_request":
		later = k.execute(sock, mu, m)
	case "is_complete_request":
		var c struct {
			Code string `json:"code"`
		}
		_ = json.Unmarshal(m.Content, &c)
		status, indent := k.cfg.Engine.IsComplete(c.Code)
		content := map[string]any{"status": status}
		if status == "incomplete" {
			content["indent"] = indent
		}
		k.reply(sock, mu, m, "is_complete_reply", content)
	case "complete_request":
		var c struct {
			Code      string `json:"code"`
			CursorPos int    `json:"cursor_pos"`
		}
		_ = json.Unmarshal(m.Content, &c)
		matches, start, end := k.cfg.Engine.Complete(c.Code, c.CursorPos)
		if matches == nil {
			matches = []string{}
		}
		k.reply(sock, mu, m, "complete_reply", map[string]any{
			"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end, "metadata": map[string]any{},
		})
	case "inspect_request":
		var c struct {
			Code        string `json:"code"`
			CursorPos   int    `json:"cursor_pos"`
			DetailLevel int    `json:"detail_level"`
		}
		_ = json.Unmarshal(m.Content, &c)
		data, found := k.cfg.Engine.Inspect(c.Code, c.CursorPos, c.DetailLevel)
		if data == nil {
			data = map[string]any{}
		}
		k.reply(sock, mu, m, "inspect_reply", map[string]any{"status": "ok", "found": found, "data": data, "metadata": map[string]any{}})
	case "history_request":
		k.reply(sock, mu, m, "history_reply", map[string]any{"status": "ok", "history": k.historyFor(m)})
	case "comm_info_request":
		var c struct {
			Target string `json:"target_name"`
		}
		_ = json.Unmarshal(m.Content, &c)
		k.reply(sock, mu, m, "comm_info_reply", map[string]any{"status": "ok", "comms": k.comms.info(c.Target)})
	case "comm_open", "comm_msg", "comm_close":
		k.comm(m)
	case "interrupt_request":
		k.Interrupt()
		k.reply(sock, mu, m, "interrupt_reply", map[string]any{"status": "ok"})
	case "shutdown_request":
		var c struct {
			Restart bool `json:"restart"`
		}
		_ = json.Unmarshal(m.Content, &c)
		k.reply(sock, mu, m, "shutdown_reply", map[string]any{"status": "ok", "restart": c.Restart})
		k.status(m, "idle")
		k.cfg.Engine.Shutdown()
		// Let the reply and the idle status leave (iopub sends from a queue)
		// before the sockets close or the process ends.
		time.Sleep(100 * time.Millisecond)
		if k.cfg.Exit != nil {
			k.cfg.Exit(c.Restart)
		}
		k.cancel()
	default:
		k.log.Printf("unknown message type %q ignored", t)
	}
}

// cellDone tells the supervisor, if any, that the execute request m was
// answered: its reply and idle status are out (a process that dies
// before leaves the request to its successor, which answers it).
func (k *Kernel) cellDone(m *Message) {
	if c := k.cfg.Child; c != nil && m.Header.MsgType == "execute_request" {
		c.done(m)
	}
}

// Interrupt stops the running cell, if any.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	running := k.running
	k.mu.Unlock()
	// A supervisor's engine knows whether its child runs a cell.
	if running || k.shell == nil {
		k.cfg.Engine.Interrupt()
	}
}

func (k *Kernel) banner() string {
	if k.cfg.Banner != "" {
		return k.cfg.Banner
	}
	return "gonotes " + k.cfg.Version + ": Go " + runtime.Version()
}

func (k *Kernel) kernelInfo() map[string]any {
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       ProtocolVersion,
		"implementation":         "gonotes",
		"implementation_version": k.cfg.Version,
		"language_info": map[string]any{
			"name":               "go",
			"version":            strings.TrimPrefix(runtime.Version(), "go"),
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		"banner": k.banner(),
		// No debug_request support (the kernelspec says so too); "debugger"
		// is deprecated since 5.5 but still required by 5.3 clients.
		"debugger": false,
		// Protocol 5.5: the optional features ("debugger", "kernel
		// subshells"); gonotes has neither.
		"supported_features": []string{},
		"help_links": []map[string]string{
			{"text": "Go documentation", "url": "https://go.dev/doc/"},
			{"text": "Go standard library", "url": "https://pkg.go.dev/std"},
		},
	}
}

func (k *Kernel) historyFor(m *Message) [][]any {
	var req historyRequest
	_ = json.Unmarshal(m.Content, &req)
	return k.history.reply(req)
}

type executeRequest struct {
	Code         string `json:"code"`
	Silent       bool   `json:"silent"`
	StoreHistory *bool  `json:"store_history"`
	AllowStdin   bool   `json:"allow_stdin"`
	StopOnError  *bool  `json:"stop_on_error"`
}

func (k *Kernel) failed(m *Message) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.lastFailed == m
}

// serveShell handles a shell request; after a failed cell it aborts the
// execute requests queued behind it.
func (k *Kernel) serveShell(m *Message, queue chan *Message) {
	k.handle(k.shell, &k.shellMu, m)
	if m.Header.MsgType == "execute_request" && k.failed(m) {
		k.abortQueued(queue)
	}
}

// abortOne answers "aborted" to the execute request m.
func (k *Kernel) abortOne(m *Message) {
	k.status(m, "busy")
	k.mu.Lock()
	count := k.count
	k.mu.Unlock()
	k.reply(k.shell, &k.shellMu, m, "execute_reply", map[string]any{"status": "aborted", "execution_count": count})
	k.status(m, "idle")
	k.cellDone(m)
}

// abortQueued answers "aborted" to the execute requests queued behind a
// failed cell, as ipykernel does with stop_on_error: those received before
// the failure was replied. A request sent after the client saw the failure
// runs.
func (k *Kernel) abortQueued(queue chan *Message) {
	k.mu.Lock()
	failRecv := k.failRecv
	k.mu.Unlock()
	for {
		select {
		case m := <-queue:
			if m.recv > failRecv {
				k.serveShell(m, queue)
				return
			}
			if m.Header.MsgType != "execute_request" {
				k.handle(k.shell, &k.shellMu, m)
				continue
			}
			k.abortOne(m)
		default:
			return
		}
	}
}
