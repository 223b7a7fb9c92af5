package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Shape interface {
	Area() float64
	comparable
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func Largest[T Shape](xs []T) (best T) {
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return
}

type Numeric interface{ ~int | ~float64 }

type Vec[T Numeric] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{}

func (IntParser) Parse(s string) (int, error) { return strconv.Atoi(s) }

func ParseAll[T any, P Parser[T]](p P, in []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, s := range in {
		v, err := p.Parse(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Cache[K comparable, V any] struct {
	data map[K]V
	miss int
}

func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{data: map[K]V{}} }

func (c *Cache[K, V]) GetOr(k K, f func(K) V) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	c.miss++
	v := f(k)
	c.data[k] = v
	return v
}

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func main() {
	fmt.Println(Largest([]Sq{{1}, {3}, {2}}))
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Sum(), v.Scale(10), Vec[float64]{0.5, 0.25}.Sum())
	nums, errs := ParseAll[int](IntParser{}, []string{"1", "x", "3"})
	fmt.Println(nums, len(errs), errs[0])
	c := NewCache[string, int]()
	for _, w := range []string{"go", "rust", "go", "c", "rust"} {
		c.GetOr(w, func(s string) int { return len(s) })
	}
	fmt.Println(c.miss, SortedKeys(c.data))
	fmt.Println(SortedKeys(map[int]bool{3: true, 1: false}))
}
