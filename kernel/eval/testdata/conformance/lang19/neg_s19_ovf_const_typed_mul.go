package main

import "fmt"

const kb int32 = 1024

func main() {
	fmt.Println(kb * kb * kb * 4)
}
