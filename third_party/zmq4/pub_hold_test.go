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

// gonotes patch: the messages a PUB socket has queued when its writer
// gets to them leave a connection that can hold its writes in one write,
// in order.
func TestPubSendsQueuedMessagesInOneWrite(t *testing.T) {
	ht := holdTransport{Transport: transport.New("tcp"), conns: make(chan *holdConn, 1)}
	if err := RegisterTransport("holdtest", ht); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
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
	conn := <-ht.conns
	// Publish until the subscription is live.
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
	for live := false; !live; {
		if err := pub.Send(NewMsgString("ping")); err != nil {
			t.Fatal(err)
		}
		select {
		case <-got:
			live = true
		case <-time.After(50 * time.Millisecond):
		}
	}
	for len(got) > 0 {
		<-got
	}

	// The writer is held up (its connections' lock taken) while three
	// messages are published: it has at most one of them in hand, and
	// the others wait in its queue.
	w := pub.(*pubSocket).sck.w.(*pubMWriter)
	w.mu.Lock()
	before := conn.writes.Load()
	for i := 0; i < 3; i++ {
		if err := pub.Send(NewMsgString(fmt.Sprintf("m%d", i))); err != nil {
			w.mu.Unlock()
			t.Fatal(err)
		}
	}
	for {
		w.qmu.Lock()
		n := w.q.Len()
		w.qmu.Unlock()
		if n >= 2 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	w.mu.Unlock()
	for i := 0; i < 3; i++ {
		m, ok := <-got
		if !ok {
			t.Fatal("subscriber closed")
		}
		if want := fmt.Sprintf("m%d", i); !bytes.Equal(m.Frames[0], []byte(want)) {
			t.Fatalf("message %d = %q, want %q", i, m.Frames[0], want)
		}
	}
	// A message alone is written as before (a header and a body: two
	// writes); the two or three queued behind the lock leave in one.
	if n := conn.writes.Load() - before; n > 3 {
		t.Errorf("three messages took %d writes, want at most 3 (one for those queued together)", n)
	}
}
