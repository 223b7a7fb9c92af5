package main

import (
	"fmt"
	"slices"
)

type coord struct{ r, c int }

type Sparse struct {
	rows, cols int
	data       map[coord]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[coord]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if v == 0 {
		delete(s.data, coord{r, c})
		return
	}
	s.data[coord{r, c}] = v
}

func (s *Sparse) Get(r, c int) float64 { return s.data[coord{r, c}] }

func (s *Sparse) Mul(o *Sparse) *Sparse {
	out := NewSparse(s.rows, o.cols)
	for k1, v1 := range s.data {
		for k2, v2 := range o.data {
			if k1.c == k2.r {
				out.data[coord{k1.r, k2.c}] += v1 * v2
			}
		}
	}
	return out
}

func (s *Sparse) Entries() []string {
	keys := make([]coord, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b coord) int {
		if a.r != b.r {
			return a.r - b.r
		}
		return a.c - b.c
	})
	var out []string
	for _, k := range keys {
		out = append(out, fmt.Sprintf("(%d,%d)=%g", k.r, k.c, s.data[k]))
	}
	return out
}

func main() {
	a := NewSparse(3, 3)
	a.Set(0, 0, 1)
	a.Set(1, 2, 2)
	a.Set(2, 1, 3)
	b := NewSparse(3, 3)
	b.Set(0, 1, 4)
	b.Set(2, 0, 5)
	b.Set(1, 1, 6)
	fmt.Println(a.Mul(b).Entries())
	a.Set(0, 0, 0)
	fmt.Println(a.Entries(), len(a.data), a.Get(5, 5))
}
