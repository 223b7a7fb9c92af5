package timeline

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// model is a recording turned into lanes and intervals, ready to draw.
type model struct {
	total   time.Duration // length of the recording
	nevents int
	dropped int
	lanes   []*lane
	objs    []*object // objects that get a colour, in order of first appearance
	byName  map[string]*object
	hands   []handoff
}

// object is a synchronisation object seen in the trace.
type object struct {
	name  string // "Lock#1", "Queue#2", "Thread worker 1"
	kind  string // "lock", "sem", "cond", "event", "queue", "barrier", "future", "thread"
	color string // "" until it needs one
	hold  time.Duration
}

// lane is one thread or process.
type lane struct {
	name      string
	g         int64
	process   bool
	order     int // first appearance
	from, to  time.Duration
	started   bool // began during the recording
	ended     bool // ended during the recording
	waits     []span
	sleeps    []span // time.Sleep
	holds     []span
	tasks     []span
	marks     []mark
	levels    int    // concurrent hold levels
	waitOpen  int    // index in waits of the wait going on, or -1
	sleepOpen int    // index in sleeps of the sleep going on, or -1
	last      string // kind of the lane's latest event
}

// span is an interval of a lane: a wait (kind is the wait event's kind), a
// hold of a lock or semaphore, or a task of a pool.
type span struct {
	from, to time.Duration
	obj      string
	kind     string
	open     bool // still going on when the recording ended
	level    int  // holds: row under the bar
}

// mark is an instant event on a lane.
type mark struct {
	at     time.Duration
	kind   string
	obj    string
	detail string
}

// handoff is an item that went through a queue from one lane to another.
type handoff struct {
	obj          string
	item         string
	from, to     *lane
	putAt, getAt time.Duration
}

func waitKind(k string) bool {
	switch k {
	case trace.LockWait, trace.SemWait, trace.CondWait, trace.EventWait, trace.QueueWait,
		trace.FutureWait, trace.BarrierWait, trace.ThreadJoin:
		return true
	}
	return false
}

// objKind classifies an object by the event that names it.
func objKind(e trace.Event) string {
	k, _, _ := strings.Cut(e.Kind, ".")
	switch {
	case strings.HasPrefix(e.Obj, "RLock") || k == "lock":
		return "lock"
	case k == "process":
		return "process"
	}
	return k
}

type putRec struct {
	at      time.Duration
	lane    int
	item    any
	matched bool
}

// level returns the Arg of a lock event as an int64, or -1.
func level(a any) int64 {
	switch v := a.(type) {
	case int64:
		return v
	case int:
		return int64(v)
	case int32:
		return int64(v)
	}
	return -1
}

func safeEqual(a, b any) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

func itemString(v any) string {
	s := fmt.Sprint(v)
	if r := []rune(s); len(r) > 40 {
		s = string(r[:39]) + "…"
	}
	return s
}

// buildModel turns events into lanes. Times are relative to start; the
// recording ends at end.
func buildModel(evs []trace.Event, start, end time.Time, dropped int) *model {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Time.Before(evs[j].Time) })
	m := &model{total: end.Sub(start), nevents: len(evs), dropped: dropped, byName: map[string]*object{}}
	if m.total < 0 {
		m.total = 0
	}
	rel := func(t time.Time) time.Duration {
		d := t.Sub(start)
		if d < 0 {
			d = 0
		}
		if d > m.total {
			d = m.total
		}
		return d
	}
	byG := map[int64]int{}
	byProc := map[string]int{}
	laneOf := func(e trace.Event) int {
		if i, ok := byG[e.G]; ok {
			if e.Thread != "" {
				m.lanes[i].name = e.Thread
			}
			return i
		}
		name := e.Thread
		if name == "" {
			name = fmt.Sprintf("goroutine %d", e.G)
		}
		m.lanes = append(m.lanes, &lane{name: name, g: e.G, order: len(m.lanes), to: -1, waitOpen: -1, sleepOpen: -1})
		byG[e.G] = len(m.lanes) - 1
		return len(m.lanes) - 1
	}
	obj := func(e trace.Event) *object {
		o := m.byName[e.Obj]
		if o == nil {
			o = &object{name: e.Obj, kind: objKind(e)}
			m.byName[e.Obj] = o
			m.objs = append(m.objs, o)
		}
		return o
	}

	type holdRef struct{ lane, idx int }
	lockHolder := map[string]holdRef{}       // lock -> its open hold
	semHolds := map[string]map[int][]int{}   // sem -> lane -> open hold indexes
	semReleased := map[string]map[int]bool{} // sem -> lanes that released it
	taskOpen := map[int]int{}                // lane -> open task index
	puts := map[string][]*putRec{}           // queue -> puts not yet matched

	closeHold := func(ref holdRef, t time.Duration) {
		h := &m.lanes[ref.lane].holds[ref.idx]
		h.to = t
		h.open = false
	}
	openHold := func(li int, t time.Duration, name string) int {
		l := m.lanes[li]
		l.holds = append(l.holds, span{from: t, to: -1, obj: name, open: true})
		return len(l.holds) - 1
	}

	for _, e := range evs {
		t := rel(e.Time)
		if e.Kind == trace.ProcessStart || e.Kind == trace.ProcessEnd {
			i, ok := byProc[e.Obj]
			if !ok {
				m.lanes = append(m.lanes, &lane{name: e.Obj, process: true, order: len(m.lanes), to: -1, waitOpen: -1, sleepOpen: -1})
				i = len(m.lanes) - 1
				byProc[e.Obj] = i
			}
			l := m.lanes[i]
			if e.Kind == trace.ProcessStart {
				l.from, l.started = t, true
				if e.Arg != nil {
					l.name = fmt.Sprintf("%s (pid %v)", e.Obj, e.Arg)
				}
			} else {
				l.to, l.ended = t, true
				if e.Arg != nil {
					l.marks = append(l.marks, mark{at: t, kind: e.Kind, obj: e.Obj, detail: fmt.Sprintf("exit code %v", e.Arg)})
				}
			}
			continue
		}
		li := laneOf(e)
		l := m.lanes[li]
		// A blocked goroutine does nothing else: its next event ends the wait.
		if l.waitOpen >= 0 {
			w := &l.waits[l.waitOpen]
			w.to, w.open = t, false
			l.waitOpen = -1
		}
		if l.sleepOpen >= 0 {
			sl := &l.sleeps[l.sleepOpen]
			sl.to, sl.open = t, false
			l.sleepOpen = -1
		}
		if e.Kind == trace.Sleep {
			l.sleeps = append(l.sleeps, span{from: t, to: -1, obj: e.Obj, kind: e.Kind, open: true})
			l.sleepOpen = len(l.sleeps) - 1
			l.last = e.Kind
			continue
		}
		if e.Kind == trace.WaitDone && e.Obj == "time.Sleep" {
			continue
		}
		if e.Obj != "" && e.Kind != trace.ThreadStart && e.Kind != trace.ThreadEnd {
			obj(e)
		}
		last := l.last
		l.last = e.Kind
		switch e.Kind {
		case trace.CondWait:
			// Condition.Wait released the condition's lock. A plain Lock
			// says so (lock.release just before); an RLock released
			// entirely may not: then end the lane's latest lock hold.
			if last == trace.LockRelease {
				break
			}
			var latest string
			var from time.Duration = -1
			for name, ref := range lockHolder {
				if ref.lane == li && l.holds[ref.idx].from > from {
					latest, from = name, l.holds[ref.idx].from
				}
			}
			if from >= 0 {
				closeHold(lockHolder[latest], t)
				delete(lockHolder, latest)
			}
		case trace.ThreadStart:
			l.from, l.started = t, true
		case trace.ThreadEnd:
			l.to, l.ended = t, true
		case trace.LockAcquire:
			if level(e.Arg) > 1 {
				break // re-entry of an RLock
			}
			if ref, ok := lockHolder[e.Obj]; ok {
				closeHold(ref, t) // a release we did not see
			}
			lockHolder[e.Obj] = holdRef{li, openHold(li, t, e.Obj)}
		case trace.LockRelease:
			if level(e.Arg) > 0 {
				break // an RLock still held
			}
			if ref, ok := lockHolder[e.Obj]; ok {
				closeHold(ref, t)
				delete(lockHolder, e.Obj)
			}
		case trace.SemAcquire:
			if semHolds[e.Obj] == nil {
				semHolds[e.Obj] = map[int][]int{}
			}
			semHolds[e.Obj][li] = append(semHolds[e.Obj][li], openHold(li, t, e.Obj))
			l.marks = append(l.marks, mark{at: t, kind: e.Kind, obj: e.Obj, detail: fmt.Sprintf("value left %v", e.Arg)})
		case trace.SemRelease:
			if semReleased[e.Obj] == nil {
				semReleased[e.Obj] = map[int]bool{}
			}
			semReleased[e.Obj][li] = true
			if st := semHolds[e.Obj][li]; len(st) > 0 {
				closeHold(holdRef{li, st[len(st)-1]}, t)
				semHolds[e.Obj][li] = st[:len(st)-1]
			} else {
				l.marks = append(l.marks, mark{at: t, kind: e.Kind, obj: e.Obj, detail: fmt.Sprintf("value %v", e.Arg)})
			}
		case trace.QueuePut:
			puts[e.Obj] = append(puts[e.Obj], &putRec{at: t, lane: li, item: e.Arg})
			l.marks = append(l.marks, mark{at: t, kind: e.Kind, obj: e.Obj, detail: itemString(e.Arg)})
		case trace.QueueGet:
			l.marks = append(l.marks, mark{at: t, kind: e.Kind, obj: e.Obj, detail: itemString(e.Arg)})
			var match *putRec
			for _, p := range puts[e.Obj] {
				if !p.matched && safeEqual(p.item, e.Arg) {
					match = p
					break
				}
			}
			if match == nil {
				for _, p := range puts[e.Obj] {
					if !p.matched {
						match = p
						break
					}
				}
			}
			if match != nil {
				match.matched = true
				m.hands = append(m.hands, handoff{obj: e.Obj, item: itemString(e.Arg), from: m.lanes[match.lane], to: l, putAt: match.at, getAt: t})
				// Forget the matched prefix.
				ps := puts[e.Obj]
				for len(ps) > 0 && ps[0].matched {
					ps = ps[1:]
				}
				puts[e.Obj] = ps
			}
		case trace.FutureRun:
			l.tasks = append(l.tasks, span{from: t, to: -1, obj: e.Obj, open: true})
			taskOpen[li] = len(l.tasks) - 1
		case trace.FutureDone:
			if i, ok := taskOpen[li]; ok {
				l.tasks[i].to, l.tasks[i].open = t, false
				delete(taskOpen, li)
			}
		case trace.QueueTaskDone, trace.EventSet, trace.EventClr, trace.CondNotify, trace.FutureSubmit, trace.BarrierPass:
			l.marks = append(l.marks, mark{at: t, kind: e.Kind, obj: e.Obj, detail: argString(e.Arg)})
		}
		if waitKind(e.Kind) {
			l.waits = append(l.waits, span{from: t, to: -1, obj: e.Obj, kind: e.Kind, open: true})
			l.waitOpen = len(l.waits) - 1
		}
	}

	// Close what is still open at the end of the recording.
	for _, l := range m.lanes {
		l.waitOpen, l.sleepOpen = -1, -1
		if l.to < 0 {
			l.to = m.total
		}
		if !l.started && !l.process {
			l.from = 0 // it existed before the recording began
		}
		for i := range l.waits {
			if l.waits[i].to < 0 {
				l.waits[i].to = m.total
			}
		}
		for i := range l.sleeps {
			if l.sleeps[i].to < 0 {
				l.sleeps[i].to = m.total
			}
		}
		for i := range l.tasks {
			if l.tasks[i].to < 0 {
				l.tasks[i].to = m.total
			}
		}
	}
	// A semaphore acquired and never released by the same lane is a signal
	// (producer/consumer), not a hold: keep only the acquire mark.
	for name, byLane := range semHolds {
		for li, open := range byLane {
			if semReleased[name][li] {
				continue
			}
			l := m.lanes[li]
			drop := map[int]bool{}
			for _, i := range open {
				drop[i] = true
			}
			kept := l.holds[:0:0]
			for i, h := range l.holds {
				if !drop[i] {
					kept = append(kept, h)
				}
			}
			l.holds = kept
		}
	}
	for _, l := range m.lanes {
		for i := range l.holds {
			h := &l.holds[i]
			if h.to < 0 {
				h.to = m.total
			}
			if o := m.byName[h.obj]; o != nil {
				o.hold += h.to - h.from
			}
		}
		l.levels = assignLevels(l.holds)
	}
	// Threads that were there before the recording (the main thread) by
	// appearance, then threads started during it in the order they were
	// started (goroutine ids grow with each go statement; the order in
	// which new goroutines first run is the scheduler's), then processes.
	sort.SliceStable(m.lanes, func(i, j int) bool {
		a, b := m.lanes[i], m.lanes[j]
		if a.process != b.process {
			return !a.process
		}
		if a.process {
			return a.from < b.from || a.from == b.from && a.order < b.order
		}
		if a.started != b.started {
			return !a.started
		}
		if a.started {
			return a.g < b.g
		}
		return a.order < b.order
	})
	m.assignColors()
	return m
}

func argString(a any) string {
	if a == nil {
		return ""
	}
	return itemString(a)
}

// assignLevels gives each hold a row so that overlapping holds do not cover
// each other, and returns the number of rows.
func assignLevels(hs []span) int {
	idx := make([]int, len(hs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return hs[idx[a]].from < hs[idx[b]].from })
	var ends []time.Duration // per row, when it is free
	for _, i := range idx {
		h := &hs[i]
		row := -1
		for r, e := range ends {
			if e <= h.from {
				row = r
				break
			}
		}
		if row < 0 {
			ends = append(ends, 0)
			row = len(ends) - 1
		}
		ends[row] = h.to
		h.level = row
	}
	return len(ends)
}

// palette holds the colours of objects, chosen to stay apart from the
// running colour and from each other.
var palette = []string{
	"#e15759", "#f28e2b", "#59a14f", "#b07aa1", "#edc948",
	"#76b7b2", "#ff9da7", "#9c755f", "#4e79a7", "#d37295",
	"#a0cbe8", "#8cd17d", "#b6992d", "#86bcb6", "#e19d9b",
}

// assignColors gives a colour to every object that is held, waited for or
// handed through, in order of first appearance.
func (m *model) assignColors() {
	used := map[string]bool{}
	for _, l := range m.lanes {
		for _, h := range l.holds {
			used[h.obj] = true
		}
		for _, w := range l.waits {
			used[w.obj] = true
		}
	}
	for _, h := range m.hands {
		used[h.obj] = true
	}
	n := 0
	for _, o := range m.objs {
		// Joins and futures are many and short-lived: they stay grey.
		if used[o.name] && o.kind != "thread" && o.kind != "future" {
			o.color = palette[n%len(palette)]
			n++
		}
	}
}

func (m *model) color(obj string) string {
	if o := m.byName[obj]; o != nil && o.color != "" {
		return o.color
	}
	return "#888888"
}
