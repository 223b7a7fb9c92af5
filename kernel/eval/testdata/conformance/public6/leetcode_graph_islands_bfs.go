package main

import (
	"fmt"
	"strings"
)

type pt struct{ r, c int }

var dirs = [4]pt{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func parse(s string) [][]byte {
	var g [][]byte
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(strings.TrimSpace(line)))
	}
	return g
}

func islands(g [][]byte) (count int, sizes []int) {
	seen := make([][]bool, len(g))
	for i := range seen {
		seen[i] = make([]bool, len(g[i]))
	}
	for r := range g {
		for c := range g[r] {
			if g[r][c] != '#' || seen[r][c] {
				continue
			}
			count++
			size := 0
			queue := []pt{{r, c}}
			seen[r][c] = true
			for len(queue) > 0 {
				p := queue[0]
				queue = queue[1:]
				size++
				for _, d := range dirs {
					n := pt{p.r + d.r, p.c + d.c}
					if n.r < 0 || n.r >= len(g) || n.c < 0 || n.c >= len(g[n.r]) {
						continue
					}
					if g[n.r][n.c] == '#' && !seen[n.r][n.c] {
						seen[n.r][n.c] = true
						queue = append(queue, n)
					}
				}
			}
			sizes = append(sizes, size)
		}
	}
	return
}

func shortest(g [][]byte, from, to pt) int {
	dist := map[pt]int{from: 0}
	q := []pt{from}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p == to {
			return dist[p]
		}
		for _, d := range dirs {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(g) || n.c < 0 || n.c >= len(g[0]) || g[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return -1
}

func main() {
	g := parse(`
		##..#
		#...#
		..#..
		.....
		##.##`)
	n, sizes := islands(g)
	fmt.Println(n, sizes)
	fmt.Println(shortest(g, pt{0, 2}, pt{4, 2}), shortest(g, pt{3, 0}, pt{0, 3}), shortest(g, pt{3, 0}, pt{0, 0}))
	g[2][2] = '.'
	n, sizes = islands(g)
	fmt.Println(n, sizes, string(g[2]))
}
