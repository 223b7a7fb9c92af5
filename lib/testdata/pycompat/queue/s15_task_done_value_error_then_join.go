package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func taskDone(q *queue.Queue) (err any) {
	defer func() { err = recover() }()
	q.TaskDone()
	return nil
}

func main() {
	q := queue.New(0)
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	fmt.Println("unfinished", q.UnfinishedTasks())
	var got []any
	for i := 0; i < 3; i++ {
		got = append(got, q.Get())
	}
	fmt.Printf("got [%v, %v, %v] unfinished %d\n", got[0], got[1], got[2], q.UnfinishedTasks())
	for i := 0; i < 3; i++ {
		q.TaskDone()
	}
	fmt.Println("unfinished", q.UnfinishedTasks())
	if e := taskDone(q); e != nil {
		fmt.Println(e)
	}
	fmt.Println("unfinished", q.UnfinishedTasks())
	q.Join()
	fmt.Println("join returned", map[bool]string{true: "True", false: "False"}[q.Empty()])
	q.Put("x")
	if e := taskDone(q); e == nil {
		if e := taskDone(q); e != nil {
			_, msg, _ := cut(fmt.Sprint(e))
			fmt.Println("second ValueError:", msg, q.UnfinishedTasks(), q.Qsize())
		}
	}
}

func cut(s string) (string, string, bool) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ':' && s[i+1] == ' ' {
			return s[:i], s[i+2:], true
		}
	}
	return s, "", false
}
