package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	v := q.items[n-1]
	q.items = q.items[:n-1]
	return v
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func (q *PQ[T]) Put(v T) { heap.Push(q, v) }
func (q *PQ[T]) Take() (T, bool) {
	var zero T
	if q.Len() == 0 {
		return zero, false
	}
	return heap.Pop(q).(T), true
}

type Job struct {
	Name     string
	Priority int
	Arrive   int
	Cost     int
}

func main() {
	jobs := []Job{{"backup", 1, 0, 5}, {"email", 3, 1, 1}, {"report", 2, 1, 3}, {"alert", 5, 2, 1}, {"cleanup", 1, 3, 2}, {"deploy", 4, 4, 2}}
	q := NewPQ(func(a, b Job) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Arrive < b.Arrive
	})
	t, next := 0, 0
	var log []string
	waits := map[string]int{}
	for next < len(jobs) || q.Len() > 0 {
		for next < len(jobs) && jobs[next].Arrive <= t {
			q.Put(jobs[next])
			next++
		}
		j, ok := q.Take()
		if !ok {
			t = jobs[next].Arrive
			continue
		}
		waits[j.Name] = t - j.Arrive
		log = append(log, fmt.Sprintf("t=%d %s(p%d)", t, j.Name, j.Priority))
		t += j.Cost
	}
	fmt.Println(strings.Join(log, "\n"))
	total := 0
	for _, w := range waits {
		total += w
	}
	fmt.Printf("avg wait %.2f, finished at %d\n", float64(total)/float64(len(waits)), t)
	ints := NewPQ(cmp.Less[int])
	for _, v := range []int{5, 1, 4, 1, 3} {
		ints.Put(v)
	}
	var out []int
	for {
		v, ok := ints.Take()
		if !ok {
			break
		}
		out = append(out, v)
	}
	fmt.Println(out)
	words := NewPQ(func(a, b string) bool { return len(a) > len(b) || len(a) == len(b) && a < b })
	for _, w := range strings.Fields("go is a fun and fast language") {
		words.Put(w)
	}
	w1, _ := words.Take()
	w2, _ := words.Take()
	fmt.Println(w1, w2, words.Len())
}
