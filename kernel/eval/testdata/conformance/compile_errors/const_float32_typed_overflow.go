package main

import "fmt"

func main() {
	const f float32 = 3e38
	fmt.Println(f * 10)
}
