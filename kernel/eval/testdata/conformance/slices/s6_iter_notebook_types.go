package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Task struct {
	ID    int
	Prio  int
	Title string
}

type Board struct{ tasks map[int]Task }

func (b *Board) All() iter.Seq2[int, Task] {
	return func(yield func(int, Task) bool) {
		for _, id := range slices.Sorted(maps.Keys(b.tasks)) {
			if !yield(id, b.tasks[id]) {
				return
			}
		}
	}
}

func (b *Board) ByPrio() []Task {
	ts := slices.Collect(maps.Values(b.tasks))
	slices.SortFunc(ts, func(x, y Task) int {
		return cmp.Or(-cmp.Compare(x.Prio, y.Prio), cmp.Compare(x.ID, y.ID))
	})
	return ts
}

func main() {
	b := &Board{tasks: map[int]Task{}}
	for i, t := range []string{"write", "test", "ship", "rest"} {
		b.tasks[i+10] = Task{i + 10, (i * 7) % 4, t}
	}
	for id, t := range b.All() {
		fmt.Println(id, t.Title, t.Prio)
		if id == 12 {
			break
		}
	}
	fmt.Println(b.ByPrio())
	titles := slices.Collect(func(yield func(string) bool) {
		for _, t := range b.ByPrio() {
			if !yield(t.Title) {
				return
			}
		}
	})
	fmt.Println(titles, slices.Index(titles, "ship"))
	byPrio := map[int][]string{}
	for _, t := range b.All() {
		byPrio[t.Prio] = append(byPrio[t.Prio], t.Title)
	}
	for _, p := range slices.Backward(slices.Sorted(maps.Keys(byPrio))) {
		fmt.Println(p, byPrio[p])
	}
	idx, found := slices.BinarySearchFunc(b.ByPrio(), 2, func(t Task, p int) int { return -cmp.Compare(t.Prio, p) })
	fmt.Println(idx, found)
}
