package main

import (
	"fmt"
	"slices"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func quick() any {
	return "quick"
}

func blocked() any {
	gate.Wait()
	return "blocked"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	fb := ex.Submit(blocked)
	fq := ex.Submit(quick)
	done, notDone := futures.Wait([]*futures.Future{fb, fq}, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone), pyBool(slices.Contains(done, fq)), pyBool(slices.Contains(notDone, fb)))
	gate.Set()
	done, notDone = futures.Wait([]*futures.Future{fb, fq}, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	var rs []string
	for _, f := range done {
		r, _ := f.Result()
		rs = append(rs, r.(string))
	}
	sort.Strings(rs)
	fmt.Printf("['%s', '%s']\n", rs[0], rs[1])
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
