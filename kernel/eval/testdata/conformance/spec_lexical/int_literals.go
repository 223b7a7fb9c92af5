package main

import "fmt"

func main() {
	fmt.Println(42, 0600, 0o600, 0x_BadFace, 0b1010, 1_000_000, 0x1F)
	fmt.Println(170141183460469231731687303715884105727 % 1000)
}
