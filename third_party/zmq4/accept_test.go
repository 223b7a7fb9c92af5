package zmq4

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"testing"
	"time"
)

// TestSilentPeerDoesNotStopAccept connects a peer that never sends its
// ZMTP greeting to a ROUTER, then a DEALER: the DEALER's request must reach
// the ROUTER and its reply come back. Upstream, the accept loop performed
// each handshake itself, so the silent peer stopped every later connection
// (a kernel that never answers its client; gonotes patch).
func TestSilentPeerDoesNotStopAccept(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	router := NewRouter(ctx, WithID(SocketIdentity("router")))
	defer router.Close()
	if err := router.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	addr := router.Addr().String()

	silent, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	time.Sleep(50 * time.Millisecond) // let the accept loop take the silent peer first

	// Upstream, the DEALER's own handshake never completes: everything
	// runs in a goroutine, bounded by the test's deadline.
	done := make(chan error, 1)
	go func() { done <- pingPong(ctx, router, addr) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		t.Fatal("no answer within 20 s: the silent peer blocks the router's accept loop")
	}
}

// pingPong connects a DEALER to the ROUTER at addr, sends "ping", expects
// it at the router and answers "pong".
func pingPong(ctx context.Context, router Socket, addr string) error {
	dealer := NewDealer(ctx, WithID(SocketIdentity("dealer")))
	defer dealer.Close()
	if err := dealer.Dial("tcp://" + addr); err != nil {
		return fmt.Errorf("dial: %w", err)
	}
	if err := dealer.Send(NewMsgString("ping")); err != nil {
		return fmt.Errorf("send: %w", err)
	}
	m, err := router.Recv()
	if err != nil {
		return fmt.Errorf("router recv: %w", err)
	}
	if len(m.Frames) != 2 || string(m.Frames[0]) != "dealer" || string(m.Frames[1]) != "ping" {
		return fmt.Errorf("router got %q, want [dealer ping]", m.Frames)
	}
	if err := router.Send(NewMsgFrom([]byte("dealer"), []byte("pong"))); err != nil {
		return fmt.Errorf("router send: %w", err)
	}
	m, err = dealer.Recv()
	if err != nil || len(m.Frames) != 1 || string(m.Frames[0]) != "pong" {
		return fmt.Errorf("dealer got %q, %v; want [pong]", m.Frames, err)
	}
	return nil
}

// TestSilentPeerIsDropped: a peer that stays silent past the handshake
// deadline is disconnected (libzmq's ZMQ_HANDSHAKE_IVL; gonotes patch).
func TestSilentPeerIsDropped(t *testing.T) {
	old := handshakeTimeout
	handshakeTimeout = 200 * time.Millisecond
	defer func() { handshakeTimeout = old }()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	router := NewRouter(ctx, WithLogger(log.New(io.Discard, "", 0)))
	defer router.Close()
	if err := router.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	silent, err := net.Dial("tcp", router.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	_ = silent.SetReadDeadline(time.Now().Add(10 * time.Second))
	buf := make([]byte, 256)
	for {
		// The router's greeting, then EOF when it gives up.
		if _, err := silent.Read(buf); err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatal("the silent peer is still connected after 10 s")
			}
			return
		}
	}
}
