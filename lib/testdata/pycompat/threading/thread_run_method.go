package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Counter struct {
	total int
}

func (c *Counter) Run() {
	for i := range 5 {
		c.total += i
	}
}

type Job struct{}

func (Job) Work() {
	fmt.Println("job in", threading.CurrentThread().Name)
}

func main() {
	c := &Counter{}
	th := &threading.Thread{Target: c.Run}
	th.Start()
	th.Join()
	fmt.Println(th.Name, c.total)
	t := &threading.Thread{Target: Job{}.Work, TargetName: "work"}
	t.Start()
	t.Join()
}
