package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var barrier *multiprocessing.Barrier

func initw(b *multiprocessing.Barrier) {
	barrier = b
}

func name(_ int) string {
	barrier.Wait()
	return multiprocessing.CurrentProcess().GetName()
}

func noop() {}

func main() {
	multiprocessing.Main(initw, name, noop)
	first := &multiprocessing.Process{Target: noop}
	first.Start()
	first.Join()
	fmt.Println("first:", first.GetName())
	b := multiprocessing.NewBarrier(2)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2, Initializer: initw, InitArgs: []any{b}}
	r, err := ex.Map(name, []any{0, 1})
	if err != nil {
		fmt.Println(err)
	}
	ex.Shutdown(true, false)
	var names []string
	for _, n := range r {
		names = append(names, "'"+n.(string)+"'")
	}
	sort.Strings(names)
	fmt.Println("workers:", "["+strings.Join(names, ", ")+"]")
	last := &multiprocessing.Process{Target: noop}
	fmt.Println("next:", last.GetName())
}
