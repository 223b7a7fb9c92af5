package main

import (
	"errors"
	"fmt"
	"sync"
)

type Latch struct {
	mu    sync.Mutex
	count int
	done  chan struct{}
}

func NewLatch(n int) *Latch { return &Latch{count: n, done: make(chan struct{})} }

func (l *Latch) CountDown() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.count == 0 {
		return
	}
	l.count--
	if l.count == 0 {
		close(l.done)
	}
}

func (l *Latch) Wait() { <-l.done }

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

func (f *Future[T]) Get() (T, error) {
	<-f.done
	return f.val, f.err
}

func main() {
	l := NewLatch(3)
	var order []int
	var mu sync.Mutex
	for i := 0; i < 5; i++ {
		go func() {
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			l.CountDown()
		}()
	}
	l.Wait()
	mu.Lock()
	fmt.Println("at least three:", len(order) >= 3)
	mu.Unlock()

	f1 := Async(func() (int, error) { return 6 * 7, nil })
	f2 := Async(func() (string, error) { return "", errors.New("no data") })
	f3 := Async(func() ([]int, error) { var s []int; return s[:1], nil })
	fmt.Println(f1.Get())
	fmt.Println(f2.Get())
	v, err := f3.Get()
	fmt.Println(v, err)
	fmt.Println(f1.Get())
}
