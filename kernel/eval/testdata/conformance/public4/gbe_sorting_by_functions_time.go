package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Task struct {
	Title string
	Due   time.Time
	Prio  int
}

func (t Task) String() string {
	return fmt.Sprintf("%s(p%d, %s)", t.Title, t.Prio, t.Due.Format("Jan 2"))
}

func main() {
	base := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	tasks := []Task{
		{"write", base.AddDate(0, 0, 3), 2},
		{"test", base.AddDate(0, 0, 1), 1},
		{"ship", base.AddDate(0, 1, 0), 1},
		{"review", base.AddDate(0, 0, 1), 3},
	}
	slices.SortFunc(tasks, func(a, b Task) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Prio, b.Prio))
	})
	fmt.Println(tasks)
	byPrio := slices.Clone(tasks)
	slices.SortStableFunc(byPrio, func(a, b Task) int { return cmp.Compare(b.Prio, a.Prio) })
	for _, t := range byPrio {
		fmt.Printf("%-7s %d %s %v\n", t.Title, t.Prio, t.Due.Weekday(), t.Due.Sub(base))
	}
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	i, found := slices.BinarySearchFunc(tasks, base.AddDate(0, 0, 3), func(t Task, d time.Time) int { return t.Due.Compare(d) })
	fmt.Println(i, found, tasks[i].Title)
	earliest := slices.MinFunc(tasks, func(a, b Task) int { return a.Due.Compare(b.Due) })
	fmt.Println(earliest)
}
