package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sync"
	"sync/atomic"
)

type Arr [3]int
type Count int
type Item struct {
	name string
	prio int
}

type PQ []*Item

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].prio < q[j].prio }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(*Item)) }
func (q *PQ) Pop() any          { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }
func keep(v any) any            { return v }
func check(v any) (bool, bool)  { _, a := v.(*Arr); _, b := v.(*[3]int); return a, b }
func checkC(v any) (bool, bool) { _, a := v.(*Count); _, b := v.(*int); return a, b }

func main() {
	arr := &Arr{1, 2, 3}
	l := list.New()
	l.PushBack(arr)
	l.PushBack(&[3]int{4, 5, 6})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(check(e.Value))
	}
	var m sync.Map
	c := Count(4)
	n := 5
	m.Store("c", &c)
	m.Store("n", &n)
	vc, _ := m.Load("c")
	vn, _ := m.Load("n")
	fmt.Println(checkC(vc))
	fmt.Println(checkC(vn))
	var av atomic.Value
	av.Store(arr)
	fmt.Println(check(av.Load()))
	ch := make(chan any, 2)
	ch <- arr
	ch <- &[3]int{}
	fmt.Println(check(<-ch))
	fmt.Println(check(<-ch))
	fmt.Println(check(keep(arr)))
	q := &PQ{}
	heap.Push(q, &Item{"b", 2})
	heap.Push(q, &Item{"a", 1})
	it := heap.Pop(q).(*Item)
	fmt.Println(it.name, (*heap.Pop(q).(*Item)).name)
	p, ok := any(arr).(*Arr)
	fmt.Println(p[1], ok)
}
