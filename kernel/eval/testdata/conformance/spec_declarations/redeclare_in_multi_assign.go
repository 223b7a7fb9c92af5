package main

import (
	"fmt"
	"strconv"
)

func main() {
	a, err := strconv.Atoi("12")
	fmt.Println(a, err)
	b, err := strconv.Atoi("x")
	fmt.Println(b, err)
	a, c := 5, 6
	fmt.Println(a, c)
	if n, err := strconv.Atoi("7"); err == nil {
		fmt.Println("n", n)
	}
	if _, err := strconv.Atoi("bad"); err != nil {
		fmt.Println("first:", err)
	}
	if _, err := strconv.ParseBool("maybe"); err != nil {
		fmt.Println("second:", err)
	}
	fmt.Println(err != nil)
}
