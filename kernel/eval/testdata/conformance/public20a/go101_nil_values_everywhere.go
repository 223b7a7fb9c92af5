package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) Get() int {
	if t == nil {
		return -1
	}
	return t.n
}

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Push(v int) *List { return &List{v, l} }

func main() {
	var p *T
	fmt.Println(p.Get(), p == nil)
	var l *List
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len(), (*List)(nil).Len())
	var s []int
	var m map[string]int
	var ch chan int
	var f func()
	var i interface{}
	var e error
	fmt.Println(s == nil, m == nil, ch == nil, f == nil, i == nil, e == nil)
	fmt.Println(len(s), cap(s), len(m), len(ch), cap(ch))
	for range s {
		fmt.Println("never")
	}
	for range m {
		fmt.Println("never")
	}
	fmt.Println(m["missing"], append(s, 1), s[:0] == nil)
	delete(m, "x")
	var arr *[3]int
	fmt.Println(len(arr))
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i, v := range arr {
			fmt.Println(i, v)
		}
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(e.Error())
	}()
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("nil channel never ready")
	}
	var pe *T
	var ie interface{} = pe
	fmt.Println(ie == nil, ie.(*T) == nil, ie.(*T).Get())
	errs := []error{nil, errors.New("x"), nil}
	cnt := 0
	for _, e := range errs {
		if e != nil {
			cnt++
		}
	}
	fmt.Println(cnt, errors.Join(nil, nil) == nil, errors.Is(nil, nil), errors.Unwrap(nil) == nil)
	fmt.Printf("%v %v %v %v %+v %#v\n", s, m, p, i, e, s)
}
