package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	apply := func(ops []Op, x int) int {
		for _, op := range ops {
			x = op.Apply(x)
		}
		return x
	}
	ops := []Op{Add(3), Mul(4), Add(-2)}
	fmt.Println(apply(ops, 1), ops)
	names := func(ops []Op) string {
		var s []string
		for _, o := range ops {
			s = append(s, fmt.Sprint(o))
		}
		return strings.Join(s, " ")
	}
	fmt.Println(names(ops))
	sort.Slice(ops, func(i, j int) bool { return ops[i].Apply(1) < ops[j].Apply(1) })
	fmt.Println(names(ops))
	acc := &Acc{}
	inc := acc.Inc
	for i := 0; i < 3; i++ {
		func() { inc(i) }()
	}
	fmt.Println(acc.total, acc)
	m := Matrix{{1, 2}, {3, 4}}
	t := func() Matrix { return m.T() }()
	fmt.Println(t, m.Trace(), Matrix.Trace(t))
	var s fmt.Stringer = func() fmt.Stringer { return &m }()
	fmt.Println(s.String())
	q := &Queue[string]{}
	pushAll := func(xs ...string) {
		for _, x := range xs {
			q.Push(x)
		}
	}
	pushAll("a", "b", "c")
	v, _ := q.Pop()
	fmt.Println(v, q.Len(), q)
}

type Op interface{ Apply(int) int }

type Add int

func (a Add) Apply(x int) int { return x + int(a) }
func (a Add) String() string  { return fmt.Sprintf("+%d", int(a)) }

type Mul int

func (m Mul) Apply(x int) int { return x * int(m) }
func (m Mul) String() string  { return fmt.Sprintf("*%d", int(m)) }

type Acc struct{ total int }

func (a *Acc) Inc(n int)      { a.total += n }
func (a *Acc) String() string { return fmt.Sprintf("Acc<%d>", a.total) }

type Matrix [2][2]int

func (m Matrix) T() Matrix       { return Matrix{{m[0][0], m[1][0]}, {m[0][1], m[1][1]}} }
func (m Matrix) Trace() int      { return m[0][0] + m[1][1] }
func (m *Matrix) String() string { return fmt.Sprintf("M%v", [2][2]int(*m)) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *Queue[T]) Len() int       { return len(q.items) }
func (q *Queue[T]) String() string { return fmt.Sprint("Q", q.items) }
