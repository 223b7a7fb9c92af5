package main

import (
	"fmt"
	"strconv"
)

type Getter[T any] interface {
	Get() T
}

type Num int

func (n Num) Get() int { return int(n) * 10 }

type Box struct{ s string }

func (b *Box) Get() string { return b.s }

type Sink[T any] interface {
	Put(T)
}

type Log struct{ lines []string }

func (l *Log) Put(s string) { l.lines = append(l.lines, s) }

func Read[T any](g Getter[T]) T { return g.Get() }

func WriteAll[T any](s Sink[T], xs ...T) {
	for _, x := range xs {
		s.Put(x)
	}
}

func Conv[T any](g Getter[T], f func(T) string) string { return f(g.Get()) }

func main() {
	fmt.Println(Read(Num(4)))        // T inferred from Num's Get method (Go 1.21)
	fmt.Println(Read(&Box{"boxed"})) // from *Box's
	l := &Log{}
	WriteAll(l, "a", "b")
	fmt.Println(l.lines)
	fmt.Println(Conv(Num(2), strconv.Itoa))
	fmt.Printf("%T\n", Read(Num(1)))
}
