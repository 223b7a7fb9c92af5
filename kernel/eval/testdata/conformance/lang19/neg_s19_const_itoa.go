package main

import (
	"fmt"
	"strconv"
)

const s = strconv.Itoa(42)

func main() {
	fmt.Println(s)
}
