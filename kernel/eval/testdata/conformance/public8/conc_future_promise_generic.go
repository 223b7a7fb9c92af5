package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Future[T any] struct {
	once sync.Once
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		defer func() {
			if r := recover(); r != nil {
				fu.err = fmt.Errorf("panic: %v", r)
			}
		}()
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
}

func All[T any](fs ...*Future[T]) ([]T, error) {
	out := make([]T, len(fs))
	var errs []error
	for i, f := range fs {
		v, err := f.Await()
		if err != nil {
			errs = append(errs, fmt.Errorf("future %d: %w", i, err))
			continue
		}
		out[i] = v
	}
	return out, errors.Join(errs...)
}

func main() {
	parse := func(s string) *Future[int] {
		return Async(func() (int, error) { return strconv.Atoi(s) })
	}
	vals, err := All(parse("1"), parse("22"), parse("333"))
	fmt.Println(vals, err)
	vals, err = All(parse("4"), parse("x"), Async(func() (int, error) {
		var m map[string]int
		m["boom"] = 1
		return 0, nil
	}))
	fmt.Println(vals)
	fmt.Println(err)
	s := Async(func() (string, error) { return "hello", nil })
	v1, _ := s.Await()
	v2, _ := s.Await()
	fmt.Println(v1 + " " + v2)
}
