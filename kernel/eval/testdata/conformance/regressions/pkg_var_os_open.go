package main

import (
	"fmt"
	"os"
)

var v = func() int {
	f, _ := os.Open("/nonexistent")
	_ = f
	return 1
}()

func main() {
	fmt.Println(v)
}
