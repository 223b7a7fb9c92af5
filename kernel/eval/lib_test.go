package eval

import (
	"strings"
	"testing"
)

func TestLibrary(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import "github.com/gonotes/gonotes/lib/threading"
var mu threading.Lock
total := 0
var ts []*threading.Thread
for i := 1; i <= 4; i++ {
	th := &threading.Thread{Name: fmt.Sprint("w", i), Target: func() {
		mu.Acquire()
		total += i
		mu.Release()
	}}
	th.Start()
	ts = append(ts, th)
}
for _, th := range ts {
	th.Join()
}
total`)
	if c.text() != "10" {
		t.Errorf("total = %q (stderr %q)", c.text(), c.stderr)
	}
	// Without an import too, and a display value shows as HTML.
	c = ts.ok(`display.HTML("<b>hi</b>")`)
	if h, _ := c.data["text/html"].(string); h != "<b>hi</b>" {
		t.Errorf("display.HTML: %v", c.data)
	}
	// An interpreted type with a MimeBundle method.
	c = ts.ok(`type Table struct{}
func (Table) MimeBundle() map[string]any { return map[string]any{"text/plain": "table", "text/html": "<table/>"} }
Table{}`)
	if c.text() != "table" || c.data["text/html"] != "<table/>" {
		t.Errorf("MimeBundle: %v", c.data)
	}
	// A panicking library thread does not kill the session.
	c = ts.ok(`th := &threading.Thread{Name: "bad", Target: func() { panic("oops") }}
th.Start()
th.Join()`)
	if !strings.Contains(c.stderr.String(), "oops") {
		t.Errorf("stderr = %q", c.stderr)
	}
}
