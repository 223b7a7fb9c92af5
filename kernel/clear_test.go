package kernel

import (
	"fmt"
	"testing"
)

func iopubMsg(t *testing.T, kind, content string) *Message {
	t.Helper()
	return &Message{Header: Header{MsgType: kind}, Content: []byte(content)}
}

// TestOutputsOfClearOutput checks how stored outputs follow clear_output,
// as Jupyter's front ends and nbclient apply it: at once, or with wait
// when the next output arrives (the outputs before it then disappear
// together, and a final pending clear clears nothing).
func TestOutputsOfClearOutput(t *testing.T) {
	stream := func(s string) *Message {
		return iopubMsg(t, "stream", fmt.Sprintf(`{"name":"stdout","text":%q}`, s))
	}
	clear := func(wait bool) *Message {
		return iopubMsg(t, "clear_output", fmt.Sprintf(`{"wait":%v}`, wait))
	}
	for _, tc := range []struct {
		name string
		msgs []*Message
		want string
	}{
		{"clear at once", []*Message{stream("a\n"), clear(false), stream("b\n")}, "[b\n]"},
		{"clear waits for the next output", []*Message{stream("1\n"), clear(true), stream("2\n"), clear(true), stream("3\n")}, "[3\n]"},
		{"a pending clear at the end clears nothing", []*Message{stream("1\n"), clear(true)}, "[1\n]"},
	} {
		var texts []any
		for _, o := range OutputsOf(tc.msgs) {
			texts = append(texts, o["text"].([]any)...)
		}
		if got := fmt.Sprint(texts); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestHelpQuery(t *testing.T) {
	for _, tc := range []struct {
		code   string
		name   string
		detail int
		ok     bool
	}{
		{"x?", "x", 0, true},
		{"  fmt.Println??\n", "fmt.Println", 1, true},
		{"?threading.Lock", "threading.Lock", 0, true},
		{"??q.Put", "q.Put", 1, true},
		{"x := 1", "", 0, false},
		{"a + b?", "", 0, false},
		{"?", "", 0, false},
		{"fmt..X?", "", 0, false},
		{"스레드?", "스레드", 0, true},
		{"1x?", "", 0, false},
		{"%timeit?", "%timeit", 0, true},
		{"%%time??", "%%time", 1, true},
		{"%?", "", 0, false},
		{"%time f()?", "", 0, false},
	} {
		name, detail, ok := helpQuery(tc.code)
		if name != tc.name || detail != tc.detail || ok != tc.ok {
			t.Errorf("helpQuery(%q) = %q, %d, %v; want %q, %d, %v", tc.code, name, detail, ok, tc.name, tc.detail, tc.ok)
		}
	}
}
