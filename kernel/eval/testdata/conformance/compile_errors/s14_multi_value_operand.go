package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := strconv.Atoi("40") + 2
	fmt.Println(total)
}
