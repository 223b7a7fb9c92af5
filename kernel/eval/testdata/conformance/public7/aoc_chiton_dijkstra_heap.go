package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const input = `1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`

type item struct {
	r, c, dist int
}

type pq []item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(item)) }
func (q *pq) Pop() any          { old := *q; it := old[len(old)-1]; *q = old[:len(old)-1]; return it }

func shortest(grid [][]int) int {
	h, w := len(grid), len(grid[0])
	dist := make([][]int, h)
	for i := range dist {
		dist[i] = make([]int, w)
		for j := range dist[i] {
			dist[i][j] = 1 << 60
		}
	}
	dist[0][0] = 0
	q := &pq{{0, 0, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.r][cur.c] {
			continue
		}
		if cur.r == h-1 && cur.c == w-1 {
			return cur.dist
		}
		for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			r, c := cur.r+d[0], cur.c+d[1]
			if r < 0 || c < 0 || r >= h || c >= w {
				continue
			}
			nd := cur.dist + grid[r][c]
			if nd < dist[r][c] {
				dist[r][c] = nd
				heap.Push(q, item{r, c, nd})
			}
		}
	}
	return -1
}

func main() {
	var grid [][]int
	for _, l := range strings.Fields(input) {
		row := make([]int, len(l))
		for i := range l {
			row[i] = int(l[i] - '0')
		}
		grid = append(grid, row)
	}
	fmt.Println("small", shortest(grid))
	h, w := len(grid), len(grid[0])
	big := make([][]int, h*5)
	for r := range big {
		big[r] = make([]int, w*5)
		for c := range big[r] {
			v := grid[r%h][c%w] + r/h + c/w
			big[r][c] = (v-1)%9 + 1
		}
	}
	fmt.Println("big", shortest(big))
}
