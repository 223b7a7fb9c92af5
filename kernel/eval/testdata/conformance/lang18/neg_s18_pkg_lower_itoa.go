package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.itoa(1))
}
