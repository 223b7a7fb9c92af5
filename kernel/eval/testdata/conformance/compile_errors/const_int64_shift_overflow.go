package main

import "fmt"

func main() {
	fmt.Println(int64(1) << 63)
}
