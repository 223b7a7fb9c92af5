package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	barrier := threading.NewBarrier(2, nil)
	name := func() any {
		barrier.Wait()
		return threading.CurrentThread().GetName()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "job"}
	fs := []*futures.Future{ex.Submit(name), ex.Submit(name)}
	var names []string
	for _, f := range fs {
		v, _ := f.Result()
		names = append(names, "'"+v.(string)+"'")
	}
	ex.Shutdown(true, false)
	sort.Strings(names)
	fmt.Println("[" + strings.Join(names, ", ") + "]")
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "solo"}
	v, _ := ex2.Submit(func() any { return threading.CurrentThread().GetName() }).Result()
	ex2.Shutdown(true, false)
	fmt.Println(v)
}
