package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	jobs := queue.NewSimpleQueue()
	results := queue.NewSimpleQueue()
	worker := func() {
		for {
			n := jobs.Get()
			if n == nil {
				return
			}
			results.Put(n.(int) * 2)
		}
	}
	ts := []*threading.Thread{{Target: worker}, {Target: worker}, {Target: worker}}
	for _, t := range ts {
		t.Start()
	}
	for n := 0; n < 20; n++ {
		jobs.Put(n)
	}
	for range ts {
		jobs.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	total := 0
	for !results.Empty() {
		total += results.Get().(int)
	}
	fmt.Println(total, pyBool(jobs.Empty()), results.Qsize())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
