package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "5"
	fmt.Println(strconv.Itoa(s))
}
