package main

import (
	"fmt"
	"strconv"
)

func main() {
	if _, err := strconv.Atoi("x1"); err != nil {
		fmt.Println("first:", err)
	}
	if _, err := strconv.Atoi("y2"); err != nil {
		fmt.Println("second:", err)
	}
	if n, err := strconv.Atoi("42"); err == nil {
		fmt.Println("ok", n)
	}
}
