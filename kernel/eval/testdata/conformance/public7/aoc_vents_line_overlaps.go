package main

import (
	"fmt"
	"image"
	"strings"
)

const input = `0,9 -> 5,9
8,0 -> 0,8
9,4 -> 3,4
2,2 -> 2,1
7,0 -> 7,4
6,4 -> 2,0
0,9 -> 2,9
3,4 -> 1,4
0,0 -> 8,8
5,5 -> 8,2`

type Seg struct{ A, B image.Point }

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func count(segs []Seg, diag bool) int {
	grid := map[image.Point]int{}
	for _, s := range segs {
		d := image.Pt(sign(s.B.X-s.A.X), sign(s.B.Y-s.A.Y))
		if d.X != 0 && d.Y != 0 && !diag {
			continue
		}
		for p := s.A; ; p = p.Add(d) {
			grid[p]++
			if p == s.B {
				break
			}
		}
	}
	n := 0
	for _, v := range grid {
		if v >= 2 {
			n++
		}
	}
	return n
}

func main() {
	var segs []Seg
	for _, l := range strings.Split(input, "\n") {
		var s Seg
		fmt.Sscanf(l, "%d,%d -> %d,%d", &s.A.X, &s.A.Y, &s.B.X, &s.B.Y)
		segs = append(segs, s)
	}
	fmt.Println(len(segs), segs[0], segs[len(segs)-1].A.String())
	fmt.Println("straight:", count(segs, false))
	fmt.Println("all:", count(segs, true))
	r := image.Rect(0, 0, 0, 0)
	for _, s := range segs {
		r = r.Union(image.Rectangle{s.A, s.B}.Canon().Add(image.Pt(0, 0)).Inset(0))
	}
	fmt.Println(r, r.Dx(), r.Dy())
}
