package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Latch struct {
	mu    sync.Mutex
	cond  *sync.Cond
	count int
}

func NewLatch(n int) *Latch {
	l := &Latch{count: n}
	l.cond = sync.NewCond(&l.mu)
	return l
}

func (l *Latch) CountDown() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.count > 0 {
		l.count--
		if l.count == 0 {
			l.cond.Broadcast()
		}
	}
}

func (l *Latch) Wait() {
	l.mu.Lock()
	for l.count > 0 {
		l.cond.Wait()
	}
	l.mu.Unlock()
}

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
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
	results := make([]string, 3)
	for i := range 3 {
		go func() {
			results[i] = strconv.Itoa((i + 1) * 11)
			l.CountDown()
		}()
	}
	l.Wait()
	fmt.Println(results)
	l.CountDown()
	l.Wait()
	f1 := Async(func() (int, error) { return strconv.Atoi("123") })
	f2 := Async(func() (int, error) { return strconv.Atoi("x") })
	f3 := Async(func() ([]string, error) { return []string{"a"}, errors.New("partial") })
	v1, e1 := f1.Get()
	v2, e2 := f2.Get()
	v3, e3 := f3.Get()
	fmt.Println(v1, e1)
	fmt.Println(v2, e2)
	fmt.Println(v3, e3)
	fmt.Println(f1.Get())
}
