package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// The names of a Pool's workers and of a ProcessPoolExecutor's processes
// (their prefix: the number counts every process made so far).

func name(_ int) string {
	n := multiprocessing.CurrentProcess().Name
	return n[:strings.LastIndex(n, "-")]
}

func set(xs []any) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if s := x.(string); !seen[s] {
			seen[s] = true
			out = append(out, "'"+s+"'")
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	multiprocessing.Main(name)
	p := multiprocessing.NewPool(2)
	rs, _ := p.Map(name, []int{0, 1, 2, 3})
	p.Close()
	p.Join()
	fmt.Println("[" + strings.Join(set(rs), ", ") + "]")

	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	got, _ := ex.Map(name, []int{0, 1, 2, 3})
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(set(got), ", ") + "]")

	proc := &multiprocessing.Process{Target: name, Args: []any{0}}
	proc.Start()
	proc.Join()
	fmt.Println(proc.Name[:strings.LastIndex(proc.Name, "-")], proc.ExitCode())
	fmt.Println(multiprocessing.CurrentProcess().Name)
}
