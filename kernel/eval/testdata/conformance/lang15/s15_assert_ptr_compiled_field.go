package main

import (
	"container/list"
	"fmt"
	"reflect"
)

type Arr [3]int
type Count int

func main() {
	l := list.New()
	l.PushBack(&[3]int{1, 2, 3})
	l.PushBack(&Arr{4, 5, 6})
	n := 7
	l.PushBack(&n)
	c := Count(8)
	l.PushBack(&c)
	for e := l.Front(); e != nil; e = e.Next() {
		_, a := e.Value.(*Arr)
		_, b := e.Value.(*[3]int)
		_, ci := e.Value.(*Count)
		_, i := e.Value.(*int)
		fmt.Println(a, b, ci, i)
		switch e.Value.(type) {
		case *Arr:
			fmt.Println("case *Arr")
		case *[3]int:
			fmt.Println("case *[3]int")
		case *Count:
			fmt.Println("case *Count")
		case *int:
			fmt.Println("case *int")
		}
	}
	var raw [3]int
	rv := reflect.ValueOf(&raw).Interface()
	_, ok := rv.(*Arr)
	fmt.Println(ok)
}
