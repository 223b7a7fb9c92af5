package kernel

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
	"golang.org/x/sys/unix"
)

// zmq4 writes every frame of a message with two write calls (its header,
// then its body) and reads each with two read calls, so that a Jupyter
// message of seven frames costs fourteen system calls and fourteen TCP
// segments on each side, each of which wakes the peer's I/O thread. The
// kernel's sockets therefore use transports of their own ("gonotes+tcp",
// "gonotes+ipc"): the same TCP and Unix connections, whose writes are held
// until a ZeroMQ message (or command) is complete and then leave in one
// write, and whose reads are buffered.

// zmtpTransports maps a connection file's transport to the registered
// zmq4 transport the kernel and the client use for it.
var zmtpTransports = map[string]string{"tcp": "gonotes+tcp", "ipc": "gonotes+ipc"}

var registerOnce sync.Once

// registerTransports registers the batching transports with zmq4, once.
func registerTransports() {
	registerOnce.Do(func() {
		for _, t := range []struct{ name, network, base string }{
			{"gonotes+tcp", "tcp", "tcp"},
			{"gonotes+ipc", "unix", "ipc"},
		} {
			if err := zmq4.RegisterTransport(t.name, batchTransport{base: transport.New(t.network)}); err != nil {
				panic(fmt.Sprintf("kernel: register transport %s: %v", t.name, err))
			}
		}
		if err := zmq4.RegisterTransport(fdTransportName, batchTransport{base: fdTransport{}}); err != nil {
			panic(fmt.Sprintf("kernel: register transport %s: %v", fdTransportName, err))
		}
	})
}

// zmqEndpoint is the endpoint the kernel's zmq4 sockets listen on or dial
// for port: endpoint's, with the batching transport.
func (ci ConnectionInfo) zmqEndpoint(port int) string {
	ep := ci.endpoint(port)
	if t, ok := zmtpTransports[ci.Transport]; ok {
		registerTransports()
		return t + ep[len(ci.Transport):]
	}
	return ep
}

// batchTransport is a zmq4 transport whose connections are zmtpConns.
type batchTransport struct {
	base transport.Transport
}

func (t batchTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	c, err := t.base.Dial(ctx, d, addr)
	if err != nil {
		return nil, err
	}
	return newZMTPConn(c), nil
}

func (t batchTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := t.base.Listen(ctx, addr)
	if err != nil {
		return nil, err
	}
	return batchListener{l}, nil
}

func (t batchTransport) Addr(ep string) (string, error) { return t.base.Addr(ep) }

type batchListener struct{ net.Listener }

func (l batchListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return newZMTPConn(c), nil
}

// ZMTP 3 framing (rfc.zeromq.org/spec/23): a 64-byte greeting, then frames
// of a flags byte, a size (one byte, or eight when flagLong is set) and a
// body. A message ends with a frame without flagMore; a command is one
// frame.
const (
	zmtpGreeting = 64
	flagMore     = 0x01
	flagLong     = 0x02
	flagCommand  = 0x04
	// bigChunk: a write at least this long is not copied into the
	// buffer; it leaves at once, with what was held before it, in one
	// writev.
	bigChunk = 32 << 10
)

// zmtpConn is a connection carrying ZMTP whose writes are held until a
// message, a command or the greeting is complete (they then leave in one
// write), and whose reads are buffered. It follows the outgoing byte
// stream to find where messages end; once a message is complete nothing
// is held, unless Hold asked for it (until Flush).
type zmtpConn struct {
	net.Conn
	r *bufio.Reader

	mu    sync.Mutex
	buf   []byte
	greet int     // greeting bytes still to come
	hdr   [9]byte // the header of the frame being written
	hn    int     // bytes of hdr seen; 0 between frames
	body  uint64  // body bytes of the current frame still to come
	last  bool    // the current frame ends a message or is a command
	held  bool    // Hold: complete messages wait for Flush
	err   error   // a failed write: the connection is broken
}

// Hold makes complete messages wait in the buffer until Flush, so that
// several leave in one write: zmq4's PUB socket (patched) holds a
// connection while it sends the messages queued together, e.g. a
// request's busy status and execute_input.
func (c *zmtpConn) Hold() {
	c.mu.Lock()
	c.held = true
	c.mu.Unlock()
}

// Flush writes what Hold kept, and ends the hold.
func (c *zmtpConn) Flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.held = false
	if c.err != nil || len(c.buf) == 0 {
		return c.err
	}
	return c.writeBuf(nil)
}

// writeBuf writes what is buffered followed by p, in one write, and empties
// the buffer; a failed write breaks the connection (c.mu held).
func (c *zmtpConn) writeBuf(p []byte) error {
	var err error
	switch {
	case len(c.buf) == 0:
		_, err = c.Conn.Write(p)
	case len(p) >= bigChunk:
		bufs := net.Buffers{c.buf, p}
		_, err = bufs.WriteTo(c.Conn)
	default:
		c.buf = append(c.buf, p...)
		_, err = c.Conn.Write(c.buf)
	}
	c.buf = c.buf[:0]
	if cap(c.buf) > bigChunk {
		c.buf = nil
	}
	if err != nil {
		c.err = err
	}
	return err
}

func newZMTPConn(c net.Conn) *zmtpConn {
	return &zmtpConn{Conn: c, r: bufio.NewReaderSize(c, 64<<10), greet: zmtpGreeting}
}

func (c *zmtpConn) Read(p []byte) (int, error) { return c.r.Read(p) }

// Write buffers p and writes what is buffered when p completes a message.
func (c *zmtpConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return 0, c.err
	}
	end := c.scan(p)
	if (!end || c.held) && len(p) < bigChunk {
		c.buf = append(c.buf, p...)
		return len(p), nil
	}
	if err := c.writeBuf(p); err != nil {
		return 0, err
	}
	return len(p), nil
}

// scan follows the ZMTP framing over p, the next bytes written, and
// reports whether p ends at the end of the greeting, a message or a
// command. (zmq4 writes a frame's header and body in separate calls, so
// that a message never ends inside p.)
func (c *zmtpConn) scan(p []byte) (end bool) {
	for len(p) > 0 {
		end = false
		switch {
		case c.greet > 0:
			n := min(c.greet, len(p))
			c.greet -= n
			p = p[n:]
			end = c.greet == 0
		case c.body > 0:
			n := uint64(len(p))
			if n > c.body {
				n = c.body
			}
			c.body -= n
			p = p[n:]
			end = c.body == 0 && c.last
		default:
			// A header byte.
			c.hdr[c.hn] = p[0]
			c.hn++
			p = p[1:]
			flags := c.hdr[0]
			size := 2
			if flags&flagLong != 0 {
				size = 9
			}
			if c.hn < size {
				continue
			}
			var n uint64
			for _, b := range c.hdr[1:size] {
				n = n<<8 | uint64(b)
			}
			c.hn, c.body = 0, n
			c.last = flags&flagMore == 0 || flags&flagCommand != 0
			end = n == 0 && c.last
		}
	}
	return end
}

// fdTransportName is the transport of a socket that listens on a
// listening socket inherited from the parent process: "gonotes+fd://N"
// listens on file descriptor N (see ListenerSockets).
const fdTransportName = "gonotes+fd"

// fdTransport listens on an inherited listening socket, given by its file
// descriptor; it dials nothing.
type fdTransport struct{}

func (fdTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	return nil, fmt.Errorf("kernel: %s dials nothing (%s)", fdTransportName, addr)
}

// Listen makes a listener of a copy of descriptor addr ("N", or "N+K":
// each connection accepted is also sent to the Unix socket K, see
// keepListener); the descriptor itself stays open.
func (fdTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	fdText, keepText, keeps := strings.Cut(addr, "+")
	fd, err := strconv.Atoi(fdText)
	if err != nil || fd < 0 {
		return nil, fmt.Errorf("kernel: %s: bad descriptor %q", fdTransportName, addr)
	}
	keep := -1
	if keeps {
		if keep, err = strconv.Atoi(keepText); err != nil || keep < 0 {
			return nil, fmt.Errorf("kernel: %s: bad descriptor %q", fdTransportName, addr)
		}
	}
	// A copy of fd, so that fd itself stays open (an os.File of it would
	// close it when collected); FileListener makes another.
	dup, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("kernel: %s: descriptor %d: %w", fdTransportName, fd, err)
	}
	f := os.NewFile(uintptr(dup), "listener-"+addr)
	defer f.Close()
	l, err := net.FileListener(f)
	if err != nil {
		return nil, fmt.Errorf("kernel: %s: descriptor %d: %w", fdTransportName, fd, err)
	}
	if keep >= 0 {
		return keepListener{Listener: l, keep: keep}, nil
	}
	return l, nil
}

// keepListener sends each connection it accepts to the Unix socket keep
// (SCM_RIGHTS): a supervised child's shell connections, whose copies its
// supervisor keeps, so that a request still unread when the child dies
// stays in the connection for the next child (see Supervisor).
type keepListener struct {
	net.Listener
	keep int
}

func (l keepListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	if sc, ok := c.(syscall.Conn); ok {
		if rc, err := sc.SyscallConn(); err == nil {
			_ = rc.Control(func(fd uintptr) {
				_ = unix.Sendmsg(l.keep, []byte{0}, unix.UnixRights(int(fd)), nil, 0)
			})
		}
	}
	return shutConn{c}, nil
}

// shutConn is a connection whose Close shuts it down first: another
// process holds a copy of it (keepListener), and a close alone would
// leave it open.
type shutConn struct{ net.Conn }

func (c shutConn) Close() error {
	if sc, ok := c.Conn.(syscall.Conn); ok {
		if rc, err := sc.SyscallConn(); err == nil {
			_ = rc.Control(func(fd uintptr) { _ = unix.Shutdown(int(fd), unix.SHUT_RDWR) })
		}
	}
	return c.Conn.Close()
}

func (fdTransport) Addr(ep string) (string, error) { return ep, nil }
