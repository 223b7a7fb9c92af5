package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func results(fs []*futures.Future) string {
	var out []string
	for _, f := range fs {
		r, _ := f.Result()
		out = append(out, "'"+r.(string)+"'")
	}
	sort.Strings(out)
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	quick := ex.Submit(func() any { return "quick" })
	slow := ex.Submit(func() any {
		if gate.WaitTimeout(10 * time.Second) {
			return "slow"
		}
		return false
	})
	quick.Result()
	fs := []*futures.Future{quick, slow}
	done, notDone := futures.WaitTimeout(fs, 200*time.Millisecond, futures.AllCompleted)
	in := len(notDone) == 1 && notDone[0] == slow
	fmt.Println(results(done), len(notDone), map[bool]string{true: "True", false: "False"}[in])
	gate.Set()
	done, notDone = futures.WaitTimeout(fs, 10*time.Second, futures.AllCompleted)
	fmt.Println(results(done), len(notDone))
	ex.Shutdown(true, false)
}
