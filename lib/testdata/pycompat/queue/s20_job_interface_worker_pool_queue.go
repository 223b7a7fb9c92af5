package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type Job interface {
	Run() string
}

type Square struct{ x int }

func (s Square) Run() string { return fmt.Sprintf("('square', %d)", s.x*s.x) }

type Upper struct{ s string }

func (u *Upper) Run() string { return fmt.Sprintf("('upper', '%s')", strings.ToUpper(u.s)) }

func main() {
	jobs := queue.New(0)
	results := queue.New(0)
	worker := func() {
		for {
			item := jobs.Get()
			if item == nil {
				jobs.TaskDone()
				return
			}
			job := item.(Job)
			results.Put(job.Run())
			jobs.TaskDone()
		}
	}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, j := range []Job{Square{3}, &Upper{"go"}, Square{4}, &Upper{"py"}} {
		jobs.Put(j)
	}
	jobs.Join()
	for range ts {
		jobs.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	var out []string
	for !results.Empty() {
		v, _ := results.GetNowait()
		out = append(out, v.(string))
	}
	sort.Strings(out)
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
