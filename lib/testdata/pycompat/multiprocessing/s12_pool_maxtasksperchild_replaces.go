package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func who(i int) []any {
	return []any{multiprocessing.CurrentProcess().GetName(), os.Getpid()}
}

func main() {
	multiprocessing.Main(who)
	pool := &multiprocessing.Pool{Processes: 1, MaxTasksPerChild: 2}
	var names []string
	pids := map[int]bool{}
	for i := range 5 {
		v, err := pool.Apply(who, i)
		if err != nil {
			fmt.Println(err)
			return
		}
		r := v.([]any)
		names = append(names, "'"+r[0].(string)+"'")
		pids[r[1].(int)] = true
	}
	fmt.Println("["+strings.Join(names, ", ")+"]", len(pids))
	rs, _ := pool.Map(who, []int{0, 1, 2, 3}, 1)
	fmt.Println(len(rs))
	pool.Terminate()
	bad := &multiprocessing.Pool{Processes: 1, MaxTasksPerChild: -1}
	if _, err := bad.Apply(who, 0); err != nil {
		fmt.Println(err)
	}
}
