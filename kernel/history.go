package kernel

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// history is the kernel's input history, as IPython keeps it: numbered
// sessions (one per kernel process) of numbered lines, each with its input
// and the text of its result. With a file, sessions outlive the kernel: a
// restarted kernel starts the next session and can still list and search
// the earlier ones, as `%history` and a console's up-arrow do in IPython.
//
// The file holds one JSON object a line: {"session": STAMP} when a session
// starts, {"s": N, "l": L, "in": code} for each input and
// {"s": N, "l": L, "out": text} when a result is known. Each line is
// appended in one write with O_APPEND, which the system does not
// interleave with another kernel's (no lock, no stat: a cell costs one
// write); a session's number is the count of session lines up to its own,
// or the number a session line gives ({"session": STAMP, "n": N}, written
// by a trim).
//
// A kernel starts under an exclusive flock of the file's companion
// path+".lock" (other kernels starting wait for it): it reads the file once,
// which gives its session's number, and appends its session line. From
// then on it holds a shared flock of the file itself, until it ends: that
// is what keeps other kernels from replacing the file under it.
//
// The file does not grow for ever: when a kernel starts and finds more
// than historyTrimAt inputs (or historyMaxBytes), it keeps the last
// historyKeep inputs (as `ipython history trim` keeps 1000), fewer if they
// still take more than half of historyMaxBytes, and replaces the file
// atomically (a new file, its session line included, renamed over it) —
// provided it gets an exclusive flock of the file at once, that is, no
// other kernel has it open; else the next kernel to start trims it.
// Session numbers do not change.
type history struct {
	mu      sync.Mutex
	path    string   // "" keeps the history in memory only
	file    *os.File // path, opened for appending, share-locked
	session int
	entries []historyEntry // this session's

	// Other sessions' inputs, with their outputs, read from h.file on
	// demand: each byte once, up to read (the end of the last whole
	// line), so that lines other kernels append later are seen too.
	others []historyEntry
	index  map[[2]int]int // others' index of a session's line
	read   int64
}

type historyEntry struct {
	Session int     `json:"s"`
	Line    int     `json:"l"`
	In      *string `json:"in,omitempty"`
	Out     *string `json:"out,omitempty"`
	Start   int64   `json:"session,omitempty"`
	N       int     `json:"n,omitempty"` // a session line's number, once trimmed
}

// The history file's limits (see history).
const (
	historyKeep     = 1000            // inputs a trim keeps
	historyTrimAt   = 2 * historyKeep // inputs that make the next kernel trim
	historyMaxBytes = 8 << 20         // bytes that make the next kernel trim
)

// HistoryPath is where a kernel keeps its history file: $GONOTES_HISTORY
// ("off" for none), else gonotes/history.jsonl in the Jupyter data
// directory (UserDataDir: where the kernelspec is installed too).
func HistoryPath() string {
	if p := os.Getenv("GONOTES_HISTORY"); p != "" {
		if p == "off" {
			return ""
		}
		return p
	}
	dir, err := UserDataDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "gonotes", "history.jsonl")
}

// openHistory starts a session in the file at path ("" for memory only).
// A file that cannot be written leaves the history in memory, with the
// reason returned for the kernel's log.
func openHistory(path string) (*history, error) {
	return openHistoryLimits(path, historyKeep, historyTrimAt, historyMaxBytes)
}

// openHistoryLimits is openHistory with the trim's limits (see
// trimLines).
func openHistoryLimits(path string, keep, trimAt int, maxBytes int64) (*history, error) {
	h := &history{path: path, session: 1}
	if path == "" {
		return h, nil
	}
	trimErr, err := h.start(int64(os.Getpid()), keep, trimAt, maxBytes)
	if err != nil {
		h.close()
		h.path = ""
		return h, fmt.Errorf("history: %w; keeping it in memory", err)
	}
	if trimErr != nil {
		return h, fmt.Errorf("history: %w", trimErr)
	}
	return h, nil
}

// start opens the file, reads it once, trims it if it is too large and no
// other kernel has it open, and appends the session line of this session,
// whose number it sets; all under the lock of path+".lock". It leaves the
// file open, share-locked, in h.file.
func (h *history) start(stamp int64, keep, trimAt int, maxBytes int64) (trimErr, err error) {
	if err := os.MkdirAll(filepath.Dir(h.path), 0o755); err != nil {
		return nil, err
	}
	lock, err := os.OpenFile(h.path+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	defer lock.Close() // and so unlocked
	if err := lockFile(lock); err != nil {
		return nil, fmt.Errorf("lock %s: %w", lock.Name(), err)
	}
	f, err := os.OpenFile(h.path, os.O_APPEND|os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	h.file = f
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", h.path, err)
	}
	lines := parseHistory(data)
	last := 0
	for _, l := range lines {
		if l.n > 0 {
			last = l.n
		}
	}
	h.session = last + 1
	session, err := json.Marshal(historyEntry{Start: stamp})
	if err != nil {
		return nil, err
	}
	session = append(session, '\n')
	if trimmed, ok := trimLines(lines, keep, trimAt, maxBytes); ok {
		if tryLockFile(f) {
			trimErr = h.replace(append(trimmed, session...))
			if trimErr == nil {
				return nil, lockSharedFile(h.file)
			}
			_ = unlockFile(f)
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		// After a torn line, or one another kernel is writing now (a
		// reader may see part of it): on a line of its own, at the cost
		// of an empty line in the second case.
		session = append([]byte{'\n'}, session...)
	}
	if _, err := f.Write(session); err != nil {
		return trimErr, err
	}
	return trimErr, lockSharedFile(f)
}

// replace puts data in place of the history file, atomically (a new file
// renamed over it), and opens the new one for appending in h.file.
func (h *history) replace(data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(h.path), ".history-*.jsonl")
	if err != nil {
		return fmt.Errorf("trim %s: %w", h.path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename: nothing
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), h.path)
	}
	if err != nil {
		return fmt.Errorf("trim %s: %w", h.path, err)
	}
	f, err := os.OpenFile(h.path, os.O_APPEND|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("trim %s: %w", h.path, err)
	}
	_ = h.file.Close()
	h.file = f
	return nil
}

// close closes the file (and so releases its shared lock).
func (h *history) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.file != nil {
		_ = h.file.Close()
		h.file = nil
	}
}

// sessionNumber returns the number of session line e, the previous one's
// being prev.
func sessionNumber(e historyEntry, prev int) int {
	if e.N > 0 {
		return e.N
	}
	return prev + 1
}

// append writes e as one line at the end of the file: one write with
// O_APPEND, which no other kernel's line interleaves with.
func (h *history) append(e historyEntry) error {
	if h.file == nil {
		return nil
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	_, err = h.file.Write(append(b, '\n'))
	return err
}

// historyLine is a line of the file, parsed.
type historyLine struct {
	raw []byte
	e   historyEntry
	n   int // a session line's number
}

// parseHistory parses the lines of a history file, numbering the session
// lines; torn or foreign lines are dropped.
func parseHistory(data []byte) []historyLine {
	var lines []historyLine
	n := 0
	for len(data) > 0 {
		raw := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		var e historyEntry
		if json.Unmarshal(raw, &e) != nil {
			continue
		}
		l := historyLine{raw: raw, e: e}
		if e.Start != 0 {
			n = sessionNumber(e, n)
			l.n = n
		}
		lines = append(lines, l)
	}
	return lines
}

// trimLines returns the content of the history file trimmed, if lines hold
// more than trimAt inputs or maxBytes bytes: the last keep inputs, fewer
// if they take more than maxBytes/2, with their outputs and the session
// lines among them, each given its number, after the last session line
// before them (so that sessions keep their numbers). ok is false when no
// trim is due.
func trimLines(lines []historyLine, keep, trimAt int, maxBytes int64) (out []byte, ok bool) {
	var inputs []int // indices of input lines
	var size int64
	for i, l := range lines {
		if l.e.In != nil {
			inputs = append(inputs, i)
		}
		size += int64(len(l.raw)) + 1
	}
	if len(inputs) <= trimAt && size <= maxBytes {
		return nil, false
	}
	// The first input kept: the keep-th from the end, later while the
	// rest is too large.
	first := 0
	if len(inputs) > keep {
		first = len(inputs) - keep
	}
	cut := 0
	if len(inputs) > 0 {
		var tail int64
		for i := inputs[first]; i < len(lines); i++ {
			tail += int64(len(lines[i].raw)) + 1
		}
		for ; first < len(inputs)-1 && tail > maxBytes/2; first++ {
			for i := inputs[first]; i < inputs[first+1]; i++ {
				tail -= int64(len(lines[i].raw)) + 1
			}
		}
		cut = inputs[first]
	}
	var b bytes.Buffer
	writeSession := func(l historyLine) {
		e := l.e
		e.N = l.n
		if j, err := json.Marshal(e); err == nil {
			b.Write(append(j, '\n'))
		}
	}
	for i := cut - 1; i >= 0; i-- { // the last session line before the cut
		if lines[i].e.Start != 0 {
			writeSession(lines[i])
			break
		}
	}
	kept := map[[2]int]bool{}
	for _, l := range lines[cut:] {
		switch {
		case l.e.Start != 0:
			writeSession(l)
		case l.e.In != nil:
			kept[[2]int{l.e.Session, l.e.Line}] = true
			b.Write(append(l.raw, '\n'))
		case l.e.Out != nil && kept[[2]int{l.e.Session, l.e.Line}]:
			b.Write(append(l.raw, '\n'))
		}
	}
	return b.Bytes(), true
}

// readOthers reads the lines appended to the file since the last call
// into h.others (h.mu held).
func (h *history) readOthers() error {
	fi, err := h.file.Stat()
	if err != nil {
		return err
	}
	if fi.Size() <= h.read {
		return nil
	}
	data := make([]byte, fi.Size()-h.read)
	n, err := h.file.ReadAt(data, h.read)
	data = data[:n]
	if err != nil && err != io.EOF {
		return err
	}
	data = data[:bytes.LastIndexByte(data, '\n')+1] // whole lines only
	h.read += int64(len(data))
	if h.index == nil {
		h.index = map[[2]int]int{}
	}
	for _, l := range parseHistory(data) {
		e := l.e
		if e.Start != 0 || e.Session == h.session || e.Session == 0 {
			continue
		}
		k := [2]int{e.Session, e.Line}
		if e.In != nil {
			h.index[k] = len(h.others)
			h.others = append(h.others, e)
		} else if i, ok := h.index[k]; ok && e.Out != nil {
			h.others[i].Out = e.Out
		}
	}
	return nil
}

// add records the input of line n of this session.
func (h *history) add(n int, code string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, historyEntry{Session: h.session, Line: n, In: &code})
	if h.path != "" {
		_ = h.append(historyEntry{Session: h.session, Line: n, In: &code})
	}
}

// setOutput records the text of line n's result.
func (h *history) setOutput(n int, text string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i := len(h.entries) - 1; i >= 0; i-- {
		if h.entries[i].Line == n {
			h.entries[i].Out = &text
			break
		}
	}
	if h.path != "" {
		_ = h.append(historyEntry{Session: h.session, Line: n, Out: &text})
	}
}

// all returns every recorded line in order: other sessions' from the file
// (only what was appended since the last call is read), then this
// session's.
func (h *history) all() []historyEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.file != nil {
		_ = h.readOthers()
	}
	out := make([]historyEntry, 0, len(h.others)+len(h.entries))
	return append(append(out, h.others...), h.entries...)
}

// historyRequest is the content of a history_request.
type historyRequest struct {
	Output  bool   `json:"output"`
	Raw     bool   `json:"raw"`
	Access  string `json:"hist_access_type"`
	Session int    `json:"session"`
	Start   int    `json:"start"`
	Stop    *int   `json:"stop"`
	N       *int   `json:"n"`
	Pattern string `json:"pattern"`
	Unique  bool   `json:"unique"`
}

// reply answers a history_request as IPython does: "tail" (the last n
// lines of all sessions), "range" (lines start..stop-1 of a session: 0 or
// absent is this one, negative counts back from it), "search" (lines whose
// input matches a glob pattern, optionally unique inputs, the last n).
// Each line is [session, line, input] or [session, line, [input, output]].
func (h *history) reply(req historyRequest) [][]any {
	all := h.all()
	var sel []historyEntry
	switch req.Access {
	case "range":
		s := req.Session
		if s <= 0 {
			s = h.session + s
		}
		start := req.Start
		if start <= 0 {
			start = 1
		}
		for _, e := range all {
			if e.Session == s && e.Line >= start && (req.Stop == nil || e.Line < *req.Stop) {
				sel = append(sel, e)
			}
		}
	case "search":
		re := globRegexp(req.Pattern)
		for _, e := range all {
			if re.MatchString(*e.In) {
				sel = append(sel, e)
			}
		}
		if req.Unique {
			seen := map[string]bool{}
			var uniq []historyEntry
			for i := len(sel) - 1; i >= 0; i-- { // keep each input's latest line
				if !seen[*sel[i].In] {
					seen[*sel[i].In] = true
					uniq = append(uniq, sel[i])
				}
			}
			for i, j := 0, len(uniq)-1; i < j; i, j = i+1, j-1 {
				uniq[i], uniq[j] = uniq[j], uniq[i]
			}
			sel = uniq
		}
		if req.N != nil && *req.N > 0 && *req.N < len(sel) {
			sel = sel[len(sel)-*req.N:]
		}
	default: // "tail"
		sel = all
		n := 10
		if req.N != nil {
			n = *req.N
		}
		if n >= 0 && n < len(sel) {
			sel = sel[len(sel)-n:]
		}
	}
	out := make([][]any, 0, len(sel))
	for _, e := range sel {
		var entry any = *e.In
		if req.Output {
			var o any
			if e.Out != nil {
				o = *e.Out
			}
			entry = []any{*e.In, o}
		}
		out = append(out, []any{e.Session, e.Line, entry})
	}
	return out
}

// globRegexp compiles a glob as SQLite's GLOB (which IPython's search
// uses) matches it: the whole input, * any text, ? one character, [...] a
// class ([^...] negated), case-sensitive.
func globRegexp(glob string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?s)^`)
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; c {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		case '[':
			j := strings.IndexByte(glob[i+1:], ']')
			if j < 0 {
				b.WriteString(`\[`)
				continue
			}
			class := glob[i+1 : i+1+j]
			if j == 0 { // "[]...]": a ] first is a member
				k := strings.IndexByte(glob[i+2:], ']')
				if k < 0 {
					b.WriteString(`\[`)
					continue
				}
				class = glob[i+1 : i+2+k]
				j = k + 1
			}
			neg := strings.HasPrefix(class, "^")
			if neg {
				class = class[1:]
			}
			b.WriteString("[")
			if neg {
				b.WriteString("^")
			}
			b.WriteString(strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(class))
			b.WriteString("]")
			i += j + 1
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`$`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(`^` + regexp.QuoteMeta(glob) + `$`)
	}
	return re
}

// openHistoryResume continues session n of the file at path, which an
// earlier process of the same kernel started (its interpreter process,
// before it died): no session line is added, and the session's lines so
// far are read back. A failure keeps the history in memory, as
// openHistory's does.
func openHistoryResume(path string, n int) (*history, error) {
	h := &history{path: path, session: n}
	if err := h.resume(); err != nil {
		h.close()
		h.path = ""
		h.entries = nil
		return h, fmt.Errorf("history: %w; keeping it in memory", err)
	}
	return h, nil
}

// resume opens the file and reads this session's lines back, under the
// lock of path+".lock"; it leaves the file open, share-locked, in h.file.
func (h *history) resume() error {
	lock, err := os.OpenFile(h.path+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer lock.Close() // and so unlocked
	if err := lockFile(lock); err != nil {
		return fmt.Errorf("lock %s: %w", lock.Name(), err)
	}
	f, err := os.OpenFile(h.path, os.O_APPEND|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	h.file = f
	data, err := io.ReadAll(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", h.path, err)
	}
	for _, l := range parseHistory(data) {
		e := l.e
		if e.Start != 0 || e.Session != h.session {
			continue
		}
		if e.In != nil {
			h.entries = append(h.entries, e)
			continue
		}
		for i := len(h.entries) - 1; i >= 0; i-- {
			if h.entries[i].Line == e.Line {
				h.entries[i].Out = e.Out
				break
			}
		}
	}
	return lockSharedFile(f)
}
