package widgets

import (
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// Output is an area of output that Go code prints into
// (ipywidgets.Output): what a function run with [Output.Capture] prints, or
// displays, appears in the widget rather than in the cell, from any
// goroutine and after the cell has finished.
type Output struct {
	lazy lazy
	mu   sync.Mutex // serialises appends (the state's outputs list)
}

func (o *Output) model() *model {
	return o.lazy.get(func() *model {
		return newModel(spec{class: "Output", name: "OutputModel", module: outputModule, version: outputVersion,
			view: "OutputView", viewModule: outputModule, viewVersion: outputVersion,
			state: map[string]any{"_dom_classes": []any{}, "layout": "IPY_MODEL_" + layoutModel().comm.ID(), "msg_id": "",
				"outputs": []any{}, "tabbable": nil, "tooltip": nil}})
	})
}

// Capture runs f with everything it prints (hook.Stdout, hook.Stderr,
// which a notebook's fmt.Print uses) and displays going into the widget.
// Goroutines that f starts with the library (or `go` in a cell) keep
// printing into it.
func (o *Output) Capture(f func()) {
	o.model()
	s := hook.Current().Derive()
	s.Stdout = outputWriter{o, "stdout"}
	s.Stderr = outputWriter{o, "stderr"}
	s.Display = func(data, metadata map[string]any, _ string, _ bool) {
		if metadata == nil {
			metadata = map[string]any{}
		}
		o.add(map[string]any{"output_type": "display_data", "data": data, "metadata": metadata}, "")
	}
	s.Clear = func(bool) { o.Clear() }
	defer hook.Bind(s)()
	f()
}

// Append adds text to the widget's output as the stream name ("stdout" or
// "stderr") would.
func (o *Output) Append(stream, text string) {
	o.add(map[string]any{"output_type": "stream", "name": stream, "text": text}, stream)
}

// Clear empties the widget.
func (o *Output) Clear() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.model().set(map[string]any{"outputs": []any{}})
}

// Outputs returns the outputs shown (nbformat output objects).
func (o *Output) Outputs() []any {
	v, _ := o.model().get("outputs").([]any)
	return append([]any(nil), v...)
}

// add appends an output; text of a stream joins the previous output of the
// same stream, as Jupyter shows consecutive stream output.
func (o *Output) add(out map[string]any, stream string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	m := o.model()
	cur, _ := m.get("outputs").([]any)
	next := append([]any(nil), cur...)
	if stream != "" && len(next) > 0 {
		if last, ok := next[len(next)-1].(map[string]any); ok && last["output_type"] == "stream" && last["name"] == stream {
			joined := map[string]any{"output_type": "stream", "name": stream, "text": last["text"].(string) + out["text"].(string)}
			next[len(next)-1] = joined
			m.set(map[string]any{"outputs": next})
			return
		}
	}
	m.set(map[string]any{"outputs": append(next, out)})
}

type outputWriter struct {
	o      *Output
	stream string
}

func (w outputWriter) Write(p []byte) (int, error) {
	w.o.Append(w.stream, string(p))
	return len(p), nil
}

// ModelID returns the id of the widget's model.
func (o *Output) ModelID() string { return o.model().comm.ID() }

// State returns a copy of the widget's state.
func (o *Output) State() map[string]any { return o.model().snapshot() }

// MimeBundle returns the widget's view, with its text form as a fallback.
func (o *Output) MimeBundle() map[string]any { return o.model().bundle(o.String()) }

// Close removes the widget from the front end.
func (o *Output) Close() { o.model().close() }

// String returns ipywidgets' text form, "Output()".
func (o *Output) String() string { return "Output()" }
