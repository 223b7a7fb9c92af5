package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func who(i int) []any {
	return []any{multiprocessing.CurrentProcess().GetName(), os.Getpid()}
}

func main() {
	multiprocessing.Main(who)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1, MaxTasksPerChild: 2}
	var names []string
	pids := map[int]bool{}
	for i := range 5 {
		v, err := ex.Submit(who, i).Result()
		if err != nil {
			fmt.Println(err)
			return
		}
		r := v.([]any)
		names = append(names, "'"+r[0].(string)+"'")
		pids[r[1].(int)] = true
	}
	ex.Shutdown(true, false)
	fmt.Println("["+strings.Join(names, ", ")+"]", len(pids))
}
