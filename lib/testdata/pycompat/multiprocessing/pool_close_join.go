package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func name(_ int) bool {
	n := multiprocessing.CurrentProcess().Name
	return strings.HasPrefix(n, "ForkPoolWorker-")
}

func main() {
	multiprocessing.Main(name)
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Map(name, []int{0, 1, 2, 3})
	all := true
	for _, r := range rs {
		all = all && r.(bool)
	}
	fmt.Println(pyBool(all))
	pool.Close()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		if _, err := pool.Apply(name, 1); err != nil {
			fmt.Println(err)
		}
	}()
	pool.Join()
	fmt.Println("joined")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
