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
	parts := strings.Split(threading.CurrentThread().GetName(), "_")
	local.Set("tag", prefix+parts[len(parts)-1])
	lock.Acquire()
	inits = append(inits, local.Get("tag").(string))
	lock.Release()
}

func work(x any) any {
	return fmt.Sprintf("(%s, %d)", pyBool(strings.HasPrefix(local.Get("tag").(string), "w")), x.(int)*2)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "pool", Initializer: func() { initw("w") }}
	rs, _ := ex.Map(work, []any{0, 1, 2, 3})
	var s []string
	for _, r := range rs {
		s = append(s, r.(string))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	ex.Shutdown(true, false)
	all := true
	for _, t := range inits {
		all = all && strings.HasPrefix(t, "w")
	}
	fmt.Println(pyBool(len(inits) <= 2), pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
