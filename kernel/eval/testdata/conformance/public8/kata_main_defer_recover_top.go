package main

import (
	"fmt"
	"strconv"
)

func parseAll(xs []string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parseAll: %v", r)
		}
	}()
	for _, x := range xs {
		n, e := strconv.Atoi(x)
		if e != nil {
			panic(e)
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	defer fmt.Println("main done")
	defer func() {
		r := recover()
		fmt.Println("recovered in main:", r)
	}()
	nums, err := parseAll([]string{"1", "2", "3"})
	fmt.Println(nums, err)
	nums, err = parseAll([]string{"4", "five"})
	fmt.Println(nums, err)
	for i := 3; i > 0; i-- {
		defer fmt.Println("deferred", i)
	}
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	m["boom"] = 1
	fmt.Println("unreachable")
}
