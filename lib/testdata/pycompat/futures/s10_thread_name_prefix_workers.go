package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate = threading.NewBarrier(3, nil)

func who() any {
	gate.Wait()
	return threading.CurrentThread().GetName()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3, ThreadNamePrefix: "dl"}
	var fs []*futures.Future
	for range 3 {
		fs = append(fs, ex.Submit(who))
	}
	var names []string
	for _, f := range fs {
		r, _ := f.Result()
		names = append(names, "'"+r.(string)+"'")
	}
	sort.Strings(names)
	fmt.Println("[" + strings.Join(names, ", ") + "]")
	ex.Shutdown(true, false)
}
