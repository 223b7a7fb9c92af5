package main

import (
	"fmt"
	"sort"
	"strings"
)

type key struct{ r, c int }

type Sparse struct {
	rows, cols int
	m          map[key]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[key]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if v == 0 {
		delete(s.m, key{r, c})
		return
	}
	s.m[key{r, c}] = v
}

func (s *Sparse) Get(r, c int) float64 { return s.m[key{r, c}] }

func (s *Sparse) Mul(o *Sparse) (*Sparse, error) {
	if s.cols != o.rows {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", s.rows, s.cols, o.rows, o.cols)
	}
	byRow := map[int][]key{}
	for k := range o.m {
		byRow[k.r] = append(byRow[k.r], k)
	}
	out := NewSparse(s.rows, o.cols)
	for k, v := range s.m {
		for _, ok := range byRow[k.c] {
			out.m[key{k.r, ok.c}] += v * o.m[ok]
		}
	}
	for k, v := range out.m {
		if v == 0 {
			delete(out.m, k)
		}
	}
	return out, nil
}

func (s *Sparse) Transpose() *Sparse {
	t := NewSparse(s.cols, s.rows)
	for k, v := range s.m {
		t.m[key{k.c, k.r}] = v
	}
	return t
}

func (s *Sparse) String() string {
	keys := make([]key, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].r < keys[j].r || keys[i].r == keys[j].r && keys[i].c < keys[j].c
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("(%d,%d)=%g", k.r, k.c, s.m[k])
	}
	return fmt.Sprintf("%dx%d{%s}", s.rows, s.cols, strings.Join(parts, " "))
}

func main() {
	a := NewSparse(3, 4)
	a.Set(0, 0, 1)
	a.Set(0, 3, 2)
	a.Set(1, 1, -1.5)
	a.Set(2, 2, 4)
	a.Set(2, 3, 0.25)
	b := a.Transpose()
	fmt.Println(a)
	fmt.Println(b)
	c, err := a.Mul(b)
	fmt.Println(c, err)
	_, err = a.Mul(a)
	fmt.Println(err)
	a.Set(0, 0, 0)
	fmt.Println(len(a.m), a.Get(0, 0), a.Get(2, 3))
	id := NewSparse(4, 4)
	for i := 0; i < 4; i++ {
		id.Set(i, i, 1)
	}
	d, _ := a.Mul(id)
	fmt.Println(d.String() == a.String())
}
