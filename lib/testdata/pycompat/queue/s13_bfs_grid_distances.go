package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type cell struct{ r, c int }

func main() {
	grid := []string{"..#.", ".##.", "....", "#.#."}
	start := cell{0, 0}
	dist := map[cell]int{start: 0}
	q := queue.New(0)
	q.Put(start)
	for !q.Empty() {
		p := q.Get().(cell)
		for _, d := range []cell{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			n := cell{p.r + d.r, p.c + d.c}
			if _, seen := dist[n]; n.r >= 0 && n.r < 4 && n.c >= 0 && n.c < 4 && grid[n.r][n.c] == '.' && !seen {
				dist[n] = dist[p] + 1
				q.Put(n)
			}
		}
	}
	for r := range 4 {
		var row []string
		for c := range 4 {
			if d, ok := dist[cell{r, c}]; ok {
				row = append(row, fmt.Sprint(d))
			} else if grid[r][c] == '#' {
				row = append(row, "#")
			} else {
				row = append(row, "?")
			}
		}
		fmt.Println(strings.Join(row, " "))
	}
	fmt.Println("visited", len(dist), "queue empty", pyBool(q.Empty()), "unfinished", q.UnfinishedTasks())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
