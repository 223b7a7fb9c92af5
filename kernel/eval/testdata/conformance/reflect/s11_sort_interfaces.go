// sort and container/heap through interfaces implemented by user types:
// a multi-key sorter, sort.Reverse, sort.Stable, a priority queue with
// update, and the reflect view of those values.
package main

import (
	"container/heap"
	"fmt"
	"reflect"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	for _, less := range ms.less[:len(ms.less)-1] {
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(e []Employee) { ms.emps = e; sort.Sort(ms) }

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)      { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)        { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}
func (pq *PQ) update(it *Item, p int) { it.priority = p; heap.Fix(pq, it.index) }

func main() {
	emps := []Employee{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 100}, {"dan", "ops", 90}, {"eve", "eng", 120}}
	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	sal := func(a, b *Employee) bool { return a.Salary > b.Salary }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	OrderedBy(dept, sal, name).Sort(emps)
	fmt.Println(emps)
	sort.Sort(sort.Reverse(BySalary(emps)))
	fmt.Println(emps)
	sort.Stable(BySalary(emps))
	fmt.Println(emps, sort.IsSorted(BySalary(emps)))
	var si sort.Interface = BySalary(emps)
	fmt.Println(reflect.TypeOf(si), reflect.TypeOf(OrderedBy(name)), reflect.TypeOf(lessFunc(name)))

	pq := PQ{}
	heap.Init(&pq)
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	for _, k := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: k, priority: items[k]})
	}
	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	pq.update(orange, 5)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%d:%s ", it.priority, it.value)
	}
	fmt.Println()
	var h heap.Interface = &pq
	fmt.Println(reflect.TypeOf(h), reflect.TypeOf(h).Implements(reflect.TypeOf((*sort.Interface)(nil)).Elem()))
}
