package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	barrier := threading.NewBarrier(3, nil)
	who := func(i any) any {
		barrier.Wait()
		return threading.CurrentThread().GetName()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3, ThreadNamePrefix: "worker"}
	rs, _ := ex.Map(who, []any{0, 1, 2})
	ex.Shutdown(true, false)
	var names []string
	for _, r := range rs {
		names = append(names, "'"+r.(string)+"'")
	}
	sort.Strings(names)
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
