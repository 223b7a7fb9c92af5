package main

import (
	"fmt"
	"time"
)

func main() {
	f := 1.5
	d := time.Second * f
	fmt.Println(d)
}
