// Copyright 2018 The go-zeromq Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package zmq4

import (
	"context"
	"fmt"
	"net"
	"sync"
)

// Topics is an interface that wraps the basic Topics method.
type Topics interface {
	// Topics returns the sorted list of topics a socket is subscribed to.
	Topics() []string
}

// NewPub returns a new PUB ZeroMQ socket.
// The returned socket value is initially unbound.
func NewPub(ctx context.Context, opts ...Option) Socket {
	pub := &pubSocket{sck: newSocket(ctx, Pub, opts...)}
	pub.sck.w = newPubMWriter(pub.sck.ctx)
	pub.sck.r = newPubQReader(pub.sck.ctx)
	return pub
}

// pubSocket is a PUB ZeroMQ socket.
type pubSocket struct {
	sck *socket
}

// Close closes the open Socket
func (pub *pubSocket) Close() error {
	return pub.sck.Close()
}

// Send puts the message on the outbound send queue.
// Send blocks until the message can be queued or the send deadline expires.
func (pub *pubSocket) Send(msg Msg) error {
	ctx, cancel := context.WithTimeout(pub.sck.ctx, pub.sck.Timeout())
	defer cancel()
	return pub.sck.w.write(ctx, msg)
}

// SendMulti puts the message on the outbound send queue.
// SendMulti blocks until the message can be queued or the send deadline expires.
// The message will be sent as a multipart message.
func (pub *pubSocket) SendMulti(msg Msg) error {
	msg.multipart = true
	ctx, cancel := context.WithTimeout(pub.sck.ctx, pub.sck.Timeout())
	defer cancel()
	return pub.sck.w.write(ctx, msg)
}

// Recv receives a complete message.
func (*pubSocket) Recv() (Msg, error) {
	msg := Msg{err: fmt.Errorf("zmq4: PUB sockets can't recv messages")}
	return msg, msg.err
}

// Listen connects a local endpoint to the Socket.
func (pub *pubSocket) Listen(ep string) error {
	return pub.sck.Listen(ep)
}

// Dial connects a remote endpoint to the Socket.
func (pub *pubSocket) Dial(ep string) error {
	return pub.sck.Dial(ep)
}

// Type returns the type of this Socket (PUB, SUB, ...)
func (pub *pubSocket) Type() SocketType {
	return pub.sck.Type()
}

// Addr returns the listener's address.
// Addr returns nil if the socket isn't a listener.
func (pub *pubSocket) Addr() net.Addr {
	return pub.sck.Addr()
}

// GetOption is used to retrieve an option for a socket.
func (pub *pubSocket) GetOption(name string) (interface{}, error) {
	return pub.sck.GetOption(name)
}

// SetOption is used to set an option for a socket.
func (pub *pubSocket) SetOption(name string, value interface{}) error {
	err := pub.sck.SetOption(name, value)
	if err != nil {
		return err
	}

	if name != OptionHWM {
		return ErrBadProperty
	}

	hwm, ok := value.(int)
	if !ok {
		return ErrBadProperty
	}

	w := pub.sck.w.(*pubMWriter)
	w.mu.Lock() // gonotes patch: the writer's lock
	w.hwm = hwm
	w.mu.Unlock()
	return nil
}

// Topics returns the sorted list of topics a socket is subscribed to.
func (pub *pubSocket) Topics() []string {
	return pub.sck.topics()
}

// pubQReader is a queued-message reader.
type pubQReader struct {
	ctx context.Context

	mu sync.RWMutex
	rs []*Conn
	c  chan Msg

	sem *semaphore // ready when a connection is live.

	// xpub makes subscriptions readable with Recv, as libzmq's XPUB
	// (with ZMQ_XPUB_VERBOSE: every subscription, repeated ones too).
	xpub bool // gonotes patch
}

func newPubQReader(ctx context.Context) *pubQReader {
	const qrsize = 10
	return &pubQReader{
		ctx: ctx,
		c:   make(chan Msg, qrsize),
		sem: newSemaphore(),
	}
}

func (q *pubQReader) Close() error {
	q.mu.RLock()
	var err error
	for _, r := range q.rs {
		e := r.Close()
		if e != nil && err == nil {
			err = e
		}
	}
	q.rs = nil
	q.mu.RUnlock()
	return err
}

func (q *pubQReader) addConn(r *Conn) {
	q.mu.Lock()
	q.sem.enable()
	q.rs = append(q.rs, r)
	q.mu.Unlock()
	go q.listen(q.ctx, r)
}

func (q *pubQReader) rmConn(r *Conn) {
	q.mu.Lock()
	defer q.mu.Unlock()

	cur := -1
	for i := range q.rs {
		if q.rs[i] == r {
			cur = i
			break
		}
	}
	if cur >= 0 {
		q.rs = append(q.rs[:cur], q.rs[cur+1:]...)
	}
}

func (q *pubQReader) read(ctx context.Context, msg *Msg) error {
	q.sem.lock(ctx)
	select {
	case <-ctx.Done():
		return ctx.Err() // gonotes patch: a closed socket's Recv fails (it returned an empty message and no error)
	case *msg = <-q.c:
	}
	return msg.err
}

func (q *pubQReader) listen(ctx context.Context, r *Conn) {
	defer q.rmConn(r)
	defer r.Close()

	for {
		msg := r.read()
		select {
		case <-ctx.Done():
			return
		default:
			if msg.err != nil {
				return
			}
			switch {
			case q.topic(msg):
				r.subscribe(msg)
				if q.xpub { // gonotes patch: an XPUB socket delivers subscriptions to Recv
					select {
					case q.c <- msg:
					case <-ctx.Done():
						return
					}
				}
			default:
				q.c <- msg
			}
		}
	}
}

func (q *pubQReader) topic(msg Msg) bool {
	if len(msg.Frames) != 1 {
		return false
	}
	frame := msg.Frames[0]
	if len(frame) == 0 {
		return false
	}
	topic := frame[0]
	return topic == 0 || topic == 1
}

type pubMWriter struct {
	ctx context.Context
	mu  sync.Mutex
	ws  []*pubSub // gonotes patch: a queue and a sender per subscriber
	hwm int       // gonotes patch: of each subscriber (0: pubSubHWM), under mu
}

// pubSubHWM and pubSubMaxBytes bound what waits for one subscriber (gonotes
// patch): beyond either, its messages are dropped, as libzmq's PUB socket
// drops the messages of a subscriber that reached its high-water mark.
const (
	pubSubHWM      = 10000
	pubSubMaxBytes = 64 << 20
)

// pubSub is one subscriber of a PUB socket: the messages for it wait in q
// until its own goroutine sends them (gonotes patch). Upstream, one
// goroutine sent each message to every subscriber in turn, so a
// subscriber that stopped reading (a suspended client whose TCP window is
// full) blocked the socket for every other subscriber, for ever.
type pubSub struct {
	conn    *Conn
	mu      sync.Mutex
	cond    *sync.Cond
	q       []Msg
	bytes   int
	closed  bool
	dropped int64 // messages dropped because q was full
}

func newPubSub(c *Conn) *pubSub {
	s := &pubSub{conn: c}
	s.cond = sync.NewCond(&s.mu)
	go s.run()
	return s
}

// push queues msg if the subscriber subscribed to it, or drops it beyond
// the subscriber's bounds (hwm messages, pubSubHWM if 0).
func (s *pubSub) push(msg Msg, hwm int) {
	if !s.conn.subscribed(string(msg.Frames[0])) {
		return
	}
	if hwm <= 0 {
		hwm = pubSubHWM
	}
	size := 0
	for _, f := range msg.Frames {
		size += len(f)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	if len(s.q) >= hwm || s.bytes+size > pubSubMaxBytes {
		s.dropped++
		return
	}
	s.q = append(s.q, msg)
	s.bytes += size
	s.cond.Signal()
}

// run sends the subscriber's messages, all those queued at once in one
// write when its connection can hold its writes.
func (s *pubSub) run() {
	var msgs []Msg
	for {
		s.mu.Lock()
		for len(s.q) == 0 && !s.closed {
			s.cond.Wait()
		}
		if s.closed {
			s.q = nil
			s.mu.Unlock()
			return
		}
		msgs = append(msgs[:0], s.q...)
		clear(s.q)
		s.q = s.q[:0]
		s.bytes = 0
		s.mu.Unlock()
		h, hold := s.conn.rw.(writeHolder)
		if hold && len(msgs) > 1 {
			h.Hold()
		}
		for _, msg := range msgs {
			_ = s.conn.SendMsg(msg)
		}
		if hold && len(msgs) > 1 {
			_ = h.Flush()
		}
		clear(msgs) // keep no sent message alive
	}
}

// close ends the subscriber's sender and closes its connection.
func (s *pubSub) close() error {
	s.mu.Lock()
	s.closed = true
	s.cond.Signal()
	s.mu.Unlock()
	return s.conn.Close()
}

func newPubMWriter(ctx context.Context) *pubMWriter {
	return &pubMWriter{ctx: ctx} // gonotes patch: no queue of its own (see write)
}

// writeHolder is a net.Conn that can hold its writes until Flush (gonotes
// patch).
type writeHolder interface {
	Hold()
	Flush() error
}

func (w *pubMWriter) Close() error {
	w.mu.Lock()
	var err error
	for _, ww := range w.ws {
		e := ww.close()
		if e != nil && err == nil {
			err = e
		}
	}
	w.ws = nil
	w.mu.Unlock()
	return err
}

func (mw *pubMWriter) addConn(w *Conn) {
	mw.mu.Lock()
	mw.ws = append(mw.ws, newPubSub(w)) // gonotes patch
	mw.mu.Unlock()
}

func (mw *pubMWriter) rmConn(w *Conn) {
	mw.mu.Lock()
	defer mw.mu.Unlock()

	cur := -1
	for i := range mw.ws {
		if mw.ws[i].conn == w { // gonotes patch
			cur = i
			mw.ws[i].close()
			break
		}
	}
	if cur >= 0 {
		mw.ws = append(mw.ws[:cur], mw.ws[cur+1:]...)
	}
}

// write queues msg for each subscriber (gonotes patch: upstream queued it
// for a goroutine that sent it to each subscriber in turn; see pubSub).
func (w *pubMWriter) write(ctx context.Context, msg Msg) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, ws := range w.ws {
		ws.push(msg, w.hwm)
	}
	return nil
}

var (
	_ rpool  = (*pubQReader)(nil)
	_ wpool  = (*pubMWriter)(nil)
	_ Socket = (*pubSocket)(nil)
	_ Topics = (*pubSocket)(nil)
)
