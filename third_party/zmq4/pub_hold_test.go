package zmq4

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4/transport"
)

// holdConn counts the writes reaching its connection, and holds writes
// between Hold and Flush (a writeHolder).
type holdConn struct {
	net.Conn
	writes  atomic.Int64
	gate    atomic.Pointer[chan struct{}] // if set, writes wait for it to close
	waiting atomic.Bool                   // a write waits at the gate
	mu      sync.Mutex
	held    bool
	buf     []byte
}

func (c *holdConn) Write(p []byte) (int, error) {
	if g := c.gate.Load(); g != nil {
		c.waiting.Store(true)
		<-*g
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held {
		c.buf = append(c.buf, p...)
		return len(p), nil
	}
	c.writes.Add(1)
	return c.Conn.Write(p)
}

func (c *holdConn) Hold() { c.mu.Lock(); c.held = true; c.mu.Unlock() }

func (c *holdConn) Flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.held = false
	if len(c.buf) == 0 {
		return nil
	}
	c.writes.Add(1)
	_, err := c.Conn.Write(c.buf)
	c.buf = nil
	return err
}

type holdTransport struct {
	transport.Transport
	conns chan *holdConn
}

type holdListener struct {
	net.Listener
	t holdTransport
}

func (t holdTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := t.Transport.Listen(ctx, addr)
	return holdListener{l, t}, err
}

func (l holdListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	h := &holdConn{Conn: c}
	l.t.conns <- h
	return h, nil
}

// holdT is the test transport, registered once (RegisterTransport refuses
// a name twice: go test -count=2).
var (
	holdT    = holdTransport{Transport: transport.New("tcp"), conns: make(chan *holdConn, 1)}
	holdOnce sync.Once
	holdErr  error
)

// gonotes patch: the messages a PUB socket has queued when its writer
// gets to them leave a connection that can hold its writes in one write,
// in order.
func TestPubSendsQueuedMessagesInOneWrite(t *testing.T) {
	holdOnce.Do(func() { holdErr = RegisterTransport("holdtest", holdT) })
	if holdErr != nil {
		t.Fatal(holdErr)
	}
	for len(holdT.conns) > 0 {
		<-holdT.conns // a connection of an earlier run
	}
	deadline := time.Now().Add(20 * time.Second)
	wait := func(what string, ready func() bool) {
		t.Helper()
		for !ready() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(time.Millisecond)
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	pub := NewPub(ctx)
	defer pub.Close()
	if err := pub.Listen("holdtest://" + addr); err != nil {
		t.Fatal(err)
	}
	sub := NewSub(ctx)
	defer sub.Close()
	if err := sub.Dial("tcp://" + addr); err != nil {
		t.Fatal(err)
	}
	if err := sub.SetOption(OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	var conn *holdConn
	select {
	case conn = <-holdT.conns:
	case <-time.After(time.Until(deadline)):
		t.Fatal("timed out waiting for the subscriber's connection")
	}
	got := make(chan Msg, 16)
	go func() {
		for {
			m, err := sub.Recv()
			if err != nil {
				close(got)
				return
			}
			got <- m
		}
	}()
	recv := func() Msg {
		t.Helper()
		select {
		case m, ok := <-got:
			if !ok {
				t.Fatal("subscriber closed")
			}
			return m
		case <-time.After(time.Until(deadline)):
			t.Fatal("timed out waiting for a message")
		}
		return Msg{}
	}
	// Publish until the subscription is live, then until a last message
	// arrives: the pings before it are all received.
	for live := false; !live; {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting for the subscription")
		}
		if err := pub.Send(NewMsgString("ping")); err != nil {
			t.Fatal(err)
		}
		select {
		case <-got:
			live = true
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := pub.Send(NewMsgString("sync")); err != nil {
		t.Fatal(err)
	}
	for string(recv().Frames[0]) != "sync" {
	}

	// The subscriber's sender takes m0 and is held up in its write while
	// m1 and m2 are published: they wait in its queue.
	before := conn.writes.Load()
	gate := make(chan struct{})
	conn.gate.Store(&gate)
	if err := pub.Send(NewMsgString("m0")); err != nil {
		t.Fatal(err)
	}
	wait("the sender to write m0", func() bool { return conn.waiting.Load() })
	for i := 1; i < 3; i++ {
		if err := pub.Send(NewMsgString(fmt.Sprintf("m%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	conn.gate.Store(nil)
	close(gate)
	for i := 0; i < 3; i++ {
		m := recv()
		if want := fmt.Sprintf("m%d", i); !bytes.Equal(m.Frames[0], []byte(want)) {
			t.Fatalf("message %d = %q, want %q", i, m.Frames[0], want)
		}
	}
	// m0 alone is written as before (a header and a body: two writes); m1
	// and m2, queued together, leave in one.
	if n := conn.writes.Load() - before; n != 3 {
		t.Errorf("three messages took %d writes, want 3 (one for the two queued together)", n)
	}
}

// stallConn is a subscriber's connection whose writes block once stalled,
// as a client's whose TCP window is full because it stopped reading.
type stallConn struct {
	net.Conn
	stalled atomic.Bool
	release chan struct{}
}

func (c *stallConn) Write(p []byte) (int, error) {
	if c.stalled.Load() {
		<-c.release
	}
	return c.Conn.Write(p)
}

type stallTransport struct {
	transport.Transport
	conns chan *stallConn
}

type stallListener struct {
	net.Listener
	t stallTransport
}

func (t stallTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := t.Transport.Listen(ctx, addr)
	return stallListener{l, t}, err
}

func (l stallListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	s := &stallConn{Conn: c, release: make(chan struct{})}
	l.t.conns <- s
	return s, nil
}

var (
	stallT    = stallTransport{Transport: transport.New("tcp"), conns: make(chan *stallConn, 2)}
	stallOnce sync.Once
	stallErr  error
)

// A subscriber that stops reading must not stop the PUB socket for the
// others (upstream, one goroutine wrote every message to each subscriber in
// turn: the first blocked write blocked them all, for ever). Its messages
// wait in a bounded queue of its own, then are dropped, as libzmq drops
// them at a subscriber's high-water mark.
func TestPubStalledSubscriberDoesNotBlockOthers(t *testing.T) {
	stallOnce.Do(func() { stallErr = RegisterTransport("stalltest", stallT) })
	if stallErr != nil {
		t.Fatal(stallErr)
	}
	for len(stallT.conns) > 0 {
		<-stallT.conns // a connection of an earlier run
	}
	deadline := time.Now().Add(30 * time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	pub := NewPub(ctx)
	defer pub.Close()
	if err := pub.Listen("stalltest://" + addr); err != nil {
		t.Fatal(err)
	}
	subs := make([]Socket, 2)
	conns := make([]*stallConn, 2)
	for i := range subs {
		subs[i] = NewSub(ctx)
		defer subs[i].Close()
		if err := subs[i].Dial("tcp://" + addr); err != nil {
			t.Fatal(err)
		}
		if err := subs[i].SetOption(OptionSubscribe, ""); err != nil {
			t.Fatal(err)
		}
		select {
		case conns[i] = <-stallT.conns:
		case <-time.After(time.Until(deadline)):
			t.Fatal("timed out waiting for a subscriber's connection")
		}
	}
	defer close(conns[0].release)
	// Publish until both subscriptions are live.
	w := pub.(*pubSocket).sck.w.(*pubMWriter)
	for {
		w.mu.Lock()
		ready := len(w.ws) == 2 && w.ws[0].conn.subscribed("x") && w.ws[1].conn.subscribed("x")
		w.mu.Unlock()
		if ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting for the subscriptions")
		}
		time.Sleep(5 * time.Millisecond)
	}
	conns[0].stalled.Store(true)

	// The stalled subscriber's sender may hold one batch, up to a whole
	// queue (pubSubHWM), in a write that blocks; beyond that and a full
	// queue, messages must be dropped.
	// The publisher waits for the reading subscriber to keep up (within
	// half a queue): a PUB socket drops what a slow reader's full queue
	// cannot take, so a reader outpaced by the scheduler would miss
	// messages and wait for them forever.
	const n = 2*pubSubHWM + 500
	got := make(chan int, 1)
	var read atomic.Int64
	go func() {
		for i := 0; i < n; i++ {
			if _, err := subs[1].Recv(); err != nil {
				got <- i
				return
			}
			read.Add(1)
		}
		got <- n
	}()
	for i := 0; i < n; i++ {
		for int64(i)-read.Load() > pubSubHWM/2 {
			if time.Now().After(deadline) {
				t.Fatalf("the reading subscriber stopped getting messages after %d of %d: the stalled one blocks the socket", read.Load(), n)
			}
			time.Sleep(time.Millisecond)
		}
		if err := pub.Send(NewMsgString(fmt.Sprintf("m%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case k := <-got:
		if k != n {
			t.Fatalf("the reading subscriber got %d messages of %d", k, n)
		}
	case <-time.After(time.Until(deadline)):
		t.Fatal("the reading subscriber stopped getting messages: the stalled one blocks the socket")
	}
	var stalled *pubSub
	w.mu.Lock()
	for _, s := range w.ws {
		if s.conn.rw == net.Conn(conns[0]) {
			stalled = s
		}
	}
	w.mu.Unlock()
	if stalled == nil {
		t.Fatal("the stalled subscriber is gone")
	}
	stalled.mu.Lock()
	queued, dropped := len(stalled.q), stalled.dropped
	stalled.mu.Unlock()
	if queued > pubSubHWM || dropped == 0 {
		t.Errorf("stalled subscriber: %d queued (at most %d), %d dropped (want some)", queued, pubSubHWM, dropped)
	}
}
