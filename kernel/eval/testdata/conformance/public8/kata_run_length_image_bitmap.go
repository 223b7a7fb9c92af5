package main

import (
	"fmt"
	"strings"
)

type Bitmap struct {
	W, H int
	Px   []bool
}

func NewBitmap(w, h int) *Bitmap { return &Bitmap{w, h, make([]bool, w*h)} }

func (b *Bitmap) Set(x, y int) {
	if x >= 0 && y >= 0 && x < b.W && y < b.H {
		b.Px[y*b.W+x] = true
	}
}

func (b *Bitmap) Line(x0, y0, x1, y1 int) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	err := dx + dy
	for {
		b.Set(x0, y0)
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x0 += sx
		}
		if e2 <= dx {
			err += dx
			y0 += sy
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

func (b *Bitmap) RLE() string {
	var parts []string
	cur, n := b.Px[0], 0
	for _, p := range b.Px {
		if p == cur {
			n++
			continue
		}
		parts = append(parts, fmt.Sprintf("%d%s", n, map[bool]string{true: "#", false: "."}[cur]))
		cur, n = p, 1
	}
	parts = append(parts, fmt.Sprintf("%d%s", n, map[bool]string{true: "#", false: "."}[cur]))
	return strings.Join(parts, " ")
}

func (b *Bitmap) String() string {
	var sb strings.Builder
	for y := range b.H {
		for x := range b.W {
			if b.Px[y*b.W+x] {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := NewBitmap(12, 6)
	b.Line(0, 0, 11, 5)
	b.Line(0, 5, 11, 0)
	b.Line(5, 0, 5, 5)
	fmt.Print(b)
	fmt.Println(b.RLE())
}
