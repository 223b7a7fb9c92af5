package main

import (
	"cmp"
	"errors"
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

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", s.S) }

type Ci struct{ R float64 }

func (c Ci) Area() float64  { return 3 * c.R * c.R }
func (c Ci) String() string { return fmt.Sprintf("Ci(%g)", c.R) }

func Largest[S Shape](xs []S) S {
	return slices.MaxFunc(xs, func(a, b S) int { return cmp.Compare(a.Area(), b.Area()) })
}

func TotalArea[S interface{ Area() float64 }](xs ...S) (t float64) {
	for _, x := range xs {
		t += x.Area()
	}
	return
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), cap: n}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.cap {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range c.order {
			if !yield(k, c.data[k]) {
				return
			}
		}
	}
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

type Scores map[string]int

type Number interface{ ~int | ~float64 }

func Avg[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type Grade int

func Counter[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Pipeline[T any](seq iter.Seq[T], stages ...func(T) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			for _, s := range stages {
				v = s(v)
			}
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	sqs := []Sq{{1}, {3}, {2}}
	fmt.Println(Largest(sqs), TotalArea(sqs...))
	shapes := []Shape{Sq{2}, Ci{1}, Sq{1}}
	fmt.Println(Largest(shapes), TotalArea(shapes...))
	fmt.Println(TotalArea(Ci{1}, Ci{2}))

	c := NewCache[string, Shape](2)
	c.Put("a", Sq{1})
	c.Put("b", Ci{2})
	c.Put("c", Sq{3})
	_, okA := c.Get("a")
	vb, okB := c.Get("b")
	fmt.Println(okA, vb, okB)
	for k, v := range c.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	r1 := Try(func() (int, error) { return 42, nil })
	r2 := Try(func() (int, error) { return 0, errors.New("bad") })
	fmt.Println(r1.OrElse(-1), r2.OrElse(-1), r2.Err)
	r3 := Try(func() (Shape, error) { return Ci{3}, nil })
	fmt.Println(r3.Val, r3.OrElse(Sq{0}).Area())

	var l List[string]
	for _, w := range strings.Fields("a b c") {
		l.Push(w)
	}
	var got []string
	l.Each(func(s string) { got = append(got, s) })
	fmt.Println(got, l.size)

	sc := Scores{"bo": 3, "al": 5}
	fmt.Println(Keys(sc), Keys(map[int]bool{3: true, 1: false}))
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]Grade{90, 80}), Avg([]float64{}))
	cnt := Counter([]Grade{1, 2, 1, 3, 1})
	ks := make([]Grade, 0)
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	for _, k := range ks {
		fmt.Print(k, ":", cnt[k], " ")
	}
	fmt.Println()
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	for v := range Pipeline(slices.Values([]int{1, 2, 3}), double, inc) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	upper := Pipeline(slices.Values([]string{"go", "py"}), strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(slices.Collect(upper))
}
