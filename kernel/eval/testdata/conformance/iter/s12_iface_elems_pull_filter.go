package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Sq float64

func (s Sq) Area() float64  { return float64(s * s) }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", float64(s)) }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64  { return r.W * r.H }
func (r *Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	shapes := []Shape{Sq(1), &Rect{2, 3}, Sq(3), &Rect{1, 0.5}}
	big := slices.Collect(Filter(slices.Values(shapes), func(s Shape) bool { return s.Area() > 1.5 }))
	fmt.Println(big, len(big))
	next, stop := iter.Pull(slices.Values(shapes))
	a, _ := next()
	b, _ := next()
	stop()
	fmt.Println(a, b, a.Area()+b.Area())
	byName := map[string]Shape{}
	for _, s := range shapes {
		byName[s.String()] = s
	}
	keys := slices.Sorted(maps.Keys(byName))
	fmt.Println(keys)
	vals := slices.SortedFunc(maps.Values(byName), func(x, y Shape) int { return cmp.Compare(x.Area(), y.Area()) })
	fmt.Println(vals)
	for i, s := range slices.Backward(shapes) {
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()
	sort.Slice(shapes, func(i, j int) bool { return strings.Compare(shapes[i].String(), shapes[j].String()) < 0 })
	fmt.Println(shapes)
	fmt.Println(slices.ContainsFunc(shapes, func(s Shape) bool { _, ok := s.(*Rect); return ok }))
	ch := slices.Chunk(shapes, 3)
	for c := range ch {
		fmt.Print(len(c), c, ";")
	}
	fmt.Println()
}
