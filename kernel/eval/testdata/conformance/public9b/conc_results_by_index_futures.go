package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type outcome[T any] struct {
	v   T
	err error
}

// Future delivers one outcome on a channel; Await reads it once and keeps
// it for later calls.
type Future[T any] struct {
	ch   chan outcome[T]
	once sync.Once
	res  outcome[T]
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{ch: make(chan outcome[T], 1)}
	go func() {
		var o outcome[T]
		func() {
			defer func() {
				if r := recover(); r != nil {
					o.err = fmt.Errorf("panic: %v", r)
				}
			}()
			o.v, o.err = f()
		}()
		fu.ch <- o
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	f.once.Do(func() { f.res = <-f.ch })
	return f.res.v, f.res.err
}

type Report struct {
	Name  string
	Words int
}

func (r Report) String() string { return fmt.Sprintf("%s:%d", r.Name, r.Words) }

func main() {
	docs := map[string]string{"a": "one two three", "b": "", "c": "x y", "d": "panic"}
	names := []string{"a", "b", "c", "d"}
	futures := make([]*Future[Report], len(names))
	for i, n := range names {
		futures[i] = Async(func() (Report, error) {
			text := docs[n]
			if text == "" {
				return Report{}, errors.New("empty " + n)
			}
			if text == "panic" {
				var m map[string]int
				m[n]++
			}
			return Report{n, len(strings.Fields(text))}, nil
		})
	}
	for i, f := range futures {
		r, err := f.Await()
		fmt.Printf("%d %v %v\n", i, r, err)
	}
	sq := Async(func() (int, error) { return 12 * 12, nil })
	v, err := sq.Await()
	v2, _ := sq.Await()
	fmt.Println(v, err, v2)
}
