package timeline

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// FontFamily is the font stack of the picture: fonts with Hangul first, so
// that Korean thread names and labels render on every system.
const FontFamily = `'Noto Sans CJK KR', 'Noto Sans KR', 'Nanum Gothic', NanumGothic, 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif`

// Drawing constants (pixels).
const (
	plotWidth  = 880
	rightPad   = 24
	fontSize   = 12
	barHeight  = 18
	holdHeight = 6
	holdGap    = 2
	lanePad    = 7
	axisHeight = 34
	maxLanes   = 64 // lanes drawn; the summary covers the others
	runColor   = "#9fb8cf"
	procColor  = "#c3b1de"
	waitStroke = "#7a7a7a"
	sleepColor = "#dde7f1" // sleeping: a pale, thinner bar
	sleepInset = 4.5
	textColor  = "#222222"
)

// waitNames says in Korean what a wait is for.
var waitNames = map[string]string{
	trace.LockWait:    "락 대기",
	trace.SemWait:     "세마포어 대기",
	trace.CondWait:    "조건 변수 대기",
	trace.EventWait:   "이벤트 대기",
	trace.QueueWait:   "큐 대기",
	trace.BarrierWait: "배리어 대기",
	trace.FutureWait:  "결과 대기",
	trace.ThreadJoin:  "join 대기",
}

// kindNames names a kind of object in the legend.
var kindNames = map[string]string{
	"lock":    "락",
	"sem":     "세마포어",
	"cond":    "조건 변수",
	"event":   "이벤트",
	"queue":   "큐 (put → get)",
	"barrier": "배리어",
	"future":  "퓨처",
	"thread":  "스레드 join",
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// esc escapes s for XML text and attributes, replacing characters XML
// cannot hold.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF {
			return '\uFFFD'
		}
		return r
	}, s)
	return xmlEscaper.Replace(s)
}

// textWidth estimates the width of s in pixels at size px: wide (Hangul,
// CJK) characters take a full em, others about 0.6 em.
func textWidth(s string, px float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r >= 0xFF00 && r <= 0xFFEF:
			w += px
		case r == ' ' || r == 'i' || r == 'l' || r == '.' || r == ',':
			w += 0.3 * px
		case unicode.IsUpper(r) || r == 'm' || r == 'w':
			w += 0.72 * px
		default:
			w += 0.58 * px
		}
	}
	return w
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// fmtMs formats a duration in ms with a precision that suits its size.
func fmtMs(d time.Duration) string {
	v := ms(d)
	switch {
	case d == 0:
		return "0"
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case v >= 1:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// niceStep returns a round tick step (1, 2 or 5 times a power of ten) that
// cuts span into about n pieces.
func niceStep(span float64, n int) float64 {
	if span <= 0 {
		return 1
	}
	raw := span / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= raw {
			return f * p
		}
	}
	return 10 * p
}

// svgWriter accumulates the document.
type svgWriter struct{ strings.Builder }

func (w *svgWriter) f(format string, args ...any) { fmt.Fprintf(&w.Builder, format, args...) }

// laneHeight is the height of a lane: the bar and its rows of holds.
func laneHeight(l *lane) float64 {
	return 2*lanePad + barHeight + float64(l.levels)*(holdHeight+holdGap)
}

// placedItem is a legend entry and where it is drawn.
type placedItem struct {
	it   legendItem
	x, y float64
}

// layout is where everything goes, shared by the SVG and the PNG.
type layout struct {
	lanes         []*lane // drawn lanes
	hidden        int     // lanes not drawn
	x0, x1, width float64 // plot from x0 to x1
	height        float64
	top           float64 // first lane
	y             float64 // after the last lane
	axisY         float64
	total         time.Duration // the time span drawn (never 0)
	laneY         map[*lane]float64
	items         []placedItem
	step          float64 // tick step in ms
}

// X returns the x coordinate of a time.
func (lo *layout) X(d time.Duration) float64 {
	return lo.x0 + float64(d)/float64(lo.total)*plotWidth
}

// layout places the lanes, axis and legend.
func (m *model) layout(title string) *layout {
	lo := &layout{lanes: m.lanes, laneY: map[*lane]float64{}}
	if len(lo.lanes) > maxLanes {
		lo.lanes, lo.hidden = lo.lanes[:maxLanes], len(lo.lanes)-maxLanes
	}
	labelW := 90.0
	for _, l := range lo.lanes {
		labelW = math.Max(labelW, textWidth(l.name, fontSize)+24)
	}
	labelW = math.Min(labelW, 280)
	lo.x0 = labelW
	lo.x1 = labelW + plotWidth
	lo.width = lo.x1 + rightPad
	lo.total = m.total
	if lo.total <= 0 {
		lo.total = time.Millisecond
	}
	lo.top = 10.0
	if title != "" {
		lo.top = 36
	}
	y := lo.top
	for _, l := range lo.lanes {
		lo.laneY[l] = y
		y += laneHeight(l)
	}
	if len(lo.lanes) == 0 || lo.hidden > 0 {
		y += 30
	}
	lo.y = y
	lo.axisY = y + 4
	legendTop := lo.axisY + axisHeight
	// Lay the legend out in rows.
	lx, ly := 12.0, legendTop
	for _, it := range m.legendItems() {
		w := 30 + textWidth(it.label, fontSize) + 22
		if lx+w > lo.width-8 && lx > 12 {
			lx, ly = 12, ly+22
		}
		lo.items = append(lo.items, placedItem{it, lx, ly})
		lx += w
	}
	lo.height = ly + 28
	lo.step = niceStep(ms(lo.total), 8)
	return lo
}

// svg draws the model as a standalone SVG document.
func (m *model) svg(title string) string {
	lo := m.layout(title)
	lanes, hidden, laneY, items := lo.lanes, lo.hidden, lo.laneY, lo.items
	x0, x1, width, height, top, y, axisY, total := lo.x0, lo.x1, lo.width, lo.height, lo.top, lo.y, lo.axisY, lo.total
	X := lo.X

	var w svgWriter
	w.f(`<svg xmlns="http://www.w3.org/2000/svg" class="gonotes-timeline" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s" font-size="%d" fill="%s">`+"\n",
		num(width), num(height), num(width), num(height), esc(FontFamily), fontSize, textColor)
	w.f("<title>%s</title>\n", esc(m.caption(title)))
	w.f(`<defs><pattern id="gonotes-tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="6" height="6" fill="#ececec"/><line x1="0" y1="0" x2="0" y2="6" stroke="#a3a3a3" stroke-width="2.2"/></pattern>`)
	arrows := map[string]bool{}
	for _, h := range m.hands {
		c := m.color(h.obj)
		if !arrows[c] {
			arrows[c] = true
			w.f(`<marker id="gonotes-tl-arrow-%s" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="%s"/></marker>`,
				c[1:], c)
		}
	}
	w.f("</defs>\n")
	w.f(`<rect class="background" x="0" y="0" width="%s" height="%s" fill="#ffffff"/>`+"\n", num(width), num(height))
	if title != "" {
		w.f(`<text class="title" x="12" y="24" font-size="15" font-weight="bold">%s</text>`+"\n", esc(title))
	}

	// Grid and axis.
	step := lo.step
	w.f(`<g class="axis" data-total-ms="%s">`+"\n", strconv.FormatFloat(ms(m.total), 'f', 3, 64))
	for v := 0.0; v <= ms(total)+step*1e-9; v += step {
		x := X(time.Duration(v * float64(time.Millisecond)))
		w.f(`<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#e6e6e6" stroke-width="1"/>`, num(x), num(top), num(x), num(axisY))
		w.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#555555"/>`, num(x), num(axisY), num(x), num(axisY+5))
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="middle" font-size="11">%s</text>`+"\n", num(x), num(axisY+17), esc(strconv.FormatFloat(v, 'f', -1, 64)))
	}
	w.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#555555"/>`, num(x0), num(axisY), num(x1), num(axisY))
	w.f(`<text class="unit" x="%s" y="%s" text-anchor="end" font-size="11">시간 (ms)</text>`+"\n", num(x1), num(axisY+31))
	w.f("</g>\n")

	if len(m.lanes) == 0 {
		w.f(`<text class="empty" x="%s" y="%s">기록된 이벤트가 없습니다 (no events recorded)</text>`+"\n", num(x0), num(top+18))
	}

	if hidden > 0 {
		w.f(`<text class="hidden-lanes" x="%s" y="%s">… 외 %d개 스레드는 그리지 않았습니다 (%d more lanes not drawn)</text>`+"\n", num(x0), num(y-10), hidden, hidden)
	}
	for i, l := range lanes {
		ly := laneY[l]
		h := laneHeight(l)
		by := ly + lanePad // bar top
		kind := "thread"
		if l.process {
			kind = "process"
		}
		w.f(`<g class="lane" data-name="%s" data-kind="%s" data-g="%d">`+"\n", esc(l.name), kind, l.g)
		if i%2 == 1 {
			w.f(`<rect class="lane-bg" x="0" y="%s" width="%s" height="%s" fill="#f7f8fa"/>`+"\n", num(ly), num(width), num(h))
		}
		w.f(`<text class="lane-label" x="%s" y="%s" text-anchor="end" dominant-baseline="central">%s</text>`+"\n",
			num(x0-10), num(by+barHeight/2), esc(l.name))
		m.drawLane(&w, l, X, by)
		w.f("</g>\n")
	}

	// Queue hand-offs on top of the lanes.
	if len(m.hands) > 0 {
		w.f(`<g class="handoffs">` + "\n")
		const maxArrows = 400
		for i, h := range m.hands {
			c := m.color(h.obj)
			xa, xb := X(h.putAt), X(h.getAt)
			yfrom, ok1 := laneY[h.from]
			yto, ok2 := laneY[h.to]
			if !ok1 || !ok2 {
				continue
			}
			ya, yb := yfrom+lanePad+barHeight/2, yto+lanePad+barHeight/2
			tip := fmt.Sprintf("%s: %s → %s, %s (put %s ms, get %s ms)", h.obj, h.from.name, h.to.name, h.item, fmtMs(h.putAt), fmtMs(h.getAt))
			if i >= maxArrows || h.from == h.to {
				continue // too many to draw, or within one lane: the marks show it
			}
			w.f(`<path class="handoff" data-obj="%s" data-from="%s" data-to="%s" data-put-ms="%s" data-get-ms="%s" d="M%s,%s L%s,%s" stroke="%s" stroke-width="1.4" fill="none" opacity="0.85" marker-end="url(#gonotes-tl-arrow-%s)"><title>%s</title></path>`+"\n",
				esc(h.obj), esc(h.from.name), esc(h.to.name), msAttr(h.putAt), msAttr(h.getAt),
				num(xa), num(ya), num(xb), num(yb), c, c[1:], esc(tip))
		}
		w.f("</g>\n")
	}

	// Legend.
	w.f(`<g class="legend">` + "\n")
	for _, p := range items {
		it := p.it
		w.f(`<g class="legend-item" data-obj="%s" data-kind="%s">`, esc(it.obj), esc(it.kind))
		sy := p.y - 9
		switch it.kind {
		case "running":
			w.f(`<rect x="%s" y="%s" width="24" height="11" fill="%s"/>`, num(p.x), num(sy), runColor)
		case "process":
			w.f(`<rect x="%s" y="%s" width="24" height="11" fill="%s"/>`, num(p.x), num(sy), procColor)
		case "holding":
			w.f(`<rect x="%s" y="%s" width="24" height="7" fill="%s"/><rect x="%s" y="%s" width="16" height="4" fill="#555555"/>`,
				num(p.x), num(sy-1), runColor, num(p.x+4), num(sy+7.5))
		case "sleeping":
			w.f(`<rect x="%s" y="%s" width="24" height="7" fill="%s" stroke="%s"/>`, num(p.x), num(sy+2), sleepColor, runColor)
		case "waiting":
			w.f(`<rect x="%s" y="%s" width="24" height="11" fill="url(#gonotes-tl-hatch)" stroke="%s"/>`, num(p.x), num(sy), waitStroke)
		case "queue":
			w.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/><circle cx="%s" cy="%s" r="3" fill="%s"/><path d="%s" fill="%s"/>`,
				num(p.x), num(sy+5.5), num(p.x+24), num(sy+5.5), it.color, num(p.x+2), num(sy+5.5), it.color, triangle(p.x+22, sy+5.5), it.color)
		default:
			w.f(`<rect class="swatch" x="%s" y="%s" width="24" height="11" fill="%s"/>`, num(p.x), num(sy), it.color)
		}
		w.f(`<text x="%s" y="%s">%s</text></g>`+"\n", num(p.x+30), num(p.y), esc(it.label))
	}
	w.f("</g>\n</svg>\n")
	return w.String()
}

func msAttr(d time.Duration) string { return strconv.FormatFloat(ms(d), 'f', 3, 64) }

// triangle returns a small downward triangle path centred at (x, y).
func triangle(x, y float64) string {
	return fmt.Sprintf("M%s,%s L%s,%s L%s,%s z", num(x-3.5), num(y-3), num(x+3.5), num(y-3), num(x), num(y+3))
}

// drawLane draws the bars, holds and marks of one lane whose bar starts at
// y.
func (m *model) drawLane(w *svgWriter, l *lane, X func(time.Duration) float64, y float64) {
	rect := func(from, to time.Duration, minW float64) (x, wd float64) {
		x = X(from)
		wd = X(to) - x
		if wd < minW {
			wd = minW
		}
		return x, wd
	}
	// Running: the lifetime minus the waits.
	fill := runColor
	if l.process {
		fill = procColor
	}
	// A long recording has more intervals than pixels: merge those closer
	// than a pixel, so that the document stays small.
	gap := time.Duration(float64(time.Second) / (X(time.Second) - X(0))) // one pixel
	waits := coalesce(l.waits, gap, func(a, b *span) bool {
		return a.obj == b.obj || (a.to-a.from < 2*gap && b.to-b.from < 2*gap)
	})
	var holds []span
	for lv := 0; lv < l.levels; lv++ {
		var row []span
		for _, h := range l.holds {
			if h.level == lv {
				row = append(row, h)
			}
		}
		holds = append(holds, coalesce(row, gap, func(a, b *span) bool { return a.obj == b.obj })...)
	}
	tasks := coalesce(l.tasks, gap, func(a, b *span) bool { return true })

	sleeps := coalesce(l.sleeps, gap, func(a, b *span) bool { return true })
	for _, r := range running(l.from, l.to, waits, sleeps) {
		x, wd := rect(r.from, r.to, 0.8)
		w.f(`<rect class="run" data-from-ms="%s" data-to-ms="%s" x="%s" y="%s" width="%s" height="%d" fill="%s"><title>%s: 실행 중 %s–%s ms</title></rect>`+"\n",
			msAttr(r.from), msAttr(r.to), num(x), num(y), num(wd), barHeight, fill, esc(l.name), fmtMs(r.from), fmtMs(r.to))
	}
	for _, s := range sleeps {
		x, wd := rect(s.from, s.to, 1.5)
		w.f(`<rect class="sleep" data-from-ms="%s" data-to-ms="%s" x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="%s" stroke-width="1"><title>%s: 잠자는 중 (time.Sleep) %s–%s ms (%s ms)</title></rect>`+"\n",
			msAttr(s.from), msAttr(s.to), num(x), num(y+sleepInset), num(wd), num(barHeight-2*sleepInset), sleepColor, runColor,
			esc(l.name), fmtMs(s.from), fmtMs(s.to), fmtMs(s.to-s.from))
	}
	for _, s := range waits {
		x, wd := rect(s.from, s.to, 1.5)
		c := m.color(s.obj)
		state := ""
		if s.open {
			state = " — 기록이 끝날 때까지 대기 중"
		}
		tip := fmt.Sprintf("%s: %s %s, %s–%s ms (%s ms)%s", l.name, s.obj, waitNames[s.kind], fmtMs(s.from), fmtMs(s.to), fmtMs(s.to-s.from), state)
		w.f(`<rect class="wait" data-obj="%s" data-kind="%s" data-from-ms="%s" data-to-ms="%s" data-open="%t" x="%s" y="%s" width="%s" height="%d" fill="url(#gonotes-tl-hatch)" stroke="%s" stroke-width="1.5"><title>%s</title></rect>`+"\n",
			esc(s.obj), esc(s.kind), msAttr(s.from), msAttr(s.to), s.open, num(x), num(y+0.75), num(wd), barHeight-1, c, esc(tip))
		label := s.obj
		if s.kind == trace.ThreadJoin {
			label = "join " + strings.TrimPrefix(s.obj, "Thread ")
		}
		if tw := textWidth(label, 11); tw+8 < wd {
			w.f(`<text class="wait-label" x="%s" y="%s" font-size="11" dominant-baseline="central" fill="#333333">%s</text>`+"\n",
				num(x+4), num(y+barHeight/2), esc(label))
		}
		if s.open {
			w.f(`<text class="still-waiting" x="%s" y="%s" font-size="11" dominant-baseline="central" fill="%s">⋯</text>`, num(x+wd+2), num(y+barHeight/2), c)
		}
	}
	// Tasks of a pool: an outlined box on the bar.
	for _, s := range tasks {
		x, wd := rect(s.from, s.to, 1.5)
		w.f(`<rect class="task" data-obj="%s" data-from-ms="%s" data-to-ms="%s" x="%s" y="%s" width="%s" height="%d" fill="none" stroke="#3b3b3b" stroke-width="1"><title>%s: %s %s–%s ms</title></rect>`+"\n",
			esc(s.obj), msAttr(s.from), msAttr(s.to), num(x), num(y+2), num(wd), barHeight-4, esc(l.name), esc(s.obj), fmtMs(s.from), fmtMs(s.to))
	}
	// Holds: coloured bands under the bar, one row per concurrent hold.
	for _, s := range holds {
		x, wd := rect(s.from, s.to, 1.5)
		hy := y + barHeight + holdGap + float64(s.level)*(holdHeight+holdGap)
		tip := fmt.Sprintf("%s: %s 보유 %s–%s ms (%s ms)", l.name, s.obj, fmtMs(s.from), fmtMs(s.to), fmtMs(s.to-s.from))
		w.f(`<rect class="hold" data-obj="%s" data-from-ms="%s" data-to-ms="%s" x="%s" y="%s" width="%s" height="%d" fill="%s"><title>%s</title></rect>`+"\n",
			esc(s.obj), msAttr(s.from), msAttr(s.to), num(x), num(hy), num(wd), holdHeight, m.color(s.obj), esc(tip))
	}
	// Start and end of a thread that began or ended during the recording.
	if l.started {
		w.f(`<line class="start" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333333" stroke-width="1.5"/>`, num(X(l.from)), num(y-3), num(X(l.from)), num(y+barHeight+3))
	}
	if l.ended {
		w.f(`<line class="end" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333333" stroke-width="1.5"/>`, num(X(l.to)), num(y-3), num(X(l.to)), num(y+barHeight+3))
	}
	// Instant events, at most one of a kind per object and pixel.
	type markKey struct {
		kind, obj string
		x         int
	}
	drawn := map[markKey]bool{}
	for _, mk := range l.marks {
		x := X(mk.at)
		if k := (markKey{mk.kind, mk.obj, int(x)}); drawn[k] {
			continue
		} else {
			drawn[k] = true
		}
		c := m.color(mk.obj)
		tip := fmt.Sprintf("%s: %s %s %s ms", l.name, mk.kind, mk.obj, fmtMs(mk.at))
		if mk.detail != "" {
			tip += " (" + mk.detail + ")"
		}
		var shape string
		switch mk.kind {
		case trace.QueuePut:
			shape = fmt.Sprintf(`<circle cx="%s" cy="%s" r="3.2" fill="%s" stroke="#ffffff" stroke-width="0.8"/>`, num(x), num(y+barHeight/2), c)
		case trace.QueueGet:
			shape = fmt.Sprintf(`<path d="%s" fill="%s" stroke="#ffffff" stroke-width="0.8"/>`, triangle(x, y+barHeight/2), c)
		case trace.EventSet, trace.CondNotify, trace.SemRelease:
			shape = fmt.Sprintf(`<path d="M%s,%s L%s,%s L%s,%s L%s,%s z" fill="%s" stroke="#333333" stroke-width="0.6"/>`,
				num(x), num(y-4), num(x+4), num(y), num(x), num(y+4), num(x-4), num(y), c)
		case trace.SemAcquire, trace.QueueTaskDone, trace.EventClr, trace.FutureSubmit, trace.BarrierPass, trace.ProcessEnd:
			shape = fmt.Sprintf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5"/>`, num(x), num(y-3), num(x), num(y+4), c)
		default:
			continue
		}
		w.f(`<g class="mark" data-kind="%s" data-obj="%s" data-ms="%s">%s<title>%s</title></g>`+"\n",
			esc(mk.kind), esc(mk.obj), msAttr(mk.at), shape, esc(tip))
	}
}

// running returns the spans of a lane from from to to in which it runs:
// the gaps between its waits and sleeps.
func running(from, to time.Duration, waits, sleeps []span) []span {
	idle := append(append([]span(nil), waits...), sleeps...)
	sort.SliceStable(idle, func(i, j int) bool { return idle[i].from < idle[j].from })
	var out []span
	cur := from
	for _, s := range append(idle, span{from: to, to: to}) {
		if s.from > cur {
			out = append(out, span{from: cur, to: s.from})
		}
		cur = max(cur, s.to)
	}
	return out
}

// coalesce merges spans (in order of start) that are less than gap apart
// and alike.
func coalesce(spans []span, gap time.Duration, alike func(a, b *span) bool) []span {
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && s.from-out[n-1].to < gap && alike(&out[n-1], &s) {
			last := &out[n-1]
			if s.to > last.to {
				last.to = s.to
			}
			last.open = s.open
			continue
		}
		out = append(out, s)
	}
	return out
}

// legendItem is one entry of the legend.
type legendItem struct {
	kind  string // "running", "waiting", "process", or an object kind
	obj   string
	color string
	label string
}

func (m *model) legendItems() []legendItem {
	items := []legendItem{
		{kind: "running", label: "실행 중 (running)"},
		{kind: "waiting", label: "대기 중 (blocked)"},
	}
	for _, l := range m.lanes {
		if len(l.sleeps) > 0 {
			items = append(items, legendItem{kind: "sleeping", label: "잠자는 중 (time.Sleep)"})
			break
		}
	}
	holds := false
	for _, l := range m.lanes {
		holds = holds || len(l.holds) > 0
	}
	if holds {
		items = append(items, legendItem{kind: "holding", label: "색 띠: 락·세마포어 보유 (holding)"})
	}
	for _, l := range m.lanes {
		if l.process {
			items = append(items, legendItem{kind: "process", label: "프로세스 (process)"})
			break
		}
	}
	for _, o := range m.objs {
		if o.color == "" {
			continue
		}
		label := o.name
		if k := kindNames[o.kind]; k != "" && !strings.HasPrefix(o.name, "Thread ") {
			label += " — " + k
		}
		items = append(items, legendItem{kind: o.kind, obj: o.name, color: o.color, label: label})
	}
	return items
}

// caption is the document's title: what the picture shows, for screen
// readers and tooltips.
func (m *model) caption(title string) string {
	threads, procs := 0, 0
	for _, l := range m.lanes {
		if l.process {
			procs++
		} else {
			threads++
		}
	}
	s := fmt.Sprintf("timeline: %s ms, %d threads", fmtMs(m.total), threads)
	if procs > 0 {
		s += fmt.Sprintf(", %d processes", procs)
	}
	if title != "" {
		s = title + " — " + s
	}
	return s
}
