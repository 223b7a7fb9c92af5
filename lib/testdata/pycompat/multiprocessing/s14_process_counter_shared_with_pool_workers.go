package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var barrier *multiprocessing.Barrier

func initw(b *multiprocessing.Barrier) {
	barrier = b
}

func nameAfterBarrier(i int) string {
	barrier.Wait()
	return multiprocessing.CurrentProcess().GetName()
}

func noop() {}

func main() {
	multiprocessing.Main(initw, nameAfterBarrier, noop)
	first := &multiprocessing.Process{Target: noop}
	first.Start()
	first.Join()
	fmt.Println("first:", first.GetName())
	b := multiprocessing.NewBarrier(2)
	pool := &multiprocessing.Pool{Processes: 2, Initializer: initw, InitArgs: []any{b}}
	res, err := pool.Map(nameAfterBarrier, []any{0, 1}, 1)
	if err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
	var names []string
	for _, r := range res {
		names = append(names, "'"+r.(string)+"'")
	}
	sort.Strings(names)
	fmt.Println("pool workers:", "["+strings.Join(names, ", ")+"]")
	last := &multiprocessing.Process{Target: noop}
	fmt.Println("before start:", last.GetName())
	last.Start()
	last.Join()
	fmt.Println("last:", last.GetName(), last.ExitCode())
}
