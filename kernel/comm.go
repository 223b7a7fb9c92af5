package kernel

import (
	"encoding/json"
	"sort"
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// CommEngine is implemented by an Engine that runs the handlers of comm
// messages somewhere else (RemoteEngine: in its child process). An Engine
// that does not implement it shares the kernel's process, where the kernel
// calls hook.HandleComm itself.
type CommEngine interface {
	// HandleComm delivers a comm message from the front end (kind
	// "comm_open", "comm_msg" or "comm_close") to the library, in a
	// goroutine bound to scope, and reports whether it was handled (see
	// hook.HandleComm).
	HandleComm(scope *hook.Scope, kind string, content map[string]any) bool
}

// handleCommLocal delivers a comm message in this process.
func handleCommLocal(scope *hook.Scope, kind string, content map[string]any) bool {
	defer scope.End()
	defer hook.Bind(scope)()
	defer hook.Flush() // widget updates the handler made, before its idle
	return hook.HandleComm(kind, content)
}

// commTable tracks the open comms for comm_info_request: id -> target name.
type commTable struct {
	mu    sync.Mutex
	comms map[string]string
}

func (t *commTable) note(kind string, content map[string]any) {
	id, _ := content["comm_id"].(string)
	if id == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.comms == nil {
		t.comms = map[string]string{}
	}
	switch kind {
	case "comm_open":
		name, _ := content["target_name"].(string)
		t.comms[id] = name
	case "comm_close":
		delete(t.comms, id)
	}
}

// info returns comm_info_reply's comms, of the given target (all when empty).
func (t *commTable) info(target string) map[string]any {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := make([]string, 0, len(t.comms))
	for id := range t.comms {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := map[string]any{}
	for _, id := range ids {
		if target == "" || t.comms[id] == target {
			out[id] = map[string]any{"target_name": t.comms[id]}
		}
	}
	return out
}

// publishComm publishes a comm message from the library on iopub, with
// parent req.
func (k *Kernel) publishComm(req *Message, kind string, content, metadata map[string]any) {
	k.comms.note(kind, content)
	m, err := newMessage(k.session, req, kind, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	if metadata != nil {
		m.Metadata = metadata
	}
	m.Identities = [][]byte{[]byte(kind)}
	k.send(k.iopub, &k.iopubMu, m)
}

// comm handles a comm_open, comm_msg or comm_close from the front end: the
// library's handler runs with its output, rich output and comm messages
// published with m as their parent, as ipykernel does. A comm_open to a
// target nobody registered is closed at once.
func (k *Kernel) comm(m *Message) {
	var content map[string]any
	if err := json.Unmarshal(m.Content, &content); err != nil {
		k.log.Printf("%s: %v", m.Header.MsgType, err)
		return
	}
	kind := m.Header.MsgType
	scope, flush := k.gatedScope(m, 0, nil)
	var handled bool
	if ce, ok := k.cfg.Engine.(CommEngine); ok {
		handled = ce.HandleComm(scope, kind, content)
	} else {
		handled = handleCommLocal(scope, kind, content)
	}
	k.cfg.Capture.Sync()
	flush()
	switch {
	case kind == "comm_open" && handled:
		k.comms.note(kind, content)
	case kind == "comm_open":
		id, _ := content["comm_id"].(string)
		k.publishComm(m, "comm_close", map[string]any{"comm_id": id, "data": map[string]any{}}, nil)
	case kind == "comm_close":
		k.comms.note(kind, content)
	}
}

// gatedScope returns the scope of cell (0: a request that is not a cell)
// whose output (streams, rich output, comm messages) is published with req
// as its parent, and the function that flushes its streams. The output
// waits until gate is closed (nil: no wait): a cell started before its
// execute_input is published (see Starter) publishes nothing before it.
func (k *Kernel) gatedScope(req *Message, cell int64, gate <-chan struct{}) (*hook.Scope, func()) {
	wait := func() {
		if gate != nil {
			<-gate
		}
	}
	return newOutputScope(cell, scopeOutput{
		stream: func(name, text string) {
			wait()
			k.publish(req, "stream", map[string]any{"name": name, "text": text})
		},
		display: func(data, metadata map[string]any, displayID string, update bool) {
			wait()
			k.publishDisplay(req, data, metadata, displayID, update)
		},
		clear: func(w bool) {
			wait()
			k.publish(req, "clear_output", map[string]any{"wait": w})
		},
		comm: func(kind string, content, metadata map[string]any) {
			wait()
			k.publishComm(req, kind, content, metadata)
		},
	})
}

// publishDisplay publishes display_data (update_display_data when update).
func (k *Kernel) publishDisplay(req *Message, data, metadata map[string]any, displayID string, update bool) {
	if metadata == nil {
		metadata = map[string]any{}
	}
	content := map[string]any{"data": data, "metadata": metadata, "transient": map[string]any{}}
	if displayID != "" {
		content["transient"] = map[string]any{"display_id": displayID}
	}
	kind := "display_data"
	if update {
		kind = "update_display_data"
	}
	k.publish(req, kind, content)
}
