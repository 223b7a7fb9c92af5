package multiprocessing

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Pipe methods.
const (
	pSend byte = 1 + iota
	pRecv
	pPoll
	pClose // a holder closes its handle
	pRef   // a handle is being sent: one more pending holder
	pClaim // a process received a handle: pending holder -> that process
)

// pipeImpl is the two ends of a Pipe. Each end is open while some
// process holds a handle to it (counted per process, and per handle in
// flight); when the last holder of an end closes it or ends, the other end
// reads EOF once its inbox is empty, as with Python's file descriptors.
type pipeImpl struct {
	mu      sync.Mutex
	inbox   [2]*queueImpl
	holders [2]map[*peer]int // nil key: this process
	pending [2]int
	closed  [2]bool
	hooked  map[*peer]bool
}

func newPipeImpl() *pipeImpl {
	p := &pipeImpl{hooked: map[*peer]bool{}}
	for i := range p.inbox {
		p.inbox[i] = newQueueImpl(0)
		p.holders[i] = map[*peer]int{nil: 1}
	}
	return p
}

// release drops n holds of from on end, closing the end when none is left;
// p.mu is held.
func (p *pipeImpl) release(end int, from *peer, n int) {
	p.holders[end][from] -= n
	if p.holders[end][from] <= 0 {
		delete(p.holders[end], from)
	}
	if len(p.holders[end]) == 0 && p.pending[end] <= 0 && !p.closed[end] {
		p.closed[end] = true
		p.inbox[1-end].setEOF()
	}
}

func (p *pipeImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	end := int(r.byte1())
	if r.err != nil || end > 1 {
		return stError, []byte("multiprocessing: bad pipe end")
	}
	switch method {
	case pSend:
		item := r.bytes()
		p.mu.Lock()
		closed := p.closed[1-end]
		p.mu.Unlock()
		if closed {
			return stError, []byte("BrokenPipeError: [Errno 32] Broken pipe")
		}
		return p.inbox[1-end].put(ctx, item, -1), nil
	case pRecv:
		return p.inbox[end].get(ctx, readTimeout(r))
	case pPoll:
		return p.inbox[end].poll(ctx, readTimeout(r)), nil
	case pClose:
		p.mu.Lock()
		p.release(end, ctx.from, 1)
		p.mu.Unlock()
		return stOK, nil
	case pRef:
		p.mu.Lock()
		p.pending[end]++
		p.mu.Unlock()
		return stOK, nil
	case pClaim:
		p.mu.Lock()
		p.pending[end]--
		p.holders[end][ctx.from]++
		if from := ctx.from; from != nil && !p.hooked[from] {
			p.hooked[from] = true
			p.mu.Unlock()
			from.addCloseHook(func() {
				p.mu.Lock()
				defer p.mu.Unlock()
				for e := range p.holders {
					if n := p.holders[e][from]; n > 0 {
						p.release(e, from, n)
					}
				}
			})
			return stOK, nil
		}
		p.mu.Unlock()
		return stOK, nil
	}
	return stError, []byte(fmt.Sprintf("multiprocessing: unknown pipe method %d", method))
}

// Conn is one end of a [Pipe], like Python's multiprocessing.connection.Connection.
// Pass it to a child in its Args to talk to the child.
type Conn struct {
	ref                *objRef
	end                int
	readable, writable bool
	closed             atomic.Bool
}

// Pipe returns the two ends of a new pipe, like Python's Pipe(duplex=True).
// With duplex false (Pipe(false)) the pipe is one-way: the first end can
// only receive and the second can only send.
func Pipe(duplex ...bool) (*Conn, *Conn) {
	d := len(duplex) == 0 || duplex[0]
	impl := newPipeImpl()
	// Each end has its own handle (its own id once shared) on the same
	// pipe; the extra says which end and which directions.
	return &Conn{ref: localRef(impl, []byte{0, 1, b2i(d)}), end: 0, readable: true, writable: d},
		&Conn{ref: localRef(impl, []byte{1, b2i(d), 1}), end: 1, readable: d, writable: true}
}

func (c *Conn) objref() *objRef {
	if c.ref == nil {
		panic(errors.New("OSError: handle is closed (a zero Conn; use Pipe)"))
	}
	return c.ref
}

func (c *Conn) args(extra int) *wbuf {
	w := &wbuf{b: make([]byte, 0, 8+extra)}
	w.byte1(byte(c.end))
	return w
}

// onSend counts the handle being sent (see pipeImpl).
func (c *Conn) onSend() error {
	if c.closed.Load() {
		return errors.New("OSError: handle is closed")
	}
	st, res := c.objref().call(pRef, c.args(0).b)
	return statusError(st, res)
}

// connFromRef makes the Conn of a received handle and claims it for this
// process.
func connFromRef(r *objRef) (shareable, error) {
	if len(r.extra) != 3 || r.extra[0] > 1 {
		return nil, errShort
	}
	c := &Conn{ref: r, end: int(r.extra[0]), readable: r.extra[1] == 1, writable: r.extra[2] == 1}
	if err := r.cast(pClaim, c.args(0).b); err != nil {
		return nil, err
	}
	return c, nil
}

var errHandleClosed = errors.New("OSError: handle is closed")

// Send sends v to the other end. v is copied (serialised); a value that
// cannot be sent gives an error.
func (c *Conn) Send(v any) error {
	if c.closed.Load() {
		return errHandleClosed
	}
	if !c.writable {
		return errors.New("OSError: connection is read-only")
	}
	item, err := encodeValue(v)
	if err != nil {
		return fmt.Errorf("multiprocessing: cannot send %s through a Pipe: %w", typeString(typeOf(v)), err)
	}
	w := c.args(len(item) + 4)
	w.bytes(item)
	r := c.objref()
	if r.local == nil {
		return r.cast(pSend, w.b)
	}
	st, res := r.call(pSend, w.b)
	return statusError(st, res)
}

// Recv waits for the next value sent from the other end and returns it;
// it returns io.EOF (Python's EOFError) when nothing is left and the other
// end is closed. If the calling cell is interrupted, it panics with
// hook.KeyboardInterrupt.
func (c *Conn) Recv() (any, error) {
	if c.closed.Load() {
		return nil, errHandleClosed
	}
	if !c.readable {
		return nil, errors.New("OSError: connection is write-only")
	}
	w := c.args(8)
	timeoutArg(w, -1)
	st, res := c.objref().call(pRecv, w.b)
	switch st {
	case stOK:
		v, err := decodeValue(res)
		if err != nil {
			return nil, fmt.Errorf("multiprocessing: cannot receive from a Pipe: %w", err)
		}
		return v, nil
	case stEOF:
		return nil, io.EOF
	}
	return nil, statusError(st, res)
}

// SendBytes sends the bytes b as one message (Python's send_bytes), which
// the other end gets with RecvBytes.
func (c *Conn) SendBytes(b []byte) error {
	if b == nil {
		b = []byte{}
	}
	return c.Send(b)
}

// RecvBytes waits for a message sent with SendBytes and returns its bytes
// (Python's recv_bytes); it returns io.EOF as Recv does.
func (c *Conn) RecvBytes() ([]byte, error) {
	v, err := c.Recv()
	if err != nil {
		return nil, err
	}
	b, ok := v.([]byte)
	if !ok {
		return nil, fmt.Errorf("multiprocessing: RecvBytes got a %s, not the bytes of a SendBytes", typeString(typeOf(v)))
	}
	return b, nil
}

// Poll reports whether there is something to Recv (a value, or EOF).
func (c *Conn) Poll() bool { return c.PollTimeout(0) }

// PollTimeout waits at most d for something to Recv and reports whether
// there is.
func (c *Conn) PollTimeout(d time.Duration) bool {
	if c.closed.Load() {
		panic(errHandleClosed)
	}
	if !c.readable {
		panic(errors.New("OSError: connection is write-only"))
	}
	w := c.args(8)
	timeoutArg(w, max(d, 0))
	st, _ := c.objref().call(pPoll, w.b)
	return st == stOK
}

// Close closes this handle of the end. Once every process holding the end
// has closed it (or ended), the other end's Recv returns io.EOF.
func (c *Conn) Close() error {
	if c.closed.Swap(true) {
		return nil
	}
	st, res := c.objref().call(pClose, c.args(0).b)
	return statusError(st, res)
}

// Closed reports whether Close was called on this handle.
func (c *Conn) Closed() bool { return c.closed.Load() }

// Readable reports whether this end can receive.
func (c *Conn) Readable() bool { return c.readable }

// Writable reports whether this end can send.
func (c *Conn) Writable() bool { return c.writable }

// String returns a Python-like repr.
func (c *Conn) String() string {
	return fmt.Sprintf("<multiprocessing.connection.Connection object at %p>", c)
}

func init() {
	registerHandle(kConn, (*Conn)(nil), connFromRef)
}
