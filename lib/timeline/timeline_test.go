package timeline

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// node is a generic XML element, to inspect the SVG's structure.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []node     `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n *node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *node) ms(name string, t *testing.T) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(n.attr(name), 64)
	if err != nil {
		t.Fatalf("attribute %s of <%s class=%q>: %v", name, n.XMLName.Local, n.attr("class"), err)
	}
	return v
}

// all returns the descendants of n (n included) of the given class.
func (n *node) all(class string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(x *node) {
		if x.attr("class") == class {
			out = append(out, x)
		}
		for i := range x.Nodes {
			walk(&x.Nodes[i])
		}
	}
	walk(n)
	return out
}

// text returns the character data of n and its descendants.
func (n *node) text() string {
	s := n.Text
	for i := range n.Nodes {
		s += n.Nodes[i].text()
	}
	return s
}

// parseSVG checks that doc is one well-formed XML document and returns its
// root.
func parseSVG(t *testing.T, doc string) *node {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, doc)
		}
	}
	var root node
	if err := xml.Unmarshal([]byte(doc), &root); err != nil {
		t.Fatalf("decoding SVG: %v", err)
	}
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root element is %v, want svg in the SVG namespace", root.XMLName)
	}
	return &root
}

// lanesByName maps lane names to lane groups.
func lanesByName(root *node) map[string]*node {
	m := map[string]*node{}
	for _, l := range root.all("lane") {
		m[l.attr("data-name")] = l
	}
	return m
}

var t0 = time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)

// at returns t0 plus ms milliseconds.
func at(ms float64) time.Time { return t0.Add(time.Duration(ms * float64(time.Millisecond))) }

// script records events with chosen times into a recording that starts at
// t0 and ends at end ms, as if the clock were fake.
func script(end float64, evs ...trace.Event) *Recording {
	r := &Recording{start: t0}
	for _, e := range evs {
		r.record(e)
	}
	r.finish(at(end))
	return r
}

func ev(ms float64, g int64, thread, kind, obj string, arg any) trace.Event {
	return trace.Event{Time: at(ms), G: g, Thread: thread, Kind: kind, Obj: obj, Arg: arg}
}

// mutexScenario: worker 1 holds Lock#1 while worker 2 waits for it, then
// hands an item to worker 2 through Queue#1, then uses an RLock
// re-entrantly; the main thread joins both.
func mutexScenario() *Recording {
	const main, w1, w2 = 1, 10, 11
	r := script(10,
		ev(0.2, main, "MainThread", trace.ThreadJoin, "Thread 작업자 1", nil),
		ev(0.5, w1, "작업자 1", trace.ThreadStart, "Thread 작업자 1", nil),
		ev(0.6, w2, "worker 2", trace.ThreadStart, "Thread worker 2", nil),
		ev(1.0, w1, "작업자 1", trace.LockAcquire, "Lock#1", nil),
		ev(1.2, w2, "worker 2", trace.LockWait, "Lock#1", nil),
		ev(4.0, w1, "작업자 1", trace.LockRelease, "Lock#1", nil),
		ev(4.1, w2, "worker 2", trace.LockAcquire, "Lock#1", nil),
		ev(5.0, w1, "작업자 1", trace.QueuePut, "Queue#1", 7),
		ev(5.5, w1, "작업자 1", trace.QueuePut, "Queue#1", 8),
		ev(6.0, w2, "worker 2", trace.LockRelease, "Lock#1", nil),
		ev(6.5, w2, "worker 2", trace.QueueGet, "Queue#1", 7),
		ev(7.0, w1, "작업자 1", trace.LockAcquire, "RLock#1", int64(1)),
		ev(7.5, w1, "작업자 1", trace.LockAcquire, "RLock#1", int64(2)),
		ev(8.0, w1, "작업자 1", trace.LockRelease, "RLock#1", int64(1)),
		ev(8.5, w1, "작업자 1", trace.LockRelease, "RLock#1", int64(0)),
		ev(9.0, w1, "작업자 1", trace.ThreadEnd, "Thread 작업자 1", nil),
		ev(9.0, main, "MainThread", trace.WaitDone, "Thread 작업자 1", nil),
		ev(9.1, main, "MainThread", trace.ThreadJoin, "Thread worker 2", nil),
		ev(9.5, w2, "worker 2", trace.ThreadEnd, "Thread worker 2", nil),
		ev(9.5, main, "MainThread", trace.WaitDone, "Thread worker 2", nil),
	)
	r.Title = "뮤텍스: 작업자 두 명"
	return r
}

func TestSVGScriptedScenario(t *testing.T) {
	r := mutexScenario()
	root := parseSVG(t, r.SVG())

	if ff := root.attr("font-family"); !strings.Contains(ff, "Noto Sans CJK KR") || !strings.Contains(ff, "Nanum Gothic") || !strings.HasSuffix(ff, "sans-serif") {
		t.Errorf("font-family %q lacks a Hangul font stack", ff)
	}
	if len(root.all("title")) != 1 || !strings.Contains(root.all("title")[0].text(), "뮤텍스") {
		t.Errorf("title with the Korean text not drawn")
	}
	lanes := lanesByName(root)
	if len(lanes) != 3 || lanes["MainThread"] == nil || lanes["작업자 1"] == nil || lanes["worker 2"] == nil {
		t.Fatalf("lanes %v, want MainThread, 작업자 1, worker 2", keys(lanes))
	}
	// Lanes in order of appearance: main first.
	if got := root.all("lane")[0].attr("data-name"); got != "MainThread" {
		t.Errorf("first lane is %q, want MainThread", got)
	}
	for name, l := range lanes {
		labels := l.all("lane-label")
		if len(labels) != 1 || labels[0].text() != name {
			t.Errorf("lane %q is labelled %v", name, labels)
		}
	}

	// worker 2 waits for Lock#1 from 1.2 to 4.1 ms and for nothing else.
	waits := lanes["worker 2"].all("wait")
	if len(waits) != 1 {
		t.Fatalf("worker 2 has %d wait bars, want 1", len(waits))
	}
	w := waits[0]
	if w.attr("data-obj") != "Lock#1" || w.attr("data-kind") != trace.LockWait || w.ms("data-from-ms", t) != 1.2 || w.ms("data-to-ms", t) != 4.1 {
		t.Errorf("worker 2's wait: obj %s kind %s %s–%s ms, want Lock#1 lock.wait 1.2–4.1",
			w.attr("data-obj"), w.attr("data-kind"), w.attr("data-from-ms"), w.attr("data-to-ms"))
	}
	if w.attr("fill") != "url(#gonotes-tl-hatch)" {
		t.Errorf("a wait is filled %q, want the hatch pattern", w.attr("fill"))
	}
	// Running bars of worker 2: before and after its wait, never during.
	for _, run := range lanes["worker 2"].all("run") {
		if a, b := run.ms("data-from-ms", t), run.ms("data-to-ms", t); a < 4.1 && b > 1.2 {
			t.Errorf("worker 2 runs %v–%v ms while it waits", a, b)
		}
		if run.attr("fill") == w.attr("fill") {
			t.Error("running and waiting look alike")
		}
	}
	if len(lanes["작업자 1"].all("wait")) != 0 {
		t.Error("작업자 1 never waits but has a wait bar")
	}

	// Holds: Lock#1 by 작업자 1 (1–4) then worker 2 (4.1–6), in the same
	// colour; RLock#1 once (re-entry is not a second hold), in another.
	type hold struct {
		obj, color string
		from, to   float64
	}
	holds := func(lane string) []hold {
		var hs []hold
		for _, h := range lanes[lane].all("hold") {
			hs = append(hs, hold{h.attr("data-obj"), h.attr("fill"), h.ms("data-from-ms", t), h.ms("data-to-ms", t)})
		}
		return hs
	}
	h1, h2 := holds("작업자 1"), holds("worker 2")
	if len(h1) != 2 || h1[0].obj != "Lock#1" || h1[0].from != 1 || h1[0].to != 4 || h1[1].obj != "RLock#1" || h1[1].from != 7 || h1[1].to != 8.5 {
		t.Errorf("작업자 1 holds %+v, want Lock#1 1–4 and RLock#1 7–8.5", h1)
	}
	if len(h2) != 1 || h2[0].obj != "Lock#1" || h2[0].from != 4.1 || h2[0].to != 6 {
		t.Fatalf("worker 2 holds %+v, want Lock#1 4.1–6", h2)
	}
	if len(h1) == 2 && (h1[0].color != h2[0].color || h1[0].color == h1[1].color) {
		t.Errorf("lock colours: Lock#1 %s and %s, RLock#1 %s; want one colour per lock", h1[0].color, h2[0].color, h1[1].color)
	}
	// The wait is outlined in the colour of the lock it waits for.
	if w.attr("stroke") != h2[0].color {
		t.Errorf("wait outline %s, want Lock#1's colour %s", w.attr("stroke"), h2[0].color)
	}

	// Legend: running, waiting, and each object with its colour.
	legend := map[string]*node{}
	for _, it := range root.all("legend-item") {
		legend[it.attr("data-kind")+" "+it.attr("data-obj")] = it
	}
	for _, k := range []string{"running ", "waiting ", "lock Lock#1", "lock RLock#1", "queue Queue#1"} {
		if legend[k] == nil {
			t.Errorf("legend lacks %q (has %v)", k, keys(legend))
		}
	}
	if it := legend["lock Lock#1"]; it != nil {
		if sw := it.all("swatch"); len(sw) != 1 || sw[0].attr("fill") != h2[0].color {
			t.Errorf("legend swatch of Lock#1 is not its colour %s", h2[0].color)
		}
	}

	// The queue hand-off: item 7 from 작업자 1 at 5 ms to worker 2 at 6.5 ms.
	hs := root.all("handoff")
	if len(hs) != 1 {
		t.Fatalf("%d hand-off arrows, want 1", len(hs))
	}
	if h := hs[0]; h.attr("data-from") != "작업자 1" || h.attr("data-to") != "worker 2" || h.ms("data-put-ms", t) != 5 || h.ms("data-get-ms", t) != 6.5 {
		t.Errorf("hand-off %v", h.Attrs)
	}

	// The main thread waits in two joins, each ending with the thread.
	mw := lanes["MainThread"].all("wait")
	if len(mw) != 2 || mw[0].ms("data-to-ms", t) != 9 || mw[1].ms("data-from-ms", t) != 9.1 || mw[1].ms("data-to-ms", t) != 9.5 {
		t.Errorf("main thread's joins: %d waits", len(mw))
	}

	// Axis: 10 ms long, ticks from 0 to 10.
	axis := root.all("axis")
	if len(axis) != 1 || axis[0].ms("data-total-ms", t) != 10 {
		t.Fatalf("axis missing or wrong length")
	}
	ticks := axis[0].all("tick")
	if len(ticks) < 3 || ticks[0].text() != "0" || ticks[len(ticks)-1].text() != "10" {
		t.Errorf("ticks %d, first %q last %q", len(ticks), ticks[0].text(), ticks[len(ticks)-1].text())
	}
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestSummaryAndText(t *testing.T) {
	r := mutexScenario()
	s := r.Summary()
	for _, want := range []string{
		"기록 10.0 ms · 스레드 3개 · 이벤트 20개",
		"가장 오래 기다린 스레드: worker 2 — 2.90 ms (Lock#1 2.90 ms)",
		"     9.20 ms  MainThread — Thread 작업자 1 8.80 ms, Thread worker 2 0.400 ms\n",
		"가장 긴 한 번의 대기: worker 2 → Lock#1 2.90 ms (1.20–4.10 ms)",
		"2.90 ms  worker 2 — Lock#1 2.90 ms\n",
		"보유 시간 (held): Lock#1 4.90 ms, RLock#1 1.50 ms",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	text := r.String()
	var w2 string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasSuffix(line, "| worker 2") {
			w2 = line
		}
		// The bars come before the names, so that they line up whatever
		// width a font gives Hangul: every lane line is |60 cells| name.
		if strings.HasPrefix(line, "|") {
			if i := strings.LastIndex(line, "| "); i != textColumns+1 {
				t.Errorf("lane line does not start with %d cells between bars: %q", textColumns, line)
			}
		}
	}
	// 60 columns for 10 ms: worker 2 waits 1.2–4.1 ms (columns 7..24),
	// holds Lock#1 4.1–6 ms (columns 25..35).
	if i := strings.Index(w2, "|"); i < 0 || !strings.Contains(w2[i:], "....") || !strings.Contains(w2[i:], "####") || strings.Index(w2, "....") > strings.Index(w2, "####") {
		t.Errorf("text lane of worker 2: %q", w2)
	}
	if !strings.Contains(text, s) {
		t.Error("String does not end with the summary")
	}
	data := r.MimeBundle()
	if _, ok := data["image/svg+xml"].(string); !ok || data["text/plain"] != text {
		t.Errorf("MimeBundle has %v", keys(data))
	}
}

func TestDeadlockStillWaiting(t *testing.T) {
	r := script(50,
		ev(1, 2, "A", trace.ThreadStart, "Thread A", nil),
		ev(1, 3, "B", trace.ThreadStart, "Thread B", nil),
		ev(2, 2, "A", trace.LockAcquire, "Lock#1", nil),
		ev(2, 3, "B", trace.LockAcquire, "Lock#2", nil),
		ev(10, 2, "A", trace.LockWait, "Lock#2", nil),
		ev(11, 3, "B", trace.LockWait, "Lock#1", nil),
	)
	root := parseSVG(t, r.SVG())
	lanes := lanesByName(root)
	for name, obj := range map[string]string{"A": "Lock#2", "B": "Lock#1"} {
		ws := lanes[name].all("wait")
		if len(ws) != 1 || ws[0].attr("data-obj") != obj || ws[0].attr("data-open") != "true" || ws[0].ms("data-to-ms", t) != 50 {
			t.Errorf("%s: want one open wait for %s to the end", name, obj)
		}
		if hs := lanes[name].all("hold"); len(hs) != 1 || hs[0].ms("data-to-ms", t) != 50 {
			t.Errorf("%s: want one hold to the end", name)
		}
	}
	s := r.Summary()
	for _, want := range []string{"아직 대기 중", "A → Lock#2 (B 보유)", "B → Lock#1 (A 보유)", "교착 상태 (deadlock): A → B → A"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

func TestSemaphoreHoldsAndSignals(t *testing.T) {
	// "with sem:" — acquire and release by the same thread: a hold. A
	// consumer acquiring a semaphore its producer releases: no hold.
	r := script(20,
		ev(1, 2, "pool 1", trace.SemAcquire, "Semaphore#1", 1),
		ev(1, 3, "pool 2", trace.SemAcquire, "Semaphore#1", 0),
		ev(2, 4, "pool 3", trace.SemWait, "Semaphore#1", nil),
		ev(5, 2, "pool 1", trace.SemRelease, "Semaphore#1", 1),
		ev(5, 4, "pool 3", trace.SemAcquire, "Semaphore#1", 0),
		ev(6, 3, "pool 2", trace.SemRelease, "Semaphore#1", 1),
		ev(9, 4, "pool 3", trace.SemRelease, "Semaphore#1", 2),
		ev(10, 5, "consumer", trace.SemWait, "items", nil),
		ev(12, 6, "producer", trace.SemRelease, "items", 1),
		ev(12, 5, "consumer", trace.SemAcquire, "items", 0),
	)
	lanes := lanesByName(parseSVG(t, r.SVG()))
	for name, want := range map[string][2]float64{"pool 1": {1, 5}, "pool 2": {1, 6}, "pool 3": {5, 9}} {
		hs := lanes[name].all("hold")
		if len(hs) != 1 || hs[0].ms("data-from-ms", t) != want[0] || hs[0].ms("data-to-ms", t) != want[1] {
			t.Errorf("%s: holds %d, want one %v", name, len(hs), want)
		}
	}
	if hs := lanes["consumer"].all("hold"); len(hs) != 0 {
		t.Errorf("consumer shows %d holds of a signalling semaphore", len(hs))
	}
	if ws := lanes["consumer"].all("wait"); len(ws) != 1 || ws[0].ms("data-to-ms", t) != 12 {
		t.Errorf("consumer: want a wait ending at 12 ms")
	}
}

func TestProcessLanes(t *testing.T) {
	r := script(30,
		ev(1, 1, "MainThread", trace.ProcessStart, "Process worker-1", 4242),
		ev(25, 1, "MainThread", trace.ProcessEnd, "Process worker-1", 0),
	)
	root := parseSVG(t, r.SVG())
	var procs []*node
	for _, l := range root.all("lane") {
		if l.attr("data-kind") == "process" {
			procs = append(procs, l)
		}
	}
	if len(procs) != 1 || procs[0].attr("data-name") != "Process worker-1 (pid 4242)" {
		t.Fatalf("process lanes: %d", len(procs))
	}
	runs := procs[0].all("run")
	if len(runs) != 1 || runs[0].ms("data-from-ms", t) != 1 || runs[0].ms("data-to-ms", t) != 25 {
		t.Errorf("process bar wrong")
	}
	if !strings.Contains(r.Summary(), "프로세스 1개") {
		t.Errorf("summary does not count the process:\n%s", r.Summary())
	}
}

func TestEscapingAndEmpty(t *testing.T) {
	r := script(1, ev(0.5, 7, `<a & "b">`+"\x01", trace.LockAcquire, "Lock <x>", nil))
	root := parseSVG(t, r.SVG())
	if _, ok := lanesByName(root)["<a & \"b\">\uFFFD"]; !ok {
		t.Errorf("escaped name not found")
	}
	empty := script(0)
	parseSVG(t, empty.SVG())
	if !strings.Contains(empty.Summary(), "아무 스레드도 기다리지 않았습니다") {
		t.Errorf("empty summary: %s", empty.Summary())
	}
}

func TestQueueMatchesEqualItems(t *testing.T) {
	// A LIFO queue: the last item put is got first.
	r := script(10,
		ev(1, 2, "p", trace.QueuePut, "LifoQueue#1", "a"),
		ev(2, 2, "p", trace.QueuePut, "LifoQueue#1", "b"),
		ev(3, 3, "c", trace.QueueGet, "LifoQueue#1", "b"),
		ev(4, 3, "c", trace.QueueGet, "LifoQueue#1", "a"),
		ev(5, 2, "p", trace.QueuePut, "LifoQueue#1", []int{1}), // not comparable
		ev(6, 3, "c", trace.QueueGet, "LifoQueue#1", []int{1}),
	)
	hs := parseSVG(t, r.SVG()).all("handoff")
	if len(hs) != 3 {
		t.Fatalf("%d hand-offs, want 3", len(hs))
	}
	for i, want := range [][2]float64{{2, 3}, {1, 4}, {5, 6}} {
		if hs[i].ms("data-put-ms", t) != want[0] || hs[i].ms("data-get-ms", t) != want[1] {
			t.Errorf("hand-off %d: put %s get %s, want %v", i, hs[i].attr("data-put-ms"), hs[i].attr("data-get-ms"), want)
		}
	}
}

// A long recording with more intervals than pixels stays a small
// document, and more lanes than fit are summarised.
func TestLargeRecordingStaysSmall(t *testing.T) {
	var evs []trace.Event
	names := []string{"w0", "w1", "w2", "w3"}
	tm := 0.0
	for i := 0; i < 50000; i++ {
		g := int64(i % 4)
		evs = append(evs,
			ev(tm, g, names[g], trace.LockWait, "Lock#1", nil),
			ev(tm+0.001, g, names[g], trace.LockAcquire, "Lock#1", nil),
			ev(tm+0.002, g, names[g], trace.QueuePut, "Queue#1", i),
			ev(tm+0.003, g, names[g], trace.LockRelease, "Lock#1", nil),
			ev(tm+0.004, (g+1)%4, names[(g+1)%4], trace.QueueGet, "Queue#1", i),
		)
		tm += 0.005
	}
	for i := 0; i < 100; i++ {
		evs = append(evs, ev(tm, int64(100+i), "extra "+strconv.Itoa(i), trace.EventSet, "Event#1", nil))
	}
	r := script(tm+1, evs...)
	doc := r.SVG()
	if len(doc) > 3<<20 {
		t.Errorf("SVG of %d events is %d bytes", len(evs), len(doc))
	}
	root := parseSVG(t, doc)
	if n := len(root.all("lane")); n != maxLanes {
		t.Errorf("%d lanes drawn, want %d", n, maxLanes)
	}
	if len(root.all("hidden-lanes")) != 1 {
		t.Error("no note about the lanes not drawn")
	}
	if !strings.Contains(r.Summary(), "외") {
		t.Error("summary does not say some threads are left out")
	}
}

// Condition.Wait releases the condition's lock while it waits: the hold
// stops at the wait and starts again when the lock is taken back, whether
// the lock reports its release (Lock) or not (RLock released entirely).
func TestConditionWaitReleasesLock(t *testing.T) {
	for _, tc := range []struct {
		name string
		evs  []trace.Event
	}{
		{"RLock", []trace.Event{
			ev(1, 2, "소비자", trace.LockAcquire, "RLock#1", int64(1)),
			ev(2, 2, "소비자", trace.CondWait, "Condition#1", nil),
			ev(3, 3, "생산자", trace.LockAcquire, "RLock#1", int64(1)),
			ev(4, 3, "생산자", trace.CondNotify, "Condition#1", 1),
			ev(4.5, 3, "생산자", trace.LockRelease, "RLock#1", int64(0)),
			ev(4.9, 2, "소비자", trace.LockAcquire, "RLock#1", int64(1)),
			ev(5, 2, "소비자", trace.CondWake, "Condition#1", true),
			ev(6, 2, "소비자", trace.LockRelease, "RLock#1", int64(0)),
		}},
		{"Lock", []trace.Event{
			ev(1, 2, "소비자", trace.LockAcquire, "Lock#1", nil),
			ev(1.9, 2, "소비자", trace.LockRelease, "Lock#1", nil),
			ev(2, 2, "소비자", trace.CondWait, "Condition#1", nil),
			ev(3, 3, "생산자", trace.LockAcquire, "Lock#1", nil),
			ev(4, 3, "생산자", trace.CondNotify, "Condition#1", 1),
			ev(4.5, 3, "생산자", trace.LockRelease, "Lock#1", nil),
			ev(4.9, 2, "소비자", trace.LockAcquire, "Lock#1", nil),
			ev(5, 2, "소비자", trace.CondWake, "Condition#1", true),
			ev(6, 2, "소비자", trace.LockRelease, "Lock#1", nil),
		}},
	} {
		lanes := lanesByName(parseSVG(t, script(8, tc.evs...).SVG()))
		ws := lanes["소비자"].all("wait")
		if len(ws) != 1 || ws[0].attr("data-kind") != trace.CondWait || ws[0].ms("data-from-ms", t) != 2 || ws[0].ms("data-to-ms", t) != 4.9 {
			t.Errorf("%s: consumer waits %d times, want one condition wait 2–4.9 ms", tc.name, len(ws))
		}
		for _, h := range lanes["소비자"].all("hold") {
			if h.ms("data-from-ms", t) < 4 && h.ms("data-to-ms", t) > 2 {
				t.Errorf("%s: consumer holds the lock %s–%s ms, during its condition wait", tc.name, h.attr("data-from-ms"), h.attr("data-to-ms"))
			}
		}
		if n := len(lanes["소비자"].all("hold")); n != 2 {
			t.Errorf("%s: consumer has %d holds, want 2 (before and after the wait)", tc.name, n)
		}
	}
}
