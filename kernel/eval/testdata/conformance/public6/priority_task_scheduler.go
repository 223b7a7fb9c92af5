package main

import (
	"container/heap"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Task struct {
	Name     string
	Priority int
	Due      time.Time
	Deps     []string
	index    int
}

type taskQueue []*Task

func (q taskQueue) Len() int { return len(q) }
func (q taskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	if !q[i].Due.Equal(q[j].Due) {
		return q[i].Due.Before(q[j].Due)
	}
	return q[i].Name < q[j].Name
}
func (q taskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *taskQueue) Push(x any) { t := x.(*Task); t.index = len(*q); *q = append(*q, t) }
func (q *taskQueue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	t.index = -1
	return t
}

var ErrCycle = errors.New("dependency cycle")

type Scheduler struct {
	tasks map[string]*Task
}

func (s *Scheduler) Add(t *Task) { s.tasks[t.Name] = t }

// Order returns the tasks in an order that respects dependencies and,
// among ready tasks, priority then due date.
func (s *Scheduler) Order() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for name, t := range s.tasks {
		indeg[name] += 0
		for _, d := range t.Deps {
			if _, ok := s.tasks[d]; !ok {
				return nil, fmt.Errorf("task %s: unknown dependency %q", name, d)
			}
			indeg[name]++
			users[d] = append(users[d], name)
		}
	}
	q := &taskQueue{}
	for name, n := range indeg {
		if n == 0 {
			heap.Push(q, s.tasks[name])
		}
	}
	var out []string
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		out = append(out, t.Name)
		for _, u := range users[t.Name] {
			indeg[u]--
			if indeg[u] == 0 {
				heap.Push(q, s.tasks[u])
			}
		}
	}
	if len(out) != len(s.tasks) {
		return out, fmt.Errorf("%d tasks left: %w", len(s.tasks)-len(out), ErrCycle)
	}
	return out, nil
}

func main() {
	day := func(d int) time.Time { return time.Date(2025, 6, d, 0, 0, 0, 0, time.UTC) }
	s := &Scheduler{tasks: map[string]*Task{}}
	s.Add(&Task{Name: "design", Priority: 5, Due: day(3)})
	s.Add(&Task{Name: "build", Priority: 3, Due: day(10), Deps: []string{"design"}})
	s.Add(&Task{Name: "test", Priority: 3, Due: day(12), Deps: []string{"build"}})
	s.Add(&Task{Name: "docs", Priority: 1, Due: day(5), Deps: []string{"design"}})
	s.Add(&Task{Name: "hotfix", Priority: 9, Due: day(1)})
	s.Add(&Task{Name: "release", Priority: 10, Due: day(15), Deps: []string{"test", "docs"}})
	s.Add(&Task{Name: "email", Priority: 1, Due: day(4)})
	order, err := s.Order()
	fmt.Println(strings.Join(order, " -> "), err)

	s.Add(&Task{Name: "a", Deps: []string{"b"}})
	s.Add(&Task{Name: "b", Deps: []string{"a"}})
	order, err = s.Order()
	fmt.Println(len(order), err, errors.Is(err, ErrCycle))
	s.Add(&Task{Name: "c", Deps: []string{"zzz"}})
	_, err = s.Order()
	fmt.Println(err)
	fmt.Println(day(3).Sub(day(1)), day(15).Weekday(), day(1).AddDate(0, 1, -1).Format(time.DateOnly))
}
