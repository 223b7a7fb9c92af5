package zmq4

import (
	"context"
	"testing"
	"time"
)

// waitFor polls cond until it holds or the test's patience ends.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting: %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestRouterHasPeer checks that a ROUTER tells whether a peer of an
// identity is connected, before and after the peer leaves and a new one
// of the same identity comes (as a client's DEALER reconnects to a kernel
// whose process was replaced), and that a message sent once it is
// connected reaches it (gonotes patch).
func TestRouterHasPeer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	router := NewRouter(ctx, WithID(SocketIdentity("router")))
	defer router.Close()
	if err := router.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	addr := "tcp://" + router.Addr().String()
	hp := router.(interface{ HasPeer([]byte) bool })
	if hp.HasPeer([]byte("a")) {
		t.Fatal("HasPeer(a) before any peer connected")
	}
	for round := 0; round < 2; round++ {
		d := NewDealer(ctx, WithID(SocketIdentity("a")))
		if err := d.Dial(addr); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "peer a connected", func() bool { return hp.HasPeer([]byte("a")) })
		if hp.HasPeer([]byte("b")) {
			t.Error("HasPeer(b) with only a connected")
		}
		if err := router.Send(NewMsgFrom([]byte("a"), []byte("hi"))); err != nil {
			t.Fatal(err)
		}
		m, err := d.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if got := string(m.Frames[len(m.Frames)-1]); got != "hi" {
			t.Errorf("round %d: a received %q, want %q", round, got, "hi")
		}
		d.Close()
		waitFor(t, "peer a gone", func() bool { return !hp.HasPeer([]byte("a")) })
	}
}
