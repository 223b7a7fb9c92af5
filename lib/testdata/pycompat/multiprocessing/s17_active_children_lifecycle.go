package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func hold(ev *multiprocessing.Event) { ev.WaitTimeout(30 * time.Second) }

func names() string {
	var out []string
	for _, p := range multiprocessing.ActiveChildren() {
		out = append(out, "'"+p.GetName()+"'")
	}
	sort.Strings(out)
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	multiprocessing.Main(hold)
	ev := multiprocessing.NewEvent()
	var ps []*multiprocessing.Process
	for i := range 3 {
		ps = append(ps, &multiprocessing.Process{Target: hold, Args: []any{ev}, Name: fmt.Sprintf("h%d", i)})
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
	fmt.Printf("%s [%v, %v, %v]\n", names(), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode())
}
