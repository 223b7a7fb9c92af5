package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Convert[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Unbox[T any](bs []Box[T]) []T {
	var out []T
	for _, b := range bs {
		out = append(out, b.Get())
	}
	return out
}

func Pipe[T any, F ~func(T) T](x T, fs ...F) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

type Formatter struct{ prefix string }

func (f Formatter) Format(s string) string { return f.prefix + s }

func MapM[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Chans[C ~chan T, T any] struct{ cs []C }

func (c *Chans[C, T]) Add(ch C) { c.cs = append(c.cs, ch) }
func (c *Chans[C, T]) Drain() (out []T) {
	for _, ch := range c.cs {
		for v := range ch {
			out = append(out, v)
		}
	}
	return
}

type MyInt int

func Sum[S ~[]E, E Number](s S) (t E) {
	for _, v := range s {
		t += v
	}
	return
}

type Scores []MyInt

func main() {
	fmt.Println(Convert[float64]([]int{1, 2, 3}), Convert[int32]([]float64{1.9, -2.5}))
	fmt.Println(Unbox([]Box[string]{{"a"}, {"b"}}))
	fmt.Println(Pipe("go", strings.ToUpper, strings.TrimSpace))
	f := Formatter{"> "}
	fmt.Println(MapM([]string{"x", "y"}, f.Format), MapM([]Formatter{{"a"}, {"b"}}, func(f Formatter) string { return f.Format("!") }))
	var cs Chans[chan int, int]
	for i := 0; i < 2; i++ {
		c := make(chan int, 2)
		c <- i
		c <- i * 10
		close(c)
		cs.Add(c)
	}
	fmt.Println(cs.Drain())
	s := Sum(Scores{1, 2, 3})
	fmt.Printf("%v %T\n", s, s)
}
