package zmq4

import (
	"context"
	"io"
	"net"
	"testing"
	"time"
)

// TestConnClosedWhenPeerEnds checks that a socket closes its end of a
// connection the peer ended (as libzmq does), so that the peer, which
// reads until the end, gets it, and no descriptor is left open (gonotes
// patch).
func TestConnClosedWhenPeerEnds(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dealer := NewDealer(ctx, WithID(SocketIdentity("client")), WithAutomaticReconnect(true), WithDialerRetry(20*time.Millisecond))
	defer dealer.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		raw, err := ln.Accept()
		if err != nil {
			t.Error(err)
			accepted <- nil
			return
		}
		if _, err := Open(raw, nullSecurity{}, Router, SocketIdentity("server"), true, nil); err != nil {
			t.Errorf("handshake: %v", err)
		}
		accepted <- raw
	}()
	if err := dealer.Dial("tcp://" + ln.Addr().String()); err != nil {
		t.Fatal(err)
	}
	raw := <-accepted
	if raw == nil {
		t.FailNow()
	}
	defer raw.Close()
	// The server ends its side; the client's socket sees the end, and
	// closes its own: the server reads to the end.
	if err := raw.(*net.TCPConn).CloseWrite(); err != nil {
		t.Fatal(err)
	}
	_ = raw.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.Copy(io.Discard, raw); err != nil {
		t.Fatalf("the client did not close its end of the connection: %v", err)
	}
}
