package main

import (
	"fmt"
	"os"
)

func main() {
	f := os.Open("x")
	fmt.Println(f)
}
