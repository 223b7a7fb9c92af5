package main

import (
	"fmt"
	"os"
)

func main() {
	os.Args[0] = 1
	fmt.Println(os.Args)
}
