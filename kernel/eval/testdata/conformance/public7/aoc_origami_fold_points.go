package main

import (
	"fmt"
	"image"
	"strings"
)

const input = `6,10
0,14
9,10
0,3
10,4
4,11
6,0
6,12
4,1
0,13
10,12
3,4
3,0
8,4
1,10
2,14
8,10
9,0

fold along y=7
fold along x=5`

type Fold struct {
	Axis byte
	At   int
}

func apply(pts map[image.Point]struct{}, f Fold) map[image.Point]struct{} {
	out := make(map[image.Point]struct{}, len(pts))
	for p := range pts {
		if f.Axis == 'x' && p.X > f.At {
			p.X = 2*f.At - p.X
		} else if f.Axis == 'y' && p.Y > f.At {
			p.Y = 2*f.At - p.Y
		}
		out[p] = struct{}{}
	}
	return out
}

func render(pts map[image.Point]struct{}) string {
	var max image.Point
	for p := range pts {
		if p.X > max.X {
			max.X = p.X
		}
		if p.Y > max.Y {
			max.Y = p.Y
		}
	}
	var sb strings.Builder
	for y := 0; y <= max.Y; y++ {
		for x := 0; x <= max.X; x++ {
			if _, ok := pts[image.Pt(x, y)]; ok {
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
	dots, folds, _ := strings.Cut(input, "\n\n")
	pts := map[image.Point]struct{}{}
	for _, l := range strings.Split(dots, "\n") {
		var p image.Point
		fmt.Sscanf(l, "%d,%d", &p.X, &p.Y)
		pts[p] = struct{}{}
	}
	for i, l := range strings.Split(folds, "\n") {
		var f Fold
		var axis string
		n, err := fmt.Sscanf(strings.TrimPrefix(l, "fold along "), "%1s=%d", &axis, &f.At)
		f.Axis = axis[0]
		pts = apply(pts, f)
		fmt.Println(i, n, err, string(f.Axis), f.At, len(pts))
	}
	fmt.Print(render(pts))
}
