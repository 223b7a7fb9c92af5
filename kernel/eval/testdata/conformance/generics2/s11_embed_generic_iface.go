// Generic interfaces embedding generic interfaces (ReadWriter[T] =
// Reader[T] + Writer[T]), a generic decorator struct embedding the
// interface and overriding one method, and interface satisfaction checks
// with var _ I[T] = (*X[T])(nil).
package main

import (
	"fmt"
	"strings"
)

type Reader[T any] interface{ Read() (T, bool) }
type Writer[T any] interface{ Write(T) error }
type ReadWriter[T any] interface {
	Reader[T]
	Writer[T]
}

type Buffer[T any] struct{ items []T }

func (b *Buffer[T]) Write(v T) error { b.items = append(b.items, v); return nil }
func (b *Buffer[T]) Read() (T, bool) {
	var zero T
	if len(b.items) == 0 {
		return zero, false
	}
	v := b.items[0]
	b.items = b.items[1:]
	return v, true
}

var _ ReadWriter[int] = (*Buffer[int])(nil)

type Counting[T any] struct {
	ReadWriter[T]
	writes int
}

func (c *Counting[T]) Write(v T) error {
	c.writes++
	return c.ReadWriter.Write(v)
}

type Limited[T any] struct {
	Writer[T]
	max, n int
}

func (l *Limited[T]) Write(v T) error {
	if l.n >= l.max {
		return fmt.Errorf("limit %d reached", l.max)
	}
	l.n++
	return l.Writer.Write(v)
}

func Drain[T any](r Reader[T]) []T {
	var out []T
	for {
		v, ok := r.Read()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

func CopyAll[T any](dst Writer[T], vs ...T) error {
	for _, v := range vs {
		if err := dst.Write(v); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	c := &Counting[string]{ReadWriter: &Buffer[string]{}}
	fmt.Println(CopyAll[string](c, "a", "b", "c"), c.writes)
	fmt.Println(Drain[string](c))
	buf := &Buffer[int]{}
	lim := &Limited[int]{Writer: buf, max: 2}
	err := CopyAll[int](lim, 1, 2, 3)
	fmt.Println(err, Drain[int](buf))
	var rw ReadWriter[string] = c
	rw.Write(strings.Repeat("x", 3))
	v, ok := rw.Read()
	fmt.Println(v, ok, c.writes)
	_, isW := any(lim).(Writer[int])
	_, isR := any(lim).(Reader[int])
	fmt.Println(isW, isR)
}
