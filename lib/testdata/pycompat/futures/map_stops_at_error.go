package main

import (
	"fmt"
	"strconv"

	"github.com/gonotes/gonotes/lib/futures"
)

func check(x any) any {
	if x == "bad" {
		panic(fmt.Sprintf("invalid literal: '%s'", x))
	}
	n, _ := strconv.Atoi(x.(string))
	return n
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	got, err := ex.Map(check, []any{"1", "2", "bad", "4"})
	if err != nil {
		fmt.Println("ValueError:", err)
	}
	fmt.Printf("[%v, %v]\n", got...)
	rs, _ := ex.Map(check, []any{"7", "8"})
	fmt.Printf("[%v, %v]\n", rs...)
	ex.Shutdown(true, false)
}
