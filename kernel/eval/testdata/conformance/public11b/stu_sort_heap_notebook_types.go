package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type Task struct {
	prio  int
	name  string
	index int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].prio != pq[j].prio {
		return pq[i].prio > pq[j].prio
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.IsSorted(ByAge(people)))

	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, 30, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest, slices.IndexFunc(people, func(p Person) bool { return p.Name == "Dan" }))

	pq := PQ{}
	heap.Init(&pq)
	for i, n := range []string{"write", "test", "deploy", "lint"} {
		heap.Push(&pq, &Task{prio: i % 3, name: n})
	}
	t := pq[len(pq)-1]
	t.prio = 10
	heap.Fix(&pq, t.index)
	removed := heap.Remove(&pq, pq.Len()-1).(*Task)
	fmt.Println("removed", removed.name)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Print(t.name, ":", t.prio, " ")
	}
	fmt.Println()

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	strs := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))
	slices.SortFunc(strs, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(strs)
}
