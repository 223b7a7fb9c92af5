package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var prefix = "unset"

func initw(p string) { prefix = p }

func tag(x int) string { return fmt.Sprintf("%s-%d", prefix, x) }

func main() {
	multiprocessing.Main(initw, tag)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2, Initializer: initw, InitArgs: []any{"job"}}
	r, _ := ex.Map(tag, []int{0, 1, 2, 3})
	ex.Shutdown(true, false)
	var out []string
	for _, v := range r {
		out = append(out, "'"+v.(string)+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Println("parent keeps:", prefix)
}
