package main

import (
	"fmt"
	"reflect"
	"time"
)

func RecvAny[T any](cs ...<-chan T) (int, T, bool) {
	cases := make([]reflect.SelectCase, len(cs))
	for i, c := range cs {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}
	}
	i, v, ok := reflect.Select(cases)
	if !ok {
		var zero T
		return i, zero, false
	}
	return i, v.Interface().(T), true
}

func FirstOf[T any](a, b <-chan T, d time.Duration) (T, string) {
	select {
	case v := <-a:
		return v, "a"
	case v := <-b:
		return v, "b"
	case <-time.After(d):
		var zero T
		return zero, "timeout"
	}
}

type Msg[T any] struct {
	From string
	Body T
}

func main() {
	a := make(chan Msg[int], 1)
	b := make(chan Msg[int], 1)
	b <- Msg[int]{"bob", 7}
	i, v, ok := RecvAny[Msg[int]](a, b)
	fmt.Println(i, v, ok)
	close(a)
	i, v, ok = RecvAny[Msg[int]](a)
	fmt.Printf("%d %+v %v\n", i, v, ok)
	c := make(chan string, 1)
	c <- "fast"
	fmt.Println(FirstOf(c, nil, time.Second))
	fmt.Println(FirstOf[string](nil, nil, 10*time.Millisecond))
	fmt.Printf("%T\n", v)
}
