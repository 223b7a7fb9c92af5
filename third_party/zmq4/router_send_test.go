package zmq4

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestRouterSendsToItsPeerDirectly checks that a ROUTER's replies reach
// the peer they are for, in order, with two peers connected, and that a
// reply allocates no more than the send itself needs: upstream, each Send
// made a deadline context (a timer) and an errgroup, and started a
// goroutine that wrote the message (gonotes patch).
func TestRouterSendsToItsPeerDirectly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	router := NewRouter(ctx, WithID(SocketIdentity("router")))
	defer router.Close()
	if err := router.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	addr := "tcp://" + router.Addr().String()
	dealers := map[string]Socket{}
	for _, name := range []string{"a", "b"} {
		d := NewDealer(ctx, WithID(SocketIdentity(name)))
		defer d.Close()
		if err := d.Dial(addr); err != nil {
			t.Fatal(err)
		}
		// The router learns the peer's identity from its first message.
		if err := d.Send(NewMsgString("hello")); err != nil {
			t.Fatal(err)
		}
		if _, err := router.Recv(); err != nil {
			t.Fatal(err)
		}
		dealers[name] = d
	}
	for i := 0; i < 3; i++ {
		for _, name := range []string{"a", "b"} {
			body := fmt.Sprintf("%s%d", name, i)
			if err := router.Send(NewMsgFrom([]byte(name), []byte(body))); err != nil {
				t.Fatal(err)
			}
			m, err := dealers[name].Recv()
			if err != nil {
				t.Fatal(err)
			}
			if got := string(m.Frames[len(m.Frames)-1]); got != body {
				t.Errorf("%s received %q, want %q", name, got, body)
			}
		}
	}
	reply := NewMsgFrom([]byte("a"), []byte("x"))
	allocs := testing.AllocsPerRun(50, func() {
		if err := router.Send(reply); err != nil {
			t.Fatal(err)
		}
		if _, err := dealers["a"].Recv(); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("%.0f allocations per reply and its receipt", allocs)
	if allocs > 12 {
		t.Errorf("a reply and its receipt allocate %.0f times, want at most 12", allocs)
	}
}
