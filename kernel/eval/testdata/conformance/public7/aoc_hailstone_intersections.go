package main

import (
	"fmt"
	"strings"
)

const input = `19, 13, 30 @ -2,  1, -2
18, 19, 22 @ -1, -1, -2
20, 25, 34 @ -2, -2, -4
12, 31, 28 @ -1, -2, -1
20, 19, 15 @  1, -5, -3`

type Stone struct {
	P, V [3]float64
}

func intersect(a, b Stone) (x, y float64, ok bool) {
	// a.P + t*a.V = b.P + s*b.V in x and y
	det := a.V[0]*(-b.V[1]) - a.V[1]*(-b.V[0])
	if det == 0 {
		return 0, 0, false
	}
	dx, dy := b.P[0]-a.P[0], b.P[1]-a.P[1]
	t := (dx*(-b.V[1]) - dy*(-b.V[0])) / det
	s := (a.V[0]*dy - a.V[1]*dx) / det
	if t < 0 || s < 0 {
		return a.P[0] + t*a.V[0], a.P[1] + t*a.V[1], false
	}
	return a.P[0] + t*a.V[0], a.P[1] + t*a.V[1], true
}

func main() {
	var stones []Stone
	for _, l := range strings.Split(input, "\n") {
		var s Stone
		l = strings.ReplaceAll(l, " ", "")
		fmt.Sscanf(l, "%g,%g,%g@%g,%g,%g", &s.P[0], &s.P[1], &s.P[2], &s.V[0], &s.V[1], &s.V[2])
		stones = append(stones, s)
	}
	lo, hi := 7.0, 27.0
	count := 0
	for i := range stones {
		for j := i + 1; j < len(stones); j++ {
			x, y, ok := intersect(stones[i], stones[j])
			in := ok && x >= lo && x <= hi && y >= lo && y <= hi
			if in {
				count++
			}
			fmt.Printf("%d-%d: %.3f %.3f future=%v inside=%v\n", i, j, x, y, ok, in)
		}
	}
	fmt.Println(count)
}
