package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

type Numeric interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Numeric](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{}

func (IntParser) Parse(s string) (int, error) { return strconv.Atoi(s) }

type BoolParser struct{}

func (BoolParser) Parse(s string) (bool, error) { return strconv.ParseBool(s) }

func ParseAll[T any, P Parser[T]](p P, in []string) ([]T, error) {
	out := make([]T, 0, len(in))
	var errs []error
	for _, s := range in {
		v, err := p.Parse(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

type Ptr[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = "name:" + s }

func FromStrings[T any, PT Ptr[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type Ordered interface {
	~int | ~string | ~float64
}

type SortedMap[K Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func (m *SortedMap[K, V]) Put(k K, v V) {
	if m.vals == nil {
		m.vals = map[K]V{}
	}
	if _, ok := m.vals[k]; !ok {
		i := sort.Search(len(m.keys), func(i int) bool { return m.keys[i] >= k })
		m.keys = append(m.keys, k)
		copy(m.keys[i+1:], m.keys[i:])
		m.keys[i] = k
	}
	m.vals[k] = v
}

func (m *SortedMap[K, V]) Each(f func(K, V)) {
	for _, k := range m.keys {
		f(k, m.vals[k])
	}
}

type Meters float64

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](1, 2))
	fmt.Printf("%.3f %.1f\n", Average([]int8{1, 2, 4}), Average([]Meters{}))
	ints, err := ParseAll[int](IntParser{}, []string{"1", "x", "3", "4y"})
	fmt.Println(ints)
	fmt.Println(err)
	bs, err := ParseAll[bool](BoolParser{}, []string{"true", "F", "1"})
	fmt.Println(bs, err)
	fmt.Println(FromStrings[Name]([]string{"a", "b"}))
	var sm SortedMap[string, int]
	for i, k := range []string{"pear", "apple", "fig", "apple"} {
		sm.Put(k, i)
	}
	sm.Each(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
}
