package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for n := 0; n < 5; n++ {
		fs = append(fs, ex.Submit(func() any { return 1 << n }))
	}
	done, notDone := futures.Wait(fs, futures.FirstException)
	var rs []int
	for _, f := range done {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = fmt.Sprint(r)
	}
	fmt.Println(len(done), len(notDone), "["+strings.Join(s, ", ")+"]")
	var es []string
	for _, f := range fs {
		if f.Exception() == nil {
			es = append(es, "None")
		}
	}
	fmt.Println("[" + strings.Join(es, ", ") + "]")
	done, notDone = futures.Wait(nil, futures.FirstException)
	fmt.Println(map[bool]string{true: "True", false: "False"}[len(done) == 0 && len(notDone) == 0])
	ex.Shutdown(true, false)
}
