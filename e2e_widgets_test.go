package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/kernel"
)

type commMsg struct {
	kind     string
	parentID string
	content  map[string]any
	metadata map[string]any
}

// commsOf returns the comm messages among iopub messages.
func commsOf(msgs []*kernel.Message) []commMsg {
	var out []commMsg
	for _, m := range msgs {
		switch m.Header.MsgType {
		case "comm_open", "comm_msg", "comm_close":
		default:
			continue
		}
		var c map[string]any
		_ = json.Unmarshal(m.Content, &c)
		var p struct {
			MsgID string `json:"msg_id"`
		}
		_ = json.Unmarshal(m.Parent, &p)
		out = append(out, commMsg{m.Header.MsgType, p.MsgID, c, m.Metadata})
	}
	return out
}

func dataOf(m commMsg) map[string]any { d, _ := m.content["data"].(map[string]any); return d }

// streamOf returns the stdout text among iopub messages.
func streamOf(msgs []*kernel.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		if m.Header.MsgType == "stream" {
			var c struct{ Name, Text string }
			_ = json.Unmarshal(m.Content, &c)
			b.WriteString(c.Text)
		}
	}
	return b.String()
}

func TestWidgetsOverTheWire(t *testing.T) {
	c := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	res, err := c.Execute(ctx, `import (
	"fmt"

	"github.com/gonotes/gonotes/lib/display"
	"github.com/gonotes/gonotes/lib/widgets"
)
bar := &widgets.IntProgress{Max: 4, Description: "작업"}
btn := &widgets.Button{Description: "눌러"}
clicks := 0
btn.OnClick(func() { clicks++; fmt.Println("clicked", clicks) })
sl := &widgets.IntSlider{Max: 10}
sl.OnChange(func(v int) { fmt.Println("slider", v) })
display.Display(bar)
display.Display(btn)
sl`)
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, toCell(t, res))
	var req struct {
		MsgID string `json:"msg_id"`
	}
	_ = json.Unmarshal(res.Reply.Parent, &req)
	ids := map[string]string{} // model name -> comm id
	for _, m := range commsOf(res.IOPub) {
		if m.kind != "comm_open" {
			t.Errorf("unexpected %s in the cell", m.kind)
			continue
		}
		if m.content["target_name"] != "jupyter.widget" || m.metadata["version"] != "2.1.0" || m.parentID != req.MsgID {
			t.Errorf("comm_open = %+v", m)
		}
		st, _ := dataOf(m)["state"].(map[string]any)
		ids[st["_model_name"].(string)] = m.content["comm_id"].(string)
		if st["_model_name"] == "IntProgressModel" {
			if st["max"] != 4.0 || st["value"] != 0.0 || st["description"] != "작업" || st["_model_module"] != "@jupyter-widgets/controls" || st["_model_module_version"] != "2.0.0" {
				t.Errorf("progress state = %v", st)
			}
		}
	}
	for _, name := range []string{"IntProgressModel", "ButtonModel", "IntSliderModel", "LayoutModel", "ProgressStyleModel"} {
		if ids[name] == "" {
			t.Errorf("no comm_open of a %s", name)
		}
	}
	// The views: two display_data and the cell's result, each naming its model.
	var views []string
	for _, o := range toCell(t, res).outputs {
		data, _ := o["data"].(map[string]any)
		if v, ok := data["application/vnd.jupyter.widget-view+json"].(map[string]any); ok {
			if v["version_major"] != 2.0 || v["version_minor"] != 0.0 || data["text/plain"] == nil {
				t.Errorf("view = %v", data)
			}
			views = append(views, v["model_id"].(string))
		}
	}
	if strings.Join(views, ",") != ids["IntProgressModel"]+","+ids["ButtonModel"]+","+ids["IntSliderModel"] {
		t.Errorf("views %v, models %v", views, ids)
	}

	// A value set from a goroutine of the running cell, then from one of a
	// finished cell: both arrive as updates, the second with the cell now
	// running as parent.
	mustOK(t, exec1(t, c, `import "time"
start, finished := make(chan bool), make(chan bool)
go func() { bar.SetValue(3); start <- true }()
<-start
go func() { <-start; time.Sleep(10 * time.Millisecond); bar.Add(1); finished <- true }()`))
	res, err = c.Execute(ctx, `start <- true
<-finished
bar.Value()`)
	if err != nil {
		t.Fatal(err)
	}
	if r := toCell(t, res); r.plain() != "4" {
		t.Errorf("bar.Value() = %q", r.plain())
	}
	var got []any
	for _, m := range commsOf(res.IOPub) {
		if m.kind == "comm_msg" && m.content["comm_id"] == ids["IntProgressModel"] {
			d := dataOf(m)
			if d["method"] != "update" {
				t.Errorf("update = %v", d)
			}
			got = append(got, d["state"].(map[string]any)["value"])
		}
	}
	if len(got) != 1 || got[0] != 4.0 {
		t.Errorf("updates in the running cell = %v, want [4]", got)
	}

	// Events from the front end reach the Go callbacks.
	res, err = c.Notify(ctx, "shell", "comm_msg", map[string]any{"comm_id": ids["ButtonModel"],
		"data": map[string]any{"method": "custom", "content": map[string]any{"event": "click"}}})
	if err != nil {
		t.Fatal(err)
	}
	if s := streamOf(res.IOPub); s != "clicked 1\n" {
		t.Errorf("click printed %q", s)
	}
	res, err = c.Notify(ctx, "shell", "comm_msg", map[string]any{"comm_id": ids["IntSliderModel"],
		"data": map[string]any{"method": "update", "state": map[string]any{"value": 7}, "buffer_paths": []any{}}})
	if err != nil {
		t.Fatal(err)
	}
	if s := streamOf(res.IOPub); s != "slider 7\n" {
		t.Errorf("slider printed %q", s)
	}
	if r := exec1(t, c, `fmt.Println(clicks, sl.Value())`); r.stdout != "1 7\n" {
		t.Errorf("clicks, slider = %q", r.stdout)
	}

	// comm_info lists the widgets; the control comm gives their states.
	info, err := c.Request(ctx, "shell", "comm_info_request", map[string]any{"target_name": "jupyter.widget"})
	if err != nil {
		t.Fatal(err)
	}
	var ci struct {
		Comms map[string]struct {
			Target string `json:"target_name"`
		} `json:"comms"`
	}
	_ = info.ReplyContent(&ci)
	if ci.Comms[ids["IntProgressModel"]].Target != "jupyter.widget" {
		t.Errorf("comm_info = %+v", ci)
	}
	if _, err := c.Notify(ctx, "shell", "comm_open", map[string]any{"comm_id": "ctl-1", "target_name": "jupyter.widget.control", "data": map[string]any{}}); err != nil {
		t.Fatal(err)
	}
	res, err = c.Notify(ctx, "shell", "comm_msg", map[string]any{"comm_id": "ctl-1", "data": map[string]any{"method": "request_states"}})
	if err != nil {
		t.Fatal(err)
	}
	cm := commsOf(res.IOPub)
	if len(cm) != 1 || dataOf(cm[0])["method"] != "update_states" {
		t.Fatalf("reply to request_states = %+v", cm)
	}
	st := dataOf(cm[0])["states"].(map[string]any)[ids["IntProgressModel"]].(map[string]any)
	if st["model_name"] != "IntProgressModel" || st["state"].(map[string]any)["value"] != 4.0 {
		t.Errorf("progress in update_states = %v", st)
	}

	// A comm to a target nobody registered is closed at once.
	res, err = c.Notify(ctx, "shell", "comm_open", map[string]any{"comm_id": "x-1", "target_name": "nobody", "data": map[string]any{}})
	if err != nil {
		t.Fatal(err)
	}
	if cm := commsOf(res.IOPub); len(cm) != 1 || cm[0].kind != "comm_close" || cm[0].content["comm_id"] != "x-1" {
		t.Errorf("comm_open to an unknown target: %+v", cm)
	}
}

// TestWidgetUpdatesCoalesced: 10,000 changes of a progress bar in a cell
// reach the front end as far fewer updates (at most about 30 a second),
// the last carrying the final value before the cell's idle status; a
// button's handler that changes the bar gets its final value out before
// its own idle too.
func TestWidgetUpdatesCoalesced(t *testing.T) {
	c := startKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	res, err := c.Execute(ctx, `import (
	"github.com/gonotes/gonotes/lib/display"
	"github.com/gonotes/gonotes/lib/widgets"
)
bar := &widgets.IntProgress{Max: 10000}
btn := &widgets.Button{Description: "reset"}
btn.OnClick(func() { for i := 0; i < 500; i++ { bar.Add(-20) } })
display.Display(bar)
for i := 0; i < 10000; i++ {
	bar.Add(1)
}
btn.ModelID()`)
	if err != nil {
		t.Fatal(err)
	}
	cell := toCell(t, res)
	mustOK(t, cell)
	btnID := strings.Trim(cell.plain(), `"`)
	barUpdates := func(msgs []*kernel.Message) (ids map[string]bool, values []any) {
		ids = map[string]bool{}
		for _, m := range commsOf(msgs) {
			if m.kind == "comm_msg" && dataOf(m)["method"] == "update" {
				if v, ok := dataOf(m)["state"].(map[string]any)["value"]; ok {
					ids[m.content["comm_id"].(string)] = true
					values = append(values, v)
				}
			}
		}
		return ids, values
	}
	ids, values := barUpdates(res.IOPub)
	if len(ids) != 1 || len(values) == 0 {
		t.Fatalf("updates of the bar: %v %v", ids, values)
	}
	if last := values[len(values)-1]; last != 10000.0 {
		t.Errorf("last update before idle = %v, want 10000", last)
	}
	if len(values) >= 1000 {
		t.Errorf("%d updates for 10000 changes: not coalesced", len(values))
	}
	t.Logf("10000 changes: %d updates, the last %v", len(values), values[len(values)-1])
	res, err = c.Notify(ctx, "shell", "comm_msg", map[string]any{"comm_id": btnID,
		"data": map[string]any{"method": "custom", "content": map[string]any{"event": "click"}}})
	if err != nil {
		t.Fatal(err)
	}
	_, values = barUpdates(res.IOPub)
	if len(values) == 0 || values[len(values)-1] != 0.0 || len(values) >= 500 {
		t.Errorf("the click's handler sent %d updates (want few), the last %v (want 0)", len(values), values[len(values)-1:])
	}
}
