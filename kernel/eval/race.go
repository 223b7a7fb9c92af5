package eval

import (
	"bufio"
	"fmt"
	"go/token"
	"io"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// The race detector in cells (`%race on`). In a gonotes binary built with
// -race (gonotes-race), Go's race runtime watches the interpreter: an
// interpreted `counter++` is a read and a write of counter's memory by
// reflect, so two goroutines of a cell racing on counter are reported. The
// kernel starts such an interpreter with GORACE=log_path=... so that the
// reports go to a file, not to the cell, and after each cell it reads them
// and says what they mean in the notebook's terms:
//
//   - the variable, found by its address among the notebook's globals (and
//     what they point to: fields, elements);
//   - the two accesses (read or write);
//   - for each goroutine, the cell line that started it (a go statement, or
//     the call that started a threading.Thread) and the thread's name.
//
// The race runtime names goroutines by its own ids, unrelated to Go's, and
// its stacks show only interpreter frames. So each goroutine that a cell
// starts runs its body through one of raceTramps, compiled functions that do
// nothing but call it: the trampoline in an access's stack tells which
// origin (cell, line, thread name) the goroutine has.

// RaceLogEnv names the environment variable that holds the log_path given to
// the race runtime (in GORACE); the runtime writes to that path plus "." and
// the process id.
const RaceLogEnv = "GONOTES_RACE_LOG"

// RaceEnabled reports whether this binary was built with the race detector.
func RaceEnabled() bool { return raceEnabled }

// raceOrigin is where a goroutine was started.
type raceOrigin struct {
	cell   int64 // scope ID of the cell (-1: unknown)
	line   int   // line in that cell (0: unknown)
	text   string
	thread string // the threading.Thread's name, "" for a go statement
}

// raceWatch is the race-mode state of a session.
type raceWatch struct {
	s    *Session
	path string // the race runtime's log file
	out  io.Writer

	mu      sync.Mutex
	offset  int64
	partial string
	slots   [len(raceTramps)]raceOrigin
	used    int            // slots used so far (then reused round robin)
	byKey   map[string]int // origin key -> slot
	at      map[int64]int  // goroutine id -> position of its last thread-starting call
	nextUse int
}

// newRaceWatch returns the race state of s, or nil when this binary has no
// race detector or the kernel gave it no log file.
func newRaceWatch(s *Session, log io.Writer) *raceWatch {
	prefix := os.Getenv(RaceLogEnv)
	if !raceEnabled || prefix == "" {
		return nil
	}
	if log == nil {
		log = io.Discard
	}
	w := &raceWatch{s: s, path: prefix + "." + strconv.Itoa(os.Getpid()), out: log, byKey: map[string]int{}, at: map[int64]int{}}
	hook.SetThreadTracer(w.threadTracer)
	return w
}

// at records, in race mode, the position (a token.Pos) of a statement that
// may start a thread, for the thread tracer.
func (rt *runtime) at(pos int) {
	if w := rt.s.race; w != nil {
		w.mu.Lock()
		w.at[hook.GoID()] = pos
		w.mu.Unlock()
	}
}

// threadTracer is the hook.SetThreadTracer of race mode: the thread runs
// through the trampoline of its origin.
func (w *raceWatch) threadTracer(name string) func(body func()) {
	w.mu.Lock()
	pos, ok := w.at[hook.GoID()]
	w.mu.Unlock()
	o := raceOrigin{cell: -1, thread: name}
	if ok {
		o = w.origin(pos)
		o.thread = name
	}
	tramp := raceTramps[w.slot(o)]
	return tramp
}

// run runs f, the body of a goroutine started by the go statement at pos,
// through the trampoline of its origin.
func (w *raceWatch) run(pos int, f func()) {
	raceTramps[w.slot(w.origin(pos))](f)
}

// origin returns the cell line of pos.
func (w *raceWatch) origin(pos int) raceOrigin {
	o := raceOrigin{cell: -1}
	if pos <= 0 {
		return o
	}
	p := w.s.i.FileSet().Position(token.Pos(pos))
	if !p.IsValid() {
		return o
	}
	if r, ok := w.s.lines.lookup(p.Line); ok {
		o.cell, o.line = r.cell, p.Line-r.base+1
		o.text = strings.TrimSpace(cellLine{r: r, line: o.line}.text())
	}
	return o
}

// slot returns the trampoline index of o.
func (w *raceWatch) slot(o raceOrigin) int {
	key := fmt.Sprintf("%d:%d:%s", o.cell, o.line, o.thread)
	w.mu.Lock()
	defer w.mu.Unlock()
	if i, ok := w.byKey[key]; ok {
		return i
	}
	var i int
	if w.used < len(w.slots) {
		i = w.used
		w.used++
	} else {
		// Every slot is taken: reuse the oldest.
		i = w.nextUse
		w.nextUse = (w.nextUse + 1) % len(w.slots)
		old := w.slots[i]
		delete(w.byKey, fmt.Sprintf("%d:%d:%s", old.cell, old.line, old.thread))
	}
	w.slots[i] = o
	w.byKey[key] = i
	return i
}

// raceReport is one report of the race runtime.
type raceReport struct {
	raw      string
	addr     uintptr
	accesses []raceAccess
}

// raceAccess is one of the two conflicting accesses.
type raceAccess struct {
	kind     string // "read", "write", "atomic read", ...
	previous bool
	g        string // the race runtime's goroutine id, "main" for the main goroutine
	frames   []string
}

// kernels reports whether one of the accesses is not made by interpreted
// code (no yaegi runCfg in its stack) but by the kernel or the interpreter
// itself: the interpreter growing its global frame while a goroutine of an
// earlier cell reads a global, the kernel reading a value for a completion
// or for raceName. Those are not the notebook's races. An access whose
// stack the race runtime did not keep is not counted as one.
func (r raceReport) kernels() bool {
	for _, a := range r.accesses {
		if len(a.frames) == 0 || strings.Contains(a.frames[0], "failed to restore") {
			continue
		}
		interpreted := false
		for _, f := range a.frames {
			if strings.Contains(f, "/interp.runCfg(") {
				interpreted = true
				break
			}
		}
		if !interpreted {
			return true
		}
	}
	return false
}

var raceAccessRe = regexp.MustCompile(`^(Previous )?((?:[Aa]tomic )?(?:[Rr]ead|[Ww]rite)) at 0x([0-9a-f]+) by (main goroutine|goroutine (\d+)):$`)

// parseRaceReports splits the race runtime's output into reports; rest is
// an unfinished report at the end.
func parseRaceReports(text string) (reps []raceReport, rest string) {
	const sep = "=================="
	for {
		i := strings.Index(text, sep+"\n")
		if i < 0 {
			return reps, text
		}
		j := strings.Index(text[i+len(sep)+1:], sep+"\n")
		if j < 0 {
			return reps, text[i:]
		}
		body := text[i+len(sep)+1 : i+len(sep)+1+j]
		text = text[i+len(sep)+1+j+len(sep)+1:]
		if !strings.HasPrefix(body, "WARNING: DATA RACE") {
			continue
		}
		reps = append(reps, parseRaceReport(body))
	}
}

func parseRaceReport(body string) raceReport {
	rep := raceReport{raw: body}
	var cur *raceAccess
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := raceAccessRe.FindStringSubmatch(line); m != nil {
			a := raceAccess{kind: strings.ToLower(m[2]), previous: m[1] != "", g: m[5]}
			if m[4] == "main goroutine" {
				a.g = "main"
			}
			if rep.addr == 0 {
				if v, err := strconv.ParseUint(m[3], 16, 64); err == nil {
					rep.addr = uintptr(v)
				}
			}
			rep.accesses = append(rep.accesses, a)
			cur = &rep.accesses[len(rep.accesses)-1]
			continue
		}
		if strings.TrimSpace(line) == "" || !strings.HasPrefix(line, "  ") {
			cur = nil
			continue
		}
		if cur != nil && !strings.HasPrefix(line, "      ") {
			cur.frames = append(cur.frames, strings.TrimSpace(line))
		}
	}
	return rep
}

var raceTrampRe = regexp.MustCompile(`eval\.raceTramp(\d+)\(`)

// who describes the goroutine of an access.
func (w *raceWatch) who(a raceAccess, cell int64) string {
	for _, f := range a.frames {
		if m := raceTrampRe.FindStringSubmatch(f); m != nil {
			i, _ := strconv.Atoi(m[1])
			w.mu.Lock()
			o := w.slots[i]
			w.mu.Unlock()
			return o.describe(cell)
		}
	}
	for _, f := range a.frames {
		// The cell's statements run in the goroutine that yaegi's
		// ExecuteWithContext starts.
		if strings.Contains(f, "interp.(*Interpreter).ExecuteWithContext.func") || strings.Contains(f, "eval.(*Session).exec(") {
			return "the cell itself (its main goroutine)"
		}
	}
	if len(a.frames) == 0 || strings.Contains(strings.Join(a.frames, "\n"), "failed to restore") {
		return "another goroutine (the race detector kept no trace of where it ran)"
	}
	return "a goroutine that no cell line started (the kernel's or the library's)"
}

func (o raceOrigin) describe(cell int64) string {
	var b strings.Builder
	if o.thread != "" {
		fmt.Fprintf(&b, "thread %q", o.thread)
	} else {
		b.WriteString("the goroutine")
	}
	switch {
	case o.line == 0:
		b.WriteString(" (where it was started is unknown)")
	case o.cell == cell:
		fmt.Fprintf(&b, " started at line %d of this cell", o.line)
	case o.cell < 0:
		fmt.Fprintf(&b, " started at line %d of a replayed declaration", o.line)
	default:
		fmt.Fprintf(&b, " started at cell[%d] line %d", o.cell, o.line)
	}
	if o.text != "" {
		fmt.Fprintf(&b, ": %s", o.text)
	}
	return b.String()
}

// report reads the race runtime's new reports and shows each race once on
// w (the cell's stderr), the raw reports going to the kernel log. cell is
// the scope ID of the cell.
func (w *raceWatch) report(stderr io.Writer, cell int64) {
	text := w.read()
	if text == "" {
		return
	}
	reps, rest := parseRaceReports(text)
	w.mu.Lock()
	w.partial = rest
	w.mu.Unlock()
	type race struct {
		text  string
		count int
	}
	var order []string
	races := map[string]*race{}
	for _, rep := range reps {
		fmt.Fprintf(w.out, "race detector report (cell %d):\n%s", cell, rep.raw)
		if rep.kernels() {
			continue
		}
		name := w.s.raceName(rep.addr)
		if strings.HasPrefix(name, "__gonotes") || strings.HasPrefix(name, "__g") {
			continue // the kernel's own variables (the interrupt flag)
		}
		var lines []string
		for _, a := range rep.accesses {
			kind := a.kind
			if a.previous {
				kind = "previous " + kind
			}
			lines = append(lines, fmt.Sprintf("    %-15s by %s", kind, w.who(a, cell)))
		}
		what := name
		if what == "" {
			what = fmt.Sprintf("memory at %#x (not a variable of the notebook's globals)", rep.addr)
		}
		// One report per race: the same variable and the same goroutines,
		// whichever accesses (read, write) the runtime caught.
		var whos []string
		for _, a := range rep.accesses {
			whos = append(whos, w.who(a, cell))
		}
		sort.Strings(whos)
		key := what + "\n" + strings.Join(whos, "\n")
		if r := races[key]; r != nil {
			r.count++
			continue
		}
		races[key] = &race{count: 1, text: "WARNING: DATA RACE on " + what + "\n" + strings.Join(lines, "\n") + "\n"}
		order = append(order, key)
	}
	if len(order) == 0 {
		return
	}
	var b strings.Builder
	for _, k := range order {
		r := races[k]
		b.WriteString(r.text)
		if r.count > 1 {
			fmt.Fprintf(&b, "    (reported %d times)\n", r.count)
		}
	}
	fmt.Fprintf(&b, "Two goroutines used the same variable at the same time, and at least one of them wrote it: "+
		"the result depends on timing. Guard it with a lock (threading.Lock, sync.Mutex), or use a channel or sync/atomic.\n")
	fmt.Fprintf(&b, "race detector: %d data race(s) in this cell\n", len(order))
	io.WriteString(stderr, b.String())
}

// read returns what the race runtime wrote since the last read, after the
// unfinished report kept from then.
func (w *raceWatch) read() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	f, err := os.Open(w.path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if _, err := f.Seek(w.offset, io.SeekStart); err != nil {
		return ""
	}
	b, err := io.ReadAll(io.LimitReader(f, 64<<20))
	if err != nil || len(b) == 0 {
		return ""
	}
	w.offset += int64(len(b))
	text := w.partial + string(b)
	w.partial = ""
	return text
}

// raceName returns the name of the notebook variable (or field, or
// element) at addr, or "".
func (s *Session) raceName(addr uintptr) string {
	if addr == 0 {
		return ""
	}
	g := s.globals()
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	f := &addrFinder{addr: addr, seen: map[uintptr]bool{}, budget: 200000}
	// First the globals themselves, then what they point to.
	for _, n := range names {
		if v := g[n]; v.IsValid() && v.CanAddr() {
			if name, ok := f.within(v, n); ok {
				return name
			}
		}
	}
	for _, n := range names {
		if strings.HasPrefix(n, "__") {
			continue
		}
		if name, ok := f.find(g[n], n, 6); ok {
			return name
		}
	}
	return ""
}

// addrFinder looks for the value at addr among values and what they point to.
type addrFinder struct {
	addr   uintptr
	seen   map[uintptr]bool
	budget int
}

// within names the part of v (addressable) that holds addr.
func (f *addrFinder) within(v reflect.Value, name string) (string, bool) {
	base, size := v.UnsafeAddr(), v.Type().Size()
	if f.addr < base || f.addr >= base+max(size, 1) {
		return "", false
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if n, ok := f.within(v.Field(i), name+"."+v.Type().Field(i).Name); ok {
				return n, true
			}
		}
	case reflect.Array:
		if es := v.Type().Elem().Size(); es > 0 {
			i := int((f.addr - base) / es)
			if i < v.Len() {
				return f.within(v.Index(i), fmt.Sprintf("%s[%d]", name, i))
			}
		}
	}
	return name, true
}

// find looks for addr in what v refers to (pointers, slices, interfaces,
// fields, elements), depth levels deep.
func (f *addrFinder) find(v reflect.Value, name string, depth int) (string, bool) {
	if !v.IsValid() || depth < 0 || f.budget <= 0 {
		return "", false
	}
	f.budget--
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "", false
		}
		p := v.Pointer()
		if f.seen[p] {
			return "", false
		}
		f.seen[p] = true
		e := v.Elem()
		if n, ok := f.within(e, name); ok {
			return n, true
		}
		return f.find(e, name, depth-1)
	case reflect.Interface:
		return f.find(v.Elem(), name, depth)
	case reflect.Slice:
		if v.Len() == 0 {
			return "", false
		}
		base := v.Pointer()
		es := v.Type().Elem().Size()
		if es > 0 && f.addr >= base && f.addr < base+uintptr(v.Len())*es {
			i := int((f.addr - base) / es)
			return f.within(v.Index(i), fmt.Sprintf("%s[%d]", name, i))
		}
		if f.seen[base] {
			return "", false
		}
		f.seen[base] = true
		for i := 0; i < v.Len() && i < 1000; i++ {
			if n, ok := f.find(v.Index(i), fmt.Sprintf("%s[%d]", name, i), depth-1); ok {
				return n, true
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if n, ok := f.find(v.Field(i), name+"."+v.Type().Field(i).Name, depth-1); ok {
				return n, true
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len() && i < 1000; i++ {
			if n, ok := f.find(v.Index(i), fmt.Sprintf("%s[%d]", name, i), depth-1); ok {
				return n, true
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for n := 0; iter.Next() && n < 1000; n++ {
			if nm, ok := f.find(iter.Value(), fmt.Sprintf("%s[%v]", name, iter.Key()), depth-1); ok {
				return nm, true
			}
		}
	}
	return "", false
}
