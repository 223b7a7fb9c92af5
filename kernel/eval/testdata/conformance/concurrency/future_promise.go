package main

import (
	"errors"
	"fmt"
)

type Future[T any] struct {
	ch  chan struct{}
	val T
	err error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{ch: make(chan struct{})}
	go func() {
		defer close(fu.ch)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.ch
	return f.val, f.err
}

func main() {
	a := Async(func() (int, error) { return 21 * 2, nil })
	b := Async(func() (string, error) { return "", errors.New("no data") })
	v, err := a.Await()
	fmt.Println(v, err)
	s, err := b.Await()
	fmt.Printf("%q %v\n", s, err)
	v2, _ := a.Await()
	fmt.Println("await twice:", v2)
}
