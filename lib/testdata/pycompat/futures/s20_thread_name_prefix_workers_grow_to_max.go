package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

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
	barrier := threading.NewBarrier(3, nil)
	who := func() any {
		barrier.WaitTimeout(30 * time.Second)
		return threading.CurrentThread().GetName()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3, ThreadNamePrefix: "grow"}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(who))
	}
	var names []string
	for _, f := range fs {
		r, _ := f.Result()
		names = append(names, r.(string))
	}
	sort.Strings(names)
	fmt.Println("['" + strings.Join(names, "', '") + "']")
	rs, _ := ex.Map(func(any) any { return strings.Split(threading.CurrentThread().GetName(), "_")[0] }, []any{0, 1, 2, 3, 4, 5})
	set := map[string]bool{}
	for _, r := range rs {
		set[r.(string)] = true
	}
	var keys []string
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("['" + strings.Join(keys, "', '") + "']")
	ex.Shutdown(true, false)
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ := ex2.Submit(func() any { return threading.CurrentThread().GetName() }).Result()
	fmt.Println(pb(strings.HasSuffix(r.(string), "_0")))
	ex2.Shutdown(true, false)
}
