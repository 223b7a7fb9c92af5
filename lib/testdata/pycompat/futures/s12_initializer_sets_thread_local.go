package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var local threading.Local
var inits []string
var lock threading.Lock

func initw(prefix string) {
	tag := prefix + threading.CurrentThread().GetName()
	local.Set("tag", tag)
	lock.Acquire()
	inits = append(inits, tag)
	lock.Release()
}

func work(x any) any {
	ok := "False"
	if strings.HasPrefix(local.Get("tag").(string), "w:") {
		ok = "True"
	}
	return fmt.Sprintf("(%s, %d)", ok, x.(int)*2)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, Initializer: func() { initw("w:") }}
	rs, _ := ex.Map(work, []any{0, 1, 2, 3})
	ex.Shutdown(true, false)
	var parts []string
	for _, r := range rs {
		parts = append(parts, r.(string))
	}
	fmt.Println("[" + strings.Join(parts, ", ") + "]")
	all := true
	for _, t := range inits {
		all = all && strings.HasPrefix(t, "w:ThreadPoolExecutor-")
	}
	b := func(v bool) string {
		if v {
			return "True"
		}
		return "False"
	}
	fmt.Println(b(len(inits) >= 1 && len(inits) <= 2), b(all))
}
