package kernel

import (
	"fmt"
	"path/filepath"
	"testing"
)

func intp(n int) *int { return &n }

// TestHistorySessions checks history_reply as IPython gives it: numbered
// sessions that outlive the kernel process (through the file), tail over
// all sessions, range within a session (0 this one, negative counting
// back), glob search with unique and n, and outputs.
func TestHistorySessions(t *testing.T) {
	file := filepath.Join(t.TempDir(), "gonotes", "history.jsonl")
	h1, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	h1.add(1, `x := 1`)
	h1.add(2, `x + 1`)
	h1.setOutput(2, "2")
	h1.add(3, `fmt.Println(x)`)

	h2, err := openHistory(file) // the kernel restarted
	if err != nil {
		t.Fatal(err)
	}
	if h1.session != 1 || h2.session != 2 {
		t.Fatalf("sessions %d, %d; want 1, 2", h1.session, h2.session)
	}
	h2.add(1, `y := 2`)
	h2.add(2, `x + 1`)
	h2.setOutput(2, "3")

	for _, tc := range []struct {
		name string
		req  historyRequest
		want string
	}{
		{"tail", historyRequest{Access: "tail", N: intp(3)},
			"[[1 3 fmt.Println(x)] [2 1 y := 2] [2 2 x + 1]]"},
		{"tail with output", historyRequest{Access: "tail", N: intp(2), Output: true},
			"[[2 1 [y := 2 <nil>]] [2 2 [x + 1 3]]]"},
		{"range of this session", historyRequest{Access: "range", Session: 0, Start: 2},
			"[[2 2 x + 1]]"},
		{"range of the previous session", historyRequest{Access: "range", Session: -1, Start: 1, Stop: intp(3)},
			"[[1 1 x := 1] [1 2 x + 1]]"},
		{"range by absolute session, with output", historyRequest{Access: "range", Session: 1, Start: 2, Stop: intp(3), Output: true},
			"[[1 2 [x + 1 2]]]"},
		{"search", historyRequest{Access: "search", Pattern: "x*"},
			"[[1 1 x := 1] [1 2 x + 1] [2 2 x + 1]]"},
		{"search unique", historyRequest{Access: "search", Pattern: "x*", Unique: true},
			"[[1 1 x := 1] [2 2 x + 1]]"},
		{"search n", historyRequest{Access: "search", Pattern: "*", N: intp(2)},
			"[[2 1 y := 2] [2 2 x + 1]]"},
		{"search ? and class", historyRequest{Access: "search", Pattern: "[xy] ?= *"},
			"[[1 1 x := 1] [2 1 y := 2]]"},
	} {
		if got := fmt.Sprint(h2.reply(tc.req)); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}

	mem, _ := openHistory("") // no file: one session in memory
	mem.add(1, "a")
	if got := fmt.Sprint(mem.reply(historyRequest{Access: "tail", N: intp(5)})); got != "[[1 1 a]]" {
		t.Errorf("memory: %s", got)
	}
}
