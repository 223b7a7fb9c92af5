// Package kernel is the Jupyter side of gonotes: the messaging protocol
// (version 5.5) over ZeroMQ, the request handlers, and the routing of a
// cell's output to iopub. It knows nothing of Go: the language lives behind
// the [Engine] interface, implemented by package kernel/eval.
//
// The gonotes command runs the Engine in a child process: [RemoteEngine]
// is the Engine the Kernel talks to, and [Server] serves the real one in
// the child, so that an error Go cannot recover from (concurrent map
// writes, out of memory) ends the child, which is replaced, and never the
// process Jupyter started.
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

	// fallback receives fd output that arrives while no cell ever ran.
	fallback io.Writer

	ctx    context.Context
	cancel context.CancelFunc
}

// New binds the kernel's sockets.
func New(cfg Config) (*Kernel, error) {
	if cfg.Engine == nil {
		return nil, errors.New("kernel: no engine")
	}
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr, "gonotes: ", log.LstdFlags)
	}
	s, err := newSigner(cfg.Conn.Key, cfg.Conn.SignatureScheme)
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	hist, err := openHistory(cfg.HistoryFile)
	if err != nil {
		cfg.Log.Print(err)
	}
	k := &Kernel{
		history:      hist,
		cfg:          cfg,
		signer:       s,
		session:      newID(),
		log:          cfg.Log,
		stdinReplies: make(chan *Message, 1),
		ctx:          ctx,
		cancel:       cancel,
	}
	k.shell = zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-shell")))
	k.control = zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-control")))
	k.stdin = zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("gonotes-stdin")))
	// XPUB, not PUB: a subscription is seen, and answered with the iopub
	// welcome message (protocol 5.5).
	k.iopub = zmq4.NewXPub(ctx)
	k.hb = zmq4.NewRep(ctx)
	for _, b := range []struct {
		sock zmq4.Socket
		port int
		name string
	}{
		{k.shell, cfg.Conn.ShellPort, "shell"},
		{k.control, cfg.Conn.ControlPort, "control"},
		{k.stdin, cfg.Conn.StdinPort, "stdin"},
		{k.iopub, cfg.Conn.IOPubPort, "iopub"},
		{k.hb, cfg.Conn.HBPort, "heartbeat"},
	} {
		if err := b.sock.Listen(cfg.Conn.zmqEndpoint(b.port)); err != nil {
			k.close()
			return nil, fmt.Errorf("kernel: listen %s on %s: %w", b.name, cfg.Conn.endpoint(b.port), err)
		}
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
	go k.heartbeat()
	go k.readStdin()
	go k.welcome()
	shellMsgs := make(chan *Message, 64)
	go k.read(k.shell, "shell", shellMsgs)
	controlMsgs := make(chan *Message, 16)
	go k.read(k.control, "control", controlMsgs)
	go func() {
		for m := range controlMsgs {
			k.handle(k.control, &k.controlMu, m)
		}
	}()
	// Starting status, as ipykernel publishes it.
	k.status(nil, "starting")
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-k.ctx.Done():
			return nil
		case m := <-shellMsgs:
			k.serveShell(m, shellMsgs)
		}
	}
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

// send signs and sends m on sock.
func (k *Kernel) send(sock zmq4.Socket, mu *sync.Mutex, m *Message) {
	frames, err := k.signer.encode(m)
	if err != nil {
		k.log.Printf("send %s: %v", m.Header.MsgType, err)
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("send %s: %v", m.Header.MsgType, err)
	}
}

// reply sends a reply of msgType to req on sock.
func (k *Kernel) reply(sock zmq4.Socket, mu *sync.Mutex, req *Message, msgType string, content any) {
	m, err := newMessage(k.session, req, msgType, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	k.send(sock, mu, m)
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
	k.publish(req, "status", map[string]any{"execution_state": state})
}

// handle serves one request, between busy and idle statuses.
func (k *Kernel) handle(sock zmq4.Socket, mu *sync.Mutex, m *Message) {
	k.status(m, "busy")
	defer k.status(m, "idle")
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
		k.execute(sock, mu, m)
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

// Interrupt stops the running cell, if any.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	running := k.running
	k.mu.Unlock()
	if running {
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
			k.status(m, "busy")
			k.mu.Lock()
			count := k.count
			k.mu.Unlock()
			k.reply(k.shell, &k.shellMu, m, "execute_reply", map[string]any{"status": "aborted", "execution_count": count})
			k.status(m, "idle")
		default:
			return
		}
	}
}
