package main

import (
	"bytes"
	"container/list"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"
)

type ID int
type Point struct{ X, Y int }
type IDs []ID
type Grid [2][2]ID

func show(v any) {
	t := reflect.TypeOf(v)
	fmt.Printf("%v kind=%v", t, t.Kind())
	if t.Kind() != reflect.Map && t.Kind() != reflect.Chan && t.Kind() != reflect.Ptr && t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
		fmt.Println()
		return
	}
	e := t.Elem()
	fmt.Printf(" elem=%v name=%q pkg=%q\n", e, e.Name(), e.PkgPath())
}

func main() {
	p := &Point{1, 2}
	ids := []ID{3, 1, 2}
	m := map[ID]Point{1: {1, 1}}
	arr := [2]ID{4, 5}
	ch := make(chan ID, 1)
	var recv <-chan ID = ch
	show(p)
	show(ids)
	show(m)
	show(arr)
	show(ch)
	show(recv)
	show(IDs{1})
	show(Grid{})
	show([]*Point{p})
	show(map[string][]ID{})
	fmt.Println(reflect.TypeOf(m).Key().Name())

	// back from compiled code
	var l list.List
	l.PushBack(ids)
	l.PushBack(p)
	l.PushBack(m)
	l.PushBack(arr)
	l.PushBack(IDs{7})
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case []ID:
			fmt.Println("[]ID", v, len(v))
		case *Point:
			v.X = 10
			fmt.Println("*Point", *v)
		case map[ID]Point:
			fmt.Println("map", v[1])
		case [2]ID:
			fmt.Println("[2]ID", v[1])
		case IDs:
			fmt.Println("IDs", v)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	fmt.Println(p.X)
	_, isInts := l.Front().Value.([]int)
	fmt.Println(isInts)

	var sm sync.Map
	sm.Store("k", ids)
	v, _ := sm.Load("k")
	got := v.([]ID)
	got[0] = 9
	fmt.Println(ids[0], got)

	var av atomic.Value
	av.Store(p)
	fmt.Println(av.Load().(*Point).X)

	rv := reflect.ValueOf(&ids).Elem()
	rv.Index(1).SetInt(42)
	fmt.Println(ids, rv.Interface().([]ID))
	reflect.ValueOf(p).Elem().Field(1).SetInt(77)
	fmt.Println(*p)
	mv := reflect.ValueOf(m)
	mv.SetMapIndex(reflect.ValueOf(ID(2)), reflect.ValueOf(Point{2, 2}))
	fmt.Println(m[2], len(m), mv.MapIndex(reflect.ValueOf(ID(1))))

	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	fmt.Println(ids)

	b, _ := json.Marshal(map[ID][]Point{1: {{1, 2}}})
	fmt.Println(string(b))
	var back map[ID][]Point
	fmt.Println(json.Unmarshal(b, &back), back)

	var buf bytes.Buffer
	fmt.Println(gob.NewEncoder(&buf).Encode(ids))
	var ids2 []ID
	fmt.Println(gob.NewDecoder(&buf).Decode(&ids2), ids2)

	fmt.Println(reflect.DeepEqual(ids, []ID{2, 9, 42}), reflect.DeepEqual(any(ids), any([]int{2, 9, 42})))
	var x any = []ID{1}
	fmt.Println(reflect.TypeOf(x), reflect.ValueOf(x).Index(0).Type())
	ch <- 5
	fmt.Println(reflect.ValueOf(ch).Len(), <-ch)
}
