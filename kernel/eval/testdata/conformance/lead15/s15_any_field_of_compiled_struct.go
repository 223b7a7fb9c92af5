package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	name string
	prio int
}

type Grid [2][2]int

type Item struct {
	Value any
	Index int
}

type PQ []*Item

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].Value.(*Task).prio < q[j].Value.(*Task).prio }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(*Item)) }
func (q *PQ) Pop() any          { old := *q; it := old[len(old)-1]; *q = old[:len(old)-1]; return it }
func (t *Task) String() string  { return t.name }
func describe(v any) string     { return fmt.Sprintf("%T", v) }
func joinNames(ts []*Task) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.name)
	}
	return b.String()
}

func main() {
	// Values of notebook types in an any field of a compiled struct type.
	e := list.Element{Value: &Task{"a", 1}}
	fmt.Println(describe(e.Value), e.Value.(*Task).name)
	g := list.Element{Value: &Grid{{1, 2}, {3, 4}}}
	if p, ok := g.Value.(*Grid); ok {
		fmt.Println("grid", p[1][0], describe(g.Value))
	}
	v := list.Element{Value: Task{"b", 2}}
	fmt.Println(describe(v.Value), v.Value.(Task).name)
	q := &PQ{}
	heap.Init(q)
	for i, n := range []string{"x", "y", "z"} {
		heap.Push(q, &Item{Value: &Task{n, 3 - i}})
	}
	var got []*Task
	for q.Len() > 0 {
		got = append(got, heap.Pop(q).(*Item).Value.(*Task))
	}
	fmt.Println(joinNames(got))
	ts := []any{&Task{"m", 1}, &Task{"k", 2}}
	sort.Slice(ts, func(i, j int) bool { return ts[i].(*Task).name < ts[j].(*Task).name })
	fmt.Println(ts[0], ts[1])
}
