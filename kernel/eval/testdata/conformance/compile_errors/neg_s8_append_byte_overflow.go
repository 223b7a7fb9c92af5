package main

import "fmt"

func main() {
	var bs []byte
	bs = append(bs, 300)
	fmt.Println(bs)
}
