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
	writes atomic.Int64
	mu     sync.Mutex
	held   bool
	buf    []byte
}

func (c *holdConn) Write(p []byte) (int, error) {
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

	// The writer takes m0 and is held up (its connections' lock taken)
	// while m1 and m2 are published: they wait in its queue.
	w := pub.(*pubSocket).sck.w.(*pubMWriter)
	qlen := func() int {
		w.qmu.Lock()
		defer w.qmu.Unlock()
		return w.q.Len()
	}
	wait("an empty queue", func() bool { return qlen() == 0 })
	before := conn.writes.Load()
	w.mu.Lock()
	locked := true
	defer func() {
		if locked {
			w.mu.Unlock()
		}
	}()
	if err := pub.Send(NewMsgString("m0")); err != nil {
		t.Fatal(err)
	}
	wait("the writer to take m0", func() bool { return qlen() == 0 })
	for i := 1; i < 3; i++ {
		if err := pub.Send(NewMsgString(fmt.Sprintf("m%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	w.mu.Unlock()
	locked = false
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
