package kernel

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// TestHistoryTrim checks the cap of the history file: a kernel that
// starts trims it, keeping the last inputs (with their outputs); sessions
// keep their numbers (a trim inside a session, or one that removes every
// session line); the kernel numbers its session after the last; the file
// is replaced atomically (no temporary left); and no kernel trims the file
// while another has it open (its lines would be lost).
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

	// h2 still runs: no trim although 7 inputs are more than 5.
	h3, err := openHistoryLimits(file, 3, 5, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	h2.add(2, "b2")
	if got := fmt.Sprint(h3.reply(historyRequest{Access: "tail", N: intp(-1)})); got != "[[1 1 a1] [1 2 a2] [1 3 a3] [1 4 a4] [1 5 a5] [1 6 a6] [2 1 b1] [2 2 b2]]" {
		t.Errorf("with another kernel running: %s", got)
	}
	h1.close()
	h2.close()
	h3.close()

	// 8 inputs, more than 5: keep the last 3 (a6 of session 1, b1, b2).
	h4, err := openHistoryLimits(file, 3, 5, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if h4.session != 4 {
		t.Errorf("session after the trim = %d, want 4", h4.session)
	}
	for _, tc := range []struct {
		name string
		req  historyRequest
		want string
	}{
		{"tail", historyRequest{Access: "tail", N: intp(10), Output: true},
			"[[1 6 [a6 60]] [2 1 [b1 <nil>]] [2 2 [b2 <nil>]]]"},
		{"range of session 1", historyRequest{Access: "range", Session: 1, Start: 1},
			"[[1 6 a6]]"},
		{"range of session 2", historyRequest{Access: "range", Session: -2, Start: 1},
			"[[2 1 b1] [2 2 b2]]"},
	} {
		if got := fmt.Sprint(h4.reply(tc.req)); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}

	// A trim that keeps no session line keeps the numbering: 4 inputs of
	// session 4 (h4's), keep 2.
	for i := 1; i <= 4; i++ {
		h4.add(i, fmt.Sprintf("d%d", i))
	}
	h4.close()
	h5, _ := openHistoryLimits(file, 2, 3, 1<<20)
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
	h5.close()
	h6, _ := openHistoryLimits(file, 100, 100, 3000)
	defer h6.close()
	if got := fmt.Sprint(h6.reply(historyRequest{Access: "tail", N: intp(10)})); got != "[[5 4 e4]]" {
		t.Errorf("after the byte-limited trim: %s", got)
	}
	if h6.session != 6 {
		t.Errorf("session after the third trim = %d, want 6", h6.session)
	}

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "history.jsonl" && e.Name() != "history.jsonl.lock" {
			t.Errorf("file left in the history's folder: %s", e.Name())
		}
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
	h.close() // the kernel ended
	h2, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	defer h2.close()
	got := h2.reply(historyRequest{Access: "tail", N: intp(-1)})
	if len(got) != historyKeep || got[0][1] != historyTrimAt+1-historyKeep+1 {
		t.Errorf("after a start over the limit: %d lines, first %v", len(got), got[0])
	}
	if h2.session != 2 {
		t.Errorf("session = %d, want 2", h2.session)
	}
}

// TestHistoryKernelsAtOnce: kernels that start and append to the same file
// at the same time get their own session numbers and lose no line, long
// ones included, and no line is torn.
func TestHistoryKernelsAtOnce(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	const kernels, cells = 4, 200
	big := strings.Repeat("y", 100<<10) // more than a pipe's or a page's atomic size
	hs := make([]*history, kernels)
	var wg sync.WaitGroup
	for k := range hs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := openHistoryLimits(file, 10, 20, 1<<30) // would trim if it could
			if err != nil {
				t.Error(err)
				return
			}
			hs[k] = h
			for i := 1; i <= cells; i++ {
				code := fmt.Sprintf("k%d c%d", k, i)
				if i%50 == 0 {
					code += big
				}
				h.add(i, code)
				h.setOutput(i, code)
			}
		}()
	}
	wg.Wait()
	sessions := map[int]int{} // session -> kernel
	for k, h := range hs {
		if h == nil {
			t.FailNow()
		}
		if other, ok := sessions[h.session]; ok {
			t.Errorf("kernels %d and %d both have session %d", other, k, h.session)
		}
		sessions[h.session] = k
		h.close()
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// (An empty line is no harm: a kernel that starts while another is
	// writing a line cannot tell that line from a torn one, and starts its
	// own on a new line.)
	lines := strings.FieldsFunc(string(b), func(r rune) bool { return r == '\n' })
	if len(parseHistory(b)) != len(lines) {
		t.Errorf("%d of %d lines do not parse", len(lines)-len(parseHistory(b)), len(lines))
	}
	h, _ := openHistory(file)
	defer h.close()
	for s, k := range sessions {
		got := h.reply(historyRequest{Access: "range", Session: s, Start: 1, Output: true})
		if len(got) != cells {
			t.Errorf("kernel %d (session %d): %d lines, want %d", k, s, len(got), cells)
			continue
		}
		for i, l := range got {
			io := l[2].([]any)
			want := fmt.Sprintf("k%d c%d", k, i+1)
			if in := io[0].(string); !strings.HasPrefix(in, want) || io[1] != in {
				t.Errorf("kernel %d line %d: %.20q, output %.20q; want %q", k, i+1, in, io[1], want)
			}
		}
	}
}

// TestHistoryResume checks that a kernel's next interpreter process (after
// its predecessor died) continues the same session: the lines so far, with
// their outputs, are its own, new lines follow them, and the next kernel
// still starts the next session.
func TestHistoryResume(t *testing.T) {
	file := filepath.Join(t.TempDir(), "gonotes", "history.jsonl")
	h1, err := openHistory(file)
	if err != nil {
		t.Fatal(err)
	}
	h1.add(1, `x := 1`)
	h1.add(2, `x + 1`)
	h1.setOutput(2, "2")
	h1.close() // the interpreter died

	h2, err := openHistoryResume(file, h1.session)
	if err != nil {
		t.Fatal(err)
	}
	h2.add(3, `x * 5`)
	h2.setOutput(3, "5")
	if got, want := fmt.Sprint(h2.reply(historyRequest{Access: "range", Session: 0, Output: true})),
		"[[1 1 [x := 1 <nil>]] [1 2 [x + 1 2]] [1 3 [x * 5 5]]]"; got != want {
		t.Errorf("the resumed session: got %s, want %s", got, want)
	}
	h3, err := openHistory(file) // the kernel restarted
	if err != nil {
		t.Fatal(err)
	}
	if h3.session != 2 {
		t.Errorf("the next kernel's session is %d, want 2", h3.session)
	}
	if got, want := fmt.Sprint(h3.reply(historyRequest{Access: "range", Session: -1, Start: 1})),
		"[[1 1 x := 1] [1 2 x + 1] [1 3 x * 5]]"; got != want {
		t.Errorf("the previous session: got %s, want %s", got, want)
	}
}
