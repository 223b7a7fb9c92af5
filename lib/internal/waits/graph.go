package waits

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
)

// Object is something a goroutine can block on and that may be held by a
// goroutine: a lock (held by its owner), a thread (held by its own
// goroutine, until it ends), a future (held by the worker running it). An
// Object may also have a method HolderVerb() string that replaces "held by"
// in reports ("run by" for a future).
type Object interface {
	// Label names the object in messages: "Lock#2", `Lock "accounts"`.
	Label() string
	// Holder returns the id of the goroutine holding the object, or 0.
	Holder() int64
}

// Rec describes one blocked goroutine for the deadlock watcher.
type Rec struct {
	// G is the id of the blocked goroutine.
	G int64
	// Obj is what it waits for. Nil means something no goroutine holds (a
	// queue item, an event, a notification): such waits take part in no
	// cycle but still count as "blocked" for the liveness rule below.
	Obj Object
	// Join says the goroutine waits for Obj (a thread or future) to end.
	Join bool
	// Loose says Obj may be released by a goroutine other than its holder
	// (a plain Lock, as in Python). A cycle through a loose object is only
	// reported when every live library thread is blocked, since otherwise a
	// running thread might still release it.
	Loose bool
	// Idle marks an idle pool worker: blocked, but not a reason to keep the
	// watcher running.
	Idle bool
	// Scope is the scope of the blocked goroutine; a report goes to the
	// stderr of the scope of a goroutine in the cycle.
	Scope *hook.Scope

	seen     int64 // watcher tick at which the wait was first seen
	reported bool  // already part of a reported cycle
}

var (
	mu       sync.Mutex
	busy     = map[int64]*Rec{} // blocked goroutines (untimed waits)
	idle     = map[int64]*Rec{} // idle pool workers
	watching bool
	tick     int64

	// Interval is how often the watcher looks for cycles. A wait takes part
	// in a report after it has been seen blocked at two consecutive ticks and
	// its cycle was found at two consecutive ticks, so a deadlock is named
	// between 2 and 3 intervals after it forms.
	interval atomic.Int64

	namer atomic.Pointer[func(int64) string]
	live  atomic.Pointer[func() []int64]
	order atomic.Pointer[func(int64) (int64, bool)]
)

// DefaultInterval is the watcher's default tick.
const DefaultInterval = 200 * time.Millisecond

func init() { interval.Store(int64(DefaultInterval)) }

// SetInterval sets the watcher's tick (tests shorten it) and returns the
// previous one.
func SetInterval(d time.Duration) time.Duration {
	return time.Duration(interval.Swap(int64(d)))
}

// SetNamer installs the function that names a goroutine in messages
// (package threading installs one that returns thread names).
func SetNamer(fn func(g int64) string) { namer.Store(&fn) }

// Name returns the name of goroutine g, as the namer says, or "goroutine g".
func Name(g int64) string {
	if p := namer.Load(); p != nil {
		if s := (*p)(g); s != "" {
			return s
		}
	}
	return "goroutine " + strconv.FormatInt(g, 10)
}

// SetOrder installs the function that ranks goroutines by when they
// started (package threading ranks its threads in start order); a report
// starts at the earliest ranked goroutine of the cycle.
func SetOrder(fn func(g int64) (rank int64, ok bool)) { order.Store(&fn) }

// earlier reports whether goroutine a comes before b in a report: a ranked
// one (see SetOrder) before an unranked one, then by rank, else by id.
func earlier(a, b int64) bool {
	if p := order.Load(); p != nil {
		ra, oka := (*p)(a)
		rb, okb := (*p)(b)
		switch {
		case oka && okb && ra != rb:
			return ra < rb
		case oka != okb:
			return oka
		}
	}
	return a < b
}

// SetLive installs the function that lists the goroutines of the live
// library threads (used for cycles through loose objects).
func SetLive(fn func() []int64) { live.Store(&fn) }

// Block registers r (r.G blocked on r.Obj) and starts the watcher if needed.
func Block(r *Rec) {
	r.seen, r.reported = 0, false
	mu.Lock()
	if r.Idle {
		idle[r.G] = r
	} else {
		busy[r.G] = r
		if !watching {
			watching = true
			go watch()
		}
	}
	mu.Unlock()
}

// Unblock removes the registration made by [Block].
func Unblock(r *Rec) {
	mu.Lock()
	if r.Idle {
		if idle[r.G] == r {
			delete(idle, r.G)
		}
	} else if busy[r.G] == r {
		delete(busy, r.G)
	}
	mu.Unlock()
}

// Blocked returns how many goroutines are registered as blocked (idle
// workers excluded). Tests use it to know that a goroutine has parked.
func Blocked() int {
	mu.Lock()
	defer mu.Unlock()
	return len(busy)
}

// BlockedOn reports whether goroutine g is registered as blocked.
func BlockedOn(g int64) bool {
	mu.Lock()
	defer mu.Unlock()
	_, ok := busy[g]
	return ok
}

type cycleKey struct {
	first *Rec
	n     int
}

type report struct {
	scope *hook.Scope
	msg   string
}

func watch() {
	prev := map[cycleKey]bool{}
	for {
		time.Sleep(time.Duration(interval.Load()))
		mu.Lock()
		if len(busy) == 0 {
			watching = false
			mu.Unlock()
			return
		}
		tick++
		var reports []report
		prev, reports = check(prev)
		mu.Unlock()
		for _, r := range reports {
			say(r)
		}
	}
}

func say(r report) {
	restore := hook.Bind(r.scope)
	defer restore()
	io.WriteString(hook.Stderr(), r.msg)
}

// check finds the cycles of old waits. Called with mu held.
func check(prev map[cycleKey]bool) (map[cycleKey]bool, []report) {
	for _, r := range busy {
		if r.seen == 0 {
			r.seen = tick
		}
	}
	var liveGs []int64
	liveDone := false
	allBlocked := func() bool {
		if !liveDone {
			liveDone = true
			if p := live.Load(); p != nil {
				liveGs = (*p)()
			}
		}
		for _, g := range liveGs {
			if _, ok := busy[g]; ok {
				continue
			}
			if _, ok := idle[g]; ok {
				continue
			}
			return false
		}
		return true
	}

	cand := map[cycleKey]bool{}
	var reports []report
	state := map[int64]int{} // 1: on the current path, 2: done
	pos := map[int64]int{}
	gs := make([]int64, 0, len(busy))
	for g := range busy {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i] < gs[j] })
	for _, g0 := range gs {
		if state[g0] != 0 {
			continue
		}
		var path []*Rec
		for g := g0; ; {
			if state[g] == 2 {
				break
			}
			if state[g] == 1 {
				cyc := path[pos[g]:]
				if rep, key, ok := consider(cyc, allBlocked); ok {
					cand[key] = true
					if prev[key] {
						for _, r := range cyc {
							r.reported = true
						}
						reports = append(reports, rep)
					}
				}
				break
			}
			r := busy[g]
			if r == nil || r.Obj == nil || r.seen >= tick {
				break
			}
			state[g] = 1
			pos[g] = len(path)
			path = append(path, r)
			h := r.Obj.Holder()
			if h == 0 {
				break
			}
			g = h
		}
		for _, r := range path {
			state[r.G] = 2
		}
	}
	return cand, reports
}

func consider(cyc []*Rec, allBlocked func() bool) (report, cycleKey, bool) {
	// Start at the main thread if it is in the cycle (where a Python user
	// looks first), else at the thread started first (see SetOrder), else at
	// the smallest goroutine id. (Goroutine ids come from per-processor
	// batches: the smallest is not always the oldest.)
	min := 0
	all := true
	loose := false
	mainG := hook.MainThreadID()
	for i, r := range cyc {
		if cyc[min].G != mainG && (r.G == mainG || earlier(r.G, cyc[min].G)) {
			min = i
		}
		all = all && r.reported
		loose = loose || r.Loose
	}
	key := cycleKey{cyc[min], len(cyc)}
	if all || (loose && !allBlocked()) {
		return report{}, key, false
	}
	var b strings.Builder
	b.WriteString("deadlock: ")
	for i := range cyc {
		r := cyc[(min+i)%len(cyc)]
		if i > 0 {
			b.WriteString("; ")
		}
		holder := Name(r.Obj.Holder())
		if r.Join {
			fmt.Fprintf(&b, "%q joins %q", Name(r.G), holder)
		} else {
			verb := "held by"
			if v, ok := r.Obj.(interface{ HolderVerb() string }); ok {
				verb = v.HolderVerb()
			}
			fmt.Fprintf(&b, "%q waits for %s %s %q", Name(r.G), r.Obj.Label(), verb, holder)
		}
	}
	if len(cyc) == 1 && cyc[0].Loose {
		b.WriteString(" (a Lock is not reentrant: use an RLock to acquire it again)")
	}
	b.WriteString("\n")
	return report{cyc[min].Scope, b.String()}, key, true
}

var (
	labelMu  sync.Mutex
	counters = map[string]*atomic.Int64{}
)

// Label returns the label of an object of the given kind ("Lock",
// "Queue"): kind and the quoted name if name is set, else kind#N, where N is
// allocated from a per-kind counter the first time and kept in *id.
func Label(kind, name string, id *atomic.Int64) string {
	if name != "" {
		return kind + " " + strconv.Quote(name)
	}
	return kind + "#" + strconv.FormatInt(Number(kind, id), 10)
}

// Number returns the number kept in *id, allocating it from kind's counter
// the first time.
func Number(kind string, id *atomic.Int64) int64 {
	if n := id.Load(); n != 0 {
		return n
	}
	labelMu.Lock()
	c := counters[kind]
	if c == nil {
		c = new(atomic.Int64)
		counters[kind] = c
	}
	labelMu.Unlock()
	n := c.Add(1)
	if !id.CompareAndSwap(0, n) {
		n = id.Load()
	}
	return n
}

// Reset forgets every registered wait and label counter and restores the
// default interval. Tests use it; waits still parked stay parked.
func Reset() {
	mu.Lock()
	busy = map[int64]*Rec{}
	idle = map[int64]*Rec{}
	mu.Unlock()
	labelMu.Lock()
	counters = map[string]*atomic.Int64{}
	labelMu.Unlock()
	interval.Store(int64(DefaultInterval))
}

// Emit sends a trace event for the calling goroutine, naming its thread.
// Call it only when trace.On().
func Emit(kind, obj string, arg any) {
	g := hook.ThreadID()
	trace.Emit(trace.Event{G: g, Thread: Name(g), Kind: kind, Obj: obj, Arg: arg})
}

// LabelCache keeps an object's label (see [Label]) while its name stays the
// same, so that traced operations do not build a string each time.
type LabelCache struct{ p atomic.Pointer[cachedLabel] }

type cachedLabel struct{ name, label string }

// Label returns Label(kind, name, id), built once per name.
func (c *LabelCache) Label(kind, name string, id *atomic.Int64) string {
	if v := c.p.Load(); v != nil && v.name == name {
		return v.label
	}
	l := Label(kind, name, id)
	c.p.Store(&cachedLabel{name: name, label: l})
	return l
}
