package multiprocessing

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// The wire protocol. Every process that owns shared objects (Queue, Lock,
// ...) serves them to the processes connected to it; a process talks to
// the owner of an object through one connection per owner. A child's first
// connection is the socket pair its parent gave it as file descriptor 3
// (the "control" connection, which also carries the child's task); other
// owners are reached through their unix socket in the session's temporary
// directory. Both ends of a connection run the same loop: either side may
// call objects the other owns.
//
// A frame is a 4-byte little-endian length, then an op byte and its body:
//
//	opHello  pid addr                    first frame on a dialed connection
//	opCall   req gid obj method args...  a call; the owner answers opReply
//	opCast   obj method args...          a call without answer (Queue.Put on an unbounded queue, Conn.Send)
//	opCancel req                         the caller gave up (interrupt): cancel call req
//	opReply  req status result...
//	opSync   req                         answered by opReply once every earlier frame was handled
//	opInit, opTask, opStop, opResult     the control protocol between a parent and its child (child.go)
//
// The owner handles casts and syncs in order on the connection's reader
// goroutine and every call in a goroutine of its own (a call may block: a
// Get on an empty queue), so a child's Put followed by its exit (which
// syncs first) is always seen by the parent.
const (
	opHello byte = 1 + iota
	opCall
	opCast
	opCancel
	opReply
	opSync
	opInit
	opTask
	opStop
	opResult
)

// Call statuses.
const (
	stOK       byte = iota
	stTimeout       // the call timed out, or would block (Empty, Full, a failed acquire)
	stCanceled      // the call was canceled (the caller's cell was interrupted)
	stEOF           // the other end of a Pipe was closed
	stError         // an error: message
	stPanic         // a programming error to raise in the caller: message
	stBroken        // a broken Barrier
	stLost          // the connection to the owner is gone (local only)
)

// maxFrame bounds a frame (a message, an argument, a queue item...): a
// longer one is refused by its sender with errTooLarge, and a peer that
// announces one is disconnected before anything is allocated for it.
// Below the bound, a frame's buffer grows with the bytes actually
// received, never to the announced length at once.
const maxFrame = 256 << 20

// errTooLarge is the error of a message longer than maxFrame.
type errTooLarge struct{ n int }

func (e *errTooLarge) Error() string {
	return fmt.Sprintf("multiprocessing: a message of %s is larger than the limit of %s between processes",
		byteSize(e.n), byteSize(maxFrame))
}

func byteSize(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

type frame struct {
	op   byte
	body []byte
}

// peer is one end of a connection between two processes.
type peer struct {
	conn net.Conn
	pid  int    // the process at the other end
	addr string // its owner address

	r    *bufio.Reader
	wmu  sync.Mutex
	w    *bufio.Writer
	werr error
	kick chan struct{}

	mu      sync.Mutex
	nextReq uint64
	waiting map[uint64]chan []byte   // calls made through this peer, by req
	serving map[uint64]chan struct{} // calls served, by req: closed to cancel

	closed   chan struct{}
	closeOne sync.Once

	// control receives opInit/opTask/opStop/opResult frames.
	control func(f frame)
	// onClose are called once the connection is closed.
	onClose []func()
}

// addCloseHook calls f when the connection closes (at once if it is
// closed).
func (p *peer) addCloseHook(f func()) {
	p.mu.Lock()
	select {
	case <-p.closed:
		p.mu.Unlock()
		f()
		return
	default:
	}
	p.onClose = append(p.onClose, f)
	p.mu.Unlock()
}

func newPeer(c net.Conn, pid int, addr string) *peer {
	p := &peer{
		conn:    c,
		pid:     pid,
		addr:    addr,
		r:       bufio.NewReaderSize(c, 64<<10),
		w:       bufio.NewWriterSize(c, 64<<10),
		kick:    make(chan struct{}, 1),
		waiting: map[uint64]chan []byte{},
		serving: map[uint64]chan struct{}{},
		closed:  make(chan struct{}),
	}
	return p
}

// start runs the reader and the flusher.
func (p *peer) start() {
	go p.readLoop()
	go p.flushLoop()
}

// close closes the connection; every call waiting on it ends with stLost
// and every call it serves is canceled.
func (p *peer) close() {
	p.closeOne.Do(func() {
		close(p.closed)
		p.conn.Close()
		p.mu.Lock()
		for _, c := range p.serving {
			close(c)
		}
		p.serving = map[uint64]chan struct{}{}
		hooks := p.onClose
		p.onClose = nil
		p.mu.Unlock()
		state.forgetPeer(p)
		for _, f := range hooks {
			f()
		}
	})
}

// send writes one frame; flush sends it now, else the flusher sends it
// soon, batched with the frames that follow.
func (p *peer) send(op byte, body []byte, flush bool) error {
	if len(body)+1 > maxFrame {
		return &errTooLarge{n: len(body) + 1}
	}
	var hdr [5]byte
	binary.LittleEndian.PutUint32(hdr[:4], uint32(len(body)+1))
	hdr[4] = op
	p.wmu.Lock()
	defer p.wmu.Unlock()
	if p.werr != nil {
		return p.werr
	}
	p.w.Write(hdr[:])
	p.w.Write(body)
	if flush {
		p.werr = p.w.Flush()
	} else {
		select {
		case p.kick <- struct{}{}:
		default:
		}
	}
	return p.werr
}

func (p *peer) flushLoop() {
	for {
		select {
		case <-p.kick:
		case <-p.closed:
			return
		}
		runtime.Gosched() // let a burst of casts gather in the buffer
		p.wmu.Lock()
		if p.w.Buffered() > 0 && p.werr == nil {
			p.werr = p.w.Flush()
		}
		p.wmu.Unlock()
	}
}

func (p *peer) readLoop() {
	defer p.close()
	var hdr [4]byte
	for {
		if _, err := io.ReadFull(p.r, hdr[:]); err != nil {
			return
		}
		n := binary.LittleEndian.Uint32(hdr[:])
		if n == 0 || n > maxFrame {
			fmt.Fprintf(os.Stderr, "multiprocessing: process %d announced a message of %d bytes (the limit is %d): connection closed\n", p.pid, n, maxFrame)
			return
		}
		buf, err := readBody(p.r, int(n))
		if err != nil {
			return
		}
		p.handle(frame{op: buf[0], body: buf[1:]})
	}
}

// readBody reads a frame of n bytes. Its buffer grows as the bytes
// arrive (doubling from 64 KiB), so that a peer announcing a large frame
// and sending little makes this process allocate little.
func readBody(r io.Reader, n int) ([]byte, error) {
	const step = 64 << 10
	if n <= step {
		buf := make([]byte, n)
		_, err := io.ReadFull(r, buf)
		return buf, err
	}
	buf := make([]byte, 0, step)
	for len(buf) < n {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, min(cap(buf), n-len(buf)))...)[:len(buf)]
		}
		m, err := io.ReadFull(r, buf[len(buf):min(cap(buf), n)])
		buf = buf[:len(buf)+m]
		if err != nil {
			return nil, err
		}
	}
	return buf, nil
}

func (p *peer) handle(f frame) {
	r := &rbuf{b: f.body}
	switch f.op {
	case opReply:
		req := r.uvarint()
		p.mu.Lock()
		c := p.waiting[req]
		delete(p.waiting, req)
		p.mu.Unlock()
		if c != nil {
			c <- r.b
		}
	case opCall:
		req, gid, obj, method := r.uvarint(), r.varint(), r.uvarint(), r.byte1()
		if r.err != nil {
			return
		}
		cancel := make(chan struct{})
		p.mu.Lock()
		p.serving[req] = cancel
		p.mu.Unlock()
		args := r.b
		go func() {
			st, res := dispatch(obj, &callCtx{cancel: cancel, who: ownerID{pid: p.pid, gid: gid}, from: p}, method, args)
			p.mu.Lock()
			delete(p.serving, req)
			p.mu.Unlock()
			w := &wbuf{b: make([]byte, 0, len(res)+12)}
			w.uvarint(req)
			w.byte1(st)
			w.b = append(w.b, res...)
			var big *errTooLarge
			if err := p.send(opReply, w.b, true); errors.As(err, &big) {
				// The result cannot reach the caller: it gets the error.
				w.b = w.b[:0]
				w.uvarint(req)
				w.byte1(stError)
				w.b = append(w.b, big.Error()...)
				p.send(opReply, w.b, true)
			}
		}()
	case opCast:
		obj, method := r.uvarint(), r.byte1()
		if r.err == nil {
			dispatch(obj, &callCtx{who: ownerID{pid: p.pid}, from: p}, method, r.b)
		}
	case opCancel:
		req := r.uvarint()
		p.mu.Lock()
		if c, ok := p.serving[req]; ok {
			close(c)
			delete(p.serving, req)
		}
		p.mu.Unlock()
	case opSync:
		w := &wbuf{}
		w.uvarint(r.uvarint())
		w.byte1(stOK)
		p.send(opReply, w.b, true)
	case opHello:
		p.pid = int(r.varint())
		p.addr = r.str()
		state.addPeer(p)
	default:
		if p.control != nil {
			p.control(f)
		}
	}
}

// errLost is the panic of a call whose owner went away.
var errLost = errors.New("multiprocessing: lost the connection to the process that owns this object")

// call calls method of object obj owned by the other end and waits for the
// answer. If the calling cell is interrupted, the call is canceled and call
// panics with hook.KeyboardInterrupt.
func (p *peer) call(obj uint64, method byte, args []byte) (byte, []byte) {
	c := make(chan []byte, 1)
	p.mu.Lock()
	p.nextReq++
	req := p.nextReq
	p.waiting[req] = c
	p.mu.Unlock()
	w := &wbuf{b: make([]byte, 0, len(args)+24)}
	w.uvarint(req)
	w.varint(hook.ThreadID())
	w.uvarint(obj)
	w.byte1(method)
	w.b = append(w.b, args...)
	if err := p.send(opCall, w.b, true); err != nil {
		p.forget(req)
		var big *errTooLarge
		if errors.As(err, &big) {
			return stError, []byte(big.Error())
		}
		return stLost, nil
	}
	select {
	case res := <-c:
		if len(res) == 0 {
			return stLost, nil
		}
		return res[0], res[1:]
	case <-p.closed:
		p.forget(req)
		return stLost, nil
	case <-hook.Current().Done():
		p.forget(req)
		cw := &wbuf{}
		cw.uvarint(req)
		p.send(opCancel, cw.b, true)
		panic(hook.KeyboardInterrupt)
	}
}

func (p *peer) forget(req uint64) {
	p.mu.Lock()
	delete(p.waiting, req)
	p.mu.Unlock()
}

// cast sends a call that has no answer.
func (p *peer) cast(obj uint64, method byte, args []byte) error {
	w := &wbuf{b: make([]byte, 0, len(args)+12)}
	w.uvarint(obj)
	w.byte1(method)
	w.b = append(w.b, args...)
	return p.send(opCast, w.b, false)
}

// sync waits until the other end has handled every frame sent so far.
func (p *peer) sync() error {
	c := make(chan []byte, 1)
	p.mu.Lock()
	p.nextReq++
	req := p.nextReq
	p.waiting[req] = c
	p.mu.Unlock()
	w := &wbuf{}
	w.uvarint(req)
	if err := p.send(opSync, w.b, true); err != nil {
		p.forget(req)
		return err
	}
	select {
	case <-c:
		return nil
	case <-p.closed:
		return fmt.Errorf("multiprocessing: connection to process %d closed", p.pid)
	}
}
