package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(xs []string) ([]int, error) {
	var out []int
	var errs []error
	for _, x := range xs {
		n, err := strconv.Atoi(x)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	nums, err := parseAll([]string{"1", "2", "3"})
	fmt.Println(nums, err)
	nums, err = parseAll([]string{"4", "x", "5", "1e3"})
	fmt.Println(nums)
	if err != nil {
		panic(err)
	}
}
