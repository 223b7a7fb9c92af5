package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

type Task struct {
	ID   int
	Text string
}

type Result struct {
	ID      int
	Rev     string
	Process bool
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func worker(tasks, results *multiprocessing.Queue) {
	for {
		v := tasks.Get()
		if v == nil {
			break
		}
		t := v.(struct {
			ID   int
			Text string
		})
		results.Put(Result{t.ID, reverse(t.Text), strings.HasPrefix(multiprocessing.CurrentProcess().GetName(), "Process-")})
	}
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(worker)
	tasks, results := multiprocessing.NewQueue(), multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{tasks, results}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i, w := range []string{"alpha", "beta", "gamma", "delta"} {
		tasks.Put(Task{i, w})
	}
	for range ps {
		tasks.Put(nil)
	}
	var out []string
	for i := 0; i < 4; i++ {
		v, _ := results.GetTimeout(30 * time.Second)
		r := v.(struct {
			ID      int
			Rev     string
			Process bool
		})
		out = append(out, fmt.Sprintf("(%d, '%s', %s)", r.ID, r.Rev, pb(r.Process)))
	}
	sort.Strings(out)
	for _, p := range ps {
		p.Join()
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
