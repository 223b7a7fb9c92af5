package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	local threading.Local
	inits []string
	lock  threading.Lock
)

func initw(prefix string, start int) {
	local.Set("tag", prefix)
	local.Set("count", start)
	lock.Acquire()
	inits = append(inits, prefix)
	lock.Release()
}

func task(x any) any {
	local.Set("count", local.Get("count").(int)+1)
	return fmt.Sprintf("%v:%v", local.Get("tag"), x)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { initw("db", 100) }}
	rs, _ := ex.Map(task, []any{"a", "b", "c"})
	var s []string
	for _, r := range rs {
		s = append(s, r.(string))
	}
	fmt.Println("['" + strings.Join(s, "', '") + "']")
	c, _ := ex.Submit(func() any { return local.Get("count") }).Result()
	fmt.Println(c)
	ex.Shutdown(true, false)
	fmt.Println("['" + strings.Join(inits, "', '") + "']")
}
