package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type pt struct{ r, c int }

type item struct {
	p    pt
	dist int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	return q[i].dist < q[j].dist || q[i].dist == q[j].dist && (q[i].p.r < q[j].p.r || q[i].p.r == q[j].p.r && q[i].p.c < q[j].p.c)
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any     { old := *q; x := old[len(old)-1]; *q = old[:len(old)-1]; return x }

func main() {
	grid := strings.Fields(`
1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`)
	R, C := len(grid), len(grid[0])
	dist := map[pt]int{{0, 0}: 0}
	prev := map[pt]pt{}
	q := &pq{{pt{0, 0}, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.p] {
			continue
		}
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{cur.p.r + d.r, cur.p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= R || n.c >= C {
				continue
			}
			nd := cur.dist + int(grid[n.r][n.c]-'0')
			if old, ok := dist[n]; !ok || nd < old {
				dist[n] = nd
				prev[n] = cur.p
				heap.Push(q, item{n, nd})
			}
		}
	}
	end := pt{R - 1, C - 1}
	fmt.Println("lowest risk:", dist[end])
	marks := make([][]byte, R)
	for i := range marks {
		marks[i] = []byte(strings.Repeat(".", C))
	}
	for p := end; p != (pt{0, 0}); p = prev[p] {
		marks[p.r][p.c] = grid[p.r][p.c]
	}
	marks[0][0] = '*'
	for _, m := range marks {
		fmt.Println(string(m))
	}
}
