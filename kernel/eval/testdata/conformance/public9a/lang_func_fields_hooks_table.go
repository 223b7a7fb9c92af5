package main

import (
	"errors"
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }
type Acc struct{ n int }

func (a *Acc) Add(d ...int) int {
	for _, x := range d {
		a.n += x
	}
	return a.n
}

type Hooks struct {
	split func(string) (string, string, bool)
	move  func(Pt, ...Pt) Pt
	add   func(...int) int
	errf  func(string, ...any) error
	named func() (n int, err error)
	pick  func([]any, ...int) []any
}
type Loader[K comparable, V any] struct {
	load func(K, ...string) (V, error)
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Conv struct {
	f func([]int, func(int) string) []string
}

func main() {
	acc := &Acc{}
	h := Hooks{
		split: func(s string) (string, string, bool) { return strings.Cut(s, "=") },
		move: func(p Pt, ds ...Pt) Pt {
			for _, d := range ds {
				p.X += d.X
				p.Y += d.Y
			}
			return p
		},
		add:   acc.Add,
		errf:  fmt.Errorf,
		named: func() (n int, err error) { defer func() { n *= 2 }(); return 21, nil },
		pick: func(xs []any, idx ...int) []any {
			var o []any
			for _, i := range idx {
				o = append(o, xs[i])
			}
			return o
		},
	}
	a, b, ok := h.split("k=v")
	fmt.Println(a, b, ok)
	fmt.Println(h.move(Pt{1, 1}), h.move(Pt{0, 0}, Pt{1, 2}, Pt{3, 4}), h.move(Pt{}, []Pt{{5, 5}}...))
	fmt.Println(h.add(1, 2, 3), h.add(), acc.n)
	err := h.errf("wrap %s %d: %w", "x", 5, errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(h.named())
	fmt.Println(h.pick([]any{"a", 1, 2.5, nil}, 0, 2, 3))
	l := Loader[string, int]{load: func(k string, opts ...string) (int, error) {
		if k == "" {
			return 0, errors.New("empty")
		}
		return len(k) + len(opts), nil
	}}
	fmt.Println(l.load("abc", "x", "y"))
	fmt.Println(l.load(""))
	c := Conv{f: Map[int, string]}
	fmt.Println(c.f([]int{1, 2}, func(i int) string { return strings.Repeat("*", i) }))
	var hp *Hooks = &h
	fmt.Println(hp.add(10, 20), hp.move(Pt{1, 1}, Pt{1, 1}))
}
