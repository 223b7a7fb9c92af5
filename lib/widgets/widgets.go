// Package widgets shows interactive Jupyter widgets — progress bars, a
// slider, a button, HTML text, an output area — from Go, speaking the
// Jupyter widgets message protocol 2.1 of ipywidgets 8 (the models of
// @jupyter-widgets/controls 2.0.0, @jupyter-widgets/base 2.0.0 and
// @jupyter-widgets/output 1.0.0), which JupyterLab, Notebook 7, VS Code
// and Voilà render.
//
// A widget is configured with its struct fields, then used through its
// methods, and shown with display.Display or as the final value of a cell:
//
//	bar := &widgets.IntProgress{Max: 20, Description: "작업"}
//	display.Display(bar)
//	for i := 0; i < 20; i++ {
//		go func() { work(); bar.Add(1) }() // safe from any goroutine
//	}
//
// The widget's model is created (its comm opened, see lib/comm) the first
// time it is shown or used; fields changed later are not seen. Values
// change from any goroutine (SetValue, Add) and reach the browser as state
// updates, at most about 30 a second per widget: changes made in between
// are sent together in the next update (the latest value of each wins),
// and the final state is sent before the cell ends, so that 10,000 Add
// calls cost a few messages, not 10,000. What the user does in the browser
// (a click, a slider moved) calls the Go callbacks set with OnClick and
// OnChange.
//
// Where widgets cannot render (a notebook viewed on GitHub, nbconvert, a
// front end without the widgets extension) the text/plain form is shown,
// ipywidgets' repr such as "IntProgress(value=3, max=20)"; outside a
// notebook nothing is sent anywhere and the widgets simply hold their
// values.
package widgets

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/comm"
	"github.com/gonotes/gonotes/lib/hook"
)

// Protocol constants of ipywidgets 8.
const (
	// ProtocolVersion is the widgets message protocol version, sent as the
	// metadata of each widget's comm_open.
	ProtocolVersion = "2.1.0"
	// Target is the comm target of widget models.
	Target = "jupyter.widget"
	// ControlTarget is the comm target that the front end opens to ask for
	// the state of every widget (when a notebook is reopened).
	ControlTarget = "jupyter.widget.control"
	// MimeType is the MIME type of a widget's view in display_data.
	MimeType = "application/vnd.jupyter.widget-view+json"

	controlsModule = "@jupyter-widgets/controls"
	baseModule     = "@jupyter-widgets/base"
	outputModule   = "@jupyter-widgets/output"
	moduleVersion  = "2.0.0"
	outputVersion  = "1.0.0"
)

// Widget is what every widget of this package is: a model in the kernel
// with a view in the front end.
type Widget interface {
	// ModelID returns the id of the widget's model (its comm's id).
	ModelID() string
	// State returns a copy of the model's state, as the front end has it.
	State() map[string]any
	// MimeBundle returns the widget's view for display.Display.
	MimeBundle() map[string]any
}

// updateInterval is the least time between two state updates that a
// model sends: changes made in between are coalesced into the next one.
const updateInterval = time.Second / 30

// model is the kernel side of one widget model.
type model struct {
	class string // Python class name, for the text form
	comm  *comm.Comm

	mu       sync.Mutex
	state    map[string]any
	onUpdate func(changed map[string]any) // the front end changed the state
	onCustom func(content map[string]any) // the front end sent a custom message
	ints     map[string]bool              // keys holding integers (JSON gives float64)

	// Coalesced updates: pending holds the keys changed since the last
	// update sent (nil: none), to be sent by timer at lastSent +
	// updateInterval, or by flush, through the scope of the last change.
	pending      map[string]any
	pendingScope *hook.Scope
	lastSent     time.Time
	timer        *time.Timer
}

var (
	modelsMu sync.Mutex
	models   = map[string]*model{}
)

func init() {
	// The final state of every widget reaches the front end before the
	// cell that changed it ends.
	hook.OnFlush(flushAll)
	comm.RegisterTarget(ControlTarget, func(c *comm.Comm, _ map[string]any) {
		c.OnMsg(func(data map[string]any) {
			if data["method"] == "request_states" {
				c.Send(map[string]any{"method": "update_states", "states": allStates(), "buffer_paths": []any{}})
			}
		})
	})
}

// allStates returns the state of every open model, as the control comm's
// update_states gives it.
func allStates() map[string]any {
	out := map[string]any{}
	for _, m := range openModels() {
		st := m.snapshot()
		out[m.comm.ID()] = map[string]any{
			"model_name": st["_model_name"], "model_module": st["_model_module"],
			"model_module_version": st["_model_module_version"], "state": st,
		}
	}
	return out
}

// spec is what a model is opened with: its class and modules, its state,
// and how it handles the front end's messages, all in place before the
// comm_open makes it visible (a message may arrive at once).
type spec struct {
	class, name, module, version, view, viewModule, viewVersion string
	state                                                       map[string]any
	ints                                                        []string             // keys holding integers
	onUpdate                                                    func(map[string]any) // the front end changed the state
	onCustom                                                    func(map[string]any) // the front end sent a custom message
}

// newModel opens the comm of the model sp describes, with its state
// (module fields added).
func newModel(sp spec) *model {
	st := map[string]any{
		"_model_name": sp.name, "_model_module": sp.module, "_model_module_version": sp.version,
		"_view_name": sp.view, "_view_module": sp.viewModule, "_view_module_version": sp.viewVersion,
		"_view_count": nil,
	}
	for k, v := range sp.state {
		st[k] = v
	}
	m := &model{class: sp.class, state: st, onUpdate: sp.onUpdate, onCustom: sp.onCustom}
	if len(sp.ints) > 0 {
		m.ints = map[string]bool{}
		for _, k := range sp.ints {
			m.ints[k] = true
		}
	}
	// Held until m.comm is set: a message the front end sends at once
	// waits for it in receive.
	m.mu.Lock()
	defer m.mu.Unlock()
	m.comm = comm.OpenWith(Target, map[string]any{"state": copyMap(st), "buffer_paths": []any{}},
		map[string]any{"version": ProtocolVersion}, m.receive, func(map[string]any) { m.forget() })
	modelsMu.Lock()
	models[m.comm.ID()] = m
	modelsMu.Unlock()
	return m
}

// layoutModel opens the Layout model that every DOM widget refers to.
func layoutModel() *model {
	return newModel(spec{class: "Layout", name: "LayoutModel", module: baseModule, version: moduleVersion,
		view: "LayoutView", viewModule: baseModule, viewVersion: moduleVersion})
}

// dom describes a DOM widget of @jupyter-widgets/controls: the spec of its
// model (module fields filled in by domModel) and its style model's.
type dom struct {
	spec
	style      string // the style model's name, "" for none
	styleState map[string]any
}

// domModel opens a DOM widget's model with its layout and style models,
// as ipywidgets creates them.
func domModel(d dom) *model {
	st := map[string]any{
		"_dom_classes": []any{}, "layout": "IPY_MODEL_" + layoutModel().comm.ID(), "tabbable": nil, "tooltip": nil,
	}
	if d.style != "" {
		style := newModel(spec{class: strings.TrimSuffix(d.style, "Model"), name: d.style, module: controlsModule,
			version: moduleVersion, view: "StyleView", viewModule: baseModule, viewVersion: moduleVersion, state: d.styleState})
		st["style"] = "IPY_MODEL_" + style.comm.ID()
	}
	for k, v := range d.state {
		st[k] = v
	}
	sp := d.spec
	sp.state, sp.module, sp.version, sp.viewModule, sp.viewVersion = st, controlsModule, moduleVersion, controlsModule, moduleVersion
	return newModel(sp)
}

// lazy holds a widget's model, opened the first time it is needed.
type lazy struct {
	once sync.Once
	m    *model
}

// get returns the model, opening it with open the first time.
func (l *lazy) get(open func() *model) *model {
	l.once.Do(func() { l.m = open() })
	return l.m
}

func (m *model) forget() {
	modelsMu.Lock()
	delete(models, m.comm.ID())
	modelsMu.Unlock()
}

// receive handles a message of the front end.
func (m *model) receive(data map[string]any) {
	switch data["method"] {
	case "update":
		changed, _ := data["state"].(map[string]any)
		if len(changed) == 0 {
			return
		}
		m.mu.Lock()
		for k, v := range changed {
			if m.ints[k] {
				v = toInt(v)
				changed[k] = v
			}
			m.state[k] = v
		}
		f := m.onUpdate
		m.mu.Unlock()
		if f != nil {
			f(changed)
		}
	case "request_state":
		m.mu.Lock()
		defer m.mu.Unlock()
		m.pending = nil // the whole state includes it
		m.lastSent = time.Now()
		m.comm.Send(map[string]any{"method": "update", "state": copyMap(m.state), "buffer_paths": []any{}})
	case "custom":
		content, _ := data["content"].(map[string]any)
		m.mu.Lock()
		f := m.onCustom
		m.mu.Unlock()
		if f != nil {
			f(content)
		}
	}
}

// set changes keys of the state and sends them to the front end.
func (m *model) set(kv map[string]any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, v := range kv {
		m.state[k] = v
	}
	m.sendLocked(kv)
}

// update changes one key with f under the lock (an atomic read-modify-write)
// and sends the result.
func (m *model) update(key string, f func(old any) any) any {
	m.mu.Lock()
	defer m.mu.Unlock()
	v := f(m.state[key])
	m.state[key] = v
	m.sendLocked(map[string]any{key: v})
	return v
}

// sendLocked sends the changed keys kv to the front end (m.mu held): at
// once if no update was sent in the last updateInterval, else with the
// next update, which a timer sends when the interval is over.
func (m *model) sendLocked(kv map[string]any) {
	if m.pending == nil {
		wait := updateInterval - time.Since(m.lastSent)
		if wait <= 0 {
			m.lastSent = time.Now()
			m.comm.Send(map[string]any{"method": "update", "state": kv, "buffer_paths": []any{}})
			return
		}
		m.pending = make(map[string]any, len(kv))
		if m.timer == nil {
			m.timer = time.AfterFunc(wait, m.flush)
		} else {
			m.timer.Reset(wait)
		}
	}
	for k, v := range kv {
		m.pending[k] = v
	}
	m.pendingScope = hook.Current()
}

// flush sends the pending update, if any, through the scope of the
// goroutine that made the last change (its cell, or the cell running now
// once that one has ended).
func (m *model) flush() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.pending == nil {
		return
	}
	kv, s := m.pending, m.pendingScope
	m.pending, m.pendingScope = nil, nil
	m.timer.Stop()
	defer hook.Bind(s)()
	m.lastSent = time.Now()
	m.comm.Send(map[string]any{"method": "update", "state": kv, "buffer_paths": []any{}})
}

// flushAll sends the pending update of every open model.
func flushAll() {
	for _, m := range openModels() {
		m.flush()
	}
}

// openModels returns the models open now.
func openModels() []*model {
	modelsMu.Lock()
	defer modelsMu.Unlock()
	ms := make([]*model, 0, len(models))
	for _, m := range models {
		ms = append(ms, m)
	}
	return ms
}

func (m *model) get(key string) any {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.state[key]
}

func (m *model) snapshot() map[string]any {
	m.mu.Lock()
	defer m.mu.Unlock()
	return copyMap(m.state)
}

func (m *model) bundle(text string) map[string]any {
	return map[string]any{
		"text/plain": text,
		MimeType:     map[string]any{"model_id": m.comm.ID(), "version_major": 2, "version_minor": 0},
	}
}

// close closes the model's comm (and so its view in the front end), after
// its last update.
func (m *model) close() {
	m.flush()
	m.forget()
	m.comm.Close(nil)
}

// repr is ipywidgets' text form: the class, value first, then the other
// keys (sorted) whose value is not the default.
func (m *model) repr(defaults map[string]any, keys ...string) string {
	st := m.snapshot()
	var parts []string
	sort.Strings(keys)
	if _, ok := st["value"]; ok {
		parts = append(parts, "value="+pyRepr(st["value"]))
	}
	for _, k := range keys {
		if k == "value" {
			continue
		}
		if d, ok := defaults[k]; ok && pyRepr(d) == pyRepr(st[k]) {
			continue
		}
		parts = append(parts, k+"="+pyRepr(st[k]))
	}
	return m.class + "(" + strings.Join(parts, ", ") + ")"
}

func copyMap(m map[string]any) map[string]any {
	c := make(map[string]any, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// pyRepr formats v as Python's repr would.
func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case string:
		q := "'"
		if strings.Contains(v, "'") && !strings.Contains(v, `"`) {
			q = `"`
		}
		r := strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\t", `\t`, "\r", `\r`, q, `\`+q)
		return q + r.Replace(v) + q
	case int:
		return strconv.Itoa(v)
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "inf"
		case math.IsInf(v, -1):
			return "-inf"
		case math.IsNaN(v):
			return "nan"
		}
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	}
	return fmt.Sprint(v)
}

// toInt converts a state value (an int set from Go, a float64 decoded from
// JSON) to an int.
func toInt(v any) int {
	switch v := v.(type) {
	case int:
		return v
	case float64:
		return int(math.Round(v))
	case int64:
		return int(v)
	}
	return 0
}

func toFloat(v any) float64 {
	switch v := v.(type) {
	case int:
		return float64(v)
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}
