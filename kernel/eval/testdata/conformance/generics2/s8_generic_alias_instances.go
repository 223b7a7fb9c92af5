package main

import "fmt"

// Aliases of instances and generic aliases (Go 1.24) with the methods of
// the aliased instance.

type Box[T any] struct{ V T }

func (b Box[T]) Get() T                 { return b.V }
func (b *Box[T]) Put(v T)               { b.V = v }
func (b Box[T]) Map(f func(T) T) Box[T] { return Box[T]{f(b.V)} }

type IntBox = Box[int]

type Alias[T any] = Box[T]

type Pair[K comparable, V any] struct {
	K K
	V V
}

type StrPair[V any] = Pair[string, V]

func main() {
	var ib IntBox
	ib.Put(4)
	fmt.Println(ib.Get(), ib.Map(func(n int) int { return n * n }))
	a := Alias[string]{"s"}
	var b Box[string] = a
	fmt.Printf("%v %T %T\n", b.Get(), a, ib)
	sp := StrPair[int]{"k", 1}
	var p Pair[string, int] = sp
	fmt.Printf("%+v %T\n", p, sp)
	fmt.Println(any(a).(Box[string]).Get(), any(ib) == any(Box[int]{4}))
}
