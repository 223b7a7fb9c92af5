package main

import (
	"fmt"
	"strconv"
)

func main() {
	i, err := strconv.Atoi("12")
	fmt.Println(i, err)
	j, err := strconv.Atoi("zz")
	fmt.Println(j, err)
	k, err := strconv.ParseBool("true")
	fmt.Println(k, err, i+j)
}
