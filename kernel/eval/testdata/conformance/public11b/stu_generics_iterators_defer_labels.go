package main

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + fmt.Sprint(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count cleanup", n)
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func firstOver(limit int) (int, error) {
	for v := range Count(10) {
		if v > limit {
			return v, nil
		}
	}
	return 0, errors.New("none")
}

func collectPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	for v := range Count(5) {
		if v == 2 {
			panic("at two")
		}
	}
	return nil
}

func main() {
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %s %+v\n", ps, ps[1], Pair[int, []string]{1, []string{"x"}})
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	fmt.Println(Describe(3), Describe(ps[0]), Describe(errors.New("e")), Describe(2.5))
	fmt.Println(firstOver(3))
	fmt.Println(firstOver(30))
	fmt.Println(collectPanics())
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
	var fns []func() int
	for v := range Count(3) {
		defer fmt.Println("deferred", v)
		fns = append(fns, func() int { return v * 10 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(min(3, 1, 2), max(2.5, math.NaN()), min("b", "a"), max('a', 'b'))
	m := map[string]int{"a": 1}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), s)
	type grid [2][2]int
	k := map[grid]string{{{1, 2}, {3, 4}}: "g"}
	fmt.Println(k[grid{{1, 2}, {3, 4}}], grid{} == grid{{0, 0}, {0, 0}})
	var sb strings.Builder
	w := sb.WriteString
	w("method ")
	w("value")
	fmt.Println(sb.String())
	var st fmt.Stringer = ps[0]
	f := st.String
	st = ps[1]
	fmt.Println(f(), st.String())
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println("goto", i)
	fmt.Println(slices.Collect(Count(0)) == nil)
}
