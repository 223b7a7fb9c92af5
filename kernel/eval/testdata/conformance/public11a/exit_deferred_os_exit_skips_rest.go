package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("registered first: skipped by the exit")
	defer os.Exit(3)
	defer fmt.Println("registered last: runs first")
	fmt.Println("main body")
}
