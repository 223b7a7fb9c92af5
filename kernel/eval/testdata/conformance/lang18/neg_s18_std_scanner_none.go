package main

import (
	"bufio"
	"fmt"
)

func main() {
	s := bufio.NewScanner()
	fmt.Println(s)
}
