package timeline

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// PNGScale is how many pixels of the PNG make one unit of the SVG: 2, so
// that the picture stays sharp on high-density screens and when a front
// end scales it to the width of the page.
const PNGScale = 2

// fontFiles are fonts with Hangul, regular and bold, where Debian, Fedora,
// Arch, macOS and Windows put them. $GONOTES_FONT (and
// $GONOTES_FONT_BOLD) names another; else fc-match is asked.
var fontFiles = [][2]string{
	{"/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"},
	{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"},
	{"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc"},
	{"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc"},
	{"/usr/share/fonts/naver-nanum/NanumGothic.ttf", "/usr/share/fonts/naver-nanum/NanumGothicBold.ttf"},
	{"/System/Library/Fonts/AppleSDGothicNeo.ttc", ""},
	{`C:\Windows\Fonts\malgun.ttf`, `C:\Windows\Fonts\malgunbd.ttf`},
}

// fonts are the parsed fonts of the PNG, found once.
var fonts struct {
	once          sync.Once
	regular, bold *opentype.Font
	hangul        bool   // regular has Hangul
	regularFile   string // "" for the built-in Go font
	mu            sync.Mutex
	faces         map[faceKey]font.Face
	faceMu        sync.Mutex // a font.Face is not safe for concurrent use
}

type faceKey struct {
	bold bool
	size float64
}

// parseFontFile reads a TrueType or OpenType font or the first font of a
// collection.
func parseFontFile(path string) *opentype.Font {
	if path == "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	if f, err := opentype.Parse(b); err == nil {
		return f
	}
	if c, err := opentype.ParseCollection(b); err == nil && c.NumFonts() > 0 {
		if f, err := c.Font(0); err == nil {
			return f
		}
	}
	return nil
}

// hasHangul reports whether f has a glyph for 가.
func hasHangul(f *opentype.Font) bool {
	var buf sfnt.Buffer
	i, err := f.GlyphIndex(&buf, '가')
	return err == nil && i != 0
}

// loadFonts finds a font with Hangul. Without one, the picture uses the Go
// font, which draws Hangul as empty boxes; FontFile says which was found.
func loadFonts() {
	try := func(reg, bold string) bool {
		r := parseFontFile(reg)
		if r == nil || !hasHangul(r) {
			return false
		}
		fonts.regular, fonts.regularFile, fonts.hangul = r, reg, true
		fonts.bold = parseFontFile(bold)
		if fonts.bold == nil {
			fonts.bold = r
		}
		return true
	}
	if f := os.Getenv("GONOTES_FONT"); f != "" && try(f, os.Getenv("GONOTES_FONT_BOLD")) {
		return
	}
	for _, p := range fontFiles {
		if try(p[0], p[1]) {
			return
		}
	}
	if _, err := exec.LookPath("fc-match"); err == nil {
		reg, _ := exec.Command("fc-match", "-f", "%{file}", "sans:lang=ko").Output()
		bold, _ := exec.Command("fc-match", "-f", "%{file}", "sans:lang=ko:weight=bold").Output()
		if try(string(reg), string(bold)) {
			return
		}
	}
	fonts.regular, _ = opentype.Parse(goregular.TTF)
	fonts.bold, _ = opentype.Parse(gobold.TTF)
}

// FontFile returns the font file the PNG form draws text with ("" for the
// built-in Go font, which has no Hangul) and whether it has Hangul.
func FontFile() (path string, hangul bool) {
	fonts.once.Do(loadFonts)
	return fonts.regularFile, fonts.hangul
}

// face returns the face of a size in pixels of the PNG.
func face(bold bool, size float64) font.Face {
	fonts.once.Do(loadFonts)
	fonts.mu.Lock()
	defer fonts.mu.Unlock()
	k := faceKey{bold, size}
	if f := fonts.faces[k]; f != nil {
		return f
	}
	fnt := fonts.regular
	if bold {
		fnt = fonts.bold
	}
	f, err := opentype.NewFace(fnt, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	if fonts.faces == nil {
		fonts.faces = map[faceKey]font.Face{}
	}
	fonts.faces[k] = f
	return f
}

// canvas is the PNG being drawn, in SVG units (scaled by PNGScale).
type canvas struct {
	img *image.RGBA
	ras vector.Rasterizer
}

func hexColor(s string) color.RGBA {
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 16, 32)
	if err != nil {
		return color.RGBA{0x88, 0x88, 0x88, 0xff}
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// px converts an SVG coordinate to a pixel coordinate.
func px(v float64) int { return int(math.Round(v * PNGScale)) }

// rect fills a rectangle (pixel-aligned, so that edges stay sharp).
func (c *canvas) rect(x, y, w, h float64, col color.Color) {
	r := image.Rect(px(x), px(y), px(x+w), px(y+h))
	if r.Dx() == 0 && w > 0 {
		r.Max.X++
	}
	if r.Dy() == 0 && h > 0 {
		r.Max.Y++
	}
	draw.Draw(c.img, r, image.NewUniform(col), image.Point{}, draw.Over)
}

// outline strokes the inside of a rectangle with a line of width lw.
func (c *canvas) outline(x, y, w, h, lw float64, col color.Color) {
	c.rect(x, y, w, lw, col)
	c.rect(x, y+h-lw, w, lw, col)
	c.rect(x, y, lw, h, col)
	c.rect(x+w-lw, y, lw, h, col)
}

// hatch fills a rectangle with the waiting pattern: grey stripes at 45°.
func (c *canvas) hatch(x, y, w, h float64) {
	r := image.Rect(px(x), px(y), px(x+w), px(y+h)).Intersect(c.img.Bounds())
	bg, fg := hexColor("#ececec"), hexColor("#a3a3a3")
	period := 6.0 * PNGScale
	thick := 2.2 * PNGScale
	for yy := r.Min.Y; yy < r.Max.Y; yy++ {
		for xx := r.Min.X; xx < r.Max.X; xx++ {
			u := math.Mod((float64(xx)+float64(yy))/math.Sqrt2, period)
			// Coverage of the stripe [0, thick) around u, one pixel wide
			// edges.
			cov := math.Min(math.Max(math.Min(u+0.5, thick-u+0.5), 0), 1)
			if u > period-0.5 {
				cov = math.Max(cov, period-u)
			}
			c.img.SetRGBA(xx, yy, mix(bg, fg, cov))
		}
	}
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xff}
}

// polygon fills a polygon given in SVG units, antialiased.
func (c *canvas) polygon(col color.Color, pts ...[2]float64) {
	if len(pts) < 3 {
		return
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		minX, maxX = math.Min(minX, p[0]*PNGScale), math.Max(maxX, p[0]*PNGScale)
		minY, maxY = math.Min(minY, p[1]*PNGScale), math.Max(maxY, p[1]*PNGScale)
	}
	r := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1)
	if r.Empty() {
		return
	}
	c.ras.Reset(r.Dx(), r.Dy())
	for i, p := range pts {
		x, y := float32(p[0]*PNGScale-float64(r.Min.X)), float32(p[1]*PNGScale-float64(r.Min.Y))
		if i == 0 {
			c.ras.MoveTo(x, y)
		} else {
			c.ras.LineTo(x, y)
		}
	}
	c.ras.ClosePath()
	c.ras.DrawOp = draw.Over
	c.ras.Draw(c.img, r, image.NewUniform(col), image.Point{})
}

// line strokes a straight line of width lw.
func (c *canvas) line(x1, y1, x2, y2, lw float64, col color.Color) {
	dx, dy := x2-x1, y2-y1
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	ox, oy := -dy/n*lw/2, dx/n*lw/2
	c.polygon(col, [2]float64{x1 + ox, y1 + oy}, [2]float64{x2 + ox, y2 + oy}, [2]float64{x2 - ox, y2 - oy}, [2]float64{x1 - ox, y1 - oy})
}

// circle fills a circle.
func (c *canvas) circle(cx, cy, r float64, col color.Color) {
	pts := make([][2]float64, 24)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / float64(len(pts))
		pts[i] = [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	c.polygon(col, pts...)
}

// Text anchors, as SVG's text-anchor.
const (
	anchorStart = iota
	anchorMiddle
	anchorEnd
)

// text draws s with its baseline at y (or centred on y when central), in
// SVG units.
func (c *canvas) text(s string, x, y, size float64, bold bool, anchor int, central bool, col color.Color) {
	f := face(bold, size*PNGScale)
	if f == nil {
		return
	}
	fonts.faceMu.Lock()
	defer fonts.faceMu.Unlock()
	d := font.Drawer{Dst: c.img, Src: image.NewUniform(col), Face: f}
	w := d.MeasureString(s)
	bx := fixed.Int26_6(x * PNGScale * 64)
	switch anchor {
	case anchorMiddle:
		bx -= w / 2
	case anchorEnd:
		bx -= w
	}
	by := fixed.Int26_6(y * PNGScale * 64)
	if central {
		m := f.Metrics()
		by += (m.Ascent - m.Descent) / 2
	}
	d.Dot = fixed.Point26_6{X: bx, Y: by}
	d.DrawString(s)
}

// png draws the model as a PNG, PNGScale pixels per SVG unit.
func (m *model) png(title string) []byte {
	lo := m.layout(title)
	W, H := px(lo.width), px(lo.height)
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, W, H))}
	draw.Draw(c.img, c.img.Bounds(), image.White, image.Point{}, draw.Src)
	ink := hexColor(textColor)
	if title != "" {
		c.text(title, 12, 24, 15, true, anchorStart, false, ink)
	}
	// Lane backgrounds first, under the grid.
	for i, l := range lo.lanes {
		if i%2 == 1 {
			c.rect(0, lo.laneY[l], lo.width, laneHeight(l), hexColor("#f7f8fa"))
		}
	}
	// Grid and axis.
	axis := hexColor("#555555")
	for v := 0.0; v <= ms(lo.total)+lo.step*1e-9; v += lo.step {
		x := lo.X(time.Duration(v * float64(time.Millisecond)))
		c.rect(x-0.5, lo.top, 1, lo.axisY-lo.top, hexColor("#e6e6e6"))
		c.rect(x-0.5, lo.axisY, 1, 5, axis)
		c.text(strconv.FormatFloat(v, 'f', -1, 64), x, lo.axisY+17, 11, false, anchorMiddle, false, ink)
	}
	c.rect(lo.x0, lo.axisY-0.5, lo.x1-lo.x0, 1, axis)
	c.text("시간 (ms)", lo.x1, lo.axisY+31, 11, false, anchorEnd, false, ink)
	if len(m.lanes) == 0 {
		c.text("기록된 이벤트가 없습니다 (no events recorded)", lo.x0, lo.top+18, fontSize, false, anchorStart, false, ink)
	}
	if lo.hidden > 0 {
		c.text("… 외 "+strconv.Itoa(lo.hidden)+"개 스레드는 그리지 않았습니다 ("+strconv.Itoa(lo.hidden)+" more lanes not drawn)", lo.x0, lo.y-10, fontSize, false, anchorStart, false, ink)
	}
	for _, l := range lo.lanes {
		by := lo.laneY[l] + lanePad
		c.text(l.name, lo.x0-10, by+barHeight/2, fontSize, false, anchorEnd, true, ink)
		m.paintLane(c, l, lo.X, by)
	}
	// Queue hand-offs.
	for i, h := range m.hands {
		yfrom, ok1 := lo.laneY[h.from]
		yto, ok2 := lo.laneY[h.to]
		if !ok1 || !ok2 || i >= 400 || h.from == h.to {
			continue
		}
		col := hexColor(m.color(h.obj))
		xa, xb := lo.X(h.putAt), lo.X(h.getAt)
		ya, yb := yfrom+lanePad+barHeight/2, yto+lanePad+barHeight/2
		c.line(xa, ya, xb, yb, 1.4, col)
		// The arrow head: 7 units long, at the get.
		n := math.Hypot(xb-xa, yb-ya)
		if n > 0 {
			ux, uy := (xb-xa)/n, (yb-ya)/n
			c.polygon(col, [2]float64{xb, yb}, [2]float64{xb - 7*ux - 3.5*uy, yb - 7*uy + 3.5*ux}, [2]float64{xb - 7*ux + 3.5*uy, yb - 7*uy - 3.5*ux})
		}
	}
	// Legend.
	for _, p := range lo.items {
		it := p.it
		sy := p.y - 9
		switch it.kind {
		case "running":
			c.rect(p.x, sy, 24, 11, hexColor(runColor))
		case "process":
			c.rect(p.x, sy, 24, 11, hexColor(procColor))
		case "holding":
			c.rect(p.x, sy-1, 24, 7, hexColor(runColor))
			c.rect(p.x+4, sy+7.5, 16, 4, axis)
		case "sleeping":
			c.rect(p.x, sy+2, 24, 7, hexColor(sleepColor))
			c.outline(p.x, sy+2, 24, 7, 0.5, hexColor(runColor))
		case "waiting":
			c.hatch(p.x, sy, 24, 11)
			c.outline(p.x, sy, 24, 11, 1, hexColor(waitStroke))
		case "queue":
			col := hexColor(it.color)
			c.rect(p.x, sy+4.5, 24, 2, col)
			c.circle(p.x+2, sy+5.5, 3, col)
			c.polygon(col, [2]float64{p.x + 22 - 3.5, sy + 2.5}, [2]float64{p.x + 22 + 3.5, sy + 2.5}, [2]float64{p.x + 22, sy + 8.5})
		default:
			c.rect(p.x, sy, 24, 11, hexColor(it.color))
		}
		c.text(it.label, p.x+30, p.y, fontSize, false, anchorStart, false, ink)
	}
	var buf bytes.Buffer
	// BestSpeed: a timeline of notebook 04 encodes in 5 ms instead of
	// 190 ms with BestCompression (which it used before), for a PNG 20 %
	// larger (25 KB instead of 21 KB); a timeline is drawn when its cell
	// ends, so the cell waits for it.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, paletted(c.img)); err != nil {
		return nil
	}
	return buf.Bytes()
}

// paletted returns img with a palette of its 256 most frequent colours;
// the others (a few antialiased edge pixels) take the nearest of them. A
// paletted PNG is a third of the size of an RGB one.
func paletted(img *image.RGBA) image.Image {
	// The pixels are read straight from img.Pix, and a run of one colour
	// (most of a picture: background, bars) costs one comparison a pixel;
	// the maps are consulted once a run.
	key := func(p []uint8) uint32 { return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]) }
	rgba := func(k uint32) color.RGBA { return color.RGBA{uint8(k >> 24), uint8(k >> 16), uint8(k >> 8), uint8(k)} }
	b := img.Bounds()
	w := b.Dx()
	count := map[uint32]int{}
	for y := 0; y < b.Dy(); y++ {
		row := img.Pix[y*img.Stride : y*img.Stride+4*w]
		run, n := key(row), 0
		for x := 0; x < w; x++ {
			if k := key(row[4*x:]); k != run {
				count[run] += n
				run, n = k, 0
			}
			n++
		}
		count[run] += n
	}
	cols := make([]uint32, 0, len(count))
	for c := range count {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool {
		if count[cols[i]] != count[cols[j]] {
			return count[cols[i]] > count[cols[j]]
		}
		return cols[i]>>8 < cols[j]>>8 || cols[i]>>8 == cols[j]>>8 && cols[i] < cols[j]
	})
	if len(cols) > 256 {
		cols = cols[:256]
	}
	pal := make(color.Palette, len(cols))
	idx := make(map[uint32]uint8, len(count))
	for i, c := range cols {
		pal[i] = rgba(c)
		idx[c] = uint8(i)
	}
	p := image.NewPaletted(b, pal)
	for y := 0; y < b.Dy(); y++ {
		row := img.Pix[y*img.Stride : y*img.Stride+4*w]
		out := p.Pix[y*p.Stride : y*p.Stride+w]
		last, li := ^key(row), uint8(0)
		for x := range out {
			k := key(row[4*x:])
			if k != last {
				i, ok := idx[k]
				if !ok {
					i = uint8(pal.Index(rgba(k)))
					idx[k] = i
				}
				last, li = k, i
			}
			out[x] = li
		}
	}
	return p
}

// paintLane draws the bars, holds and marks of one lane, as drawLane does
// in SVG.
func (m *model) paintLane(c *canvas, l *lane, X func(time.Duration) float64, y float64) {
	box := func(from, to time.Duration, minW float64) (x, wd float64) {
		x = X(from)
		wd = X(to) - x
		if wd < minW {
			wd = minW
		}
		return x, wd
	}
	fill := hexColor(runColor)
	if l.process {
		fill = hexColor(procColor)
	}
	gap := time.Duration(float64(time.Second) / (X(time.Second) - X(0)))
	waits := coalesce(l.waits, gap, func(a, b *span) bool {
		return a.obj == b.obj || (a.to-a.from < 2*gap && b.to-b.from < 2*gap)
	})
	sleeps := coalesce(l.sleeps, gap, func(a, b *span) bool { return true })
	for _, r := range running(l.from, l.to, waits, sleeps) {
		x, wd := box(r.from, r.to, 0.8)
		c.rect(x, y, wd, barHeight, fill)
	}
	for _, s := range sleeps {
		x, wd := box(s.from, s.to, 1.5)
		c.rect(x, y+sleepInset, wd, barHeight-2*sleepInset, hexColor(sleepColor))
		c.outline(x, y+sleepInset, wd, barHeight-2*sleepInset, 0.5, hexColor(runColor))
	}
	for _, s := range waits {
		x, wd := box(s.from, s.to, 1.5)
		col := hexColor(m.color(s.obj))
		c.hatch(x, y+0.75, wd, barHeight-1)
		c.outline(x, y+0.75, wd, barHeight-1, 1.5, col)
		label := s.obj
		if s.kind == trace.ThreadJoin {
			label = "join " + strings.TrimPrefix(s.obj, "Thread ")
		}
		if tw := textWidth(label, 11); tw+8 < wd {
			c.text(label, x+4, y+barHeight/2, 11, false, anchorStart, true, hexColor("#333333"))
		}
		if s.open {
			c.text("⋯", x+wd+2, y+barHeight/2, 11, false, anchorStart, true, col)
		}
	}
	for _, s := range coalesce(l.tasks, gap, func(a, b *span) bool { return true }) {
		x, wd := box(s.from, s.to, 1.5)
		c.outline(x, y+2, wd, barHeight-4, 1, hexColor("#3b3b3b"))
	}
	for lv := 0; lv < l.levels; lv++ {
		var row []span
		for _, h := range l.holds {
			if h.level == lv {
				row = append(row, h)
			}
		}
		for _, s := range coalesce(row, gap, func(a, b *span) bool { return a.obj == b.obj }) {
			x, wd := box(s.from, s.to, 1.5)
			hy := y + barHeight + holdGap + float64(s.level)*(holdHeight+holdGap)
			c.rect(x, hy, wd, holdHeight, hexColor(m.color(s.obj)))
		}
	}
	dark := hexColor("#333333")
	if l.started {
		c.rect(X(l.from)-0.75, y-3, 1.5, barHeight+6, dark)
	}
	if l.ended {
		c.rect(X(l.to)-0.75, y-3, 1.5, barHeight+6, dark)
	}
	type markKey struct {
		kind, obj string
		x         int
	}
	drawn := map[markKey]bool{}
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	for _, mk := range l.marks {
		x := X(mk.at)
		if k := (markKey{mk.kind, mk.obj, int(x)}); drawn[k] {
			continue
		} else {
			drawn[k] = true
		}
		col := hexColor(m.color(mk.obj))
		cy := y + barHeight/2
		switch mk.kind {
		case trace.QueuePut:
			c.circle(x, cy, 4, white)
			c.circle(x, cy, 3.2, col)
		case trace.QueueGet:
			c.polygon(white, [2]float64{x - 4.5, cy - 3.7}, [2]float64{x + 4.5, cy - 3.7}, [2]float64{x, cy + 3.9})
			c.polygon(col, [2]float64{x - 3.5, cy - 3}, [2]float64{x + 3.5, cy - 3}, [2]float64{x, cy + 3})
		case trace.EventSet, trace.CondNotify, trace.SemRelease:
			c.polygon(dark, [2]float64{x, y - 4.6}, [2]float64{x + 4.6, y}, [2]float64{x, y + 4.6}, [2]float64{x - 4.6, y})
			c.polygon(col, [2]float64{x, y - 4}, [2]float64{x + 4, y}, [2]float64{x, y + 4}, [2]float64{x - 4, y})
		case trace.SemAcquire, trace.QueueTaskDone, trace.EventClr, trace.FutureSubmit, trace.BarrierPass, trace.ProcessEnd:
			c.rect(x-0.75, y-3, 1.5, 7, col)
		}
	}
}
