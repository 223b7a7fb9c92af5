package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func one(x int) int { return x }

func main() {
	multiprocessing.Main(one)
	pool := multiprocessing.NewPool(-2)
	if rs, err := pool.Map(one, []int{1}); err != nil {
		fmt.Println(err)
	} else {
		fmt.Println(rs)
	}
	pool.Terminate()
	pool = multiprocessing.NewPool(1)
	rs, _ := pool.Map(one, []int{1, 2})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	pool.Terminate()
}
