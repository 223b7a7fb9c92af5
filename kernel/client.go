package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Client is a Jupyter client speaking the wire protocol over ZeroMQ: the
// headless notebook runner and the tests use it to drive a kernel process
// exactly as Jupyter would.
type Client struct {
	Conn    ConnectionInfo
	signer  *signer
	session string

	shell, control, stdin, iopub, hb zmq4.Socket
	shellMu, controlMu, stdinMu      sync.Mutex

	// Input answers input_request messages; nil answers "".
	Input func(prompt string, password bool) string

	mu       sync.Mutex
	waiters  map[string]chan *Message // parent msg_id -> iopub messages
	replies  map[string]chan *Message // msg_id -> reply
	late     func(*Message)           // iopub messages of requests no longer awaited
	welcome  []*Message               // iopub_welcome messages received
	welcomed chan struct{}            // closed at the first iopub_welcome

	// FirstReply is when the kernel first answered kernel_info_request,
	// for measuring start-up time.
	FirstReply time.Time

	cmd    *exec.Cmd
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{} // closed when the kernel process has exited
}

// FreeConnection returns connection info on free loopback TCP ports with a
// fresh random key.
func FreeConnection() (ConnectionInfo, error) {
	ci := ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: newID(), SignatureScheme: "hmac-sha256", KernelName: "gonotes"}
	ports := make([]int, 5)
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return ci, fmt.Errorf("find a free port: %w", err)
		}
		ls = append(ls, l)
		ports[i] = l.Addr().(*net.TCPAddr).Port
	}
	ci.ShellPort, ci.ControlPort, ci.IOPubPort, ci.StdinPort, ci.HBPort = ports[0], ports[1], ports[2], ports[3], ports[4]
	return ci, nil
}

// StartOptions say how StartKernel starts a kernel process.
type StartOptions struct {
	// Argv is the command without the connection file, e.g.
	// ["/path/gonotes", "kernel"].
	Argv []string
	// ConnDir is where the connection file is written.
	ConnDir string
	// Dir is the kernel's working directory ("" = the caller's).
	Dir string
	// Env is the kernel's environment (nil = the caller's).
	Env []string
	// Stderr receives the kernel's own logs (nil discards them).
	Stderr io.Writer
}

// StartKernel writes a connection file, starts the kernel process and
// connects a client to it.
func StartKernel(ctx context.Context, opts StartOptions) (*Client, error) {
	ci, err := FreeConnection()
	if err != nil {
		return nil, err
	}
	b, _ := json.Marshal(ci)
	path := filepath.Join(opts.ConnDir, "kernel-"+newID()+".json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, fmt.Errorf("write connection file: %w", err)
	}
	cmd := exec.Command(opts.Argv[0], append(opts.Argv[1:], path)...)
	cmd.Dir = opts.Dir
	cmd.Env = opts.Env
	cmd.Stdout = opts.Stderr
	cmd.Stderr = opts.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start kernel: %w", err)
	}
	c, err := Connect(ctx, ci)
	if err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, err
	}
	c.cmd = cmd
	go func() { _ = cmd.Wait(); close(c.done) }()
	return c, nil
}

// Connect connects to a running kernel and waits until it answers
// kernel_info_request.
func Connect(ctx context.Context, ci ConnectionInfo) (*Client, error) {
	s, err := newSigner(ci.Key, ci.SignatureScheme)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithCancel(context.Background())
	id := newID()
	c := &Client{
		Conn: ci, signer: s, session: id,
		waiters: map[string]chan *Message{}, replies: map[string]chan *Message{},
		ctx: cctx, cancel: cancel, done: make(chan struct{}), welcomed: make(chan struct{}),
	}
	opts := []zmq4.Option{zmq4.WithID(zmq4.SocketIdentity(id)), zmq4.WithDialerRetry(20 * time.Millisecond), zmq4.WithDialerMaxRetries(500)}
	// A kernel's interpreter process serves shell, stdin and iopub, and
	// a new one takes over the same ports when it dies: those sockets
	// reconnect (as libzmq's do), and the shell socket's identity routes
	// the answer of the cell that was running to it.
	reconnect := append(opts[:len(opts):len(opts)], zmq4.WithAutomaticReconnect(true))
	c.shell = zmq4.NewDealer(cctx, reconnect...)
	c.control = zmq4.NewDealer(cctx, opts...)
	c.stdin = zmq4.NewDealer(cctx, reconnect...)
	c.iopub = zmq4.NewSub(cctx, zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithDialerMaxRetries(500), zmq4.WithAutomaticReconnect(true))
	c.hb = zmq4.NewReq(cctx, zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithDialerMaxRetries(500))
	for _, d := range []struct {
		s    zmq4.Socket
		port int
	}{{c.shell, ci.ShellPort}, {c.control, ci.ControlPort}, {c.stdin, ci.StdinPort}, {c.iopub, ci.IOPubPort}, {c.hb, ci.HBPort}} {
		if err := d.s.Dial(ci.zmqEndpoint(d.port)); err != nil {
			c.Close()
			return nil, fmt.Errorf("connect to kernel: %w", err)
		}
	}
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		c.Close()
		return nil, fmt.Errorf("subscribe to iopub: %w", err)
	}
	go c.readLoop(c.shell)
	go c.readLoop(c.control)
	go c.readLoop(c.iopub)
	go c.readStdin()
	// A subscription takes a moment to reach the PUB side: ask for
	// kernel_info until the reply and its iopub status both arrive.
	deadline := time.Now().Add(20 * time.Second)
	// The first tries wait little (the reply takes well under a
	// millisecond; what may be missing is the subscription's first
	// idle status), later ones longer, for a loaded machine.
	wait := 50 * time.Millisecond
	for {
		if time.Now().After(deadline) {
			c.Close()
			return nil, errors.New("kernel did not answer kernel_info_request within 20s")
		}
		if err := ctx.Err(); err != nil {
			c.Close()
			return nil, err
		}
		rctx, rcancel := context.WithTimeout(ctx, wait)
		wait = min(2*wait, time.Second)
		res, err := c.Request(rctx, "shell", "kernel_info_request", map[string]any{})
		rcancel()
		if res != nil && res.Reply != nil && c.FirstReply.IsZero() {
			c.FirstReply = res.ReplyAt
		}
		if err == nil && res.Idle {
			return c, nil
		}
	}
}

// Close disconnects and, if the client started the kernel, kills it.
func (c *Client) Close() {
	c.cancel()
	for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin, c.iopub, c.hb} {
		if s != nil {
			_ = s.Close()
		}
	}
	if c.cmd != nil && c.cmd.Process != nil {
		_ = c.cmd.Process.Kill()
		<-c.done
	}
}

// Process returns the kernel process started by StartKernel, or nil.
func (c *Client) Process() *os.Process {
	if c.cmd == nil {
		return nil
	}
	return c.cmd.Process
}

// Exited returns a channel closed when the kernel process started by
// StartKernel has exited.
func (c *Client) Exited() <-chan struct{} { return c.done }

func (c *Client) readLoop(s zmq4.Socket) {
	for {
		raw, err := s.Recv()
		if err != nil {
			if c.ctx.Err() != nil {
				return
			}
			time.Sleep(5 * time.Millisecond)
			continue
		}
		m, err := c.signer.decode(raw.Frames)
		if err != nil {
			continue
		}
		var parent struct {
			MsgID string `json:"msg_id"`
		}
		_ = json.Unmarshal(m.Parent, &parent)
		c.mu.Lock()
		if s == c.iopub && m.Header.MsgType == "iopub_welcome" {
			c.welcome = append(c.welcome, m)
			if len(c.welcome) == 1 {
				close(c.welcomed)
			}
		}
		var ch chan *Message
		var late func(*Message)
		if s == c.iopub {
			ch = c.waiters[parent.MsgID]
			if ch == nil {
				late = c.late
			} else {
				// Sent under mu, so that a request that stops
				// waiting (request's deferred drain) sees every
				// message sent to it: none is lost between its idle
				// status and its end.
				select {
				case ch <- m:
					ch = nil
				default: // full: wait below, without mu
				}
			}
		} else {
			ch = c.replies[parent.MsgID]
		}
		c.mu.Unlock()
		if late != nil && parent.MsgID != "" {
			late(m)
		}
		if ch != nil {
			select {
			case ch <- m:
			case <-c.ctx.Done():
				return
			}
		}
	}
}

// OnLate calls f (from the client's reader goroutine; nil: nobody) with
// every iopub message whose request is no longer awaited: output that a
// cell's goroutines wrote after its request ended, while no other cell ran.
// Jupyter's frontends add such output to that cell (nbclient, and so the
// headless runner, drop it). f must not block: it holds up every reply.
func (c *Client) OnLate(f func(*Message)) {
	c.mu.Lock()
	c.late = f
	c.mu.Unlock()
}

// Welcome waits for the first iopub_welcome message (protocol 5.5: the
// kernel's answer to a subscription) and returns every one received so far.
func (c *Client) Welcome(ctx context.Context) ([]*Message, error) {
	select {
	case <-c.welcomed:
	case <-ctx.Done():
		return nil, fmt.Errorf("no iopub_welcome: %w", ctx.Err())
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*Message(nil), c.welcome...), nil
}

func (c *Client) readStdin() {
	for {
		raw, err := c.stdin.Recv()
		if err != nil {
			if c.ctx.Err() != nil {
				return
			}
			time.Sleep(5 * time.Millisecond)
			continue
		}
		m, err := c.signer.decode(raw.Frames)
		if err != nil || m.Header.MsgType != "input_request" {
			continue
		}
		var req struct {
			Prompt   string `json:"prompt"`
			Password bool   `json:"password"`
		}
		_ = json.Unmarshal(m.Content, &req)
		value := ""
		if c.Input != nil {
			value = c.Input(req.Prompt, req.Password)
		}
		r, _ := newMessage(c.session, m, "input_reply", map[string]any{"value": value})
		r.Identities = nil
		c.sendOn(c.stdin, &c.stdinMu, r)
	}
}

func (c *Client) sendOn(s zmq4.Socket, mu *sync.Mutex, m *Message) error {
	frames, err := c.signer.encode(m)
	if err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	return s.Send(zmq4.NewMsgFrom(frames...))
}

// SendRaw sends frames as they are on a channel ("shell", "control"): tests
// use it to send malformed or badly signed messages.
func (c *Client) SendRaw(channel string, frames [][]byte) error {
	s, mu := c.channel(channel)
	mu.Lock()
	defer mu.Unlock()
	return s.Send(zmq4.NewMsgFrom(frames...))
}

// Sign returns the signature the kernel expects for these four frames.
func (c *Client) Sign(header, parent, metadata, content []byte) []byte {
	return c.signer.sign(header, parent, metadata, content)
}

func (c *Client) channel(name string) (zmq4.Socket, *sync.Mutex) {
	if name == "control" {
		return c.control, &c.controlMu
	}
	return c.shell, &c.shellMu
}

// Result is what one request produced: its reply and the iopub messages
// published under it, up to and including the idle status.
type Result struct {
	Reply *Message
	// IOPub lists the iopub messages in arrival order.
	IOPub []*Message
	// Idle reports whether the idle status was seen.
	Idle bool
	// ReplyAt is when the reply arrived.
	ReplyAt time.Time
}

// ReplyContent decodes the reply's content into v.
func (r *Result) ReplyContent(v any) error { return json.Unmarshal(r.Reply.Content, v) }

// Request sends a request on channel ("shell" or "control") and waits for
// its reply and for the idle status that ends it on iopub.
func (c *Client) Request(ctx context.Context, channel, msgType string, content any) (*Result, error) {
	return c.RequestWatch(ctx, channel, msgType, content, nil)
}

// RequestWatch is Request with a callback called for each iopub message as
// it arrives (for progress or live-output checks).
func (c *Client) RequestWatch(ctx context.Context, channel, msgType string, content any, watch func(*Message)) (*Result, error) {
	return c.request(ctx, channel, msgType, content, watch, true)
}

// Notify sends a message that has no reply (comm_open, comm_msg,
// comm_close, as a front end sends them) and waits for the idle status
// that ends its handling on iopub; the Result has no Reply.
func (c *Client) Notify(ctx context.Context, channel, msgType string, content any) (*Result, error) {
	return c.request(ctx, channel, msgType, content, nil, false)
}

func (c *Client) request(ctx context.Context, channel, msgType string, content any, watch func(*Message), hasReply bool) (*Result, error) {
	m, err := newMessage(c.session, nil, msgType, content)
	if err != nil {
		return nil, err
	}
	iop := make(chan *Message, 1024)
	rep := make(chan *Message, 1)
	c.mu.Lock()
	c.waiters[m.Header.MsgID] = iop
	c.replies[m.Header.MsgID] = rep
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.waiters, m.Header.MsgID)
		delete(c.replies, m.Header.MsgID)
		late := c.late
		var left []*Message
		for len(iop) > 0 {
			left = append(left, <-iop)
		}
		c.mu.Unlock()
		// What came after the idle status is output of the request's
		// goroutines written after it ended: late output.
		if late != nil {
			for _, msg := range left {
				late(msg)
			}
		}
	}()
	s, mu := c.channel(channel)
	if err := c.sendOn(s, mu, m); err != nil {
		return nil, fmt.Errorf("send %s: %w", msgType, err)
	}
	res := &Result{}
	for (hasReply && res.Reply == nil) || !res.Idle {
		select {
		case r := <-rep:
			res.Reply = r
			res.ReplyAt = time.Now()
		case msg := <-iop:
			res.IOPub = append(res.IOPub, msg)
			if watch != nil {
				watch(msg)
			}
			if msg.Header.MsgType == "status" {
				var st struct {
					State string `json:"execution_state"`
				}
				_ = json.Unmarshal(msg.Content, &st)
				if st.State == "idle" {
					res.Idle = true
				}
			}
		case <-c.done:
			return res, errors.New("kernel process exited")
		case <-ctx.Done():
			return res, fmt.Errorf("%s: %w", msgType, ctx.Err())
		}
	}
	return res, nil
}

// Execute runs code and returns what it produced.
func (c *Client) Execute(ctx context.Context, code string) (*Result, error) {
	return c.Request(ctx, "shell", "execute_request", map[string]any{
		"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{},
		"allow_stdin": c.Input != nil, "stop_on_error": true,
	})
}

// Heartbeat sends one heartbeat ping and waits for the echo.
func (c *Client) Heartbeat(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() {
		if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
			errc <- err
			return
		}
		_, err := c.hb.Recv()
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
