package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func maybe(i int) any {
	if i%2 == 1 {
		panic(fmt.Sprintf("odd %d", i))
	}
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*futures.Future
	for i := 0; i < 6; i++ {
		fs = append(fs, ex.Submit(func() any { return maybe(i) }))
	}
	var out []string
	for _, f := range fs {
		if err := f.Exception(); err != nil {
			out = append(out, fmt.Sprintf("('err', '%s')", err))
		} else {
			r, _ := f.Result()
			out = append(out, fmt.Sprintf("('ok', %v)", r))
		}
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	r, _ := ex.Submit(func() any { return maybe(10) }).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
