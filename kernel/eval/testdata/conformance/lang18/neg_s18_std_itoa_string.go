package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa("5"))
}
