package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(2, nil)

func name(any) any {
	b.WaitTimeout(5 * time.Second)
	return threading.CurrentThread().GetName()
}

func names(ex *futures.ThreadPoolExecutor) []string {
	rs, _ := ex.Map(name, []any{0, 1})
	set := map[string]bool{}
	for _, r := range rs {
		set[r.(string)] = true
	}
	var out []string
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "dl"}
	fmt.Println("['" + strings.Join(names(ex), "', '") + "']")
	ex.Shutdown(true, false)
	ex = &futures.ThreadPoolExecutor{MaxWorkers: 2}
	ns := names(ex)
	var suffix []string
	all := true
	for _, n := range ns {
		suffix = append(suffix, strings.Split(n, "_")[1])
		all = all && strings.HasPrefix(n, "ThreadPoolExecutor-")
	}
	fmt.Println("['"+strings.Join(suffix, "', '")+"']", py(all))
	ex.Shutdown(true, false)
	ex = &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(func() any { return threading.CurrentThread().GetName() }).Result()
	n := r.(string)
	fmt.Println(py(strings.HasPrefix(n, "ThreadPoolExecutor-")), py(strings.HasSuffix(n, "_0")))
	ex.Shutdown(true, false)
}
