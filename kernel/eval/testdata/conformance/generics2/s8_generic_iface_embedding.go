package main

import (
	"fmt"
	"strings"
)

// Generic interfaces embedding generic interfaces, implemented by generic
// and plain types.

type Reader[T any] interface{ Read() (T, bool) }

type Writer[T any] interface{ Write(T) }

type ReadWriter[T any] interface {
	Reader[T]
	Writer[T]
}

type Buffer[T any] struct{ xs []T }

func (b *Buffer[T]) Write(x T) { b.xs = append(b.xs, x) }
func (b *Buffer[T]) Read() (T, bool) {
	var zero T
	if len(b.xs) == 0 {
		return zero, false
	}
	x := b.xs[0]
	b.xs = b.xs[1:]
	return x, true
}

type Upper struct{ sb strings.Builder }

func (u *Upper) Write(s string) { u.sb.WriteString(strings.ToUpper(s)) }

func Copy[T any](dst Writer[T], src Reader[T]) int {
	n := 0
	for {
		x, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(x)
		n++
	}
}

func main() {
	var rw ReadWriter[string] = &Buffer[string]{}
	rw.Write("a")
	rw.Write("b")
	u := &Upper{}
	fmt.Println(Copy[string](u, rw), u.sb.String())
	var w Writer[int] = &Buffer[int]{}
	w.Write(5)
	if r, ok := w.(Reader[int]); ok {
		fmt.Println(r.Read())
		fmt.Println(r.Read())
	}
	_, ok := any(u).(Reader[string])
	fmt.Println(ok)
}
