package main

import (
	"container/list"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

func main() {
	v := reflect.ValueOf(Both{1})
	fmt.Println(v.Type(), v.NumMethod(), v.Kind())
	if m := v.MethodByName("Error"); m.IsValid() {
		fmt.Println(m.Call(nil)[0])
	}
	var av atomic.Value
	av.Store(Both{2})
	x := av.Load()
	e, ok := x.(error)
	fmt.Println(e, ok, x)
	var sm sync.Map
	sm.Store(1, Both{3})
	y, _ := sm.Load(1)
	fmt.Println(y, errors.Is(y.(error), Both{3}))
	l := list.New()
	l.PushBack(Both{4})
	fmt.Println(l.Front().Value, l.Front().Value.(fmt.Stringer).String())
	fmt.Println(reflect.DeepEqual(x, Both{2}), reflect.ValueOf(x).Type())
	ch := make(chan any, 1)
	ch <- Both{5}
	z := <-ch
	fmt.Println(z, reflect.TypeOf(z))
}
