package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitFor(ev *multiprocessing.Event) {
	ev.Wait()
}

func names() string {
	var ns []string
	for _, p := range multiprocessing.ActiveChildren() {
		ns = append(ns, p.Name)
	}
	sort.Strings(ns)
	if len(ns) == 0 {
		return "[]"
	}
	return "['" + strings.Join(ns, "', '") + "']"
}

func main() {
	multiprocessing.Main(waitFor)
	ev := multiprocessing.NewEvent()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: waitFor, Args: []any{ev}, Name: fmt.Sprintf("kid%d", i)})
	}
	fmt.Println(names())
	for _, p := range ps {
		p.Start()
	}
	fmt.Println(names())
	ev.Set()
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(names())
}
