package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x == 3 || x == 7 {
		panic(fmt.Sprintf("ValueError: bad item %d", x))
	}
	return x
}

func main() {
	multiprocessing.Main(check)
	pool := multiprocessing.NewPool(1)
	if _, err := pool.Map(check, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}); err != nil {
		fmt.Println(err)
	}
	r := pool.MapAsync(check, []int{1, 7, 2})
	r.Wait()
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
	if _, err := r.Get(); err != nil {
		fmt.Println(err)
	}
	rs, _ := pool.Map(check, []int{0, 1, 2})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
