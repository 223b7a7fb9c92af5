package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// Swapping elements of []any and map[string]any, and variables of type
// any, as a heap or a sort of heterogeneous values does.

type Job struct {
	Name     string
	Priority int
}

type Queue []any

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	return q[i].(Job).Priority > q[j].(Job).Priority
}
func (q Queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)   { *q = append(*q, x) }
func (q *Queue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

type byString []any

func (s byString) Len() int           { return len(s) }
func (s byString) Less(i, j int) bool { return fmt.Sprint(s[i]) < fmt.Sprint(s[j]) }
func (s byString) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	xs := []any{3, "b", Job{"a", 1}}
	xs[0], xs[2] = xs[2], xs[0]
	fmt.Printf("%v %T %T\n", xs, xs[0], xs[2])

	var a, b any = 1, "one"
	a, b = b, a
	fmt.Println(a, b)

	m := map[string]any{"x": Job{"j", 2}, "y": 2.5}
	m["x"], m["y"] = m["y"], m["x"]
	j, ok := m["y"].(Job)
	fmt.Println(m["x"], j.Name, ok)

	q := &Queue{}
	for i, n := range []string{"low", "high", "mid", "urgent"} {
		heap.Push(q, Job{n, []int{1, 5, 3, 9}[i]})
	}
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q).(Job).Name, " ")
	}
	fmt.Println()

	s := byString{"pear", 3, Job{"z", 0}, "apple", 1.5}
	sort.Sort(s)
	fmt.Println(s)

	arr := [3]any{1, "two", 3.0}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
}
