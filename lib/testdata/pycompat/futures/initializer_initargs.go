package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var local threading.Local
var inits []string

func initWorker(tag string, base int) {
	local.Set("value", base)
	inits = append(inits, "'"+tag+"'")
}

func task(x any) any {
	return local.Get("value").(int) + x.(int)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { initWorker("w", 100) }}
	var rs []string
	for i := range 3 {
		r, _ := ex.Submit(func() any { return task(i) }).Result()
		rs = append(rs, fmt.Sprint(r))
	}
	fmt.Printf("[%s]\n", strings.Join(rs, ", "))
	ms, _ := ex.Map(task, []any{10, 20})
	fmt.Printf("[%v, %v]\n", ms[0], ms[1])
	ex.Shutdown(true, false)
	fmt.Printf("[%s]\n", strings.Join(inits, ", "))
}
