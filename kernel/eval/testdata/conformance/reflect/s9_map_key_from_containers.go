package main

import (
	"container/list"
	"fmt"
	"reflect"
	"sync"
)

type Tag struct {
	Ns, Name string
}

type Level int

func main() {
	l := list.New()
	l.PushBack(Tag{"a", "b"})
	l.PushBack(Level(3))
	l.PushBack(3)
	m := map[any]int{Tag{"a", "b"}: 1, Level(3): 2, 3: 3}
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%T %v %d\n", e.Value, e.Value, m[e.Value])
	}

	var sm sync.Map
	sm.Store("t", Tag{"x", "y"})
	v, _ := sm.Load("t")
	seen := map[any]bool{Tag{"x", "y"}: true}
	fmt.Println(seen[v], v == any(Tag{"x", "y"}))

	// Keys of a sync.Map that are notebook values.
	sm.Store(Tag{"k", "1"}, "one")
	got, ok := sm.Load(Tag{"k", "1"})
	fmt.Println(got, ok)
	sm.Range(func(k, v any) bool {
		if t, isTag := k.(Tag); isTag {
			fmt.Println("tag key", t.Ns, t.Name, m[reflect.ValueOf(Tag{"a", "b"}).Interface()])
		}
		return true
	})

}
