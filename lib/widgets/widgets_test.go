package widgets

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

type msg struct {
	kind              string
	content, metadata map[string]any
}

type frontEnd struct {
	mu   sync.Mutex
	msgs []msg
}

// newFrontEnd binds the test to a scope recording comm messages, each
// through JSON as the kernel sends it.
func newFrontEnd(t *testing.T) *frontEnd {
	t.Helper()
	f := &frontEnd{}
	s := hook.NewScope(1, nil, nil)
	s.Comm = func(kind string, content, metadata map[string]any) {
		b, err := json.Marshal(content)
		if err != nil {
			t.Errorf("%s content does not encode: %v", kind, err)
		}
		var c map[string]any
		_ = json.Unmarshal(b, &c)
		f.mu.Lock()
		f.msgs = append(f.msgs, msg{kind, c, metadata})
		f.mu.Unlock()
	}
	t.Cleanup(hook.Bind(s))
	return f
}

func (f *frontEnd) opened(id string) msg {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, m := range f.msgs {
		if m.kind == "comm_open" && m.content["comm_id"] == id {
			return m
		}
	}
	return msg{}
}

// updates returns the states of the update messages sent to model id.
func (f *frontEnd) updates(id string) []map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []map[string]any
	for _, m := range f.msgs {
		if m.kind == "comm_msg" && m.content["comm_id"] == id {
			d := m.content["data"].(map[string]any)
			if d["method"] == "update" {
				out = append(out, d["state"].(map[string]any))
			}
		}
	}
	return out
}

func TestProgressOpensWithStateAndUpdates(t *testing.T) {
	f := newFrontEnd(t)
	p := &IntProgress{Max: 8, Description: "work"}
	b := p.MimeBundle()
	view := b[MimeType].(map[string]any)
	if view["model_id"] != p.ModelID() || view["version_major"] != 2 || view["version_minor"] != 0 {
		t.Errorf("view = %v", view)
	}
	if b["text/plain"] != "IntProgress(value=0, description='work', max=8)" {
		t.Errorf("text/plain = %q", b["text/plain"])
	}
	open := f.opened(p.ModelID())
	if open.content["target_name"] != "jupyter.widget" || open.metadata["version"] != "2.1.0" {
		t.Fatalf("comm_open = %+v", open)
	}
	st := open.content["data"].(map[string]any)["state"].(map[string]any)
	for k, want := range map[string]any{"_model_name": "IntProgressModel", "_model_module": "@jupyter-widgets/controls",
		"_model_module_version": "2.0.0", "_view_name": "ProgressView", "max": 8.0, "value": 0.0, "description": "work"} {
		if st[k] != want {
			t.Errorf("state[%s] = %v, want %v", k, st[k], want)
		}
	}
	for _, ref := range []string{"layout", "style"} {
		id := strings.TrimPrefix(st[ref].(string), "IPY_MODEL_")
		if f.opened(id).kind != "comm_open" {
			t.Errorf("%s model %s not opened before the widget", ref, id)
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); p.Add(1) }()
	}
	wg.Wait()
	hook.Flush() // as the kernel does when the cell ends
	ups := f.updates(p.ModelID())
	if len(ups) == 0 || len(ups) > 8 || p.Value() != 8 {
		t.Fatalf("%d updates, value %d", len(ups), p.Value())
	}
	if last := ups[len(ups)-1]["value"]; last != 8.0 {
		t.Errorf("last update = %v, want 8 (updates sent in order)", last)
	}
}

// TestUpdatesCoalesced checks that many changes make few updates (at most
// one per updateInterval, the latest value winning) and that the final
// state is sent by hook.Flush, which the kernel calls when the cell ends.
func TestUpdatesCoalesced(t *testing.T) {
	f := newFrontEnd(t)
	p := &IntProgress{Max: 10000}
	p.SetDescription("first") // the first update is sent at once
	if ups := f.updates(p.ModelID()); len(ups) != 1 || ups[0]["description"] != "first" {
		t.Fatalf("updates after the first change: %v", ups)
	}
	start := time.Now()
	for i := 0; i < 10000; i++ {
		p.Add(1)
	}
	p.SetBarStyle("success")
	hook.Flush()
	elapsed := time.Since(start)
	ups := f.updates(p.ModelID())
	// One update at once, then at most one per interval, then the flush's.
	if max := 2 + int(elapsed/updateInterval); len(ups) > max {
		t.Errorf("%d updates in %v, want at most %d", len(ups), elapsed, max)
	}
	last := ups[len(ups)-1]
	if last["value"] != 10000.0 || last["bar_style"] != "success" {
		t.Errorf("last update = %v, want value 10000 and bar_style success", last)
	}
	// Replaying the updates as a front end does gives the final state.
	state := map[string]any{}
	for _, u := range ups {
		for k, v := range u {
			state[k] = v
		}
	}
	if state["value"] != 10000.0 || state["description"] != "first" || state["bar_style"] != "success" {
		t.Errorf("front-end state = %v", state)
	}
	hook.Flush()
	if n := len(f.updates(p.ModelID())); n != len(ups) {
		t.Errorf("a second flush sent %d more updates", n-len(ups))
	}
}

// TestPendingUpdateSentByTimer checks that a coalesced change reaches the
// front end without a flush: the timer sends it once the interval is over.
func TestPendingUpdateSentByTimer(t *testing.T) {
	f := newFrontEnd(t)
	h := NewHTML("a")
	h.SetValue("b")
	h.SetValue("c")
	deadline := time.Now().Add(10 * time.Second)
	for {
		ups := f.updates(h.ModelID())
		if len(ups) > 0 && ups[len(ups)-1]["value"] == "c" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("updates = %v, want the last with value c", ups)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSliderAndButtonCallbacks(t *testing.T) {
	f := newFrontEnd(t)
	s := &IntSlider{Max: 10}
	var got []int
	s.OnChange(func(v int) { got = append(got, v) })
	hook.HandleComm("comm_msg", map[string]any{"comm_id": s.ModelID(), "data": map[string]any{
		"method": "update", "state": map[string]any{"value": 7.0}, "buffer_paths": []any{}}})
	if len(got) != 1 || got[0] != 7 || s.Value() != 7 {
		t.Errorf("OnChange got %v, value %d", got, s.Value())
	}
	if s.String() != "IntSlider(value=7, max=10)" {
		t.Errorf("String = %q", s.String())
	}
	b := &Button{Description: "Go"}
	clicks := 0
	b.OnClick(func() { clicks++ })
	hook.HandleComm("comm_msg", map[string]any{"comm_id": b.ModelID(), "data": map[string]any{
		"method": "custom", "content": map[string]any{"event": "click"}}})
	if clicks != 1 {
		t.Errorf("clicks = %d", clicks)
	}
	if b.String() != "Button(description='Go', style=ButtonStyle())" {
		t.Errorf("String = %q", b.String())
	}
	// The control comm answers request_states with every widget's state.
	if !hook.HandleComm("comm_open", map[string]any{"comm_id": "ctl", "target_name": ControlTarget, "data": map[string]any{}}) {
		t.Fatal("control comm refused")
	}
	hook.HandleComm("comm_msg", map[string]any{"comm_id": "ctl", "data": map[string]any{"method": "request_states"}})
	f.mu.Lock()
	last := f.msgs[len(f.msgs)-1]
	f.mu.Unlock()
	d := last.content["data"].(map[string]any)
	states, _ := d["states"].(map[string]any)
	if last.content["comm_id"] != "ctl" || d["method"] != "update_states" || states[b.ModelID()] == nil || states[s.ModelID()] == nil {
		t.Errorf("update_states = %v", last.content)
	}
	if st := states[s.ModelID()].(map[string]any); st["model_name"] != "IntSliderModel" || st["state"].(map[string]any)["value"] != 7.0 {
		t.Errorf("slider state = %v", st)
	}
}

func TestOutputCaptures(t *testing.T) {
	newFrontEnd(t)
	o := &Output{}
	o.Capture(func() {
		_, _ = hook.Stdout().Write([]byte("a\n"))
		_, _ = hook.Stdout().Write([]byte("b\n"))
		_, _ = hook.Stderr().Write([]byte("e\n"))
	})
	outs := o.Outputs()
	if len(outs) != 2 || outs[0].(map[string]any)["text"] != "a\nb\n" || outs[1].(map[string]any)["name"] != "stderr" {
		t.Errorf("outputs = %v", outs)
	}
	o.Clear()
	if len(o.Outputs()) != 0 {
		t.Errorf("after Clear: %v", o.Outputs())
	}
}

func TestHTMLAndFloat(t *testing.T) {
	newFrontEnd(t)
	h := NewHTML("<b>hi</b>")
	if h.String() != "HTML(value='<b>hi</b>')" {
		t.Errorf("String = %q", h.String())
	}
	h.SetValue("it's")
	if h.Value() != "it's" || h.String() != `HTML(value="it's")` {
		t.Errorf("%q %q", h.Value(), h.String())
	}
	p := &FloatProgress{Max: 1}
	p.SetValue(0.5)
	if p.String() != "FloatProgress(value=0.5, max=1.0)" {
		t.Errorf("String = %q", p.String())
	}
}

// TestMessageRightAfterOpen delivers the front end's update the moment the
// slider's comm_open is sent, from another goroutine, as the kernel's comm
// handler would: the model must already convert integers and call
// OnChange's hook (run it under -race: no data race with the model's
// construction).
func TestMessageRightAfterOpen(t *testing.T) {
	var wg sync.WaitGroup
	s := hook.NewScope(1, nil, nil)
	s.Comm = func(kind string, content, metadata map[string]any) {
		if kind != "comm_open" {
			return
		}
		st, _ := content["data"].(map[string]any)["state"].(map[string]any)
		if st["_model_name"] != "IntSliderModel" {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			// JSON numbers arrive as float64.
			hook.HandleComm("comm_msg", map[string]any{"comm_id": content["comm_id"], "data": map[string]any{
				"method": "update", "state": map[string]any{"value": 7.0}}})
		}()
	}
	t.Cleanup(hook.Bind(s))
	sl := &IntSlider{Max: 10}
	id := sl.ModelID()
	wg.Wait()
	if v, ok := sl.State()["value"].(int); !ok || v != 7 {
		t.Errorf("model %s: value = %#v after the front end's update, want the int 7", id, sl.State()["value"])
	}
}
