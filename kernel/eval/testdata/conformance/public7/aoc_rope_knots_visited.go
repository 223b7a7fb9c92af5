package main

import (
	"fmt"
	"strings"
)

const input = `R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

type P struct{ X, Y int }

func sgn(v int) int {
	if v > 0 {
		return 1
	} else if v < 0 {
		return -1
	}
	return 0
}

func simulate(n int) int {
	knots := make([]P, n)
	seen := map[P]struct{}{{}: {}}
	moves := map[string]P{"R": {1, 0}, "L": {-1, 0}, "U": {0, 1}, "D": {0, -1}}
	for _, line := range strings.Split(input, "\n") {
		var dir string
		var steps int
		fmt.Sscanf(line, "%s %d", &dir, &steps)
		d := moves[dir]
		for ; steps > 0; steps-- {
			knots[0].X += d.X
			knots[0].Y += d.Y
			for i := 1; i < n; i++ {
				h, t := &knots[i-1], &knots[i]
				dx, dy := h.X-t.X, h.Y-t.Y
				if dx*dx+dy*dy > 2 {
					t.X += sgn(dx)
					t.Y += sgn(dy)
				}
			}
			seen[knots[n-1]] = struct{}{}
		}
	}
	return len(seen)
}

func main() {
	fmt.Println(simulate(2), simulate(10))
}
