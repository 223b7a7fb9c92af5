package main

import (
	"fmt"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = slices.Delete(s.items, len(s.items)-1, len(s.items))
	return v, true
}
func (s Stack[T]) Peek() []T { return slices.Clone(s.items) }

type Point struct{ X, Y int }

type Path []Point

func (p Path) Len() int {
	n := 0
	for i := 1; i < len(p); i++ {
		dx, dy := p[i].X-p[i-1].X, p[i].Y-p[i-1].Y
		n += max(dx, -dx) + max(dy, -dy)
	}
	return n
}

func main() {
	var s Stack[Point]
	s.Push(Point{1, 2}, Point{3, 4})
	s.Push(Point{5, 6})
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Peek())
	var e Stack[string]
	_, ok = e.Pop()
	fmt.Println(ok)
	p := Path{{0, 0}, {3, 0}, {3, 4}, {0, 4}}
	fmt.Println(p.Len(), slices.Index(p, Point{3, 4}))
	q := slices.Clone(p)
	slices.Reverse(q)
	fmt.Println(q, q.Len(), slices.Equal(p, q))
	q = slices.Concat(p[:1], Path{{9, 9}}, p[1:])
	fmt.Println(q, len(q))
	q = slices.Delete(q, 1, 2)
	fmt.Println(q, slices.Equal(p, q))
	m := slices.MaxFunc(p, func(a, b Point) int { return (a.X + a.Y) - (b.X + b.Y) })
	fmt.Println(m, slices.IsSortedFunc(p, func(a, b Point) int { return a.X - b.X }))
	ps := []*Point{{2, 1}, {1, 1}}
	slices.SortFunc(ps, func(a, b *Point) int { return a.X - b.X })
	fmt.Println(*ps[0], *ps[1])
	grid := [][]int{{3, 1}, {2}}
	for _, row := range grid {
		slices.Sort(row)
	}
	fmt.Println(grid, slices.Clip(make([]int, 2, 9)), cap(slices.Clip(make([]int, 2, 9))))
}
