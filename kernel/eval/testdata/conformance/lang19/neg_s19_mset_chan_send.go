package main

import "fmt"

type Job interface{ Run() }

type Task struct{ id int }

func (t *Task) Run() { fmt.Println(t.id) }

func main() {
	ch := make(chan Job, 1)
	ch <- Task{1}
	(<-ch).Run()
}
