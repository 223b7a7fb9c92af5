package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "batch"}
	names := map[string]bool{}
	for batch := 0; batch < 3; batch++ {
		var fs []*futures.Future
		for i := 0; i < 4; i++ {
			fs = append(fs, ex.Submit(func() any { return threading.CurrentThread().GetName() }))
		}
		for _, f := range fs {
			r, _ := f.Result()
			names[r.(string)] = true
		}
	}
	var ns []string
	for n := range names {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	j := strings.Join(ns, ",")
	fmt.Println(pb(j == "batch_0" || j == "batch_0,batch_1"))
	all := true
	for _, n := range ns {
		all = all && strings.HasPrefix(n, "batch_")
	}
	fmt.Println(pb(all))
	ex.Shutdown(true, false)
	n := 0
	for _, t := range threading.Enumerate() {
		if strings.HasPrefix(t.GetName(), "batch") {
			n++
		}
	}
	fmt.Println(n)
}
