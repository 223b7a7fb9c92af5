package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bad(x int) int {
	panic(fmt.Sprintf("ValueError: bad %d", x))
}

func main() {
	multiprocessing.Main(bad)
	pool := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for i := range 3 {
		rs = append(rs, pool.ApplyAsync(bad, i))
	}
	var ok []string
	for _, r := range rs {
		r.Wait()
		if r.Successful() {
			ok = append(ok, "True")
		} else {
			ok = append(ok, "False")
		}
	}
	fmt.Println("[" + strings.Join(ok, ", ") + "]")
	pool.Terminate()
	fmt.Println("pool closed quietly")
}
