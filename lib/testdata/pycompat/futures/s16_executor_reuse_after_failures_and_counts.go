package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func maybeFail(i int) any {
	if i%3 == 0 {
		panic(fmt.Errorf("ValueError: bad %d", i))
	}
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 10; i++ {
		i := i
		fs = append(fs, ex.Submit(func() any { return maybeFail(i) }))
	}
	var ok []int
	var bad []string
	for f := range futures.AsCompleted(fs) {
		if f.Exception() == nil {
			v, _ := f.Result()
			ok = append(ok, v.(int))
		} else {
			bad = append(bad, "'"+strings.TrimPrefix(f.Exception().Error(), "ValueError: ")+"'")
		}
	}
	ex.Shutdown(true, false)
	sort.Ints(ok)
	sort.Strings(bad)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ok), " ", ", "))
	fmt.Println("[" + strings.Join(bad, ", ") + "]")
	all, any := true, false
	for _, f := range fs {
		all = all && f.Done()
		any = any || f.Cancelled()
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(py[all], py[any])
}
