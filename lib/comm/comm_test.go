package comm

import (
	"sync"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

type sent struct {
	kind              string
	content, metadata map[string]any
}

// frontEnd binds the test's goroutine to a scope whose comm messages are
// recorded.
func frontEnd(t *testing.T) func() []sent {
	t.Helper()
	var mu sync.Mutex
	var msgs []sent
	s := hook.NewScope(1, nil, nil)
	s.Comm = func(kind string, content, metadata map[string]any) {
		mu.Lock()
		msgs = append(msgs, sent{kind, content, metadata})
		mu.Unlock()
	}
	t.Cleanup(hook.Bind(s))
	return func() []sent {
		mu.Lock()
		defer mu.Unlock()
		return append([]sent(nil), msgs...)
	}
}

func TestOpenSendClose(t *testing.T) {
	msgs := frontEnd(t)
	c := Open("my_target", map[string]any{"x": 1}, map[string]any{"version": "1"})
	c.Send(map[string]any{"n": 2})
	done := make(chan struct{})
	go func() { // a goroutine of no cell: sent through the comm's scope
		defer close(done)
		c.Send(map[string]any{"n": 3})
	}()
	<-done
	c.Close(nil)
	c.Send(map[string]any{"n": 4}) // after Close: nothing
	got := msgs()
	if len(got) != 4 {
		t.Fatalf("sent %d messages, want 4: %v", len(got), got)
	}
	if got[0].kind != "comm_open" || got[0].content["target_name"] != "my_target" || got[0].content["comm_id"] != c.ID() ||
		got[0].content["data"].(map[string]any)["x"] != 1 || got[0].metadata["version"] != "1" {
		t.Errorf("open = %+v", got[0])
	}
	if got[1].kind != "comm_msg" || got[1].content["data"].(map[string]any)["n"] != 2 || got[2].content["data"].(map[string]any)["n"] != 3 {
		t.Errorf("msgs = %+v %+v", got[1], got[2])
	}
	if got[3].kind != "comm_close" || !c.Closed() || Lookup(c.ID()) != nil {
		t.Errorf("close = %+v, closed %v", got[3], c.Closed())
	}
}

func TestFrontEndMessages(t *testing.T) {
	msgs := frontEnd(t)
	c := Open("t", nil, nil)
	var got []any
	c.OnMsg(func(data map[string]any) { got = append(got, data["v"]) })
	closed := false
	c.OnClose(func(map[string]any) { closed = true })
	if !hook.HandleComm("comm_msg", map[string]any{"comm_id": c.ID(), "data": map[string]any{"v": "a"}}) {
		t.Error("comm_msg not handled")
	}
	hook.HandleComm("comm_close", map[string]any{"comm_id": c.ID(), "data": map[string]any{}})
	if len(got) != 1 || got[0] != "a" || !closed || !c.Closed() {
		t.Errorf("got %v, closed %v", got, closed)
	}
	// A comm opened by the front end to an unknown target is refused; to a
	// registered one, accepted.
	if hook.HandleComm("comm_open", map[string]any{"comm_id": "x1", "target_name": "nobody"}) {
		t.Error("unknown target accepted")
	}
	RegisterTarget("echo", func(c *Comm, data map[string]any) {
		c.OnMsg(func(d map[string]any) { c.Send(d) })
	})
	defer RegisterTarget("echo", nil)
	if !hook.HandleComm("comm_open", map[string]any{"comm_id": "x2", "target_name": "echo", "data": map[string]any{}}) {
		t.Fatal("registered target refused")
	}
	hook.HandleComm("comm_msg", map[string]any{"comm_id": "x2", "data": map[string]any{"hi": true}})
	last := msgs()[len(msgs())-1]
	if last.kind != "comm_msg" || last.content["comm_id"] != "x2" || last.content["data"].(map[string]any)["hi"] != true {
		t.Errorf("echo = %+v", last)
	}
}

func TestPanickingCallbackIsReported(t *testing.T) {
	frontEnd(t)
	c := Open("t", nil, nil)
	c.OnMsg(func(map[string]any) { panic("boom") })
	if !hook.HandleComm("comm_msg", map[string]any{"comm_id": c.ID(), "data": map[string]any{}}) {
		t.Error("not handled")
	}
}
