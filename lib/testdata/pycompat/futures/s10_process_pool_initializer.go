package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var prefix = "unset"

func setup(p string) {
	prefix = p
}

func label(x int) string {
	return fmt.Sprintf("%s-%d", prefix, x)
}

func main() {
	multiprocessing.Main(setup, label)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2, Initializer: setup, InitArgs: []any{"item"}}
	rs, _ := ex.Map(label, []int{0, 1, 2, 3})
	var s []string
	for _, r := range rs {
		s = append(s, "'"+r.(string)+"'")
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	r, _ := ex.Submit(label, 9).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	fmt.Println(prefix)
}
