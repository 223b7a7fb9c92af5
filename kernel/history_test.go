package kernel

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestHistoryTrim checks the cap of the history file: a trim keeps the
// last inputs (with their outputs), sessions keep their numbers (a trim
// inside a session, or one that removes every session line), the next
// kernel numbers its session after the last, and the file is replaced
// atomically (no temporary left), also under a kernel that still appends
// to the file it opened before.
func TestHistoryTrim(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "history.jsonl")
	h1, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 6; i++ {
		h1.add(i, fmt.Sprintf("a%d", i))
		h1.setOutput(i, fmt.Sprint(i*10))
	}
	h2, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	h2.add(1, "b1")

	// 7 inputs, more than 5: keep the last 3 (a5, a6 of session 1, b1).
	if err := trimHistory(file, 3, 5, 1<<20); err != nil {
		t.Fatal(err)
	}
	h3, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	if h3.session != 3 {
		t.Errorf("session after the trim = %d, want 3", h3.session)
	}
	for _, tc := range []struct {
		name string
		req  historyRequest
		want string
	}{
		{"tail", historyRequest{Access: "tail", N: intp(10), Output: true},
			"[[1 5 [a5 50]] [1 6 [a6 60]] [2 1 [b1 <nil>]]]"},
		{"range of session 1", historyRequest{Access: "range", Session: 1, Start: 1},
			"[[1 5 a5] [1 6 a6]]"},
		{"range of the previous session", historyRequest{Access: "range", Session: -1, Start: 1},
			"[[2 1 b1]]"},
	} {
		if got := fmt.Sprint(h3.reply(tc.req)); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}

	// h1 still has the replaced file open: its next line reaches the new one.
	h1.add(7, "a7")
	h4, _ := openHistory(file)
	if got := fmt.Sprint(h4.reply(historyRequest{Access: "range", Session: 1, Start: 7})); got != "[[1 7 a7]]" {
		t.Errorf("a line appended after the trim: got %s", got)
	}

	// A trim that keeps no session line keeps the numbering: 4 inputs of
	// session 4 (h4's), keep 2.
	for i := 1; i <= 4; i++ {
		h4.add(i, fmt.Sprintf("d%d", i))
	}
	if err := trimHistory(file, 2, 3, 1<<20); err != nil {
		t.Fatal(err)
	}
	h5, _ := openHistory(file)
	if h5.session != 5 {
		t.Errorf("session after the second trim = %d, want 5", h5.session)
	}
	if got := fmt.Sprint(h5.reply(historyRequest{Access: "tail", N: intp(10)})); got != "[[4 3 d3] [4 4 d4]]" {
		t.Errorf("after the second trim: %s", got)
	}

	// The byte limit: large outputs make a trim keep fewer inputs.
	big := strings.Repeat("x", 1000)
	for i := 1; i <= 4; i++ {
		h5.add(i, fmt.Sprintf("e%d", i))
		h5.setOutput(i, big)
	}
	if err := trimHistory(file, 100, 100, 3000); err != nil {
		t.Fatal(err)
	}
	h6, _ := openHistory(file)
	if got := fmt.Sprint(h6.reply(historyRequest{Access: "tail", N: intp(10)})); got != "[[5 4 e4]]" {
		t.Errorf("after the byte-limited trim: %s", got)
	}
	if h6.session != 6 {
		t.Errorf("session after the third trim = %d, want 6", h6.session)
	}

	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the history's folder: %v", entries)
	}
}

// TestHistoryTrimAtStart checks that a kernel trims a file over the limit
// when it starts.
func TestHistoryTrimAtStart(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	h, _ := openHistory(file)
	for i := 1; i <= historyTrimAt+1; i++ {
		h.add(i, "x")
	}
	h2, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	got := h2.reply(historyRequest{Access: "tail", N: intp(-1)})
	if len(got) != historyKeep || got[0][1] != historyTrimAt+1-historyKeep+1 {
		t.Errorf("after a start over the limit: %d lines, first %v", len(got), got[0])
	}
	if h2.session != 2 {
		t.Errorf("session = %d, want 2", h2.session)
	}
}
