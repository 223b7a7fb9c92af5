// Package comm speaks Jupyter's comm protocol from Go: a comm is a
// two-way channel between an object in the kernel and one in the front end
// (the browser), as ipykernel's comm.Comm. Jupyter widgets are built on it
// (see lib/widgets).
//
// [Open] opens a comm to a target of the front end; [Comm.Send] sends it a
// message, [Comm.OnMsg] receives the front end's messages, [Comm.Close]
// closes it. A front end may also open a comm to the kernel: [RegisterTarget]
// names a function that accepts comms opened to a target; a comm opened to
// an unknown target is closed at once, as the protocol asks.
//
// Every function may be called from any goroutine. Messages go to the front
// end through the cell that the calling goroutine belongs to (the cell
// running now once that one has finished, see lib/hook). Outside a notebook
// (a compiled program, a test) there is no front end: comms open and
// messages are sent to nowhere, and nothing ever arrives.
package comm

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// Comm is one end of a comm channel.
type Comm struct {
	id, target string
	scope      *hook.Scope // where it was opened, for goroutines of no cell

	mu      sync.Mutex
	closed  bool
	onMsg   func(data map[string]any)
	onClose func(data map[string]any)
}

var (
	mu      sync.Mutex
	comms   = map[string]*Comm{}
	targets = map[string]func(c *Comm, data map[string]any){}
)

func init() { hook.SetCommHandler(handle) }

func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Open opens a comm to the front end's target (for instance
// "jupyter.widget"), sending data and metadata (either may be nil) with the
// comm_open message, and returns it.
func Open(target string, data, metadata map[string]any) *Comm {
	return OpenWith(target, data, metadata, nil, nil)
}

// OpenWith is Open with the functions that OnMsg and OnClose would set
// (either may be nil) in place before the comm_open is sent, so that no
// message the front end sends at once is missed.
func OpenWith(target string, data, metadata map[string]any, onMsg, onClose func(data map[string]any)) *Comm {
	c := &Comm{id: newID(), target: target, scope: hook.Current(), onMsg: onMsg, onClose: onClose}
	mu.Lock()
	comms[c.id] = c
	mu.Unlock()
	if data == nil {
		data = map[string]any{}
	}
	c.publish("comm_open", map[string]any{"comm_id": c.id, "target_name": target, "data": data}, metadata)
	return c
}

// ID returns the comm's id, which the front end knows it by.
func (c *Comm) ID() string { return c.id }

// Target returns the name of the comm's target.
func (c *Comm) Target() string { return c.target }

// String describes the comm for debugging.
func (c *Comm) String() string { return fmt.Sprintf("<Comm %s target=%q>", c.id, c.target) }

// Closed reports whether the comm has been closed, from either side.
func (c *Comm) Closed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}

// Send sends data (a JSON object) to the front end as a comm_msg. After
// Close it does nothing.
func (c *Comm) Send(data map[string]any) { c.SendMeta(data, nil) }

// SendMeta is Send with message metadata.
func (c *Comm) SendMeta(data, metadata map[string]any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	if data == nil {
		data = map[string]any{}
	}
	c.publish("comm_msg", map[string]any{"comm_id": c.id, "data": data}, metadata)
}

// Close closes the comm, sending data (nil: none) with the comm_close
// message. Closing it again does nothing.
func (c *Comm) Close(data map[string]any) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	if data == nil {
		data = map[string]any{}
	}
	c.publish("comm_close", map[string]any{"comm_id": c.id, "data": data}, nil)
	c.mu.Unlock()
	mu.Lock()
	delete(comms, c.id)
	mu.Unlock()
}

// OnMsg sets the function called with the data of each comm_msg the front
// end sends on this comm (nil: none). It runs in a goroutine of the kernel;
// what it prints goes where the front end shows the output of comm
// messages (JupyterLab: its log console), as with ipykernel.
func (c *Comm) OnMsg(f func(data map[string]any)) {
	c.mu.Lock()
	c.onMsg = f
	c.mu.Unlock()
}

// OnClose sets the function called with the data of the front end's
// comm_close (nil: none).
func (c *Comm) OnClose(f func(data map[string]any)) {
	c.mu.Lock()
	c.onClose = f
	c.mu.Unlock()
}

// publish sends a message through the scope of the calling goroutine, else
// the scope that opened the comm.
func (c *Comm) publish(kind string, content, metadata map[string]any) {
	s := hook.OutputScope(hook.Current())
	if s == nil || s.Comm == nil {
		s = hook.OutputScope(c.scope)
	}
	if s != nil && s.Comm != nil {
		s.Comm(kind, content, metadata)
	}
}

// RegisterTarget makes f accept the comms that the front end opens to the
// target name: f receives the new comm and the data of its comm_open, and
// typically sets its OnMsg. A nil f unregisters the target.
func RegisterTarget(name string, f func(c *Comm, data map[string]any)) {
	mu.Lock()
	defer mu.Unlock()
	if f == nil {
		delete(targets, name)
		return
	}
	targets[name] = f
}

// Lookup returns the open comm with the given id, or nil.
func Lookup(id string) *Comm {
	mu.Lock()
	defer mu.Unlock()
	return comms[id]
}

// handle delivers a message from the front end (see hook.HandleComm).
func handle(kind string, content map[string]any) bool {
	id, _ := content["comm_id"].(string)
	data, _ := content["data"].(map[string]any)
	if data == nil {
		data = map[string]any{}
	}
	switch kind {
	case "comm_open":
		name, _ := content["target_name"].(string)
		mu.Lock()
		f := targets[name]
		var c *Comm
		if f != nil && id != "" {
			c = &Comm{id: id, target: name, scope: hook.Current()}
			comms[id] = c
		}
		mu.Unlock()
		if c == nil {
			return false
		}
		call(func() { f(c, data) })
		return true
	case "comm_msg":
		c := Lookup(id)
		if c == nil {
			return false
		}
		c.mu.Lock()
		f := c.onMsg
		c.mu.Unlock()
		if f != nil {
			call(func() { f(data) })
		}
		return true
	case "comm_close":
		mu.Lock()
		c := comms[id]
		delete(comms, id)
		mu.Unlock()
		if c == nil {
			return false
		}
		c.mu.Lock()
		c.closed = true
		f := c.onClose
		c.mu.Unlock()
		if f != nil {
			call(func() { f(data) })
		}
		return true
	}
	return false
}

// call runs a callback; its panic is reported on standard error, as
// ipykernel prints the exception of a comm handler, and the kernel goes on.
func call(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(hook.Stderr(), "Exception in comm callback: %v\n%s", r, debug.Stack())
		}
	}()
	f()
}
