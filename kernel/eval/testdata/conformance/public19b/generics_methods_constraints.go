package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Stringish interface {
	~string
	Len() int
}

type MyStr string

func (m MyStr) Len() int { return len(m) }

type Shower interface {
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

type Ptr[T any] interface {
	*T
	Set(string)
}

type Conf struct{ v string }

func (c *Conf) Set(s string) { c.v = "conf=" + s }

func Build[T any, P Ptr[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		P(&out[i]).Set(v)
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Sum[S ~[]E, E Number](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func ShowAll[T Shower](xs []T) string {
	parts := Map(xs, func(x T) string { return x.Show() })
	return strings.Join(parts, ",")
}

func TotalLen[S Stringish](xs ...S) int {
	n := 0
	for _, x := range xs {
		n += x.Len()
	}
	return n
}

type Scores []float64
type Ages map[string]int

type List[T any] struct {
	head *node[T]
	size int
}
type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Numeric[T Number] struct{ vals []T }

func (n Numeric[T]) Max() T { return slices.Max(n.vals) }
func (n Numeric[T]) Scaled(k T) Numeric[T] {
	out := Numeric[T]{make([]T, len(n.vals))}
	for i, v := range n.vals {
		out.vals[i] = v * k
	}
	return out
}

func main() {
	fmt.Println(Build[Conf]([]string{"a", "b"}))
	var s Stack[string]
	s.Push("x", "y", "z")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	var si Stack[Pair[string, int]]
	si.Push(Pair[string, int]{"a", 1}, Pair[string, int]{"b", 2})
	fmt.Println(si.items, si)
	fmt.Printf("%v %+v %T\n", si.items[0], si.items[0], si.items[0])
	fmt.Println(Sum(Scores{1.5, 2.5}), Sum([]ID{1, 2, 3}), Sum([]int32{7}))
	fmt.Println(Keys(Ages{"bob": 3, "al": 4}), Keys(map[int]bool{3: true, 1: false}))
	fmt.Println(ShowAll([]ID{4, 5}))
	fmt.Println(TotalLen(MyStr("ab"), MyStr("cde")))
	var l List[rune]
	for _, r := range "héllo" {
		l.Add(r)
	}
	l.Each(func(i int, r rune) { fmt.Print(i, string(r), " ") })
	fmt.Println(l.size)
	fmt.Println(Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Reduce(Map([]int{1, 2, 3}, func(i int) ID { return ID(i * 10) }), "", func(acc string, id ID) string { return acc + id.Show() }))
	n := Numeric[float64]{[]float64{1, 3.5, 2}}
	fmt.Println(n.Max(), n.Scaled(2).vals, n.Scaled(2).Max())
	ni := Numeric[ID]{[]ID{3, 9, 1}}
	fmt.Println(ni.Max(), ni.Max().Show(), ni.Scaled(3))
	fmt.Printf("%T %T %T\n", s, si, ni)
	p := Pair[ID, []string]{7, []string{"q"}}
	fmt.Println(p, p.String())
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(ID(3), ID(8)))
}
