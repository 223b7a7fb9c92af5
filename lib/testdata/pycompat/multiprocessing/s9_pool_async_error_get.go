package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bad(x int) int {
	panic(fmt.Sprintf("ValueError: bad %d", x))
}

func main() {
	multiprocessing.Main(bad)
	pool := multiprocessing.NewPool(1)
	r := pool.ApplyAsync(bad, 4)
	r.Wait()
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
	if _, err := r.Get(); err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
