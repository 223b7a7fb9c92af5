package timeline

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/width"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// textColumns is the width of a lane in the text form.
const textColumns = 60

// cellWidth is the width of s in terminal cells: East Asian wide and
// fullwidth characters (Hangul syllables, CJK) take two, combining marks
// none.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// truncate cuts s to at most w cells, with "…" when cut.
func truncate(s string, w int) string {
	if cellWidth(s) <= w {
		return s
	}
	n := 0
	for i, r := range s {
		c := cellWidth(string(r))
		if n+c > w-1 {
			return s[:i] + "…"
		}
		n += c
	}
	return s
}

// overlap returns how much of [a, b) lies in [c, d).
func overlap(a, b, c, d time.Duration) time.Duration {
	lo, hi := max(a, c), min(b, d)
	if hi > lo {
		return hi - lo
	}
	return 0
}

// text draws the model with characters, one line per lane, then the
// summary. The bars come first and the names after them, so that the bars
// line up in any font: a browser's monospace font seldom draws a Hangul
// syllable exactly two columns wide.
func (m *model) text(title string) string {
	var b strings.Builder
	b.WriteString(m.caption(title))
	fmt.Fprintf(&b, ", %d events\n", m.nevents)
	total := m.total
	if total <= 0 {
		total = time.Millisecond
	}
	if len(m.lanes) > 0 {
		end := fmtMs(m.total) + " ms"
		fmt.Fprintf(&b, " 0 ms%s%s\n", strings.Repeat(" ", max(1, textColumns-3-len(end))), end)
	}
	sleeps := false
	for i, l := range m.lanes {
		if i == maxLanes {
			fmt.Fprintf(&b, "… 외 %d개\n", len(m.lanes)-i)
			break
		}
		sleeps = sleeps || len(l.sleeps) > 0
		b.WriteString("|")
		for c := 0; c < textColumns; c++ {
			from := total * time.Duration(c) / textColumns
			to := total * time.Duration(c+1) / textColumns
			b.WriteByte(m.cell(l, from, to))
		}
		b.WriteString("| " + l.name + "\n")
	}
	if len(m.lanes) > 0 {
		b.WriteString("'=' 실행 중 (running)  '#' 락 보유 (holding a lock)  '.' 대기 (blocked)")
		if sleeps {
			b.WriteString("  '-' 잠자는 중 (time.Sleep)")
		}
		b.WriteString("\n")
	}
	b.WriteString(m.summary())
	return b.String()
}

// cell returns the character of lane l for the time [from, to).
func (m *model) cell(l *lane, from, to time.Duration) byte {
	alive := overlap(l.from, l.to, from, to)
	if alive == 0 && !(l.from == l.to && l.from >= from && l.from < to) {
		return ' '
	}
	var wait, hold, sleep time.Duration
	for _, s := range l.waits {
		wait += overlap(s.from, s.to, from, to)
	}
	for _, s := range l.sleeps {
		sleep += overlap(s.from, s.to, from, to)
	}
	for _, s := range l.holds {
		hold += overlap(s.from, s.to, from, to)
	}
	run := alive - wait - sleep
	switch {
	case hold > 0 && run > 0 && hold >= wait:
		return '#'
	case wait > run && wait >= sleep:
		return '.'
	case sleep > run:
		return '-'
	}
	return '='
}

// waitStat is how long a lane waited, in total and per object.
type waitStat struct {
	lane    *lane
	total   time.Duration
	blocked time.Duration // total without joins and waits for results
	byObj   map[string]time.Duration
	count   map[string]int
	joins   map[string]bool // objects waited for by joins
}

// summary reports, in Korean, who waited and for what.
func (m *model) summary() string {
	var b strings.Builder
	threads := 0
	var stats []*waitStat
	var longest *span
	var longestLane *lane
	for _, l := range m.lanes {
		if l.process {
			continue
		}
		threads++
		st := &waitStat{lane: l, byObj: map[string]time.Duration{}, count: map[string]int{}, joins: map[string]bool{}}
		for i := range l.waits {
			s := &l.waits[i]
			d := s.to - s.from
			st.total += d
			st.byObj[s.obj] += d
			st.count[s.obj]++
			if isJoin(s.kind) {
				st.joins[s.obj] = true
				continue
			}
			st.blocked += d
			if longest == nil || d > longest.to-longest.from {
				longest, longestLane = s, l
			}
		}
		stats = append(stats, st)
	}
	fmt.Fprintf(&b, "기록 %s ms · 스레드 %d개", fmtMs(m.total), threads)
	if n := len(m.lanes) - threads; n > 0 {
		fmt.Fprintf(&b, " · 프로세스 %d개", n)
	}
	fmt.Fprintf(&b, " · 이벤트 %d개\n", m.nevents)
	if m.dropped > 0 {
		fmt.Fprintf(&b, "주의: 이벤트가 %d개를 넘어 %d개는 기록하지 못했습니다 (the picture ends early)\n", MaxEvents, m.dropped)
	}
	sort.SliceStable(stats, func(i, j int) bool { return stats[i].total > stats[j].total })
	if len(stats) == 0 || stats[0].total == 0 {
		b.WriteString("아무 스레드도 기다리지 않았습니다 (no thread was blocked).\n")
	} else {
		// The headline is about contention: waiting for a thread to end
		// (Join) or for a result is what a main thread is for.
		top := stats[0]
		for _, st := range stats {
			if st.blocked > top.blocked {
				top = st
			}
		}
		if top.blocked > 0 {
			fmt.Fprintf(&b, "가장 오래 기다린 스레드: %s — %s ms (%s)\n", top.lane.name, fmtMs(top.blocked), objList(top, 3, true))
		} else {
			b.WriteString("락·세마포어·큐 등을 기다린 스레드는 없습니다 (join 과 결과만 기다렸습니다).\n")
		}
		b.WriteString("스레드별 대기 시간 (waiting time per thread):\n")
		// The figures first, so that they line up in any font.
		for i, st := range stats {
			if i == 12 {
				fmt.Fprintf(&b, "  … 외 %d개\n", len(stats)-i)
				break
			}
			fmt.Fprintf(&b, "  %9s ms  %s", fmtMs(st.total), truncate(st.lane.name, 24))
			if st.total > 0 {
				b.WriteString(" — " + objList(st, 4, false))
			}
			b.WriteString("\n")
		}
		if longest != nil {
			fmt.Fprintf(&b, "가장 긴 한 번의 대기: %s → %s %s ms (%s–%s ms)\n",
				longestLane.name, longest.obj, fmtMs(longest.to-longest.from), fmtMs(longest.from), fmtMs(longest.to))
		}
	}
	// How long each lock was held.
	var held []string
	for _, o := range m.objs {
		if o.hold > 0 {
			held = append(held, fmt.Sprintf("%s %s ms", o.name, fmtMs(o.hold)))
		}
	}
	if len(held) > 0 {
		fmt.Fprintf(&b, "보유 시간 (held): %s\n", strings.Join(held, ", "))
	}
	// Waits still going on at the end: who holds what they wait for.
	holder := map[string]*lane{}
	for _, l := range m.lanes {
		for _, h := range l.holds {
			if h.to >= m.total && h.open {
				holder[h.obj] = l
			}
		}
	}
	var open []string
	waitsFor := map[*lane]*lane{}
	for _, l := range m.lanes {
		for _, s := range l.waits {
			if !s.open {
				continue
			}
			item := fmt.Sprintf("%s → %s", l.name, s.obj)
			if h := holder[s.obj]; h != nil {
				item += fmt.Sprintf(" (%s 보유)", h.name)
				waitsFor[l] = h
			}
			open = append(open, item)
		}
	}
	if len(open) > 0 {
		fmt.Fprintf(&b, "기록이 끝날 때 아직 대기 중 (still waiting at the end): %s\n", strings.Join(open, ", "))
		if cyc := findCycle(waitsFor); cyc != "" {
			fmt.Fprintf(&b, "교착 상태 (deadlock): %s\n", cyc)
		}
	}
	return b.String()
}

// isJoin reports whether a wait is for a thread's end or a result.
func isJoin(kind string) bool { return kind == trace.ThreadJoin || kind == trace.FutureWait }

// objList lists what a lane waited for, longest first, without joins if
// blockedOnly.
func objList(st *waitStat, n int, blockedOnly bool) string {
	type kv struct {
		obj string
		d   time.Duration
	}
	var xs []kv
	for o, d := range st.byObj {
		if blockedOnly && st.joins[o] {
			continue
		}
		xs = append(xs, kv{o, d})
	}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i].d != xs[j].d {
			return xs[i].d > xs[j].d
		}
		return xs[i].obj < xs[j].obj
	})
	var parts []string
	for i, x := range xs {
		if i == n {
			parts = append(parts, "…")
			break
		}
		p := fmt.Sprintf("%s %s ms", x.obj, fmtMs(x.d))
		if c := st.count[x.obj]; c > 1 {
			p += fmt.Sprintf(" ×%d", c)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// findCycle returns "A → B → A" for a cycle of lanes each waiting for a
// lock the next one holds, or "".
func findCycle(next map[*lane]*lane) string {
	starts := make([]*lane, 0, len(next))
	for l := range next {
		starts = append(starts, l)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i].order < starts[j].order })
	for _, s := range starts {
		seen := map[*lane]int{}
		var path []*lane
		for l := s; l != nil; l = next[l] {
			if i, ok := seen[l]; ok {
				var names []string
				for _, p := range path[i:] {
					names = append(names, p.name)
				}
				return strings.Join(append(names, l.name), " → ")
			}
			seen[l] = len(path)
			path = append(path, l)
		}
	}
	return ""
}
