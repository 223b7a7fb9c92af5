package main

import (
	"container/heap"
	"fmt"
)

type Task interface {
	Priority() int
	Run() string
}

type Email struct{ To string }

func (e Email) Priority() int { return 2 }
func (e Email) Run() string   { return "mail " + e.To }

type Alert struct {
	Level int
	Msg   string
}

func (a *Alert) Priority() int { return 10 + a.Level }
func (a *Alert) Run() string   { return fmt.Sprintf("ALERT(%d) %s", a.Level, a.Msg) }

type Cleanup struct{}

func (Cleanup) Priority() int { return 0 }
func (Cleanup) Run() string   { return "cleanup" }

type Queue []Task

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].Priority() > q[j].Priority() }
func (q Queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *Queue) Pop() any {
	old := *q
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return t
}

func main() {
	q := &Queue{Email{"ann"}, Cleanup{}}
	heap.Init(q)
	heap.Push(q, &Alert{2, "disk"})
	heap.Push(q, Email{"bob"})
	heap.Push(q, &Alert{5, "fire"})
	fmt.Println(q.Len(), (*q)[0].Run())
	for q.Len() > 0 {
		t := heap.Pop(q).(Task)
		switch v := t.(type) {
		case *Alert:
			fmt.Println(v.Run(), "level", v.Level)
		case Email:
			fmt.Println(v.Run(), "to", v.To)
		default:
			fmt.Printf("%s %T\n", t.Run(), t)
		}
	}
}
