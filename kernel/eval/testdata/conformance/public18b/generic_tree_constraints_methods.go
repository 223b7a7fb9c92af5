package main

import (
	"cmp"
	"fmt"
	"iter"
	"strconv"
	"strings"
)

type Stringish interface {
	~int | ~string
	String() string
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
	count       int
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v, count: 1}
	}
	switch c := cmp.Compare(v, t.Val); {
	case c < 0:
		t.Left = t.Left.Insert(v)
	case c > 0:
		t.Right = t.Right.Insert(v)
	default:
		t.count++
	}
	return t
}

func (t *Tree[T]) All() iter.Seq2[T, int] {
	return func(yield func(T, int) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T, int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val, t.count) && t.Right.walk(yield)
}

func (t *Tree[T]) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func JoinAll[T Stringish](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Numeric interface{ ~int | ~float64 }

func Stats[T Numeric](xs ...T) (lo, hi T, mean float64) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	var sum T
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
		sum += x
	}
	return lo, hi, float64(sum) / float64(len(xs))
}

type Matrix[T Numeric] [2][2]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	var r Matrix[T]
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func Zero[T any]() (z T) { return }

func main() {
	var root *Tree[string]
	for _, w := range strings.Fields("m d x a f z d m m q") {
		root = root.Insert(w)
	}
	for v, n := range root.All() {
		fmt.Print(v, "x", n, " ")
	}
	fmt.Println(root.Height())
	var it *Tree[float64]
	for _, f := range []float64{3.5, -1, 2, 3.5} {
		it = it.Insert(f)
	}
	for v := range it.All() {
		if v > 2 {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	fmt.Println(JoinAll([]ID{3, 1, 2}, ","), JoinAll([]Tag{"a", "b"}, ""))
	fmt.Println(Stats(3, 1, 4, 1, 5))
	fmt.Println(Stats(2.5, -1.5))
	fmt.Println(Stats[ID]())
	fib := Matrix[int]{{1, 1}, {1, 0}}
	r := Matrix[int]{{1, 0}, {0, 1}}
	for range 10 {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[2]bool](), Zero[Matrix[float64]]())
	fmt.Printf("%T %T\n", root, Matrix[ID]{})
}
