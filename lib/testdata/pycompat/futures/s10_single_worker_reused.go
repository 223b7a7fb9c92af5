package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var seen = map[string]bool{}
var lock threading.Lock

func who(any) any {
	name := threading.CurrentThread().GetName()
	lock.Acquire()
	seen[name] = true
	lock.Release()
	return strings.HasPrefix(name, "ThreadPoolExecutor-")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	rs, _ := ex.Map(who, []any{0, 1, 2, 3, 4})
	all := true
	for _, r := range rs {
		all = all && r.(bool)
	}
	fmt.Println(pyBool(all), len(seen))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
