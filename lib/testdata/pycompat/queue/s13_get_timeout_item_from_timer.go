package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	t := threading.NewTimer(50*time.Millisecond, func() { q.Put("late") })
	t.Start()
	v, _ := q.GetTimeout(5 * time.Second)
	fmt.Println("got", v)
	t.Join()
	full := queue.New(1)
	full.Put("old")
	t = threading.NewTimer(50*time.Millisecond, func() { full.Get() })
	t.Start()
	full.PutTimeout("new", 5*time.Second)
	t.Join()
	w, _ := full.GetNowait()
	fmt.Println("put went through:", w, pyBool(full.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
